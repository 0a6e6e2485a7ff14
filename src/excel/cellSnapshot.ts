import type { CellSnapshot } from '../engine';

/**
 * One cell as Office.js returns it, converted to the snapshot shape shared with the .xlsx reader:
 * null when empty, `err` for error values, `fmt` only when not "General", `text` only when the
 * displayed text differs from String(v) (dates, percentages, thousands separators…).
 */
export function toCellSnapshot(
  value: unknown,
  valueType: string,
  numberFormat: unknown,
  text: unknown,
): CellSnapshot | null {
  if (valueType === 'Empty' || value === '' || value === null || value === undefined) return null;
  const v: CellSnapshot['v'] =
    typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string' ? value : String(value);
  const cell: CellSnapshot = { v };
  if (valueType === 'Error') cell.err = true;
  if (typeof numberFormat === 'string' && numberFormat !== '' && numberFormat !== 'General') cell.fmt = numberFormat;
  if (typeof text === 'string' && text !== String(v)) cell.text = text;
  return cell;
}
