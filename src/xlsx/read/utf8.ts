/** UTF-8 bytes → string, in every webview the pane meets, and faster in Node (see useUtf8Decoder). */
import { strFromU8 } from 'fflate';

/**
 * Decodes [s, e) of `buf` as `new TextDecoder('utf-8', { ignoreBOM: true })` does: invalid bytes
 * become U+FFFD, and a leading U+FEFF stays, since a cell text is the user's and is read as typed.
 */
export type Utf8Decoder = (buf: Uint8Array, s: number, e: number) => string;

// Edge Legacy (Excel 2019's webview on Windows 10) has no TextDecoder: fflate's own decoder serves there.
const textDecoder = typeof TextDecoder === 'undefined' ? undefined : new TextDecoder('utf-8', { ignoreBOM: true });

const defaultDecoder: Utf8Decoder = textDecoder ? (buf, s, e) => textDecoder.decode(buf.subarray(s, e)) : (buf, s, e) => strFromU8(buf.subarray(s, e));

let decoder = defaultDecoder;

/**
 * Installs a faster decoder for this process (Node's Buffer decodes a short slice in a fraction of
 * TextDecoder's call cost); `undefined` restores the default. It must give TextDecoder's strings.
 */
export function useUtf8Decoder(faster: Utf8Decoder | undefined): void {
  decoder = faster ?? defaultDecoder;
}

export function decodeUtf8(buf: Uint8Array, s: number, e: number): string {
  return decoder(buf, s, e);
}
