/**
 * Calendar arithmetic on plain integers (no Date objects, no time zones): ISO dates and Excel's
 * 1900 date system.
 */
import { memoize } from './memo';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;

/** Serial of 9999-12-31, the last date Excel can show. */
const MAX_SERIAL = 2958465;
/** Serial 60 is 29/02/1900, a day that never existed: Excel kept Lotus 1-2-3's leap-year bug. */
export const PHANTOM_LEAP_DAY = 60;
/** Days from 1970-01-01 back to Excel's day 0 (for serials after the phantom day). */
const UNIX_EPOCH_SERIAL = 25569;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A real day that Excel can hold (years 1900–9999). */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12 &&
    day >= 1 && day <= daysInMonth(year, month)
  );
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** 'YYYY-MM-DD' of a date already known to be valid. */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** The year of the report date (an ISO date): the year its targets and "due this year" speak of. */
export function reportYear(asOf: string): number {
  return Number(asOf.slice(0, 4));
}

export function endOfMonthIso(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}

// Howard Hinnant's days_from_civil / civil_from_days: exact for the proleptic Gregorian calendar.
function daysSinceUnixEpoch(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function isoFromDaysSinceUnixEpoch(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return isoDate(year, month, day);
}

/**
 * The date of an Excel serial (1900 system); the time of day (fraction) is ignored.
 * Null outside 1..2958465 and for serial 60, the phantom 29/02/1900.
 */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  if (day < 1 || day > MAX_SERIAL || day === PHANTOM_LEAP_DAY) return null;
  // Before the phantom day Excel's count is one behind the real calendar.
  const offset = day < PHANTOM_LEAP_DAY ? UNIX_EPOCH_SERIAL - 1 : UNIX_EPOCH_SERIAL;
  return isoFromDaysSinceUnixEpoch(day - offset);
}

/** The Excel serial of an ISO 'YYYY-MM-DD' date; NaN when it is not a real date Excel can hold. */
export function isoToSerial(iso: string): number {
  const match = ISO_DATE.exec(iso);
  if (!match) return NaN;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isValidDate(year, month, day)) return NaN;
  const days = daysSinceUnixEpoch(year, month, day);
  const beforePhantomDay = year === MIN_YEAR && month <= 2;
  return days + (beforePhantomDay ? UNIX_EPOCH_SERIAL - 1 : UNIX_EPOCH_SERIAL);
}

/** Each row asks how far its deadline is from the report date: a day's number is worked out once. */
const isoDays = memoize((iso: string): number =>
  daysSinceUnixEpoch(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))),
);

/** The ISO date `days` days after `iso` (before it when negative). */
export function addDays(iso: string, days: number): string {
  return isoFromDaysSinceUnixEpoch(isoDays(iso) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return isoDays(to) - isoDays(from);
}
