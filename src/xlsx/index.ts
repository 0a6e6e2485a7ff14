/** Node-side workbook I/O with ExcelJS: read a snapshot, apply a write plan, write safely. */
export { readWorkbookFile } from './read';
export type { ReadResult } from './read';
export { snapshotWorkbook, snapshotSheet } from './snapshot';
export { applyWritePlan } from './applyPlan';
export { writeWorkbookAtomic, isSameFile } from './write';
export type { WriteOptions, WorkbookWriter } from './write';
export { XlsxError, isXlsxError } from './errors';
export type { XlsxErrorCode, XlsxErrorLang } from './errors';
export { sourcePathOf } from './source';
export type { LossyPart } from './lossyParts';
