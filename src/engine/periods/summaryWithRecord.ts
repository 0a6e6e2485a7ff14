/**
 * Tổng hợp with its "So với kỳ trước" block, and the period record beside it (SPEC §11): the one plan
 * that `phuluc summarize`, the pane's *Chèn bảng tổng hợp* and the ribbon's *Tổng hợp* write, so that
 * whichever face wrote this period, the next one can compare with it.
 */
import type { Analysis } from '../analysis';
import { planSummarySheet } from '../sheets/summarySheet';
import type { SheetPlan } from '../sheets/writePlan';
import { comparePeriods, type CompareOptions, type Comparison } from './comparison';
import { periodRecordOf, type PeriodRecord } from './periodRecord';
import { planPeriodRecordSheet, previousRecord, withPeriodRecord } from './recordSheet';

export interface SummaryWithRecord {
  summary: SheetPlan;
  /** The very hidden record sheet holding `records`. */
  record: SheetPlan;
  records: PeriodRecord[];
  comparison?: Comparison;
}

/** `stored`: the records read from the workbook (readPeriodRecords); this period's replaces one of the same date. */
export function planSummaryWithRecord(analysis: Analysis, stored: readonly PeriodRecord[], options: CompareOptions = {}): SummaryWithRecord {
  const previous = previousRecord(stored, analysis.asOf);
  const comparison = previous ? comparePeriods(previous, analysis, options) : undefined;
  const records = withPeriodRecord(stored, periodRecordOf(analysis, analysis.period?.key));
  return {
    summary: planSummarySheet(analysis, comparison),
    record: planPeriodRecordSheet(records, analysis.workbookSheets),
    records,
    ...(comparison ? { comparison } : {}),
  };
}
