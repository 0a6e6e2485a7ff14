/** Node-side workbook I/O: read a snapshot (./read, no ExcelJS), patch the package with a write plan, write safely. */
export { readWorkbookFile } from './readFile';
export { letYoungGenerationGrow } from './youngGeneration';
export type { ReadResult } from './readFile';
export { readWorkbookBytes } from './read/index';
export { patchWorkbook, newWorkbook, packageExtension } from './write/index';
export { writeWorkbookAtomic, isSameFile } from './write';
export type { WriteOptions, BytesWriter } from './write';
export { XlsxError, isXlsxError } from './errors';
export type { XlsxErrorCode, XlsxErrorLang } from './errors';
