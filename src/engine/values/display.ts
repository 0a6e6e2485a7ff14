import { serialToIso } from './calendar';
import { isDateFormat } from './numberFormat';
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
  return cellText(cell);
}
