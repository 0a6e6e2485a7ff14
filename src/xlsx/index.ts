/** Node-side workbook I/O: read a snapshot, patch the package with a write plan, write safely. */
export { readWorkbookFile } from './read';
export type { ReadResult } from './read';
export { snapshotWorkbook, snapshotSheet } from './snapshot';
export { patchWorkbook, newWorkbook, packageExtension } from './write/index';
export { writeWorkbookAtomic, isSameFile } from './write';
export type { WriteOptions, BytesWriter } from './write';
export { XlsxError, isXlsxError } from './errors';
export type { XlsxErrorCode, XlsxErrorLang } from './errors';
export { sourcePathOf } from './source';
