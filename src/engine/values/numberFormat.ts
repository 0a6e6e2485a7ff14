/** What an Excel number format says about its cell's value: a date, a percentage, or neither. */
import { memoize } from './memo';

// Parts of a format that never carry a date or percent code: quoted text, backslash-escaped
// characters, the character after _ (a space that wide) or * (repeat), and [..] sections such as
// colours and locales ([Red], [$-42A]). Elapsed-time sections ([h], [mm]) keep their letters.
const LITERAL_PART = /"[^"]*"?|\\.|[_*].|\[([hms]+)\]|\[[^\]]*\]?/gi;
const AM_PM = /am\/pm|a\/p/g;
const MINUTES = /h+:?m+|m+(?=:?s)/g;
const DAY_OR_YEAR = /[dy]/;
const MONTH = /m/;

/** The format's codes, lower case, with every literal part removed. A workbook has few formats. */
const formatCodes = memoize((fmt: string): string =>
  fmt.replace(LITERAL_PART, (_part, elapsed: string | undefined) => elapsed ?? '').toLowerCase(),
);

/** True when the format shows a calendar date (day, month or year), with or without a time. */
export function isDateFormat(fmt: string | undefined): boolean {
  return !!fmt && formatShowsDate(fmt);
}

/** Asked of every number cell in a date column; a workbook has few formats. */
const formatShowsDate = memoize((fmt: string): boolean => {
  const codes = formatCodes(fmt).replace(AM_PM, '');
  if (DAY_OR_YEAR.test(codes)) return true;
  // "m" means minutes right after hours or right before seconds, and months everywhere else.
  return MONTH.test(codes.replace(MINUTES, ''));
});

/** True when the format multiplies the value by 100 and shows "%" (0.85 shown as 85%). */
export function isPercentFormat(fmt: string | undefined): boolean {
  return !!fmt && formatCodes(fmt).includes('%');
}

/** How many decimals a percent format shows: "0%" → 0, "0.00%" → 2 (zeros or hashes after the point). */
export function percentDecimals(fmt: string | undefined): number {
  const codes = fmt ? formatCodes(fmt).split(';')[0] : '';
  const point = codes.indexOf('.');
  const percent = codes.indexOf('%');
  if (point < 0 || percent < point) return 0;
  return (codes.slice(point + 1, percent).match(/[0#?]/g) ?? []).length;
}
