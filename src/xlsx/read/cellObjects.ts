/**
 * One cell object for each repeated plain text and each repeated formatted number (dates): the
 * snapshot is never changed by its readers, and a million rows then hold a few hundred objects
 * for their units, statuses and deadlines instead of millions.
 */
import type { CellSnapshot } from '../../engine';

/** Cells shared by identical values are capped, so a sheet of unique short texts stays bounded. */
const MAX_SHARED_CELLS = 50_000;
const MAX_SHARED_TEXT = 48;

export class CellObjects {
  private readonly textCells = new Map<string, CellSnapshot>();
  private readonly numberCells = new Map<number, Map<number, CellSnapshot>>();
  private sharedCells = 0;

  /** The cell object already made for the same value and format (style), for a cell without a formula. */
  shared(cell: CellSnapshot, style: number): CellSnapshot {
    const v = cell.v;
    if (typeof v === 'string' && cell.fmt === undefined && cell.err === undefined) {
      if (v.length > MAX_SHARED_TEXT) return cell;
      const known = this.textCells.get(v);
      if (known) return known;
      if (this.sharedCells++ < MAX_SHARED_CELLS) this.textCells.set(v, cell);
    } else if (typeof v === 'number' && cell.fmt !== undefined) {
      let byValue = this.numberCells.get(style);
      if (!byValue) this.numberCells.set(style, (byValue = new Map()));
      const known = byValue.get(v);
      if (known) return known;
      if (this.sharedCells++ < MAX_SHARED_CELLS) byValue.set(v, cell);
    }
    return cell;
  }
}
