/**
 * Excel's two date systems. A workbook in the 1904 system (Excel for Mac before 2011, and any
 * workbook where "Use 1904 date system" is ticked) stores each date 1,462 days lower than the
 * 1900 system does; the engine reads serials in the 1900 system, so such a workbook's date cells
 * are moved into it once, on the way in — its dates are never 1,462 days (four years) early.
 */
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { serialToIso } from './calendar';
import { isDateFormat } from './numberFormat';

/** Serial of 01/01/1904 in the 1900 system: 1904 serial + 1,462 = 1900 serial. */
export const DATE1904_OFFSET = 1_462;

/** The snapshot with its date serials in the 1900 system (the snapshot itself when already so). */
export function inDateSystem1900(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  if (!snapshot.date1904) return snapshot;
  const shifted: WorkbookSnapshot = { ...snapshot, sheets: snapshot.sheets.map(shiftSheet) };
  delete shifted.date1904;
  return shifted;
}

function shiftSheet(sheet: SheetSnapshot): SheetSnapshot {
  return { ...sheet, rows: sheet.rows.map((row) => row?.map(shiftCell)) };
}

function shiftCell(cell: CellSnapshot | null | undefined): CellSnapshot | null | undefined {
  if (!cell || cell.err || typeof cell.v !== 'number' || !isDateFormat(cell.fmt)) return cell;
  return { ...cell, v: cell.v + DATE1904_OFFSET };
}

/**
 * Whether the displayed text of a workbook's date cells shows the 1904 system, for hosts that do
 * not say which system a workbook uses (Office.js gives serials as stored, and text as shown).
 * A date cell decides when its text holds a four-digit year that one system gives its serial and
 * the other does not. The first such cell decides (the two systems are 4 years apart, so every
 * cell of one workbook agrees); undefined when no cell decides, e.g. a workbook without dates
 * or whose dates show two-digit years only.
 */
export function showsDate1904(sheets: readonly SheetSnapshot[]): boolean | undefined {
  for (const sheet of sheets) {
    for (const row of sheet.rows) {
      if (!row) continue;
      for (const cell of row) {
        const decided = cell ? date1904ShownBy(cell) : undefined;
        if (decided !== undefined) return decided;
      }
    }
  }
  return undefined;
}

const FOUR_DIGITS = /\d{4}/g;

function date1904ShownBy(cell: CellSnapshot): boolean | undefined {
  if (cell.err || typeof cell.v !== 'number' || cell.text === undefined || !isDateFormat(cell.fmt)) return undefined;
  const years = cell.text.match(FOUR_DIGITS);
  if (!years) return undefined;
  const in1900 = serialToIso(cell.v)?.slice(0, 4);
  const in1904 = serialToIso(cell.v + DATE1904_OFFSET)?.slice(0, 4);
  const shows1900 = in1900 !== undefined && years.includes(in1900);
  const shows1904 = in1904 !== undefined && years.includes(in1904);
  return shows1900 === shows1904 ? undefined : shows1904;
}
