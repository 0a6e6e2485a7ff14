/**
 * The bytes of `--json`: UTF-8 gathered in a buffer of about 1 MB that is handed to the writer when
 * the next piece might not fit, and filled again once the writer is done with it.
 */
import { memoize } from '../engine';

/**
 * Small, since it is filled again once written out, and each fresh megabyte costs 256 page faults
 * (~45 ms of the 180 ms `--json` took on 50,000 rows, 14 MB, before the buffer was reused).
 */
const BUFFER_BYTES = 1 << 20;
/** A UTF-16 code unit never takes more than three bytes of UTF-8 (a surrogate pair takes four for two). */
const MAX_BYTES_PER_UNIT = 3;
/**
 * Shorter texts of plain ASCII (cell addresses, dates) are written as they are; any other text is
 * encoded once and copied as bytes after that (messages, hints, sheet names, statuses).
 */
const MIN_KEPT_UNITS = 12;
/** Distinct texts kept; the table starts again when full, so unique texts cannot grow it without end. */
const MAX_KEPT = 4096;

/** Byte arrays up to this length are copied by a loop rather than by set(). */
const SHORT_COPY = 48;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export class JsonBytes {
  private buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  /** Each text's JSON, as UTF-8. */
  private readonly keptJson = memoize((text: string) => encode(JSON.stringify(text)), MAX_KEPT);

  /** `write` returns true when it is done with the bytes (written out, nothing keeps them). */
  constructor(private readonly write: (bytes: Uint8Array) => boolean | void) {}

  /** JSON text as it is (punctuation, indentation, what JSON.stringify made). */
  text(text: string): void {
    this.room(text.length * MAX_BYTES_PER_UNIT);
    this.used += this.buffer.write(text, this.used, 'utf8');
  }

  /** Bytes made by `encode`. */
  bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    if (bytes.length > SHORT_COPY) {
      this.buffer.set(bytes, this.used);
      this.used += bytes.length;
      return;
    }
    // A key or a short text: copied here for less than the call into set() costs.
    const buffer = this.buffer;
    let at = this.used;
    for (let i = 0; i < bytes.length; i++) buffer[at++] = bytes[i];
    this.used = at;
  }

  /** A string as JSON.stringify writes it: quoted, escaped. */
  string(text: string): void {
    if (text.length < MIN_KEPT_UNITS && this.plainAscii(text)) return;
    this.bytes(this.keptJson(text));
  }

  /** Hands over what is left. */
  end(): void {
    if (this.used > 0) this.write(this.buffer.subarray(0, this.used));
    this.used = 0;
  }

  /** Writes a short text that needs no escape and no UTF-8 beyond ASCII (a cell address, a date); false when it is not one. */
  private plainAscii(text: string): boolean {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x20 || code >= 0x7f || code === QUOTE || code === BACKSLASH) return false;
    }
    this.room(text.length + 2);
    const buffer = this.buffer;
    let at = this.used;
    buffer[at++] = QUOTE;
    for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
    buffer[at++] = QUOTE;
    this.used = at;
    return true;
  }

  private room(bytes: number): void {
    if (this.used + bytes <= this.buffer.length) return;
    const done = this.used > 0 && this.write(this.buffer.subarray(0, this.used)) === true;
    if (!done || bytes > this.buffer.length) this.buffer = Buffer.allocUnsafe(Math.max(BUFFER_BYTES, bytes));
    this.used = 0;
  }
}

/** UTF-8 of a JSON text, kept to be copied many times. */
export function encode(text: string): Uint8Array {
  return Buffer.from(text, 'utf8');
}
