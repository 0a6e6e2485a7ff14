import { serialToIso } from './calendar';
import { isDateFormat, isPercentFormat, percentDecimals } from './numberFormat';
import { memoize } from './memo';
import type { CellSnapshot } from '../workbook/snapshot';
import { cellText } from '../text/text';

/**
 * "2025-12-31" → "31/12/2025", the way Vietnamese documents write dates. Thousands of findings
 * quote the same few deadlines: each day is written once and its text shared.
 */
export const isoToVn: (iso: string) => string = memoize((iso) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`);

/** A date cell's text, shared by every cell of that serial. */
const serialText = memoize((serial: number): string | null => {
  const iso = serialToIso(serial);
  return iso ? isoToVn(iso) : null;
});

/** The value as the user sees it: a date cell as dd/mm/yyyy rather than its serial number. */
export function displayValue(cell: CellSnapshot | undefined): string {
  if (!cell) return '';
  if (cell.text !== undefined) return cell.text;
  if (typeof cell.v === 'number' && isDateFormat(cell.fmt)) {
    const text = serialText(cell.v);
    if (text) return text;
  }
  // A file holds 0.85 under "0%"; Excel shows "85%" (a host that gives the text never gets here).
  if (typeof cell.v === 'number' && isPercentFormat(cell.fmt)) return percentText(cell.v, percentDecimals(cell.fmt));
  return cellText(cell);
}

/** 0.125 with 1 decimal → "12,5%": a Vietnamese decimal comma, as Excel shows it on a Vietnamese Windows. */
function percentText(fraction: number, decimals: number): string {
  const percent = fraction * 100;
  if (!Number.isFinite(percent)) return String(fraction);
  return `${percent.toFixed(decimals).replace('.', ',')}%`;
}
