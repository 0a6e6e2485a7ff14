/**
 * What a file is, from its first bytes: an OOXML zip, an OLE compound file (encrypted OOXML
 * or a legacy .xls; a Word or PowerPoint 97-2003 file is "something else"), or something else.
 * Decided before the package is read. Bytes only (no Node Buffer): the task pane sniffs too.
 */

export type FileKind = 'empty' | 'zip' | 'encrypted-ooxml' | 'ole' | 'other';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Directory-entry names of an encrypted OOXML package, stored UTF-16LE in the CFB. */
const ENCRYPTED_MARKERS = [utf16le('EncryptedPackage'), utf16le('EncryptionInfo')];
/** The workbook stream of a legacy .xls (BIFF8, BIFF5). */
const XLS_MARKERS = [utf16le('Workbook'), utf16le('Book\u0000')];

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    out[2 * i] = s.charCodeAt(i) & 0xff;
    out[2 * i + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}

/** True when `needle` occurs in `buf`. */
function includes(buf: Uint8Array, needle: Uint8Array): boolean {
  for (let i = buf.indexOf(needle[0]); i >= 0 && i + needle.length <= buf.length; i = buf.indexOf(needle[0], i + 1)) {
    let j = 1;
    while (j < needle.length && buf[i + j] === needle[j]) j++;
    if (j === needle.length) return true;
  }
  return false;
}

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  if (buf.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (buf[i] !== sig[i]) return false;
  return true;
}

export function sniffFile(buf: Uint8Array): FileKind {
  if (buf.length === 0) return 'empty';
  if (startsWith(buf, ZIP) || startsWith(buf, ZIP_EMPTY)) return 'zip';
  if (startsWith(buf, CFB)) {
    if (ENCRYPTED_MARKERS.some((m) => includes(buf, m))) return 'encrypted-ooxml';
    // A spreadsheet with an embedded Word document is still a spreadsheet; a compound file
    // without a workbook stream (a .doc, .msg, or a damaged file) is not one.
    return XLS_MARKERS.some((m) => includes(buf, m)) ? 'ole' : 'other';
  }
  return 'other';
}
