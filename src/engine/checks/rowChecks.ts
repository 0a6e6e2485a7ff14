import { displayValue } from '../values/display';
import { isLegacyEncoded } from '../text/legacyEncoding';
import { memoizeShort } from '../values/memo';
import type { SheetContext } from '../layout/sheetContext';

const legacyText = memoizeShort(isLegacyEncoded) as (text: string) => boolean;

/** Checks shared by task and indicator rows: old-encoding text, and lead units against the directory. */
export function checkTextCells(ctx: SheetContext, row: number, columns: [string, number][]): void {
  // Indexed loops in what runs on every row: the first thousands of rows run before the code is
  // optimised, where an iterator and a destructuring per column cost more than the check.
  for (let i = 0; i < columns.length; i++) {
    const field = columns[i][0];
    const col = columns[i][1];
    const cell = ctx.grid.ownCell(row, col);
    if (typeof cell?.v === 'string' && legacyText(cell.v)) {
      ctx.sink.add('legacy-encoding', row, col, field, displayValue(cell));
    }
  }
}

export function checkLeadUnit(ctx: SheetContext, row: number, col: number, lead: string): void {
  if (!ctx.unitDirectory || lead === '') return;
  const match = ctx.unitDirectory(lead);
  if (!match.known) ctx.sink.add('unknown-unit-name', row, col, 'lead', lead, { closest: match.closest });
}

/** The group a row belongs to: the nearest section row above it (SPEC §2.3). */
export function groupTracker(sections: Map<number, string>): (row: number) => string | null {
  const rows = [...sections.keys()].sort((a, b) => a - b);
  let index = -1;
  return (row) => {
    while (index + 1 < rows.length && rows[index + 1] < row) index++;
    return index >= 0 ? (sections.get(rows[index]) ?? null) : null;
  };
}
