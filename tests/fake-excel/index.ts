/** A strict fake Excel host for tests, previews and benchmarks (see install.ts). */
export { installFakeExcel, type InstalledFakeExcel } from './install';
export { FakeExcel, type FakeExcelOptions } from './fakeExcel';
export { SheetModel, WorkbookModel, type CellView, type CellFormat, type ConditionalFormatModel } from './model';
export { FakeOfficeError, FakeUsageError } from './errors';
export { EXCEL_API_SETS, compareApiVersions } from './apiSets';
export { measureSyncs, measureBenchSyncs, buildTaskWorkbook, taskFindings, summaryPlan, type SyncCounts } from './measureSyncs';
