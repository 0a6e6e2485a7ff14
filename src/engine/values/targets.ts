/** Indicator targets and actual values (SPEC §5.1), and whether an actual value meets its target. */
import { parseVnNumber, readNumberCell } from './numbers';
import { alternation } from '../text/patterns';
import { plainLower } from '../text/plainText';
import type { CellSnapshot } from '../workbook/snapshot';
import { fold } from '../text/text';

export type Target =
  | { kind: 'none' } // '-', '–', empty
  | { kind: 'compare'; op: '>=' | '>' | '<=' | '<'; value: number; percent: boolean }
  | { kind: 'range'; low: number; high: number; percent: boolean } // met when A ≥ low; exceeded when A > high
  | { kind: 'yes' } // 'Đạt', 'Hoàn thành'
  | { kind: 'invalid' };

export type Actual =
  | { kind: 'empty' }
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'yes' }
  | { kind: 'no' }
  | { kind: 'invalid' };

export type Attainment = 'met' | 'exceeded' | 'not_met' | 'unknown';

type Comparison = '>=' | '>' | '<=' | '<';

const NO_TARGET: Target = Object.freeze({ kind: 'none' });
const YES_TARGET: Target = Object.freeze({ kind: 'yes' });
const UNREADABLE_TARGET: Target = Object.freeze({ kind: 'invalid' });
const EMPTY: Actual = Object.freeze({ kind: 'empty' });
const YES: Actual = Object.freeze({ kind: 'yes' });
const NO: Actual = Object.freeze({ kind: 'no' });
const UNREADABLE: Actual = Object.freeze({ kind: 'invalid' });

const COMPARISON_OF_WORDS: Readonly<Record<string, Comparison>> = {
  '>=': '>=', 'toi thieu': '>=', 'it nhat': '>=', 'khong thap hon': '>=', 'khong duoi': '>=', 'khong it hon': '>=',
  '>': '>', tren: '>', hon: '>', 'lon hon': '>', 'cao hon': '>', vuot: '>',
  '<=': '<=', 'toi da': '<=', 'khong qua': '<=', 'khong vuot qua': '<=', 'khong cao hon': '<=',
  '<': '<', duoi: '<', 'nho hon': '<', 'thap hon': '<', 'it hon': '<',
};
const COMPARISON_OF_SUFFIX: Readonly<Record<string, Comparison>> = { 'tro len': '>=', 'tro xuong': '<=' };

const YES_WORDS = new Set(['dat', 'hoan thanh', 'co', 'da hoan thanh', 'da dat', 'dat yeu cau']);
const NO_WORDS = new Set([
  'khong dat', 'chua dat', 'khong', 'chua', 'chua hoan thanh', 'khong hoan thanh', 'khong dat yeu cau',
]);
// SPEC §5.3 calls an empty actual "Chưa có số liệu"; a cell saying so is empty too.
const NO_DATA_WORDS = new Set(['chua co so lieu', 'khong co so lieu', 'chua co']);

const ONLY_DASHES = /^-+$/;
/** Keyboard and OCR variants of the signs: "≥"/"=>", "≤"/"=<", and "100%%" for "100%". */
const SIGN_VARIANT = /[≥⩾]|=>|[≤⩽]|=<|%(?: ?%)+/g;
const SIGN_OF_VARIANT: Readonly<Record<string, string>> = {
  '≥': '>=', '⩾': '>=', '=>': '>=', '≤': '<=', '⩽': '<=', '=<': '<=',
};
const TRAILING_PUNCTUATION = /[\s.;:,]+$/;
const LEADING_DAT = /^dat /;

const NUMBER = String.raw`([+-]?\d[\d.,]*)`;
// "Phấn đấu đạt …", "Đạt mức …", "Từ …": words that say nothing about the comparison.
const FILLER = String.raw`(?:(?:phan dau|dat|o muc|muc|ty le|ti le|tu) )*`;
const RANGE = new RegExp(String.raw`^${FILLER}${NUMBER} ?(%)? ?(?:-|den|toi) ?${NUMBER} ?(%)?$`);
const COMPARISON_WORD = alternation(Object.keys(COMPARISON_OF_WORDS));
const COMPARISON_SUFFIX = alternation(Object.keys(COMPARISON_OF_SUFFIX));
const COMPARISON = new RegExp(
  String.raw`^${FILLER}(?:(${COMPARISON_WORD}) ?)?${NUMBER} ?(%)?(?: (${COMPARISON_SUFFIX}))?$`,
);

