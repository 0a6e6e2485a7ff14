/** Finding the tables of a sheet (SPEC §2, §2.3): where each starts and ends, its section rows, and the user's override. */
import type { SheetStructure, TableBlock } from '../analysis';
import { isBlank, type Grid } from '../workbook/grid';
import { ALL_ALIAS_KEYS, headerKey } from './headerAliases';
import { headerFromOverride, isNumberingRow, readHeader, type Header } from './headerRow';
import { findHeaderRow, headerSignature } from './tableAnchor';
import { columnLetter } from '../workbook/address';
import type { SheetOverride } from '../settings/options';
import { sectionLabel } from './sectionRow';
import { isStatusText } from '../values/status';
import { memoize } from '../values/memo';

/** How far down a sheet the first header is looked for: title rows are few. */
const FIRST_HEADER_SEARCH_ROWS = 60;
/** Rows of a "Kết quả" column looked at to decide whether it holds statuses or free text. */
const RESULT_SAMPLE = 200;

/** Longer than any header word with a remark, e.g. "Tên nhiệm vụ (Nghị quyết 57-NQ/TW ngày 22/12/2024)". */
const MAX_HEADER_WORD = 80;
/** Lead units and statuses repeat down the first columns: each distinct text is folded once. */
const headerKeyOf = memoize(headerKey);
/** "A. …", "II. …": how a section title starts; a document title ("PHỤ LỤC 1: …") does not. */
const MARKED_SECTION = /^(?:[A-Z]|[IVXLC]+)[.)] /;

export interface SheetLayout {
  structure: SheetStructure;
  /** 0-based section rows → their group label. */
  sections: Map<number, string>;
}


/**
 * Finds every table of a sheet (SPEC §2), then applies the user's overrides: one for the whole
 * sheet (kind, or the first table's header), and one per corrected table.
 */
export function detectLayout(grid: Grid, overrides: readonly SheetOverride[] = []): SheetLayout {
  const sheetOverride = overrides.find((o) => !o.table);
  const layout = detectTables(grid, sheetOverride);
  const tableOverrides = overrides.filter((o) => o.table);
  if (tableOverrides.length === 0 || sheetOverride?.kind === 'none') return layout;
  const blocks = [...layout.structure.blocks];
  for (const override of tableOverrides) applyTableOverride(grid, override, blocks, layout.sections);
  blocks.sort((a, b) => a.headerRows[0] - b.headerRows[0]);
  const kind = blocks[0]?.kind ?? 'none';
  return { structure: { name: grid.name, kind, blocks, overridden: true }, sections: layout.sections };
}

/** One table's override, anchored by its header text so that rows inserted above it do not lose it. */
function applyTableOverride(grid: Grid, override: SheetOverride, blocks: TableBlock[], sections: Map<number, string>): void {
  const anchor = override.table;
  const stored = override.headerRows;
  if (!anchor || !stored) return;
  const anchoredRow = anchor.row - 1;
  const shift = (findHeaderRow(grid, anchor.signature, anchoredRow) ?? anchoredRow) - anchoredRow;
  const rows = stored.map((r) => r + shift);
  const found = rows[0] - 1;
  const index = blocks.findIndex((b) => b.headerRows[0] - 1 <= found && found <= Math.max(b.lastRow, b.headerRows[b.headerRows.length - 1] - 1));
  if (override.kind === 'none') {
    if (index >= 0) blocks.splice(index, 1);
    return;
  }
  const detected = index >= 0 ? blocks[index] : undefined;
  // Columns the user left alone stay as detected.
  const letters = { ...columnLettersOf(detected), ...override.columns };
  const header = headerFromOverride(grid, rows, letters, override.kind ?? detected?.kind);
  if (!header) return;
  const block = scanBlock(grid, header, sections);
  if (index >= 0) blocks.splice(index, 1, block);
  else blocks.push(block);
}

function columnLettersOf(block: TableBlock | undefined): Record<string, string> {
  const letters: Record<string, string> = {};
  for (const [field, col] of Object.entries(block?.columns ?? {})) letters[field] = columnLetter(col);
  return letters;
}

