/**
 * Node-side workbook I/O: read a snapshot (./read, no ExcelJS), load the ExcelJS workbook a copy
 * is written from, apply a write plan, write safely. `check` imports ./readFile alone.
 */
export { readWorkbookFile } from './readFile';
export type { ReadResult } from './readFile';
export { readWorkbookBytes } from './read/index';
export { loadWritableWorkbook } from './exceljsWorkbook';
export { applyWritePlan } from './applyPlan';
export { writeWorkbookAtomic, isSameFile } from './write';
export type { WriteOptions, WorkbookWriter } from './write';
export { XlsxError, isXlsxError } from './errors';
export type { XlsxErrorCode, XlsxErrorLang } from './errors';
export { sourcePathOf } from './source';
export type { LossyPart } from './lossyParts';
