import type { CellSnapshot, MergeArea, SheetSnapshot, WorkbookSnapshot } from '../../src/engine/workbook/snapshot';

/** A cell written the way a test reads best: text, number, a real date cell, a percent cell, an error. */
export type TestCell =
  | string
  | number
  | boolean
  | null
  | { date: string; fmt?: string }
  | { percent: number }
  | { error: string }
  | CellSnapshot;

const DAY_MS = 86_400_000;

export function serialOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / DAY_MS;
}

function toCell(cell: TestCell): CellSnapshot | null {
  if (cell === null || cell === '') return null;
  if (typeof cell !== 'object') return { v: cell };
  if ('date' in cell) return { v: serialOf(cell.date), fmt: cell.fmt ?? 'dd/mm/yyyy' };
  if ('percent' in cell) return { v: cell.percent, fmt: '0%' };
  if ('error' in cell) return { v: cell.error, err: true };
  return cell;
}

/** "A1:C2" → 0-based merge area. */
function mergeOf(range: string): MergeArea {
  const [a, b] = range.split(':');
  const pos = (ref: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(ref);
    if (!m) throw new Error(`bad ref ${ref}`);
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]) - 1, col: col - 1 };
  };
  const p = pos(a);
  const q = pos(b);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

export function sheet(name: string, rows: TestCell[][], merges: string[] = []): SheetSnapshot {
  return { name, rows: rows.map((r) => r.map(toCell)), merges: merges.map(mergeOf) };
}

export function workbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets };
}
