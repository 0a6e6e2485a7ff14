/** A1 addresses for the fake host (deliberately independent of src/excel's own helpers). */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function columnName(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** "A1", "A1:B2", "$A$1", "C:E", "3:5"; undefined when Excel would reject it. */
export function parseAddress(address: string): Rect | undefined {
  const parts = address.trim().split(':');
  if (parts.length > 2 || parts[0] === '') return undefined;
  const ends = parts.map((part) => {
    let m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(part);
    if (m) return { col: columnNumber(m[1]), row: Number(m[2]) - 1 };
    m = /^\$?([A-Za-z]{1,3})$/.exec(part);
    if (m) return { col: columnNumber(m[1]), row: undefined };
    m = /^\$?(\d+)$/.exec(part);
    if (m) return { col: undefined, row: Number(m[1]) - 1 };
    return undefined;
  });
  const [a, b = ends[0]] = ends;
  if (!a || !b) return undefined;
  if (parts.length === 1 && (a.row === undefined || a.col === undefined)) return undefined;
  if ((a.row === undefined) !== (b.row === undefined) || (a.col === undefined) !== (b.col === undefined)) return undefined;
  const rect: Rect = {
    top: Math.min(a.row ?? 0, b.row ?? 0),
    bottom: Math.max(a.row ?? MAX_ROWS - 1, b.row ?? MAX_ROWS - 1),
    left: Math.min(a.col ?? 0, b.col ?? 0),
    right: Math.max(a.col ?? MAX_COLUMNS - 1, b.col ?? MAX_COLUMNS - 1),
  };
  if (rect.top < 0 || rect.left < 0 || rect.bottom >= MAX_ROWS || rect.right >= MAX_COLUMNS) return undefined;
  return rect;
}

export function formatAddress(rect: Rect): string {
  const a = `${columnName(rect.left)}${rect.top + 1}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return a;
  return `${a}:${columnName(rect.right)}${rect.bottom + 1}`;
}

/** As Excel writes a sheet in an address: quoted unless it is a plain identifier. */
export function sheetPrefix(sheetName: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheetName) ? `${sheetName}!` : `'${sheetName.replace(/'/g, "''")}'!`;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

export function rowsOf(rect: Rect): number {
  return rect.bottom - rect.top + 1;
}

export function columnsOf(rect: Rect): number {
  return rect.right - rect.left + 1;
}
