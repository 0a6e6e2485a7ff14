/** The engine's public face: what src/xlsx, src/excel, src/cli and src/taskpane may call. */
export type { WorkbookSnapshot, SheetSnapshot, CellSnapshot, MergeArea } from './workbook/snapshot';
export type { CellRect } from './workbook/address';
export {
  columnIndex, columnLetter, columnSpanAddress, rowSpanAddress, MAX_ROWS, MAX_COLUMNS, parseRangeAddress, rectAddress, rectContains, rectColumns, rectRows,
} from './workbook/address';
export { sameSheetName } from './workbook/sheetNames';
export type { IndicatorField, SheetKind, TableKind, TaskField } from './layout/fields';
export { INDICATOR_FIELDS, TASK_FIELDS } from './layout/fields';
export type {
  WritePlan, SheetPlan, RangeFormat, ListValidation, DateValidation, ValidationMessage, PageSetup, PlanValue, RowHeight,
} from './sheets/writePlan';
export { checkWritePlan } from './sheets/writePlanCheck';
export { isOwnSheet, OWN_TITLES } from './sheets/ownSheets';
export type { ExistingSheet, Replacement } from './sheets/replaceRule';
export { replacementFor, sheetNamedLike } from './sheets/replaceRule';
export { DATE1904_OFFSET, showsDate1904 } from './values/dateSystem';
/** A bounded cache of a pure function's results, for an adapter's repeated values as for the engine's. */
export { memoize } from './values/memo';
export type { Finding, FindingCode, Severity } from './checks/findings';
export { FINDING_CODES, FINDING_SEVERITY } from './checks/findings';
export type * from './analysis';
export { DEADLINE_BUCKETS, INDICATOR_CATEGORIES, TASK_CATEGORIES } from './analysis';
export type { AnalyzeOptions, AnalyzeOptionsInput, Lang, SheetOverride } from './settings/options';
export { analyzeOptionsSchema, sheetOverrideSchema } from './settings/options';
export type { Settings } from './settings/settings';
export { settingsSchema, optionsFromSettings, todayIso } from './settings/settings';
export type { StoredSettings } from './settings/storedSettings';
export { readSettingsValue } from './settings/storedSettings';
export { readTypedDate, readTypedYear, type TypedDate } from './settings/reportDate';
export {
  buildOverride, formOf, parseHeaderRows, replaceOverride, storedOverride, type StructureForm,
} from './settings/structureOverride';
export { analyze } from './analyzeWorkbook';
export type { Report } from './summary/report';
export { toReport, reportSchema } from './summary/report';
export { planSummarySheet, SUMMARY_FOOTER, SUMMARY_SHEET } from './sheets/summarySheet';
export { planIssueSheet, ISSUE_SHEET } from './sheets/issueSheet';
export { planTemplate, STATUS_CHOICES } from './sheets/template';
// The words every face shows for the engine's keys (severities, categories, fields, codes, kinds).
export type { Field, Labels } from './labels/labels';
export { fieldLabel, LABELS, severityTally } from './labels/catalogue';
export { SHEET_FONT } from './sheets/printLayout';
export { totalByDeadline } from './summary/planSummary';
export { plansWithIndicators, plansWithTasks } from './summary/planSheets';
export { groupsBySheet } from './summary/groupsBySheet';
export { parseDeadlineText } from './values/deadlines';
export { parseUnitList } from './values/units';
export { isoToVn } from './values/display';
export { reportYear } from './values/calendar';
// SPEC §10–§11: report periods, the period record, comparison with the previous period.
export type { ReportPeriod, PeriodKind } from './periods/reportPeriod';
export { parsePeriod, previousPeriod } from './periods/reportPeriod';
export type { PeriodRecord, RecordRow } from './periods/periodRecord';
export { periodRecordOf, periodRecordSchema } from './periods/periodRecord';
export type { StoredPeriodRecords } from './periods/recordSheet';
export {
  readPeriodRecords, withPeriodRecord, previousRecord, planPeriodRecordSheet, PERIOD_RECORD_SHEET, MAX_PERIOD_RECORDS,
} from './periods/recordSheet';
export type { Change, ChangeCode } from './periods/changes';
export { CHANGE_CODES, CHANGE_SEVERITY } from './periods/changes';
export type { Comparison, ComparedReport, CompareOptions } from './periods/comparison';
export { comparePeriods, comparisonSchema, countChanges } from './periods/comparison';
export { periodContaining, periodPresets } from './periods/periodPresets';
export { groupChanges, type ChangeGroup } from './periods/changeGroups';
export { previousReportDate } from './periods/previousReportDate';
export { otherYearResults, type YearResult } from './summary/otherYearResults';
export { changeValueText } from './periods/changeText';
export { planSummaryWithRecord, type SummaryWithRecord } from './periods/summaryWithRecord';
export { DEFAULT_DUE_SOON_DAYS } from './settings/options';
// SPEC §12: roll-up of many units, one file at a time.
export type { Rollup, RollupOptions, RollupResult, RollupUnit, RollupOverdueTask } from './rollup/rollup';
export { startRollup } from './rollup/rollup';
export { planRollupWorkbook } from './rollup/rollupSheets';
export { STORED_SETTINGS_KEY } from './settings/storedSettings';
