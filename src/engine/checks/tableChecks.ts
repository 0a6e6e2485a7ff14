import type { TableBlock } from '../analysis';
import type { SheetContext } from '../layout/sheetContext';

/**
 * The columns a table of each kind is expected to have (SPEC §2, §6 missing-column). A task table
 * without a status column is a plan, unless it already reports progress (a completion date or a
 * progress report column): then the status column is what is missing.
 */
function missingColumns(block: TableBlock): string[] {
  const cols = block.columns;
  const has = (field: string) => cols[field] !== undefined;
  if (block.kind === 'tasks') {
    const progress = has('completedOn') || has('report');
    return ['lead', 'deadline', ...(progress ? ['status'] : [])].filter((field) => !has(field));
  }
  const hasTarget = has('target') || Object.keys(block.targetYears).length > 0;
  return [
    ...(has('unit') ? [] : ['unit']),
    ...(has('lead') ? [] : ['lead']),
    // Without a target no indicator can be judged (SPEC §2.2: one of the two target layouts is required).
    ...(hasTarget ? [] : ['target']),
  ];
}

/** Reports each column the table lacks once, on the table's header range, never on a data row. */
export function checkTableColumns(ctx: SheetContext, block: TableBlock): void {
  const columns = [...Object.values(block.columns), ...Object.values(block.targetYears), ...Object.values(block.resultYears ?? {})];
  const left = columns.reduce((min, c) => Math.min(min, c), Infinity);
  const right = columns.reduce((max, c) => Math.max(max, c), -Infinity);
  const top = block.headerRows[0] - 1;
  const bottom = block.headerRows[block.headerRows.length - 1] - 1;
  for (const field of missingColumns(block)) ctx.sink.addOnRange('missing-column', top, left, bottom, right, field);
}
