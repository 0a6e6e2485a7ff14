/** Reading a table's header (SPEC §2, §2.3): its rows, super-headers, and the column of each field. */
import { columnIndex } from '../workbook/address';
import type { TableKind } from './fields';
import { isBlank, type Grid } from '../workbook/grid';
import { isDateFormat } from '../values/numberFormat';
import type { CellSnapshot } from '../workbook/snapshot';
import {
  betterMatch, headerKey, matchAliases, yearColumn, yearMentioned, yearPart, yearTargetColumn, type AliasMatch,
} from './headerAliases';

const MAX_HEADER_LABEL = 150;

export interface Header {
  kind: TableKind;
  rows: number[];
  columns: Record<string, number>;
  targetYears: Record<number, number>;
  /** Per-year results beside per-year targets (SPEC §2.2 turn 2): year → 0-based column. */
  resultYears: Record<number, number>;
  targetYear?: number;
  /** A task column headed just "Kết quả": status or report, decided by its values. */
  resultColumn?: number;
  fieldCount: number;
}

/** A row of column numbers "(1) (2) (3)" under a header. */
export function isNumberingRow(grid: Grid, row: number): boolean {
  let count = 0;
  for (let c = 0; c < grid.columnCount; c++) {
    const text = grid.text(row, c);
    if (text === '') continue;
    if (!/^\(?\d{1,2}\)?$/.test(text)) return false;
    count++;
  }
  return count >= 2;
}

interface Labels {
  label: string[];
  superLabel: string[];
  rows: number[];
}

/** The header text of each column: one row, or a sub-row under merged super-headers. */
function headerLabels(grid: Grid, row: number): Labels {
  const width = grid.columnCount;
  const top: string[] = [];
  for (let c = 0; c < width; c++) top.push(grid.text(row, c));
  const below = row + 1 < grid.rowCount && ownCellCount(grid, row) >= 2 && !isNumberingRow(grid, row + 1) ? subRow(grid, row) : null;
  if (below) {
    return {
      label: top.map((t, c) => below[c] || t),
      superLabel: top.map((t, c) => (below[c] ? t : '')),
      rows: [row, row + 1],
    };
  }
  const above = row > 0 ? yearSuperRow(grid, row) : null;
  return { label: top, superLabel: above ?? top.map(() => ''), rows: above ? [row - 1, row] : [row] };
}

/** Cells typed in a row, a merged area counting once: a title or section row has one. */
function ownCellCount(grid: Grid, row: number): number {
  let count = 0;
  for (let c = 0; c < grid.columnCount; c++) if (!isBlank(grid.ownCell(row, c))) count++;
  return count;
}

/**
 * The row under a header is part of it when it sits under merged header cells (a super-header, or
 * cells merged down from the header row) or holds at least two header words or years; a data row
 * never qualifies, since it has typed numbers or dates, or no exact header words.
 */
function subRow(grid: Grid, row: number): string[] | null {
  const labels: string[] = [];
  let underMerge = false;
  let exactWords = 0;
  for (let c = 0; c < grid.columnCount; c++) {
    const own = grid.ownCell(row + 1, c);
    const above = grid.merge(row, c);
    const underSuperHeader = above !== undefined && above.right > above.left;
    // Years under a super-header ("Mục tiêu" over 2025, 2030 …) are often typed as numbers.
    if (own && (typeof own.v === 'number' || typeof own.v === 'boolean') && !(underSuperHeader && isYearNumber(own))) return null;
    const m = grid.merge(row + 1, c);
    const mergedDown = m !== undefined && m.top <= row;
    const text = mergedDown ? '' : grid.text(row + 1, c);
    if (text.length > MAX_HEADER_LABEL) return null;
    labels.push(text);
    if (mergedDown || (text !== '' && underSuperHeader)) underMerge = true;
    if (text === '') continue;
    const key = headerKey(text);
    const exact = [...matchAliases('tasks', key), ...matchAliases('indicators', key)].some((a) => a.exact);
    if (yearColumn(key) !== null || exact) exactWords++;
  }
  if (!labels.some((t) => t !== '')) return null;
  return underMerge || exactWords >= 2 ? labels : null;
}

function isYearNumber(cell: CellSnapshot): boolean {
  return typeof cell.v === 'number' && !isDateFormat(cell.fmt) && yearColumn(String(cell.v)) !== null;
}

/** A row such as "Đến năm 2030" standing alone above some columns of the header. */
function yearSuperRow(grid: Grid, row: number): string[] | null {
  const labels: string[] = [];
  let found = false;
  for (let c = 0; c < grid.columnCount; c++) {
    const text = grid.text(row - 1, c);
    labels.push(text);
    if (text === '') continue;
    if (c === 0 || yearMentioned(headerKey(text)) === null) return null;
    found = true;
  }
  return found ? labels : null;
}

