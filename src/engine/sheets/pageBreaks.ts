import type { RowHeight } from './writePlan';

/** Rows (0-based, inclusive) that should print on one page: a table with its heading, a label with its sentence. */
export interface KeptTogether {
  first: number;
  last: number;
}

/**
 * Where to start new pages so that no kept-together block is split (SPEC §9, print-ready): a sheet of
 * several tables cannot repeat one header row on every page (Excel repeats a single band of rows),
 * so each table starts on a fresh page when it would otherwise run over the page's foot. A block
 * taller than a page starts on a fresh page only when less than a third of the current one is left.
 * Heights are the plan's estimates, which rather overshoot: a page then ends a little early, never
 * late. Returns the 0-based rows that start a new page.
 */
export function pageBreaksKeepingTogether(
  rowCount: number,
  rowHeights: RowHeight[],
  blocks: KeptTogether[],
  pageHeight: number,
  defaultRowHeight: number,
  /** Rows printed again at the top of every page after the first (print titles). */
  titleRows?: { first: number; last: number },
): number[] {
  const heightOf = new Map(rowHeights.map((h) => [h.row, h.height]));
  const height = (row: number) => heightOf.get(row) ?? defaultRowHeight;
  const blockAt = new Map(blocks.map((b) => [b.first, b.last]));
  let titles = 0;
  if (titleRows) for (let r = titleRows.first; r <= titleRows.last; r++) titles += height(r);
  const breaks: number[] = [];
  let used = 0;
  for (let row = 0; row < rowCount; row++) {
    const last = blockAt.get(row);
    if (last !== undefined && used > titles) {
      let block = 0;
      for (let r = row; r <= last; r++) block += height(r);
      const overflows = used + block > pageHeight;
      if (overflows && (block <= pageHeight || pageHeight - used < pageHeight / 3)) {
        breaks.push(row);
        used = titles;
      }
    }
    // The application's own break, where a row no longer fits.
    if (used + height(row) > pageHeight) used = titles;
    used += height(row);
  }
  return breaks;
}
