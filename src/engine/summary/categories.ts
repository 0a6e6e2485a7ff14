import type { IndicatorCategory, TaskCategory } from '../analysis';
import type { Deadline } from '../values/deadlines';
import { deadlineDate } from '../values/deadlines';
import type { CanonicalStatus } from '../values/status';
import { attain, type Actual, type Target } from '../values/targets';
import { memoize } from '../values/memo';

/** What a deadline means on the report date: a due day, never due (ongoing), or unknown. */
export type Due = { kind: 'date'; date: string } | { kind: 'ongoing' } | { kind: 'unknown' };

const ONGOING: Due = Object.freeze({ kind: 'ongoing' });
const UNKNOWN: Due = Object.freeze({ kind: 'unknown' });
/** The rows due on one day share one Due, as they share one deadline (values/deadlines.ts). */
const dueOn = memoize((date: string): Due => Object.freeze({ kind: 'date', date }));

export function dueOf(deadline: Deadline | null, reportYear: number): Due {
  if (deadline?.kind === 'ongoing') return ONGOING;
  const date = deadline ? deadlineDate(deadline, reportYear) : null;
  return date ? dueOn(date) : UNKNOWN;
}

/** SPEC §4.2: the category of a task as of the report date `asOf` (ISO dates compare as strings). */
export function taskCategory(status: CanonicalStatus, due: Due, completedOn: string | null, asOf: string): TaskCategory {
  if (status === 'done') {
    return completedOn && due.kind === 'date' && completedOn > due.date ? 'done_late' : 'done_on_time';
  }
  if (status === 'unknown' || due.kind === 'unknown') return 'unknown';
  const late = due.kind === 'date' && due.date < asOf;
  if (late) return 'overdue';
  return status === 'in_progress' ? 'in_progress' : 'not_started';
}

/** SPEC §5.3: the category of an indicator as of `asOf`, judged against the evaluation year's target. */
export function indicatorCategory(
  target: Target | null,
  actual: Actual,
  evaluationYear: number | null,
  asOf: string,
  actualOutOfRange: boolean,
): IndicatorCategory {
  if (actual.kind === 'empty') return 'not_started';
  if (actual.kind === 'invalid' || actualOutOfRange || !target || evaluationYear === null) return 'unknown';
  const result = attain(target, actual);
  if (result === 'unknown') return 'unknown';
  if (result === 'met' || result === 'exceeded') return 'done';
  return `${evaluationYear}-12-31` >= asOf ? 'in_progress' : 'overdue';
}
