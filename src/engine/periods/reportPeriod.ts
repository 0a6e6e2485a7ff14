/**
 * SPEC §10: report periods cut as Decree 09/2019/NĐ-CP (Art. 12) cuts them. Every period ends on the
 * 14th and starts on the 15th of the month before its first month; the report date R is its last day.
 */
import { isoDate } from '../values/calendar';
import type { Lang } from '../settings/options';

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year';

export interface ReportPeriod {
  /** As written on the command line and stored: "2026-03", "2026-Q1", "2026-H1", "2026-H2", "2026". */
  key: string;
  kind: PeriodKind;
  /** First day (ISO). */
  from: string;
  /** Last day (ISO): the report date R. */
  to: string;
  label: Record<Lang, string>;
}

const PERIOD_TEXT = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|H([12])))?$/i;
const MIN_PERIOD_YEAR = 1901;
const MAX_PERIOD_YEAR = 2200;
const ROMAN = ['I', 'II', 'III', 'IV'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/** "2026-03" | "2026-Q1" | "2026-H1" | "2026-H2" | "2026" → the period; null for anything else. */
export function parsePeriod(text: string): ReportPeriod | null {
  const match = PERIOD_TEXT.exec(text.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) return null;
  if (match[2]) return monthPeriod(year, Number(match[2]));
  if (match[3]) return quarterPeriod(year, Number(match[3]));
  if (match[4]) return halfPeriod(year, Number(match[4]));
  return yearPeriod(year);
}

/** The period just before: the month, quarter, half-year or year before. */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  const year = Number(period.key.slice(0, 4));
  const part = Number(period.key.slice(-1));
  switch (period.kind) {
    case 'month': {
      const month = Number(period.key.slice(5, 7));
      return month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
    }
    case 'quarter':
      return part === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, part - 1);
    case 'half':
      return part === 1 ? halfPeriod(year - 1, 2) : halfPeriod(year, 1);
    case 'year':
      return yearPeriod(year - 1);
  }
}

/** The months [first, last] of a period run from the 15th of the month before `first` to the 14th of `last`. */
function span(year: number, firstMonth: number, lastMonth: number): { from: string; to: string } {
  const from = firstMonth === 1 ? isoDate(year - 1, 12, 15) : isoDate(year, firstMonth - 1, 15);
  return { from, to: isoDate(year, lastMonth, 14) };
}

function monthPeriod(year: number, month: number): ReportPeriod {
  const mm = String(month).padStart(2, '0');
  return {
    key: `${year}-${mm}`, kind: 'month', ...span(year, month, month),
    label: { vi: `Tháng ${mm}/${year}`, en: `${MONTHS_EN[month - 1]} ${year}` },
  };
}

function quarterPeriod(year: number, quarter: number): ReportPeriod {
  return {
    key: `${year}-Q${quarter}`, kind: 'quarter', ...span(year, quarter * 3 - 2, quarter * 3),
    label: { vi: `Quý ${ROMAN[quarter - 1]}/${year}`, en: `Q${quarter} ${year}` },
  };
}

function halfPeriod(year: number, half: number): ReportPeriod {
  return {
    key: `${year}-H${half}`, kind: 'half', ...(half === 1 ? span(year, 1, 6) : span(year, 7, 12)),
    label: half === 1
      ? { vi: `6 tháng đầu năm ${year}`, en: `First half of ${year}` }
      : { vi: `6 tháng cuối năm ${year}`, en: `Second half of ${year}` },
  };
}

function yearPeriod(year: number): ReportPeriod {
  return { key: String(year), kind: 'year', ...span(year, 1, 12), label: { vi: `Năm ${year}`, en: `Year ${year}` } };
}
