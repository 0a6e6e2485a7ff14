/** SPEC §11 change codes: what moved between two periods in one matched row, or a row added or removed. */
import type { Severity } from '../checks/findings';
import type { RecordIndicator, RecordRow, RecordTask } from './periodRecord';
import { parseVnNumber } from '../values/numbers';

export const CHANGE_SEVERITY = {
  'newly-done': 'info',
  'newly-overdue': 'warning',
  'status-regressed': 'warning',
  'deadline-changed': 'warning',
  'completion-date-changed': 'warning',
  added: 'info',
  removed: 'warning',
  'indicator-newly-met': 'info',
  'actual-changed': 'info',
  'target-changed': 'warning',
} as const satisfies Record<string, Severity>;

export type ChangeCode = keyof typeof CHANGE_SEVERITY;
export const CHANGE_CODES = Object.keys(CHANGE_SEVERITY) as ChangeCode[];

export interface Change {
  code: ChangeCode;
  severity: Severity;
  kind: RecordRow['kind'];
  /** The current row's sheet and name cell; the previous one's when removed. */
  sheet: string;
  cell: string;
  name: string;
  /**
   * Machine values: categories and statuses by their codes (SPEC §4.2, §5.3), deadlines as ISO dates,
   * "annual…" or "ongoing", actual values and targets as written; null when there is none.
   */
  before: string | null;
  after: string | null;
}

const STATUS_RANK: Record<RecordTask['status'], number> = { not_started: 0, in_progress: 1, done: 2, unknown: -1 };

function change(code: ChangeCode, row: RecordRow, before: string | null, after: string | null): Change {
  return { code, severity: CHANGE_SEVERITY[code], kind: row.kind, sheet: row.sheet, cell: row.cell, name: row.name, before, after };
}

export function addedChange(row: RecordRow): Change {
  return change('added', row, null, row.category);
}

export function removedChange(row: RecordRow): Change {
  return change('removed', row, row.category, null);
}

/** Every change between the previous and the current state of one row (both of the same kind). */
export function rowChanges(previous: RecordRow, current: RecordRow): Change[] {
  if (previous.kind === 'task' && current.kind === 'task') return taskChanges(previous, current);
  if (previous.kind === 'indicator' && current.kind === 'indicator') return indicatorChanges(previous, current);
  return [];
}

const isDone = (category: RecordTask['category']) => category === 'done_on_time' || category === 'done_late';

function taskChanges(p: RecordTask, c: RecordTask): Change[] {
  const changes: Change[] = [];
  if (isDone(c.category) && !isDone(p.category)) changes.push(change('newly-done', c, p.category, c.category));
  if (c.category === 'overdue' && p.category !== 'overdue') changes.push(change('newly-overdue', c, p.category, c.category));
  const before = STATUS_RANK[p.status];
  const after = STATUS_RANK[c.status];
  // An unreadable status is a finding of its own, not a step back.
  if (before >= 0 && after >= 0 && after < before) changes.push(change('status-regressed', c, p.status, c.status));
  // Only a deadline readable in both periods can be said to have moved.
  if (p.deadline !== null && c.deadline !== null && p.deadline !== c.deadline) {
    changes.push(change('deadline-changed', c, p.deadline, c.deadline));
  }
  if (p.status === 'done' && c.status === 'done' && p.completedOn !== null && c.completedOn !== null && p.completedOn !== c.completedOn) {
    changes.push(change('completion-date-changed', c, p.completedOn, c.completedOn));
  }
  return changes;
}

function indicatorChanges(p: RecordIndicator, c: RecordIndicator): Change[] {
  const changes: Change[] = [];
  if (c.category === 'done' && p.category !== 'done') changes.push(change('indicator-newly-met', c, p.category, c.category));
  if (!sameWrittenValue(p.actual, c.actual)) changes.push(change('actual-changed', c, p.actual || null, c.actual || null));
  // A new evaluation year brings its own target: that is the calendar, not an edit.
  if (p.evaluationYear === c.evaluationYear && !sameWrittenValue(p.target, c.target)) {
    changes.push(change('target-changed', c, p.target || null, c.target || null));
  }
  return changes;
}

/**
 * The same value written two ways is no change: "12,5%" (Excel's text on a Vietnamese Windows) and
 * "12.5%" (another locale), "1.440" and "1440". Numbers compare by value and percent sign; other text exactly.
 */
function sameWrittenValue(a: string, b: string): boolean {
  if (a === b) return true;
  const x = parseVnNumber(a);
  const y = parseVnNumber(b);
  return x !== null && y !== null && x.value === y.value && x.percent === y.percent;
}
