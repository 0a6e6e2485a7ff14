/**
 * Finding a table again for the user's override of it (SPEC §2: the override is stored with the
 * workbook). Rows inserted above a table move its header; its header text does not.
 */
import type { Grid } from '../workbook/grid';
import { headerKey } from './headerAliases';

/** The folded texts of a header row, e.g. "stt|ten nhiem vu|don vi chu tri|thoi han". */
export function headerSignature(grid: Grid, row: number): string {
  const keys: string[] = [];
  for (let c = 0; c < grid.columnCount; c++) {
    const key = headerKey(grid.text(row, c));
    if (key !== '') keys.push(key);
  }
  return keys.join('|');
}

/**
 * The 0-based row holding `signature` nearest to where it was stored (two tables may share a
 * header); null when no row holds it any more, and the stored row is then used as it is.
 */
export function findHeaderRow(grid: Grid, signature: string, storedRow: number): number | null {
  let best: number | null = null;
  for (let r = 0; r < grid.rowCount; r++) {
    if (grid.rowIsEmpty(r) || headerSignature(grid, r) !== signature) continue;
    if (best === null || Math.abs(r - storedRow) < Math.abs(best - storedRow)) best = r;
  }
  return best;
}
