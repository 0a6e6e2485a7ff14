/**
 * A date the user types for the report (the CLI's --as-of and --year, the pane's date field): day
 * first as people write it (11/12/2025, 11-12-2025, 11.12.2025) or ISO (2025-12-11). One reader for
 * every host, so that the CLI and the pane accept and refuse the same texts with the same reason.
 */
import { isoDate, isValidDate } from '../values/calendar';

export const MIN_REPORT_YEAR = 1900;
export const MAX_REPORT_YEAR = 2200;

export type TypedDate =
  | { ok: true; iso: string }
  /** format: not a date as written; impossible: shaped as a date that does not exist (31/02/2025); year: outside 1900–2200. */
  | { ok: false; reason: 'format' | 'impossible' | 'year' };

const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

export function readTypedDate(text: string): TypedDate {
  const written = text.trim();
  const dayFirst = DAY_FIRST.exec(written);
  const iso = dayFirst ? null : ISO.exec(written);
  if (!dayFirst && !iso) return { ok: false, reason: 'format' };
  const [day, month, year] = dayFirst
    ? [Number(dayFirst[1]), Number(dayFirst[3]), Number(dayFirst[4])]
    : [Number(iso?.[3]), Number(iso?.[2]), Number(iso?.[1])];
  if (year < MIN_REPORT_YEAR || year > MAX_REPORT_YEAR) return { ok: false, reason: 'year' };
  if (!isValidDate(year, month, day)) return { ok: false, reason: 'impossible' };
  return { ok: true, iso: isoDate(year, month, day) };
}

/** An evaluation year: a bare year (2026), or any date readTypedDate accepts, whose year it takes. */
export function readTypedYear(text: string): { ok: true; year: number } | { ok: false; reason: 'format' | 'impossible' | 'year' } {
  const written = text.trim();
  if (/^\d{4}$/.test(written)) {
    const year = Number(written);
    return year >= MIN_REPORT_YEAR && year <= MAX_REPORT_YEAR ? { ok: true, year } : { ok: false, reason: 'year' };
  }
  const date = readTypedDate(written);
  return date.ok ? { ok: true, year: Number(date.iso.slice(0, 4)) } : date;
}
