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

  /**
   * The cell without a formula holding `v` (an error code when `err`) shown in `fmt`: the object
   * already made for the same value and format (style) when there is one, else a new one.
   */
  cell(v: string | number | boolean, err: boolean, fmt: string | undefined, style: number): CellSnapshot {
    if (typeof v === 'string' && fmt === undefined && !err) {
      if (v.length > MAX_SHARED_TEXT) return { v };
      const known = this.textCells.get(v);
      if (known) return known;
      const cell: CellSnapshot = { v };
      if (this.sharedCells++ < MAX_SHARED_CELLS) this.textCells.set(v, cell);
      return cell;
    }
    if (typeof v === 'number' && fmt !== undefined) {
      let byValue = this.numberCells.get(style);
      if (!byValue) this.numberCells.set(style, (byValue = new Map()));
      const known = byValue.get(v);
      if (known) return known;
      const cell = newCell(v, false, fmt);
      if (this.sharedCells++ < MAX_SHARED_CELLS) byValue.set(v, cell);
      return cell;
    }
    return newCell(v, err, fmt);
  }
}

/** Properties added in the order the snapshot's cells have always had them (v, err, fmt), so they share hidden classes. */
function newCell(v: string | number | boolean, err: boolean, fmt: string | undefined): CellSnapshot {
  const cell: CellSnapshot = { v };
  if (err) cell.err = true;
  if (fmt !== undefined) cell.fmt = fmt;
  return cell;
}
