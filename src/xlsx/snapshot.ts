/** An ExcelJS workbook → the engine's WorkbookSnapshot (src/engine/workbook/snapshot.ts). */
import type ExcelJS from 'exceljs';
import type { CellSnapshot, MergeArea, SheetSnapshot, WorkbookSnapshot } from '../engine';
import { columnIndex } from '../engine';
import { cellSnapshot, isModelCellType, MERGE_CELL, modelCellSnapshot, type CellModel } from './cellSnapshot';

/** The parts of ExcelJS's worksheet we read without going through its costly `model` getter. */
interface WorksheetInternals {
  _rows?: (ExcelJS.Row | undefined)[];
  _merges?: Record<string, { top: number; left: number; bottom: number; right: number } | undefined>;
}

type SnapshotRow = (CellSnapshot | null)[];
/** A row being built: undefined marks a cell found empty after all. */
type PartialRow = (CellSnapshot | null | undefined)[];

export function snapshotWorkbook(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  const date1904 = Boolean(workbook.properties?.date1904);
  return { sheets: workbook.worksheets.map((ws) => snapshotSheet(ws, date1904)) };
}

export function snapshotSheet(ws: ExcelJS.Worksheet, date1904 = false): SheetSnapshot {
  const internals = ws as unknown as WorksheetInternals;
  const rows: SnapshotRow[] = [];
  const hiddenRows: number[] = [];

  const visit = (row: ExcelJS.Row): void => {
    const r = row.number - 1;
    if (row.hidden) hiddenRows.push(r);
    let cells: SnapshotRow | undefined;
    row.eachCell((cell, colNumber) => {
      const snap = cellSnapshot(cell, date1904);
      if (snap === null) return;
      if (!cells) cells = [];
      cells[colNumber - 1] = snap;
    });
    if (cells) rows[r] = cells;
  };

  if (Array.isArray(internals._rows)) {
    for (const row of internals._rows) if (row) visit(row);
  } else {
    ws.eachRow({ includeEmpty: false }, visit);
  }

  return { name: ws.name, rows: denseRows(rows), merges: mergesOf(ws, internals), hiddenRows };
}

/** A worksheet of ExcelJS's parsed model: the rows that `Worksheet.model = …` would turn into Row objects. */
export interface WorksheetModel {
  id: number;
  rows: RowModel[];
}

interface RowModel {
  number: number;
  hidden?: boolean;
  cells: (CellModel & { address?: string; sharedFormula?: unknown; comment?: unknown })[];
}

const ADDRESS = /^([A-Z]{1,3})([1-9]\d*)$/;

/**
 * The snapshot of `workbook`'s sheets with their rows taken from ExcelJS's parsed model, so no
 * Row or Cell objects are built. `workbook` holds the same sheets assembled without rows (names,
 * tab order, merges, date system). Undefined when a row holds something only ExcelJS's own
 * Row/Cell assembly settles (cells without an address or outside their row, shared formulas,
 * comments, other value types): the caller then assembles the workbook and uses snapshotWorkbook.
 */
export function snapshotModel(workbook: ExcelJS.Workbook, models: readonly WorksheetModel[]): WorkbookSnapshot | undefined {
  const date1904 = Boolean(workbook.properties?.date1904);
  const byId = new Map<number, WorksheetModel>();
  for (const m of models) byId.set(m.id, m);
  const sheets: SheetSnapshot[] = [];
  for (const ws of workbook.worksheets) {
    const sheet = snapshotModelSheet(ws, byId.get(ws.id)?.rows ?? [], date1904);
    if (!sheet) return undefined;
    sheets.push(sheet);
  }
  return { sheets };
}

function snapshotModelSheet(ws: ExcelJS.Worksheet, rowModels: readonly RowModel[], date1904: boolean): SheetSnapshot | undefined {
  // As Worksheet._parseRows: a later row with the same number replaces the earlier one.
  const byIndex: RowModel[] = [];
  for (const row of rowModels) {
    if (!Number.isInteger(row.number) || row.number < 1) return undefined;
    byIndex[row.number - 1] = row;
  }
  const rows: (PartialRow | undefined)[] = [];
  const hiddenRows: number[] = [];
  for (let r = 0; r < byIndex.length; r++) {
    const row = byIndex[r];
    if (!row) continue;
    if (row.hidden) hiddenRows.push(r);
    let cells: PartialRow | undefined;
    for (const model of row.cells) {
      // ExcelJS parses a bare <c/> as a merge cell, and Row.model skips those altogether.
      if (model.type === MERGE_CELL) continue;
      if (!isModelCellType(model.type) || model.sharedFormula !== undefined || model.comment !== undefined) return undefined;
      const address = model.address === undefined ? null : ADDRESS.exec(model.address);
      if (!address || Number(address[2]) !== row.number) return undefined;
      const c = columnIndex(address[1]);
      const snap = modelCellSnapshot(model, date1904);
      // A later cell at the same address replaces the earlier one, even when it is empty.
      if (snap !== null) (cells ??= [])[c] = snap;
      else if (cells && c < cells.length) cells[c] = undefined;
    }
    if (cells) rows[r] = cells;
  }
  const merges = mergesOf(ws, ws as unknown as WorksheetInternals);
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom && r < rows.length; r++) {
      const cells = rows[r];
      if (!cells) continue;
      for (let c = r === m.top ? m.left + 1 : m.left; c <= m.right && c < cells.length; c++) cells[c] = undefined;
    }
  }
  return { name: ws.name, rows: denseRows(rows), merges, hiddenRows };
}

/**
 * Dense rows, null for empty cells: the engine indexes rows[r][c] freely. Cells left undefined are
 * empty; a row ends at its last non-empty cell and the sheet at its last non-empty row.
 */
function denseRows(rows: (PartialRow | undefined)[]): SnapshotRow[] {
  let end = rows.length;
  while (end > 0 && !hasCell(rows[end - 1])) end--;
  rows.length = end;
  for (let r = 0; r < end; r++) {
    const cells = rows[r];
    if (cells === undefined) {
      rows[r] = [];
      continue;
    }
    let last = cells.length;
    while (last > 0 && cells[last - 1] === undefined) last--;
    cells.length = last;
    for (let c = 0; c < last; c++) if (cells[c] === undefined) cells[c] = null;
  }
  return rows as SnapshotRow[];
}

function hasCell(cells: PartialRow | undefined): boolean {
  return cells !== undefined && cells.some((c) => c !== undefined);
}

function mergesOf(ws: ExcelJS.Worksheet, internals: WorksheetInternals): MergeArea[] {
  const out: MergeArea[] = [];
  if (internals._merges && typeof internals._merges === 'object') {
    for (const m of Object.values(internals._merges)) {
      if (m) out.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
    }
  } else {
    for (const range of (ws.model as { merges?: string[] }).merges ?? []) {
      const m = /^([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)$/.exec(range);
      if (!m) continue;
      out.push({ top: Number(m[2]) - 1, left: columnIndex(m[1]), bottom: Number(m[4]) - 1, right: columnIndex(m[3]) });
    }
  }
  out.sort((a, b) => a.top - b.top || a.left - b.left);
  return out;
}
