/**
 * What Excel does with what it is given and what it displays, reduced to the cases the add-in
 * meets. Not a full number-format engine: General, fixed decimals, thousands, percentages and
 * day/month/year dates; anything else displays String(value).
 */

export type CellValue = string | number | boolean | null;

export const ERROR_VALUES = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!'];

/** Days from the 1900 system's day 0 to 1 Jan 1904, day 0 of the 1904 system. */
const DATE1904_OFFSET = 1_462;

/** Excel's 1900 date system, including its phantom 29 Feb 1900 (serial 60), or its 1904 system. */
function serialToDate(stored: number, date1904: boolean): { y: number; m: number; d: number } {
  const serial = date1904 ? stored + DATE1904_OFFSET : stored;
  const days = Math.floor(serial) - (serial > 59 ? 1 : 0);
  const date = new Date(Date.UTC(1899, 11, 31) + days * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function dateToSerial(y: number, m: number, d: number, date1904: boolean): number | undefined {
  const time = Date.UTC(y, m - 1, d);
  const check = new Date(time);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
  const days = Math.round((time - Date.UTC(1899, 11, 31)) / 86_400_000);
  const serial = days >= 60 ? days + 1 : days;
  if (!date1904) return serial;
  return serial >= DATE1904_OFFSET ? serial - DATE1904_OFFSET : undefined;
}

function withThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** What Excel displays for a number; `date1904` when the workbook uses the 1904 date system. */
export function formatNumber(value: number, format: string, date1904 = false): string {
  const f = format.trim();
  if (f === '' || f === 'General' || f === '@') {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  }
  const percent = /^0(?:\.(0+))?%$/.exec(f);
  if (percent) return `${(value * 100).toFixed(percent[1]?.length ?? 0)}%`;
  const fixed = /^(#,##)?0(?:\.(0+))?$/.exec(f);
  if (fixed) {
    const text = Math.abs(value).toFixed(fixed[2]?.length ?? 0);
    const [int, dec] = text.split('.');
    const body = (fixed[1] ? withThousands(int) : int) + (dec ? `.${dec}` : '');
    return value < 0 ? `-${body}` : body;
  }
  if (/[dy]/i.test(f) && /m/i.test(f)) {
    const { y, m, d } = serialToDate(value, date1904);
    return f
      .replace(/;@$/, '')
      .replace(/yyyy/gi, String(y))
      .replace(/yy/gi, String(y).slice(-2))
      .replace(/mm/gi, String(m).padStart(2, '0'))
      .replace(/(^|[^a-z])m(?![a-z])/gi, `$1${m}`)
      .replace(/dd/gi, String(d).padStart(2, '0'))
      .replace(/(^|[^a-z])d(?![a-z])/gi, `$1${d}`);
  }
  return String(value);
}

/** What typing `input` into a cell stores (Excel's values/formulas setters behave like typing). */
export interface ParsedInput {
  value: CellValue;
  error?: boolean;
  formula?: string;
  quotePrefix?: boolean;
  /** A format Excel picks for the input when the cell is still "General". */
  impliedFormat?: string;
}

export function parseInput(input: string | number | boolean, date1904 = false): ParsedInput {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new RangeError('not a finite number');
    return { value: input };
  }
  if (typeof input === 'boolean') return { value: input };
  if (input === '') return { value: null };
  if (input.startsWith("'")) return { value: input.slice(1) === '' ? null : input.slice(1), quotePrefix: true };
  if (input.startsWith('=')) return evaluateFormula(input);
  const trimmed = input.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return { value: Number(trimmed) };
  const percent = /^([+-]?(\d+\.?\d*|\.\d+))%$/.exec(trimmed);
  if (percent) return { value: Number(percent[1]) / 100, impliedFormat: '0%' };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === 'TRUE' };
  if (ERROR_VALUES.includes(trimmed.toUpperCase())) return { value: trimmed.toUpperCase(), error: true };
  // The en-US host reads d/m/y text as month/day/year.
  const date = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  if (date) {
    const serial = dateToSerial(Number(date[3]), Number(date[1]), Number(date[2]), date1904);
    if (serial !== undefined) return { value: serial, impliedFormat: 'm/d/yyyy' };
  }
  // "-abc" or "+abc" typed into a cell is taken as a formula, which fails.
  if (/^[+-]/.test(trimmed)) return { value: '#NAME?', error: true, formula: `=${trimmed}` };
  return { value: input };
}

/** Formulas are not calculated, except the literal results the add-in writes itself. */
function evaluateFormula(formula: string): ParsedInput {
  const text = /^="((?:[^"]|"")*)"$/.exec(formula);
  if (text) return { value: text[1].replace(/""/g, '"'), formula };
  const number = /^=([+-]?\d+(?:\.\d+)?)$/.exec(formula);
  if (number) return { value: Number(number[1]), formula };
  const link = /^=HYPERLINK\(.*,\s*"((?:[^"]|"")*)"\s*\)$/i.exec(formula);
  if (link) return { value: link[1].replace(/""/g, '"'), formula };
  return { value: null, formula };
}
