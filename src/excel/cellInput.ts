import type { PlanValue } from '../engine';

/**
 * Excel parses what it is given as if the user had typed it: "0123" becomes the number 123,
 * "1/7/2025" a date, "#REF!" an error, "-abc" a formula. The issue list shows the user's values
 * exactly as they are, so text that Excel could reinterpret is written with the quote prefix
 * ('0123), which stores it as text and is not displayed. Plain words are written as they are,
 * so the cells do not keep a quote prefix the user would trip over when typing in them later.
 */
export function needsQuotePrefix(text: string): boolean {
  if (text === '') return false;
  if (/^\s*[-+@'#=]/.test(text)) return true;
  if (/\d/.test(text)) return true;
  return /^\s*(true|false)\s*$/i.test(text);
}

export function isFormula(value: PlanValue): value is string {
  return typeof value === 'string' && value.startsWith('=') && value.length > 1;
}

/** A plan value as written through Range.values (never a formula; see splitFormulas). */
export function toConstantInput(value: PlanValue): string | number | null {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return needsQuotePrefix(value) ? `'${value}` : value;
}

/**
 * Splits a block of plan values into the two matrices of one block write: constants for
 * Range.values and formulas for Range.formulas. Each matrix holds null where the other one has
 * the cell — Excel leaves a cell alone when its entry is null — so the pair writes every cell once.
 * `formulas` is undefined when the block has none (the common case: one command, not two).
 */
export function splitFormulas(rows: PlanValue[][], columns: number): {
  values: (string | number | null)[][];
  formulas?: (string | null)[][];
} {
  let hasFormula = false;
  const values = rows.map((row) => {
    const out: (string | number | null)[] = new Array(columns).fill(null);
    for (let c = 0; c < columns; c++) {
      const value = row[c] ?? null;
      if (isFormula(value)) hasFormula = true;
      else out[c] = toConstantInput(value);
    }
    return out;
  });
  if (!hasFormula) return { values };
  const formulas = rows.map((row) => {
    const out: (string | null)[] = new Array(columns).fill(null);
    for (let c = 0; c < columns; c++) {
      const value = row[c] ?? null;
      if (isFormula(value)) out[c] = value;
    }
    return out;
  });
  return { values, formulas };
}
