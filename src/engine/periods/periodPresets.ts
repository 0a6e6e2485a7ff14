/**
 * SPEC §10 presets offered beside the report date: the periods around a day. A day belongs to the
 * month whose period holds it (from the 15th on, the next month's), and so to that month's quarter,
 * half-year and year: 20/03/2026 is in the month of April, Quý II, the first half and the year 2026.
 */
import { parsePeriod, previousPeriod, type PeriodKind, type ReportPeriod } from './reportPeriod';

/** Periods of each kind offered: the one holding the day, and the ones just before it (reports are made after the close). */
const PRESETS_PER_KIND: Record<PeriodKind, number> = { month: 3, quarter: 2, half: 2, year: 2 };
const KINDS: PeriodKind[] = ['month', 'quarter', 'half', 'year'];

/** The period of `kind` holding the ISO day `iso`. */
export function periodContaining(kind: PeriodKind, iso: string): ReportPeriod {
  let year = Number(iso.slice(0, 4));
  let month = Number(iso.slice(5, 7));
  if (Number(iso.slice(8, 10)) >= 15) {
    month++;
    if (month === 13) {
      month = 1;
      year++;
    }
  }
  const key = {
    month: `${year}-${String(month).padStart(2, '0')}`,
    quarter: `${year}-Q${Math.ceil(month / 3)}`,
    half: `${year}-H${month <= 6 ? 1 : 2}`,
    year: String(year),
  }[kind];
  return parsePeriod(key) as ReportPeriod; // built from a valid day: always a period
}

/**
 * The periods to offer on `today`, grouped by kind (months first), newest first in each kind; a
 * `chosen` period outside them (chosen months ago, stored with the workbook) is offered too, in its kind.
 */
export function periodPresets(today: string, chosen?: string): ReportPeriod[] {
  const presets: ReportPeriod[] = [];
  const stored = chosen === undefined ? null : parsePeriod(chosen);
  for (const kind of KINDS) {
    let period = periodContaining(kind, today);
    const ofKind: ReportPeriod[] = [];
    for (let i = 0; i < PRESETS_PER_KIND[kind]; i++) {
      ofKind.push(period);
      period = previousPeriod(period);
    }
    if (stored?.kind === kind && !ofKind.some((p) => p.key === stored.key)) ofKind.push(stored);
    for (const p of ofKind.sort((a, b) => (a.to < b.to ? 1 : a.to > b.to ? -1 : 0))) presets.push(p);
  }
  return presets;
}
