/** The sheet part's small values read straight from its bytes: numbers, cell types, references. */
import { MAX_COLUMNS } from '../../engine';
import { nameIs, XmlDamage } from './xmlScanner';
import { bytesToString } from './xmlText';

/** A row or column past Excel's grid; the reader reports it as XlsxError 'beyond-sheet-limits'. */
export class BeyondSheetLimits extends Error {}

/** The cell's t attribute. */
export enum CellType {
  Number,
  SharedString,
  FormulaString,
  InlineString,
  Boolean,
  Error,
  IsoDate,
}

/** A run of decimal digits without a leading zero (so String() gives it back), at most 15 of them; else -1. */
export function plainInteger(buf: Uint8Array, s: number, e: number): number {
  const length = e - s;
  if (length === 0 || length > 15 || (buf[s] === 48 && length > 1)) return -1;
  let n = 0;
  for (let i = s; i < e; i++) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

export function cellType(buf: Uint8Array, s: number, e: number): CellType {
  if (e - s === 1) {
    switch (buf[s]) {
      case 115: // s
        return CellType.SharedString;
      case 98: // b
        return CellType.Boolean;
      case 101: // e
        return CellType.Error;
      case 100: // d
        return CellType.IsoDate;
    }
    return CellType.Number;
  }
  if (nameIs(buf, s, e, 'str')) return CellType.FormulaString;
  if (nameIs(buf, s, e, 'inlineStr')) return CellType.InlineString;
  return CellType.Number;
}

export function positiveInt(buf: Uint8Array, s: number, e: number): number {
  let n = 0;
  if (s === e) return -1;
  for (let i = s; i < e; i++) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
    if (n > 1e15) return -1;
  }
  return n;
}

export function isTrue(buf: Uint8Array, s: number, e: number): boolean {
  return nameIs(buf, s, e, '1') || nameIs(buf, s, e, 'true');
}

/** 0-based column of a reference such as "AB12" (the row is the enclosing row's). */
export function referenceColumn(buf: Uint8Array, s: number, e: number): number {
  let n = 0;
  let i = s;
  if (buf[i] === 36) i++;
  for (; i < e; i++) {
    let b = buf[i];
    if (b >= 97 && b <= 122) b -= 32;
    if (b < 65 || b > 90) break;
    n = n * 26 + (b - 64);
    if (n > MAX_COLUMNS) throw new BeyondSheetLimits(`column in ${bytesToString(buf, s, e)}`);
  }
  if (n === 0) throw new XmlDamage('a cell reference without a column');
  return n - 1;
}

export function letters(col: string): number {
  let n = 0;
  for (const ch of col.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
