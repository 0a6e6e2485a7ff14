/**
 * What a file is, from its first bytes: an OOXML zip, an OLE compound file (encrypted OOXML
 * or a legacy .xls), or something else. Decided before anything is handed to ExcelJS.
 */

export type FileKind = 'empty' | 'zip' | 'encrypted-ooxml' | 'ole' | 'other';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Directory-entry names of an encrypted OOXML package, stored UTF-16LE in the CFB. */
const ENCRYPTED_MARKERS = [Buffer.from('EncryptedPackage', 'utf16le'), Buffer.from('EncryptionInfo', 'utf16le')];

function startsWith(buf: Uint8Array, sig: number[]): boolean {
  if (buf.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (buf[i] !== sig[i]) return false;
  return true;
}

export function sniffFile(buf: Buffer): FileKind {
  if (buf.length === 0) return 'empty';
  if (startsWith(buf, ZIP) || startsWith(buf, ZIP_EMPTY)) return 'zip';
  if (startsWith(buf, CFB)) {
    return ENCRYPTED_MARKERS.some((m) => buf.includes(m)) ? 'encrypted-ooxml' : 'ole';
  }
  return 'other';
}

/** True when the zip names the workbook part (entry names are stored uncompressed). */
export function zipHasWorkbookPart(buf: Buffer): boolean {
  return buf.includes('xl/workbook.xml');
}
