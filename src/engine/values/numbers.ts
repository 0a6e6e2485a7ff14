/** Numbers written the Vietnamese way (SPEC §3.1): decimal comma, thousands dot. */
import { isPercentFormat } from './numberFormat';
import type { CellSnapshot } from '../workbook/snapshot';

const MINUS_SIGN = '\u2212';
const PERCENT_SUFFIX = /\s*%$/;
const INTEGER = /^\d+$/;
const DOT_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3})+(?:,\d+)?$/;
const SPACE_GROUPED = /^[1-9]\d{0,2}(?:[ \u00A0\u202F]\d{3})+(?:,\d+)?$/;
const DECIMAL_COMMA = /^\d*,\d+$/;
const DECIMAL_DOT = /^\d*\.\d+$/;
// English grouping, accepted only where it cannot be a decimal comma: "1,234,567" or "1,234.5".
const COMMA_GROUPED = /^[1-9]\d{0,2}(?:(?:,\d{3}){2,}(?:\.\d+)?|,\d{3}\.\d+)$/;
const GROUP_SEPARATORS = /[. \u00A0\u202F]/g;
const COMMAS = /,/g;

/** Above this a double has no digits left at 10 decimals, so rounding there would only add noise. */
const ROUNDING_LIMIT = 1e11;

/** Rounds to 10 decimals, removing float noise such as 0.85 × 100 = 85.00000000000001. */
function withoutFloatNoise(x: number): number {
  if (Math.abs(x) >= ROUNDING_LIMIT) return x;
  return Math.round(x * 1e10) / 1e10 + 0;
}

/** The unsigned number written in `body`, or NaN when `body` is not one number. */
function unsignedValue(body: string): number {
  if (DOT_GROUPED.test(body) || SPACE_GROUPED.test(body)) {
    return Number(body.replace(GROUP_SEPARATORS, '').replace(',', '.'));
  }
  if (INTEGER.test(body) || DECIMAL_DOT.test(body)) return Number(body);
  if (DECIMAL_COMMA.test(body)) return Number(body.replace(',', '.'));
  if (COMMA_GROUPED.test(body)) return Number(body.replace(COMMAS, ''));
  return NaN;
}

/**
 * '1.440' → 1440, '99,09' → 99.09, '0,9%' → 0.9 percent, '1.5' → 1.5 (a dot not followed by groups
 * of exactly three digits is a decimal point). Null for anything that is not just a number.
 */
export function parseVnNumber(s: string): { value: number; percent: boolean } | null {
  let text = s.trim();
  const percent = text.endsWith('%');
  if (percent) text = text.replace(PERCENT_SUFFIX, '');
  const negative = text.startsWith('-') || text.startsWith(MINUS_SIGN);
  if (negative || text.startsWith('+')) text = text.slice(1);
  const magnitude = unsignedValue(text);
  if (!Number.isFinite(magnitude)) return null;
  return { value: negative ? -magnitude + 0 : magnitude, percent };
}

/**
 * The number in a cell. A numeric cell is used as is, except under a percent format, where Excel
 * holds the fraction (0.85 shown as 85%): that reads as 85 percent. Text goes through parseVnNumber.
 */
export function readNumberCell(cell: CellSnapshot | null | undefined): { value: number; percent: boolean } | null {
  if (!cell || cell.err) return null;
  const value = cell.v;
  if (typeof value === 'string') return parseVnNumber(value);
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  if (isPercentFormat(cell.fmt)) {
    // A fraction near the largest double has no percent a double can hold.
    const percent = value * 100;
    return Number.isFinite(percent) ? { value: withoutFloatNoise(percent), percent: true } : null;
  }
  return { value: value + 0, percent: false };
}
