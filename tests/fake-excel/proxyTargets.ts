/** What the fake's Office.js proxies stand for in the model, and the checks they share. */
import { columnsOf, parseAddress, type Rect, rowsOf } from './address';
import { officeError } from './errors';
import type { CellModel, ConditionalFormatModel, SheetModel } from './model';

export interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

export interface AreasTarget {
  sheet: SheetModel;
  rects: Rect[];
}

export interface FormatTarget {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

export function assertSheetAlive(sheet: SheetModel): void {
  if (sheet.deleted) throw officeError('ItemNotFound', 'The requested resource doesn\'t exist (the worksheet was deleted).');
}

export function assertWritable(sheet: SheetModel): void {
  assertSheetAlive(sheet);
  if (sheet.protected) {
    throw officeError('AccessDenied', 'The cell or chart you\'re trying to change is on a protected sheet.');
  }
}

export function requireRect(address: string): Rect {
  const rect = parseAddress(address);
  if (!rect) throw officeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: "${address}".`);
  return rect;
}

export function sheetNameProblem(name: unknown): string | undefined {
  if (typeof name !== 'string' || name.length === 0 || name.length > 31) return 'must be 1–31 characters';
  if (/[[\]:*?/\\]/.test(name)) return 'contains a character Excel forbids';
  if (name.startsWith("'") || name.endsWith("'")) return 'begins or ends with an apostrophe';
  if (name.toUpperCase() === 'HISTORY') return 'is reserved';
  return undefined;
}

export function eachCell(rect: Rect, visit: (row: number, col: number) => void): void {
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) visit(r, c);
}

/** A property of a multi-cell range is null unless every cell has the same value. */
export function uniform<V>(target: RangeTarget, read: (cell: CellModel | undefined) => V): V | null {
  let first: { v: V } | undefined;
  const { rect, sheet } = target;
  if (rowsOf(rect) * columnsOf(rect) > 1_000_000) return null;
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const v = read(sheet.peek(r, c));
      if (!first) first = { v };
      else if (JSON.stringify(first.v) !== JSON.stringify(v)) return null;
    }
  }
  return first ? first.v : null;
}
