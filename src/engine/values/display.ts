import { serialToIso } from './calendar';
import { isDateFormat, isPercentFormat, percentDecimals } from './numberFormat';
import type { CellSnapshot } from '../workbook/snapshot';
import { cellText } from '../text/text';

/** "2025-12-31" → "31/12/2025", the way Vietnamese documents write dates. */
export function isoToVn(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** The value as the user sees it: a date cell as dd/mm/yyyy rather than its serial number. */
export function displayValue(cell: CellSnapshot | undefined): string {
  if (!cell) return '';
  if (cell.text !== undefined) return cell.text;
  if (typeof cell.v === 'number' && isDateFormat(cell.fmt)) {
    const iso = serialToIso(cell.v);
    if (iso) return isoToVn(iso);
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
