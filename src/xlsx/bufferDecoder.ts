/**
 * UTF-8 decoding with Node's Buffer, installed into the reader's core by readFile.ts: on the short
 * slices a sheet is made of (cell texts, names) it costs about a third of TextDecoder's call.
 */
import type { Utf8Decoder } from './read/utf8';

// Buffer's own decoding, callable on any Uint8Array: no Buffer view is made per slice.
const utf8Slice = (Buffer.prototype as unknown as { utf8Slice(this: Uint8Array, s: number, e: number): string }).utf8Slice;

/** The core's strings (read/utf8.ts): invalid bytes become U+FFFD alike, a leading U+FEFF stays. */
export const bufferDecoder: Utf8Decoder = (buf, s, e) => utf8Slice.call(buf, s, e);
