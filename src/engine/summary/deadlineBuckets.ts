import type { DeadlineBucket } from '../analysis';
import { isoDate, reportYear } from '../values/calendar';
import type { Due } from './categories';

/**
 * Where a planned task's deadline falls relative to the report date `asOf` (ISO dates compare as
 * strings): already due before it, due by the end of its year, due later, never due, or not known.
 */
export function deadlineBucket(due: Due, asOf: string): DeadlineBucket {
  if (due.kind === 'ongoing') return 'ongoing';
  if (due.kind === 'unknown') return 'no_deadline';
  if (due.date < asOf) return 'already_due';
  return due.date <= isoDate(reportYear(asOf), 12, 31) ? 'due_this_year' : 'due_later';
}