/** The one spelling of a sign that the grammar reads. */
function unifiedSign(variant: string): string {
  return SIGN_OF_VARIANT[variant] ?? '%';
}

/** Lower case without diacritics, with the signs unified. */
function targetText(s: string): string {
  return plainLower(s).replace(SIGN_VARIANT, unifiedSign).replace(TRAILING_PUNCTUATION, '');
}

function parseTargetText(s: string): Target {
  const text = targetText(s);
  if (text === '' || ONLY_DASHES.test(text)) return NO_TARGET;
  if (YES_WORDS.has(fold(text))) return YES_TARGET;
  const range = RANGE.exec(text);
  if (range) {
    const low = parseVnNumber(range[1]);
    const high = parseVnNumber(range[3]);
    if (!low || !high || low.value > high.value) return UNREADABLE_TARGET;
    return { kind: 'range', low: low.value, high: high.value, percent: !!(range[2] || range[4]) };
  }
  const comparison = COMPARISON.exec(text);
  if (!comparison) return UNREADABLE_TARGET;
  const number = parseVnNumber(comparison[2]);
  if (!number) return UNREADABLE_TARGET;
  // "95% trở lên" is written after the number; a number alone is a minimum.
  const op = COMPARISON_OF_WORDS[comparison[1]] ?? COMPARISON_OF_SUFFIX[comparison[4]] ?? '>=';
  return { kind: 'compare', op, value: number.value, percent: !!comparison[3] };
}

/** A target cell as written in §5.1: a number, a comparison, a range, a yes/no target or nothing. */
export function parseTarget(cell: CellSnapshot | null | undefined): Target {
  if (!cell || cell.v === null || cell.v === undefined) return NO_TARGET;
  if (cell.err) return UNREADABLE_TARGET;
  if (typeof cell.v === 'string') return parseTargetText(cell.v);
  const number = readNumberCell(cell);
  return number ? { kind: 'compare', op: '>=', value: number.value, percent: number.percent } : UNREADABLE_TARGET;
}

function readActualText(s: string): Actual {
  const text = targetText(s);
  if (text === '' || ONLY_DASHES.test(text)) return EMPTY;
  const number = parseVnNumber(text.replace(LEADING_DAT, ''));
  if (number) return { kind: 'number', value: number.value, percent: number.percent };
  const words = fold(text);
  if (YES_WORDS.has(words)) return YES;
  if (NO_WORDS.has(words)) return NO;
  return NO_DATA_WORDS.has(words) ? EMPTY : UNREADABLE;
}

/** An indicator's actual value: a number (percent cells read 0–100), a yes/no word, empty or unreadable. */
export function readActual(cell: CellSnapshot | null | undefined): Actual {
  if (!cell || cell.v === null || cell.v === undefined) return EMPTY;
  if (cell.err) return UNREADABLE;
  if (typeof cell.v === 'string') return readActualText(cell.v);
  if (typeof cell.v === 'boolean') return cell.v ? YES : NO;
  const number = readNumberCell(cell);
  return number ? { kind: 'number', value: number.value, percent: number.percent } : UNREADABLE;
}

function compare(value: number, op: Comparison, bound: number): boolean {
  switch (op) {
    case '>=': return value >= bound;
    case '>': return value > bound;
    case '<=': return value <= bound;
    case '<': return value < bound;
  }
}

/**
 * Whether the actual value meets the target. Percent flags are not compared: both sides are on the
 * 0–100 scale already. Unknown when either side is missing or unreadable, or their kinds differ.
 */
export function attain(target: Target, actual: Actual): Attainment {
  if (target.kind === 'yes') {
    if (actual.kind === 'yes') return 'met';
    return actual.kind === 'no' ? 'not_met' : 'unknown';
  }
  if (actual.kind !== 'number') return 'unknown';
  if (target.kind === 'compare') return compare(actual.value, target.op, target.value) ? 'met' : 'not_met';
  if (target.kind === 'range') {
    if (actual.value > target.high) return 'exceeded';
    return actual.value >= target.low ? 'met' : 'not_met';
  }
  return 'unknown';
}
