/** UTF-8 bytes → string, in every webview the pane meets. */
import { strFromU8 } from 'fflate';

// Edge Legacy (Excel 2019's webview on Windows 10) has no TextDecoder: fflate's own decoder serves there.
const decoder = typeof TextDecoder === 'undefined' ? undefined : new TextDecoder('utf-8');

export function decodeUtf8(bytes: Uint8Array): string {
  return decoder ? decoder.decode(bytes) : strFromU8(bytes);
}
