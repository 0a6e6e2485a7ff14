/** The engine's public face: what src/xlsx, src/excel, src/cli and src/taskpane may call. */
export type { WorkbookSnapshot, SheetSnapshot, CellSnapshot, MergeArea } from './snapshot';
export type { WritePlan, SheetPlan, RangeFormat, ListValidation, PlanValue } from './plan';
export type { Finding, FindingCode, Severity } from './findings';
export { FINDING_CODES, FINDING_SEVERITY } from './findings';
export type * from './analysis';
export { DEADLINE_BUCKETS, INDICATOR_CATEGORIES, TASK_CATEGORIES } from './analysis';
export type { AnalyzeOptions, AnalyzeOptionsInput, Lang, SheetOverride } from './options';
export { analyzeOptionsSchema, sheetOverrideSchema } from './options';
export type { Settings } from './settings';
export { settingsSchema, optionsFromSettings, todayIso } from './settings';
export { analyze } from './analyze';
export type { Report } from './report';
export { toReport, reportSchema } from './report';
export { planSummarySheet, SUMMARY_SHEET } from './summarySheet';
export { planIssueSheet, ISSUE_SHEET } from './issueSheet';
export { planTemplate, STATUS_CHOICES } from './template';
export {
  ALL_LABEL, DEADLINE_BUCKET_LABELS, GROUP_SENTENCES_HEADING, INDICATOR_CATEGORY_LABELS, PLANS_ONLY_NOTICE, SEVERITY_LABELS,
  TASK_CATEGORY_LABELS,
} from './planLabels';
export { totalByDeadline } from './planSummary';
export { groupsBySheet } from './groupsBySheet';
export { fieldLabel } from './messages';
export { parseDeadlineText } from './deadlines';
export { isoToVn } from './display';
export { reportYear } from './calendar';
