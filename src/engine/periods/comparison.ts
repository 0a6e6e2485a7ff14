/**
 * SPEC §11: one report read against the one before.
 *
 * For the pane (and the CLI): `comparePeriods(previous, current, { previousFile, currentFile })`
 *  - `previous` is either the Analysis of another workbook the user picked, or a PeriodRecord read
 *    from this workbook (`readPeriodRecords(snapshot)` then `previousRecord(records, current.asOf)`);
 *  - `current` is the Analysis of the open workbook (a record works too);
 *  - the result carries the changes (each with sheet and cell, to select it; filter on `code`), the
 *    deltas of every §7 count and the sentence. `comparisonSchema` is its JSON form.
 */
import { z } from 'zod';
import { INDICATOR_CATEGORIES, TASK_CATEGORIES, type Analysis, type IndicatorCounts, type TaskCounts } from '../analysis';
import { emptyCounts } from '../summary/counts';
import { formatCount } from '../summary/sentence';
import { isoToVn } from '../values/display';
import { CHANGE_CODES, addedChange, removedChange, rowChanges, type Change, type ChangeCode } from './changes';
import { matchRows } from './matching';
import { isPeriodRecord, periodRecordOf, type PeriodRecord, type RecordRow } from './periodRecord';

export interface ComparedReport {
  file: string;
  asOf: string;
  period?: string;
}

export interface Comparison {
  previous: ComparedReport;
  current: ComparedReport;
  changes: Change[];
  /** Current minus previous, for every §7 count. */
  delta: { tasks: TaskCounts; indicators: IndicatorCounts };
  sentence: string;
}

export interface CompareOptions {
  previousFile?: string;
  currentFile?: string;
}

export function comparePeriods(
  previous: Analysis | PeriodRecord,
  current: Analysis | PeriodRecord,
  options: CompareOptions = {},
): Comparison {
  const before = isPeriodRecord(previous) ? previous : periodRecordOf(previous);
  const after = isPeriodRecord(current) ? current : periodRecordOf(current);
  const { pairs, added, removed } = matchRows(before.rows, after.rows);
  // Changes in the current rows' order (sheet by sheet, top to bottom); the removed rows after them.
  const order = new Map(after.rows.map((row, i) => [row, i]));
  const placed = [
    ...pairs.flatMap(({ previous: p, current: c }) => rowChanges(p, c).map((change) => ({ change, at: order.get(c) ?? 0 }))),
    ...added.map((row) => ({ change: addedChange(row), at: order.get(row) ?? 0 })),
  ];
  // Array.prototype.sort is stable: a row's changes keep their order.
  const changes = [...placed.sort((a, b) => a.at - b.at).map((x) => x.change), ...removed.map(removedChange)];

  return {
    previous: reportOf(before, options.previousFile),
    current: reportOf(after, options.currentFile),
    changes,
    delta: { tasks: minus(taskCounts(after.rows), taskCounts(before.rows)), indicators: minus(indicatorCounts(after.rows), indicatorCounts(before.rows)) },
    sentence: comparisonSentence(before.asOf, changes),
  };
}

function reportOf(record: PeriodRecord, file = ''): ComparedReport {
  return record.period === undefined ? { file, asOf: record.asOf } : { file, asOf: record.asOf, period: record.period };
}

function taskCounts(rows: RecordRow[]): TaskCounts {
  const counts = emptyCounts(TASK_CATEGORIES);
  for (const row of rows) {
    if (row.kind !== 'task') continue;
    counts.total++;
    counts[row.category]++;
  }
  return counts;
}

function indicatorCounts(rows: RecordRow[]): IndicatorCounts {
  const counts = emptyCounts(INDICATOR_CATEGORIES);
  for (const row of rows) {
    if (row.kind !== 'indicator') continue;
    counts.total++;
    counts[row.category]++;
  }
  return counts;
}

function minus<T extends Record<string, number>>(a: T, b: T): T {
  const out = { ...a };
  for (const key of Object.keys(a) as (keyof T)[]) out[key] = (a[key] - b[key]) as T[keyof T];
  return out;
}

/** How many changes of each code, for filters and sentences. */
export function countChanges(changes: readonly Change[]): Record<ChangeCode, number> {
  const counts = Object.fromEntries(CHANGE_CODES.map((code) => [code, 0])) as Record<ChangeCode, number>;
  for (const c of changes) counts[c.code]++;
  return counts;
}

/**
 * The SPEC §11 sentence. "hoàn thành thêm" pairs tasks and indicators as §7 does ("0 nhiệm vụ/chỉ
 * tiêu" when both are 0); added and removed count tasks only, as the sentence says.
 */
export function comparisonSentence(previousAsOf: string, changes: readonly Change[]): string {
  const n = countChanges(changes);
  const tasksOnly = (code: ChangeCode) => changes.filter((c) => c.code === code && c.kind === 'task').length;
  const done = n['newly-done'] === 0 && n['indicator-newly-met'] === 0
    ? '0 nhiệm vụ/chỉ tiêu'
    : `${formatCount(n['newly-done'])} nhiệm vụ/${formatCount(n['indicator-newly-met'])} chỉ tiêu`;
  return (
    `So với kỳ trước (số liệu đến ngày ${isoToVn(previousAsOf)}): hoàn thành thêm ${done}, ` +
    `${formatCount(n['newly-overdue'])} nhiệm vụ chuyển sang quá hạn, ${formatCount(tasksOnly('added'))} nhiệm vụ mới, ` +
    `${formatCount(tasksOnly('removed'))} nhiệm vụ không còn trong danh sách; ` +
    `${formatCount(n['deadline-changed'])} nhiệm vụ thay đổi thời hạn.`
  );
}

/**
 * The machine-readable form (SPEC §11). Field names and codes are stable: add, never rename. Built on
 * first use (z.lazy): only `compare` and a check against a stored record need it.
 */
export const comparisonSchema = z.lazy(() => {
  const countsSchema = z.record(z.string(), z.number().int());
  const changeSchema = z.object({
    code: z.enum(CHANGE_CODES as [ChangeCode, ...ChangeCode[]]), severity: z.enum(['error', 'warning', 'info']),
    kind: z.enum(['task', 'indicator']), sheet: z.string(), cell: z.string(), name: z.string(),
    before: z.string().nullable(), after: z.string().nullable(),
  });
  const comparedSchema = z.object({ file: z.string(), asOf: z.string(), period: z.string().optional() });

  return z.object({
    previous: comparedSchema,
    current: comparedSchema,
    changes: z.array(changeSchema),
    delta: z.object({ tasks: countsSchema, indicators: countsSchema }),
    sentence: z.string(),
  });
});
