/** Deadlines and completion dates, in every way Vietnamese staff write them (SPEC §3.2). */
import {
  endOfMonthIso, isoDate, isoToSerial, isValidDate, MAX_YEAR, MIN_YEAR, PHANTOM_LEAP_DAY, serialToIso,
} from './calendar';
import { isDateFormat } from './numberFormat';
import { alternation } from '../text/patterns';
import { collapseWhitespace, plainLower } from '../text/plainText';
import { memoize } from './memo';
import type { CellSnapshot } from '../workbook/snapshot';

export type Deadline =
  // ISO 'YYYY-MM-DD'; a period ("tháng 12/2025", "Quý IV/2025") is due on its last day and also
  // carries its first day, since a completion written that way may mean any day within it.
  | { kind: 'date'; date: string; from?: string }
  // Hằng năm / Hàng năm / Định kỳ hằng năm → 31/12 of the report year; "30/6 hằng năm" → 30/06 of it,
  // "Tháng 6 hằng năm" / "Quý II hằng năm" → the last day of that month (day absent).
  | { kind: 'annual'; month?: number; day?: number }
  | { kind: 'ongoing' } // Thường xuyên / Liên tục → no due date
  | { kind: 'reference' } // 'Theo thời gian tại các Nghị quyết …' → deadline-unspecified
  | { kind: 'invalid'; impossible: boolean }; // impossible: a real-looking date that does not exist

/** What a date expression names: a day, a day that cannot exist (31/02), or nothing date-shaped. */
type Reading = { iso: string; from?: string } | 'impossible' | null;

const ANNUAL: Deadline = Object.freeze({ kind: 'annual' });
const ONGOING: Deadline = Object.freeze({ kind: 'ongoing' });
const REFERENCE: Deadline = Object.freeze({ kind: 'reference' });
const UNREADABLE: Deadline = Object.freeze({ kind: 'invalid', impossible: false });
const IMPOSSIBLE: Deadline = Object.freeze({ kind: 'invalid', impossible: true });

// Whole-text patterns, matched on the words of the normalised text.
const NOT_WORD_RUN = /[^a-z0-9]+/g;
const ANNUAL_TEXT = /^(?:dinh ky )?(?:hang|moi) nam$|^(?:tu )?nam \d{4} (?:va )?(?:cac nam tiep theo|tro di)$/;
const HALF_YEARLY = String.raw`(?:(?:dinh ky|hang|moi) (?:6|06|sau) thang|(?:6|06|sau) thang (?:mot |1 )?lan)`;
const RECURRING_PHRASE = String.raw`(?:${HALF_YEARLY}|thuong xuyen|lien tuc|dinh ky|(?:hang|moi) (?:ngay|tuan|thang|quy|nam))`;
// Recurring more often than yearly has no single due date, so it is treated as ongoing.
const ONGOING_TEXT = new RegExp(String.raw`^(?:${RECURRING_PHRASE} (?:va )?)*${RECURRING_PHRASE}$`);
const REFERENCE_TEXT = /^theo\b|theo thoi gian|theo tien do/;
/** "hằng năm" before or after the day it recurs on: "Trước ngày 15/12 hằng năm", "Hằng năm, trước 30/6". */
const EVERY_YEAR = /(?:^| )(?:dinh ky )?(?:hang|moi) nam(?: |$)/;
const ANNUAL_DAY = /^(?:ngay )?(\d{1,2})[/.-](\d{1,2})$|^ngay (\d{1,2}) thang (\d{1,2})$/;
const ANNUAL_MONTH = /^(?:thang|t) ?(\d{1,2})$/;
const ANNUAL_QUARTER = /^(?:quy|q)\.? ?([ivx]+|\d)$/;
/** A day that recurs every year is checked against a common year: 29/02 does not come every year. */
const COMMON_YEAR = 2001;

