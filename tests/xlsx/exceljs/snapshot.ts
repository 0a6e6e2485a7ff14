/**
 * Test-only: an ExcelJS workbook → the engine's WorkbookSnapshot, as the command line read files
 * before src/xlsx/read. The differential tests compare the new reader against it.
 */
import type ExcelJS from 'exceljs';
import type { CellSnapshot, MergeArea, SheetSnapshot, WorkbookSnapshot } from '../../../src/engine';
import { columnIndex } from '../../../src/engine';
import { cellSnapshot } from './cellSnapshot';

/** The parts of ExcelJS's worksheet we read without going through its costly `model` getter. */
interface WorksheetInternals {
  _rows?: (ExcelJS.Row | undefined)[];
  _merges?: Record<string, { top: number; left: number; bottom: number; right: number } | undefined>;
}

type SnapshotRow = (CellSnapshot | null)[];
type PartialRow = (CellSnapshot | null | undefined)[];

export function snapshotWorkbook(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  const date1904 = Boolean(workbook.properties?.date1904);
  const snapshot: WorkbookSnapshot = { sheets: workbook.worksheets.map((ws) => snapshotSheet(ws, date1904)) };
  if (date1904) snapshot.date1904 = true;
  return snapshot;
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

  const sheet: SheetSnapshot = { name: ws.name, rows: denseRows(rows), merges: mergesOf(ws, internals), hiddenRows };
  if (ws.state === 'hidden' || ws.state === 'veryHidden') sheet.visibility = ws.state;
  return sheet;
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
