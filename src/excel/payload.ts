/**
 * Excel on the web refuses a request or a response larger than 5 MB
 * (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), so big reads and writes
 * are split. These are the budgets, with headroom for the JSON envelope around the data.
 */

/** Cells read per round trip. With the four properties loaded per cell (values, valueTypes,
 * numberFormat, text) 50,000 ordinary cells stay around 2–4 MB. */
export const READ_CELLS_PER_SYNC = 50_000;

/** A large sheet is read in chunks of at least this many rows (fewer only if Excel still
 * refuses the response; see readWorkbookSnapshot). */
export const MIN_READ_CHUNK_ROWS = 5_000;

/** Estimated request bytes queued before a write is flushed with an extra sync. */
export const WRITE_BYTES_PER_SYNC = 4_000_000;

/** UTF-8 size of a value serialised as JSON — what actually travels to Excel. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 0 : utf8Length(json);
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // surrogate pair: one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}