/** Finds every table of a sheet, or applies a whole-sheet override. */
function detectTables(grid: Grid, override?: SheetOverride): SheetLayout {
  const sections = new Map<number, string>();
  const none = (overridden: boolean): SheetLayout => ({
    structure: { name: grid.name, kind: 'none', blocks: [], overridden },
    sections,
  });
  if (override?.kind === 'none') return none(true);
  const forcedKind = override?.kind;

  if (override?.headerRows && override.columns) {
    const header = headerFromOverride(grid, override.headerRows, override.columns, forcedKind);
    if (!header) return none(true);
    const block = scanBlock(grid, header, sections);
    return { structure: { name: grid.name, kind: header.kind, blocks: [block], overridden: true }, sections };
  }

  let header: Header | null = null;
  const limit = Math.min(grid.rowCount, FIRST_HEADER_SEARCH_ROWS);
  let r = 0;
  for (; r < limit && !header; r++) if (!grid.rowIsEmpty(r)) header = readHeader(grid, r, 2, forcedKind);
  if (!header) return none(forcedKind !== undefined);
  for (let t = 0; t < header.rows[0]; t++) {
    // Before the first header only marked rows ("A. Nhiệm vụ theo …") are sections; the rest are titles.
    const label = sectionLabel(grid, t, [], undefined);
    if (label && MARKED_SECTION.test(label)) sections.set(t, label);
  }

  const blocks: TableBlock[] = [];
  let next: Header | null = header;
  while (next) {
    const block = scanBlock(grid, next, sections);
    blocks.push(block);
    next = block.lastRow + 1 < grid.rowCount ? readHeader(grid, block.lastRow + 1, 3, forcedKind) : null;
  }
  const kind = blocks[0].kind;
  return { structure: { name: grid.name, kind, blocks, overridden: forcedKind !== undefined }, sections };
}

/** Reads the rows under a header until the next header; records section rows on the way. */
function scanBlock(grid: Grid, header: Header, sections: Map<number, string>): TableBlock {
  let firstRow = header.rows[header.rows.length - 1] + 1;
  if (firstRow < grid.rowCount && isNumberingRow(grid, firstRow)) firstRow++;
  const detailColumns = Object.entries(header.columns)
    .filter(([field]) => field !== 'stt' && field !== 'name')
    .map(([, col]) => col)
    .concat(Object.values(header.targetYears), Object.values(header.resultYears));
  if (header.resultColumn !== undefined) detailColumns.push(header.resultColumn);

  let lastRow = firstRow - 1;
  for (let r = firstRow; r < grid.rowCount; r++) {
    if (grid.rowIsEmpty(r)) continue;
    if (mightBeHeader(grid, r) && readHeader(grid, r, 3, header.kind)) break;
    const label = sectionLabel(grid, r, detailColumns, header.columns.stt);
    if (label) sections.set(r, label);
    lastRow = r;
  }
  if (header.resultColumn !== undefined) decideResultColumn(grid, header, firstRow, lastRow);
  return {
    kind: header.kind,
    headerRows: header.rows.map((r) => r + 1),
    signature: headerSignature(grid, header.rows[0]),
    columns: header.columns,
    targetYears: header.targetYears,
    ...(Object.keys(header.resultYears).length > 0 ? { resultYears: header.resultYears } : {}),
    ...(header.targetYear !== undefined ? { targetYear: header.targetYear } : {}),
    firstRow,
    lastRow,
  };
}

/** "Kết quả" holds statuses in some appendices and a free-text report in others (seed 004). */
function decideResultColumn(grid: Grid, header: Header, firstRow: number, lastRow: number): void {
  const col = header.resultColumn as number;
  let filled = 0;
  let statuses = 0;
  for (let r = firstRow; r <= lastRow && filled < RESULT_SAMPLE; r++) {
    const text = grid.text(r, col);
    if (text === '') continue;
    filled++;
    if (isStatusText(text)) statuses++;
  }
  // An empty "Kết quả" next to a "Mô tả" column is the status still to be filled in (seed 004's layout).
  const undecidedIsStatus = filled === 0 && header.columns.report !== undefined;
  const field = (filled > 0 && statuses * 2 >= filled) || undecidedIsStatus ? 'status' : 'report';
  if (header.columns[field] === undefined) header.columns[field] = col;
}

/**
 * Cheap test run on every data row: a header row has, in its first columns, a short cell that is
 * exactly a header word (Stt, Mã nhiệm vụ, Tên nhiệm vụ …). Data rows almost never do.
 */
function mightBeHeader(grid: Grid, row: number): boolean {
  const width = Math.min(grid.columnCount, 4);
  for (let c = 0; c < width; c++) {
    const cell = grid.ownCell(row, c);
    if (typeof cell?.v !== 'string' || cell.v.length > MAX_HEADER_WORD) continue;
    if (ALL_ALIAS_KEYS.has(headerKeyOf(cell.v))) return true;
  }
  return false;
}


export { isBlank };
