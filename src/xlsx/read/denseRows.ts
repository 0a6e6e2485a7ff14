import type { CellSnapshot } from '../../engine';

/** Dense from the start (null for an empty cell), so the finished rows need no second copy. */
export type Row = (CellSnapshot | null)[];

/**
 * Dense rows, null for empty cells: the engine indexes rows[r][c] freely. A row ends at its last
 * cell and the sheet at its last row with a cell. Done in place: rows are already dense.
 */
export function denseRows(rows: (Row | undefined)[]): Row[] {
  let end = rows.length;
  while (end > 0 && !hasCell(rows[end - 1])) end--;
  rows.length = end;
  for (let r = 0; r < end; r++) {
    const cells = rows[r];
    if (!cells) {
      rows[r] = [];
      continue;
    }
    let last = cells.length;
    while (last > 0 && cells[last - 1] === null) last--;
    cells.length = last;
  }
  return rows as Row[];
}

function hasCell(cells: Row | undefined): boolean {
  if (!cells) return false;
  for (let c = 0; c < cells.length; c++) if (cells[c] !== null) return true;
  return false;
}