export function readHeader(grid: Grid, row: number, minFields: number, forcedKind?: TableKind): Header | null {
  const labels = headerLabels(grid, row);
  let filled = 0;
  for (const text of labels.label) {
    if (text.length > MAX_HEADER_LABEL) return null;
    if (text !== '') filled++;
  }
  if (filled < 2) return null;
  const kinds: TableKind[] = forcedKind ? [forcedKind] : ['tasks', 'indicators'];
  let best: Header | null = null;
  for (const kind of kinds) {
    const header = mapColumns(kind, labels);
    if (!header || header.fieldCount < minFields) continue;
    if (!best || header.fieldCount > best.fieldCount) best = header;
  }
  return best;
}

function mapColumns(kind: TableKind, labels: Labels): Header | null {
  const keys = labels.label.map(headerKey);
  const targetYears: Record<number, number> = {};
  const resultYears: Record<number, number> = {};
  const candidates: { col: number; match: AliasMatch }[] = [];
  let resultColumn: number | undefined;
  // One year of "Mục tiêu năm 2030" is the target column; several years are per-year targets.
  const yearTargets = new Set(kind === 'indicators' ? keys.map(yearTargetColumn).filter((year) => year !== null) : []);
  keys.forEach((key, col) => {
    if (key === '') return;
    const part = kind === 'indicators' ? yearPart(key, headerKey(labels.superLabel[col])) : null;
    if (part) {
      const years = part.part === 'result' ? resultYears : targetYears;
      if (years[part.year] === undefined) years[part.year] = col;
      return;
    }
    const year = yearColumn(key) ?? (yearTargets.size > 1 ? yearTargetColumn(key) : null);
    if (year !== null) {
      if (kind === 'indicators' && targetYears[year] === undefined) targetYears[year] = col;
      return;
    }
    if (yearTargets.size === 1 && yearTargetColumn(key) !== null) {
      candidates.push({ col, match: { field: 'target', exact: true, length: key.length } });
      return;
    }
    if (kind === 'tasks' && key === 'ket qua') {
      resultColumn = col;
      return;
    }
    for (const match of matchAliases(kind, key)) candidates.push({ col, match });
  });
  if (kind === 'indicators') resolveIndicatorResult(candidates, keys, Object.keys(targetYears).length > 0);

  candidates.sort((a, b) => (betterMatch(a.match, b.match) ? -1 : betterMatch(b.match, a.match) ? 1 : a.col - b.col));
  const columns: Record<string, number> = {};
  const used = new Set<number>();
  for (const { col, match } of candidates) {
    if (columns[match.field] !== undefined || used.has(col)) continue;
    columns[match.field] = col;
    used.add(col);
  }
  if (columns.name === undefined) return null;
  const years = Object.keys(targetYears).length;
  const fieldCount = Object.keys(columns).length + (years > 0 ? 1 : 0) + (Object.keys(resultYears).length > 0 ? 1 : 0) + (resultColumn !== undefined ? 1 : 0);
  const header: Header = { kind, rows: labels.rows, columns, targetYears, resultYears, fieldCount };
  if (resultColumn !== undefined) header.resultColumn = resultColumn;
  if (columns.target !== undefined) {
    const year = yearMentioned(headerKey(labels.superLabel[columns.target])) ?? yearMentioned(keys[columns.target]);
    if (year !== null) header.targetYear = year;
  }
  return header;
}

/** An indicator column headed "Kết quả" is the target unless another column already holds targets. */
function resolveIndicatorResult(candidates: { col: number; match: AliasMatch }[], keys: string[], hasYears: boolean): void {
  const otherTarget = candidates.some((c) => c.match.field === 'target' && keys[c.col] !== 'ket qua');
  if (!hasYears && !otherTarget) return;
  for (const c of candidates) {
    if (keys[c.col] === 'ket qua' && c.match.field === 'target') c.match = { field: 'actual', exact: true, length: 7 };
  }
}

export function headerFromOverride(
  grid: Grid,
  headerRows: number[],
  letters: Record<string, string>,
  forcedKind: TableKind | undefined,
): Header | null {
  const rows = headerRows.map((r) => r - 1).sort((a, b) => a - b);
  const detected = readHeader(grid, rows[0], 1, forcedKind);
  const kind = forcedKind ?? detected?.kind;
  if (!kind) return null;
  const columns: Record<string, number> = {};
  for (const [field, letter] of Object.entries(letters)) {
    const col = columnIndex(letter);
    if (col >= 0) columns[field] = col;
  }
  if (columns.name === undefined) return null;
  const header: Header = {
    kind,
    rows,
    columns,
    targetYears: detected?.kind === kind ? detected.targetYears : {},
    resultYears: detected?.kind === kind ? detected.resultYears : {},
    fieldCount: Object.keys(columns).length,
  };
  if (detected?.kind === kind && detected.targetYear !== undefined) header.targetYear = detected.targetYear;
  return header;
}
