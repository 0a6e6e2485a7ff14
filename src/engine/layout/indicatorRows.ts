import type { IndicatorRow, TableBlock } from '../analysis';
import { indicatorCategory } from '../summary/categories';
import { displayValue } from '../values/display';
import { isBlank } from '../workbook/grid';
import { checkLeadUnit, checkTextCells } from '../checks/rowChecks';
import { checkTableColumns } from '../checks/tableChecks';
import type { SheetContext } from './sheetContext';
import { parseTarget, readActual, type Target } from '../values/targets';
import { fold } from '../text/text';
import { cellAddress } from '../workbook/address';

/** Validates the indicator rows of one table and categorises them (SPEC §5, §6). */
export function readIndicatorBlock(ctx: SheetContext, block: TableBlock, groupOf: (row: number) => string | null): IndicatorRow[] {
  const { grid, sink } = ctx;
  const cols = block.columns;
  checkTableColumns(ctx, block);
  const years = Object.keys(block.targetYears).map(Number).sort((a, b) => a - b);
  const resultYears = block.resultYears ?? {};
  const plan = cols.actual === undefined && Object.keys(resultYears).length === 0;
  const dataColumns = [...Object.values(cols), ...Object.values(block.targetYears), ...Object.values(resultYears)];
  const columnEntries = Object.entries(cols);

  const indicators: IndicatorRow[] = [];
  for (let r = block.firstRow; r <= block.lastRow; r++) {
    if (ctx.sections.has(r) || dataColumns.every((c) => isBlank(grid.ownCell(r, c)))) continue;
    const name = grid.text(r, cols.name);
    const lead = cols.lead === undefined ? '' : grid.text(r, cols.lead);
    const unit = cols.unit === undefined ? '' : grid.text(r, cols.unit);
    if (name === '') sink.add('missing-required', r, cols.name, 'name', '');
    if (cols.lead !== undefined && lead === '') sink.add('missing-required', r, cols.lead, 'lead', '');
    if (cols.unit !== undefined && unit === '') sink.add('missing-unit', r, cols.unit, 'unit', '');
    checkLeadUnit(ctx, r, cols.lead ?? 0, lead);
    checkTextCells(ctx, r, columnEntries);

    const { target, year } = years.length > 0 ? perYearTarget(ctx, r, block, years) : singleTarget(ctx, r, block);
    // SPEC §2.2 turn 2: with a result column per year, the evaluation year's result is the actual.
    const actualCol = cols.actual ?? (year === null ? undefined : resultYears[year]);
    const targetCol = year !== null && years.length > 0 ? block.targetYears[year] : cols.target;
    const actual = actualCol === undefined ? ({ kind: 'empty' } as const) : readActual(grid.cell(r, actualCol));
    let outOfRange = false;
    if (actualCol !== undefined && actual.kind === 'invalid') {
      sink.add('invalid-number', r, actualCol, 'actual', displayValue(grid.cell(r, actualCol)));
    }
    if (actualCol !== undefined && actual.kind === 'number' && isShare(name, unit, target) && (actual.value < 0 || actual.value > 100)) {
      outOfRange = true;
      sink.add('percent-out-of-range', r, actualCol, 'actual', displayValue(grid.cell(r, actualCol)));
    }
    const category = indicatorCategory(target, actual, year, ctx.asOf, outOfRange);
    const row: IndicatorRow = {
      sheet: grid.name, row: r, group: groupOf(r), name, lead, category, evaluationYear: year, plan,
      cell: cellAddress(r, cols.name),
      actual: actualCol === undefined ? '' : displayValue(grid.cell(r, actualCol)).trim(),
      target: targetCol === undefined ? '' : displayValue(grid.cell(r, targetCol)).trim(),
    };
    const results = resultsOf(ctx, r, resultYears);
    if (results) row.results = results;
    indicators.push(row);
  }
  return indicators;
}

/** SPEC §5.2: the user's year, else the first year from the report year on that has a target. */
function perYearTarget(ctx: SheetContext, row: number, block: TableBlock, years: number[]): { target: Target | null; year: number | null } {
  const targets = new Map<number, Target>();
  for (const y of years) {
    const col = block.targetYears[y];
    const cell = ctx.grid.cell(row, col);
    const target = parseTarget(cell);
    if (target.kind === 'invalid') ctx.sink.add('invalid-target', row, col, 'target', displayValue(cell));
    targets.set(y, target);
  }
  const year = ctx.year ?? years.find((y) => y >= ctx.reportYear && targets.get(y)?.kind !== 'none');
  if (year === undefined) return { target: null, year: null };
  const target = targets.get(year);
  return { target: target && target.kind !== 'none' ? target : null, year };
}

function singleTarget(ctx: SheetContext, row: number, block: TableBlock): { target: Target | null; year: number } {
  const year = block.targetYear ?? ctx.reportYear;
  const col = block.columns.target;
  if (col === undefined) return { target: null, year };
  const cell = ctx.grid.cell(row, col);
  const target = parseTarget(cell);
  if (target.kind === 'invalid') ctx.sink.add('invalid-target', row, col, 'target', displayValue(cell));
  return { target: target.kind === 'none' ? null : target, year };
}

/** The filled result cells of a row, year → the value as shown; undefined without per-year results. */
function resultsOf(ctx: SheetContext, row: number, resultYears: Record<number, number>): Record<number, string> | undefined {
  const entries = Object.entries(resultYears);
  if (entries.length === 0) return undefined;
  const results: Record<number, string> = {};
  for (const [year, col] of entries) {
    const cell = ctx.grid.cell(row, col);
    if (!isBlank(cell)) results[Number(year)] = displayValue(cell);
  }
  return results;
}

/** "Tỷ lệ" and "Tỉ lệ" are both correct spellings of "share". */
const SHARE_NAME = /^t[yi] le\b/;

/** A share ("Tỷ lệ …" measured in %) must stay within 0–100 (SPEC §6 percent-out-of-range). */
function isShare(name: string, unit: string, target: Target | null): boolean {
  if (!SHARE_NAME.test(fold(name))) return false;
  if (unit !== '') return unit.includes('%');
  return target !== null && 'percent' in target && target.percent;
}
