/** Test-only: one ExcelJS cell → the engine's CellSnapshot, as the command line read cells before src/xlsx/read. */
import ExcelJS from 'exceljs';
import type { CellSnapshot } from '../../../src/engine';
import { dateToSerial } from './serial';

const T = ExcelJS.ValueType;

interface RichTextLike {
  richText: { text?: unknown }[];
}

function isRichText(x: unknown): x is RichTextLike {
  return typeof x === 'object' && x !== null && Array.isArray((x as RichTextLike).richText);
}

/** Plain text of a string, rich text or anything else ExcelJS puts where text goes. */
function textOf(x: unknown): string {
  if (typeof x === 'string') return x;
  if (isRichText(x)) {
    let s = '';
    for (const run of x.richText) if (typeof run.text === 'string') s += run.text;
    return s;
  }
  if (x === null || x === undefined) return '';
  if (typeof x === 'number' || typeof x === 'boolean') return String(x);
  return '';
}

/** A value or a formula's cached result → v (and err for error values). */
function scalar(x: unknown, date1904: boolean, out: CellSnapshot): void {
  if (x === null || x === undefined) {
    out.v = null;
  } else if (typeof x === 'number' || typeof x === 'boolean') {
    out.v = x;
  } else if (typeof x === 'string') {
    out.v = x === '' ? null : x;
  } else if (x instanceof Date) {
    out.v = dateToSerial(x, date1904);
  } else if (typeof x === 'object' && typeof (x as { error?: unknown }).error === 'string') {
    out.v = (x as { error: string }).error;
    out.err = true;
  } else {
    const t = textOf(x);
    out.v = t === '' ? null : t;
  }
}

/** Null for an empty cell or for the non-master cells of a merged area (as Office.js shows them). */
export function cellSnapshot(cell: ExcelJS.Cell, date1904: boolean): CellSnapshot | null {
  const type = cell.type;
  if (type === T.Null || type === T.Merge) return null;
  const value: unknown = cell.value;
  switch (type) {
    case T.Hyperlink:
      return snapshotOf(type, (value as { text?: unknown } | null)?.text, undefined, cell.numFmt, date1904);
    case T.Formula:
      return snapshotOf(type, (value as { result?: unknown } | null)?.result, formulaOf(cell), cell.numFmt, date1904);
    default:
      return snapshotOf(type, value, undefined, cell.numFmt, date1904);
  }
}

/**
 * What both paths share once each has found a cell's content (a hyperlink's text, rich text, a
 * value or a formula's cached result), its formula and its number format.
 */
function snapshotOf(type: ExcelJS.ValueType, content: unknown, f: string | undefined, fmt: string | undefined, date1904: boolean): CellSnapshot | null {
  const out: CellSnapshot = { v: null };
  if (type === T.Hyperlink || type === T.RichText) {
    const t = textOf(content);
    out.v = t === '' ? null : t;
  } else {
    scalar(content, date1904, out);
  }
  if (f) out.f = f;
  if (fmt && fmt !== 'General') out.fmt = fmt;
  if (out.v === null && out.f === undefined) return null;
  return out;
}

/** The formula text, translated for the dependent cells of a shared formula. */
function formulaOf(cell: ExcelJS.Cell): string | undefined {
  try {
    return formulaText(cell.formula);
  } catch {
    // A shared formula whose master cell is missing: keep the cached value, no formula.
    return undefined;
  }
}

function formulaText(f: unknown): string | undefined {
  return typeof f === 'string' && f !== '' ? f.replace(/^=/, '') : undefined;
}
