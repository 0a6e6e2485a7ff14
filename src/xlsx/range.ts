/** A1-style ranges of a write plan, as 1-based ExcelJS row/column numbers. */

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function parseCell(a1: string): { row: number; col: number } {
  const m = CELL.exec(a1.trim());
  if (!m) throw new Error(`Bad cell address in write plan: "${a1}"`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** "B3:D7" or "B3" → 1-based inclusive bounds (normalised so top ≤ bottom, left ≤ right). */
export function parseRange(a1: string): CellRange {
  const [from, to = from] = a1.split(':');
  const a = parseCell(from);
  const b = parseCell(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function columnLetters(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