// Normalising a date text before parsing. Seed 004 wraps dates inside the cell ("30-\n09-\n20\n25"):
// digits split by a line break join, and spaces around a separator between digits go.
const BROKEN_DATE_SPACING = /(\d)(?:[^\S\r\n]*[\r\n]\s*|\s*([/.\-\u2010-\u2015\u2212])\s*)(?=\d)/g;
const PUNCTUATION_AS_SPACE = / ?[,;()[\]"'\u201C\u201D]+ ?/g;
const EDGE_PUNCTUATION = /^[ .:/-]+|[ .:/-]+$/g;
/** Words before a date that leave it as it is: "Trước ngày …", "Chậm nhất là …", "Hoàn thành trong …". */
const LEADING_WORD = alternation([
  'truoc', 'cham nhat', 'la', 'han chot', 'thoi han', 'han', 'hoan thanh', 'thuc hien', 'den het', 'den', 'trong',
  'vao', 'giai doan', 'cuoi', 'tu', 'khoang',
]);
const LEADING_WORDS = new RegExp(`^(?:(?:${LEADING_WORD})(?: |$))+`);
const RANGE_SEPARATOR = / ?- ?| (?:den|toi) /g;

// One date expression each, matched on the normalised text.
const TIME_OF_DAY = String.raw`(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[ap]m)?)?`;
const DAY_MONTH_YEAR = new RegExp(String.raw`^(?:ngay )?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})${TIME_OF_DAY}$`);
const YEAR_MONTH_DAY = new RegExp(String.raw`^(?:ngay )?(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})${TIME_OF_DAY}$`);
const SPELLED_DATE = /^ngay (\d{1,2}) thang (\d{1,2})(?: nam |[/.-])(\d{4})$/;
const NAMED_MONTH = /^(?:thang|t) ?(\d{1,2})(?: ?[/.-] ?| nam | )(\d{4}|\d{2})$/;
const BARE_MONTH = /^(\d{1,2})[/.-](\d{4})$/;
const QUARTER = /^(?:quy|q)\.? ?([ivx]+|\d{1,2})(?: ?[/.-] ?| nam | )(\d{4}|\d{2})$/;
// Several months or quarters of one year: "Tháng 10-12/2025", "Quý III-IV/2025", "Quý III và IV năm 2025".
const MONTH_SPAN = /^(?:thang|t) ?(\d{1,2}) ?(?:-|den|va) ?(?:thang )?(\d{1,2})(?: ?[/.-] ?| nam | )(\d{4}|\d{2})$/;
const QUARTER_SPAN = /^(?:quy|q)\.? ?([ivx]+|\d) ?(?:-|den|va) ?(?:quy )?([ivx]+|\d)(?: ?[/.-] ?| nam | )(\d{4}|\d{2})$/;
const HALF_YEAR = /^(?:(?:6|06|sau) thang|nua) (dau|cuoi) nam (\d{4})$/;
const YEAR = /^(?:nam )?(\d{4})$/;
const ROMAN_QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

/** Plain numbers in a deadline column: a year (2026), or a date serial that lost its format. */
const YEAR_NUMBER_MIN = 1900;
const YEAR_NUMBER_MAX = 2200;
const PLAUSIBLE_SERIAL_MIN = isoToSerial('1950-01-01');
const PLAUSIBLE_SERIAL_MAX = isoToSerial('2200-12-31');

function yearOf(digits: string): number {
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

function dayReading(year: number, month: number, day: number): Reading {
  return isValidDate(year, month, day) ? { iso: isoDate(year, month, day) } : 'impossible';
}

/** The months firstMonth..lastMonth of a year, e.g. a quarter: due at the end, begun at the start. */
function periodReading(year: number, firstMonth: number, lastMonth: number): Reading {
  return isValidDate(year, lastMonth, 1)
    ? { iso: endOfMonthIso(year, lastMonth), from: isoDate(year, firstMonth, 1) }
    : 'impossible';
}

function monthEndReading(year: number, month: number): Reading {
  return periodReading(year, month, month);
}

function quarterOf(text: string): number | null {
  const quarter = ROMAN_QUARTERS[text] ?? Number(text);
  return quarter >= 1 && quarter <= 4 ? quarter : null;
}

function quarterEndReading(quarterText: string, year: number): Reading {
  const quarter = quarterOf(quarterText);
  return quarter ? periodReading(year, quarter * 3 - 2, quarter * 3) : 'impossible';
}

/** Months first..last of a year; a span that runs backwards ("Tháng 12-10/2025") names nothing. */
function spanReading(year: number, first: number, last: number): Reading {
  if (first < 1 || first > 12 || last < 1 || last > 12) return 'impossible';
  return first < last ? periodReading(year, first, last) : null;
}

function quarterSpanReading(firstText: string, lastText: string, year: number): Reading {
  const first = quarterOf(firstText);
  const last = quarterOf(lastText);
  return first && last ? spanReading(year, first * 3 - 2, last * 3) : 'impossible';
}

const SINGLE_EXPRESSIONS: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => Reading]> = [
  [DAY_MONTH_YEAR, (m) => dayReading(yearOf(m[3]), Number(m[2]), Number(m[1]))],
  [YEAR_MONTH_DAY, (m) => dayReading(Number(m[1]), Number(m[2]), Number(m[3]))],
  [SPELLED_DATE, (m) => dayReading(Number(m[3]), Number(m[2]), Number(m[1]))],
  [NAMED_MONTH, (m) => monthEndReading(yearOf(m[2]), Number(m[1]))],
  [BARE_MONTH, (m) => monthEndReading(Number(m[2]), Number(m[1]))],
  [QUARTER, (m) => quarterEndReading(m[1], yearOf(m[2]))],
  [MONTH_SPAN, (m) => spanReading(yearOf(m[3]), Number(m[1]), Number(m[2]))],
  [QUARTER_SPAN, (m) => quarterSpanReading(m[1], m[2], yearOf(m[3]))],
  [HALF_YEAR, (m) => (m[1] === 'dau' ? periodReading(Number(m[2]), 1, 6) : periodReading(Number(m[2]), 7, 12))],
  [YEAR, (m) => periodReading(Number(m[1]), 1, 12)],
];

function readSingle(expression: string): Reading {
  for (const [pattern, read] of SINGLE_EXPRESSIONS) {
    const match = pattern.exec(expression);
    if (match) return read(match);
  }
  return null;
}

/** One expression, or a range "A - B" / "từ A đến B" whose deadline is its end. */
function readExpression(text: string): Reading {
  const body = text.replace(LEADING_WORDS, '');
  const single = readSingle(body);
  if (single) return single;
  for (const separator of body.matchAll(RANGE_SEPARATOR)) {
    const index = separator.index ?? 0;
    const start = readSingle(body.slice(0, index));
    const end = readSingle(body.slice(index + separator[0].length).replace(LEADING_WORDS, ''));
    if (!start || !end) continue;
    if (start === 'impossible' || end === 'impossible') return 'impossible';
    return start.iso <= end.iso ? { iso: end.iso, from: start.from ?? start.iso } : null;
  }
  return null;
}

/** "15/12 hằng năm", "Tháng 6 hằng năm", "Quý II hằng năm": a yearly deadline on a given day. */
function readAnnualDay(text: string): Deadline | null {
  if (!EVERY_YEAR.test(text)) return null;
  const rest = text.replace(EVERY_YEAR, ' ').trim().replace(LEADING_WORDS, '');
  const day = ANNUAL_DAY.exec(rest);
  if (day) {
    const dayOfMonth = Number(day[1] ?? day[3]);
    const month = Number(day[2] ?? day[4]);
    return isValidDate(COMMON_YEAR, month, dayOfMonth) ? { kind: 'annual', month, day: dayOfMonth } : IMPOSSIBLE;
  }
  const month = ANNUAL_MONTH.exec(rest);
  if (month) return annualMonthEnd(Number(month[1]));
  const quarter = ANNUAL_QUARTER.exec(rest);
  if (quarter) {
    const q = quarterOf(quarter[1]);
    return q ? annualMonthEnd(q * 3) : IMPOSSIBLE;
  }
  return null;
}

function annualMonthEnd(month: number): Deadline {
  return month >= 1 && month <= 12 ? { kind: 'annual', month } : IMPOSSIBLE;
}

function normaliseDateText(s: string): string {
  return plainLower(s.replace(BROKEN_DATE_SPACING, '$1$2'))
    .replace(PUNCTUATION_AS_SPACE, ' ')
    .replace(EDGE_PUNCTUATION, '');
}

function deadlineOfReading(reading: Reading): Deadline {
  if (reading === 'impossible') return IMPOSSIBLE;
  if (!reading) return UNREADABLE;
  return reading.from ? { kind: 'date', date: reading.iso, from: reading.from } : { kind: 'date', date: reading.iso };
}

/** Reads a deadline written as text; null when the text is blank. Never rolls an impossible date over. */
export function parseDeadlineText(s: string): Deadline | null {
  // Most cells hold a bare date such as "31/12/2025": read it before any normalising.
  const direct = readSingle(s.trim());
  if (direct) return deadlineOfReading(direct);
  const text = normaliseDateText(s);
  if (text === '') return collapseWhitespace(s) === '' ? null : UNREADABLE;
  const words = text.replace(NOT_WORD_RUN, ' ').trim();
  if (ANNUAL_TEXT.test(words)) return ANNUAL;
  const annualDay = readAnnualDay(text);
  if (annualDay) return annualDay;
  if (ONGOING_TEXT.test(words)) return ONGOING;
  // A reference may quote the date of the document it refers to; that date is not the deadline.
  if (REFERENCE_TEXT.test(words)) return REFERENCE;
  return deadlineOfReading(readExpression(text));
}

/** Date cells repeat their days down a sheet: the rows of one day share one deadline and one ISO text. */
const serialDeadline = memoize((serial: number): Deadline => {
  const iso = serialToIso(serial);
  if (iso) return { kind: 'date', date: iso };
  return Math.floor(serial) === PHANTOM_LEAP_DAY ? IMPOSSIBLE : UNREADABLE;
});

/** Written deadlines repeat down a sheet ("31/12/2025", "Hằng năm"): each distinct text is parsed once. */
const parseRepeatedText = memoize(parseDeadlineText);

/**
 * A deadline or completion date from a cell: a date cell, a date serial, a year number (2026) or
 * text. Null when the cell is empty. `serialOffset` moves a General-format serial into the 1900
 * system (1,462 in a 1904 workbook: values/dateSystem.ts moves date cells, but cannot tell such a
 * number from a count outside a date column).
 */
export function readDateCell(cell: CellSnapshot | null | undefined, serialOffset = 0): Deadline | null {
  if (!cell) return null;
  const value = cell.v;
  if (value === null || value === undefined) return null;
  if (cell.err) return UNREADABLE;
  if (typeof value === 'string') return parseRepeatedText(value);
  if (typeof value !== 'number' || !Number.isFinite(value)) return UNREADABLE;
  if (isDateFormat(cell.fmt)) return serialDeadline(value);
  if (Number.isInteger(value) && value >= YEAR_NUMBER_MIN && value <= YEAR_NUMBER_MAX) {
    return { kind: 'date', date: isoDate(value, 12, 31) };
  }
  // A General-format number is taken for a date only where a date is plausible: 12 is not 12/01/1900.
  const serial = value + serialOffset;
  if (serial >= PLAUSIBLE_SERIAL_MIN && serial < PLAUSIBLE_SERIAL_MAX + 1) return serialDeadline(serial);
  return UNREADABLE;
}

/** The day a deadline falls due in the given report year; null when it has none. */
export function deadlineDate(d: Deadline, reportYear: number): string | null {
  if (d.kind === 'date') return d.date;
  if (d.kind === 'annual' && Number.isInteger(reportYear) && reportYear >= MIN_YEAR && reportYear <= MAX_YEAR) {
    if (d.month === undefined) return isoDate(reportYear, 12, 31);
    return d.day === undefined ? endOfMonthIso(reportYear, d.month) : isoDate(reportYear, d.month, d.day);
  }
  return null;
}
