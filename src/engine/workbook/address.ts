/**
 * A1-style addresses, shared by the engine, the Office.js layer and the xlsx layer. Rows and
 * columns are 0-based here, as in the snapshot. Findings always carry the real sheet address.
 */

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 0-based and inclusive, like the snapshot's MergeArea. */
export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnLetter(col: number): string {
  let n = col + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based column of "A", "ab" …; -1 when not a column name. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Every task row and finding names its cell: a table's few column letters are worked out once. */
const lettersOfColumn: string[] = [];
const CACHED_COLUMNS = 1024;

export function cellAddress(row: number, col: number): string {
  const letters = col >= 0 && col < CACHED_COLUMNS ? (lettersOfColumn[col] ??= columnLetter(col)) : columnLetter(col);
  return `${letters}${row + 1}`;
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

/** "D7" for a single cell, "D7:F9" otherwise. */
export function rectAddress(rect: CellRect): string {
  const first = cellAddress(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right ? first : `${first}:${cellAddress(rect.bottom, rect.right)}`;
}

/** Whole columns, e.g. "C:E" — used for column widths. */
export function columnSpanAddress(firstCol: number, lastCol: number): string {
  return `${columnLetter(firstCol)}:${columnLetter(lastCol)}`;
}

/** Whole rows, 0-based inclusive, as print titles take them: rows 3–3 → "$4:$4". */
export function rowSpanAddress(firstRow: number, lastRow: number): string {
  return `$${firstRow + 1}:$${lastRow + 1}`;
}


/** A sheet name as a formula reference: 'PL 1'!D7, with quotes doubled. */
export function sheetReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

interface Edge {
  row?: number;
  col?: number;
}

function parseEdge(part: string): Edge | undefined {
  const cell = CELL.exec(part);
  if (cell) return { col: columnIndex(cell[1]), row: Number(cell[2]) - 1 };
  const col = COLUMN.exec(part);
  if (col) return { col: columnIndex(col[1]) };
  const row = ROW.exec(part);
  if (row) return { row: Number(row[1]) - 1 };
  return undefined;
}

/**
 * Parses "D7", "A3:F3", "$A$1:$B$2", whole columns "C:E" and whole rows "3:5" (no sheet prefix:
 * plan and finding addresses are always relative to their own sheet). Undefined when invalid.
 */
export function parseRangeAddress(address: string): CellRect | undefined {
  const parts = address.trim().split(':');
  if (parts.length < 1 || parts.length > 2) return undefined;
  const a = parseEdge(parts[0]);
  const b = parts.length === 2 ? parseEdge(parts[1]) : a;
  if (!a || !b) return undefined;
  // A lone column or row ("C", "3") is not a range; "C:C" and "3:3" are.
  if (parts.length === 1 && (a.row === undefined || a.col === undefined)) return undefined;
  // Both ends must be of the same kind: cell:cell, col:col or row:row.
  if ((a.row === undefined) !== (b.row === undefined) || (a.col === undefined) !== (b.col === undefined)) {
    return undefined;
  }
  const top = Math.min(a.row ?? 0, b.row ?? 0);
  const bottom = Math.max(a.row ?? MAX_ROWS - 1, b.row ?? MAX_ROWS - 1);
  const left = Math.min(a.col ?? 0, b.col ?? 0);
  const right = Math.max(a.col ?? MAX_COLUMNS - 1, b.col ?? MAX_COLUMNS - 1);
  if (top < 0 || left < 0 || bottom >= MAX_ROWS || right >= MAX_COLUMNS) return undefined;
  return { top, left, bottom, right };
}

export function rectContains(rect: CellRect, row: number, col: number): boolean {
  return row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
}

export function rectRows(rect: CellRect): number {
  return rect.bottom - rect.top + 1;
}

export function rectColumns(rect: CellRect): number {
  return rect.right - rect.left + 1;
}
