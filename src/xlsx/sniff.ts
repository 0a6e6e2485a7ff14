/**
 * What a file is, from its first bytes: an OOXML zip, an OLE compound file (encrypted OOXML
 * or a legacy .xls; a Word or PowerPoint 97-2003 file is "something else"), or something else.
 * Decided before anything is handed to ExcelJS.
 */

export type FileKind = 'empty' | 'zip' | 'encrypted-ooxml' | 'ole' | 'other';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Directory-entry names of an encrypted OOXML package, stored UTF-16LE in the CFB. */
const ENCRYPTED_MARKERS = [Buffer.from('EncryptedPackage', 'utf16le'), Buffer.from('EncryptionInfo', 'utf16le')];
/** The workbook stream of a legacy .xls (BIFF8, BIFF5). */
const XLS_MARKERS = [Buffer.from('Workbook', 'utf16le'), Buffer.from('Book\u0000', 'utf16le')];

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  if (buf.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (buf[i] !== sig[i]) return false;
  return true;
}

export function sniffFile(buf: Buffer): FileKind {
  if (buf.length === 0) return 'empty';
  if (startsWith(buf, ZIP) || startsWith(buf, ZIP_EMPTY)) return 'zip';
  if (startsWith(buf, CFB)) {
    if (ENCRYPTED_MARKERS.some((m) => buf.includes(m))) return 'encrypted-ooxml';
    // A spreadsheet with an embedded Word document is still a spreadsheet; a compound file
    // without a workbook stream (a .doc, .msg, or a damaged file) is not one.
    return XLS_MARKERS.some((m) => buf.includes(m)) ? 'ole' : 'other';
  }
  return 'other';
}

/** True when the zip names the workbook part (entry names are stored uncompressed). */
export function zipHasWorkbookPart(buf: Buffer): boolean {
  return buf.includes('xl/workbook.xml');
}
