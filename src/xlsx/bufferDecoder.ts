/**
 * UTF-8 decoding with Node's Buffer, installed into the reader's core by readFile.ts: on the short
 * slices a sheet is made of (cell texts, names) it costs about a third of TextDecoder's call.
 */
import type { Utf8Decoder } from './read/utf8';

// Buffer's own decoding, callable on any Uint8Array: no Buffer view is made per slice.
const utf8Slice = (Buffer.prototype as unknown as { utf8Slice(this: Uint8Array, s: number, e: number): string }).utf8Slice;

/**
 * The same strings as `new TextDecoder('utf-8').decode`: invalid bytes become U+FFFD alike, and a
 * leading byte-order mark (EF BB BF) is dropped as TextDecoder drops it, so a cell text starting
 * with U+FEFF reads the same in Node, in the pane and as before.
 */
export const bufferDecoder: Utf8Decoder = (buf, s, e) => {
  if (e - s >= 3 && buf[s] === 0xef && buf[s + 1] === 0xbb && buf[s + 2] === 0xbf) s += 3;
  return utf8Slice.call(buf, s, e);
};
