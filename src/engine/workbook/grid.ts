import { rectContains } from './address';
import type { CellSnapshot, MergeArea, SheetSnapshot } from './snapshot';
import { memoizeShort } from '../values/memo';
import { cellText, squash } from '../text/text';

const squashShort = memoizeShort(squash) as (text: string) => string;

/** Merges larger than this are looked up by scanning instead of being indexed cell by cell. */
const MAX_INDEXED_MERGE_CELLS = 200_000;
const KEY_STRIDE = 1 << 14; // more columns than Excel allows (16,384)

/**
 * A sheet's cells with merged areas resolved: every cell of a merge reads as its top-left cell,
 * so a lead unit merged down over three tasks belongs to all three.
 */
export class Grid {
  readonly name: string;
  readonly rowCount: number;
  readonly columnCount: number;
  private readonly rows: SheetSnapshot['rows'];
  private readonly mergeOf = new Map<number, MergeArea>();
  private readonly largeMerges: MergeArea[] = [];

  constructor(sheet: SheetSnapshot) {
    this.name = sheet.name;
    this.rows = sheet.rows;
    this.rowCount = sheet.rows.length;
    let width = 0;
    // Indexed: this runs before anything is warm, where an iterator over 50,000 rows is slow.
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      if (row && row.length > width) width = row.length;
    }
    this.columnCount = width;
    for (const m of sheet.merges) {
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > MAX_INDEXED_MERGE_CELLS) {
        this.largeMerges.push(m);
        continue;
      }
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) this.mergeOf.set(r * KEY_STRIDE + c, m);
      }
    }
  }

  /** The merged area covering a cell, if any. */
  merge(row: number, col: number): MergeArea | undefined {
    const indexed = this.mergeOf.get(row * KEY_STRIDE + col);
    if (indexed || this.largeMerges.length === 0) return indexed;
    return this.largeMerges.find((m) => rectContains(m, row, col));
  }

  /** The cell as typed, without merge resolution. */
  ownCell(row: number, col: number): CellSnapshot | undefined {
    return this.rows[row]?.[col] ?? undefined;
  }

  cell(row: number, col: number): CellSnapshot | undefined {
    const own = this.ownCell(row, col);
    if (own && !isBlank(own)) return own;
    const m = this.mergeOf.size > 0 || this.largeMerges.length > 0 ? this.merge(row, col) : undefined;
    return m ? this.ownCell(m.top, m.left) : own;
  }

  /** Displayed text, whitespace squashed. */
  text(row: number, col: number): string {
    const cell = this.cell(row, col);
    return cell ? squashShort(cellText(cell)) : '';
  }

  rowIsEmpty(row: number): boolean {
    const cells = this.rows[row];
    if (!cells) return true;
    for (let c = 0; c < cells.length; c++) if (cells[c] && !isBlank(cells[c])) return false;
    return true;
  }
}

export function isBlank(cell: CellSnapshot | undefined | null): boolean {
  if (!cell || cell.v === null) return true;
  return typeof cell.v === 'string' && cell.v.trim() === '';
}
