import { parseRangeAddress, rectContains } from '../workbook/address';
import type { PlanValue, RangeFormat, RowHeight } from './writePlan';
import { nfc } from '../text/text';

/**
 * Heights for rows whose wrapped text needs more than one line. Excel auto-fits such a row only
 * when the text is in a single cell; text in a merged cell (the report sentences) stays one cut-off
 * line unless the plan gives the row its height. The width of text cannot be measured without the
 * font, so this is an estimate that would rather leave a spare line than cut one.
 */

const DEFAULT_FONT_SIZE = 11;
/** Excel refuses taller rows. */
export const MAX_ROW_HEIGHT = 409;
/** Excel's default row height for its default font, Calibri 11. */
const LINE_HEIGHT_AT_DEFAULT_FONT = 15;
/** Excel's default column width, for columns the plan leaves unset. */
const DEFAULT_COLUMN_WIDTH = 8.43;
/** Excel stores row heights in whole pixels (0.75 pt at 96 dpi) and would round a height down. */
const POINTS_PER_PIXEL = 0.75;

/** Code points after NFC: a Vietnamese letter is one character whether it was typed composed or not. */
export function characterCount(text: string): number {
  let count = 0;
  for (const ch of nfc(text)) if (ch !== '\r') count++;
  return count;
}

/**
 * Lines a wrapped text takes in a cell `width` characters wide (column width units, summed over a
 * merge). A width unit is one digit of the default font; Vietnamese text is mostly lower-case
 * letters and spaces, narrower than a digit, and that slack is what words pushed to the next line
 * and the cell's padding use up — so one character per unit, scaled down for a larger font.
 */
export function wrappedLines(text: string, width: number, fontSize = DEFAULT_FONT_SIZE): number {
  const perLine = Math.max(1, Math.floor((width * DEFAULT_FONT_SIZE) / fontSize));
  return text.split('\n').reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(characterCount(paragraph) / perLine)), 0);
}

/** Points for `lines` lines of text at `fontSize`, at most Excel's maximum row height. */
export function linesHeight(lines: number, fontSize = DEFAULT_FONT_SIZE): number {
  const points = (lines * LINE_HEIGHT_AT_DEFAULT_FONT * fontSize) / DEFAULT_FONT_SIZE;
  // Less than a rounding error over a whole pixel is that pixel, not one more.
  const pixels = Math.ceil(points / POINTS_PER_PIXEL - 1e-9);
  return Math.min(MAX_ROW_HEIGHT, pixels * POINTS_PER_PIXEL);
}

/**
 * The rows of a planned sheet whose wrapped text in a merged cell needs more than one line, with
 * the height of the tallest such cell. A cell is wrapped, and has a font size, as the last format
 * covering it says; a merged cell is as wide as its columns together. Rows 0-based, in order.
 */
export function estimateRowHeights(
  values: PlanValue[][],
  columnWidths: number[],
  merges: string[],
  formats: RangeFormat[],
): RowHeight[] {
  const formatRects = formats
    .filter((format) => format.wrap !== undefined || format.fontSize !== undefined)
    .map((format) => ({ format, rect: parseRangeAddress(format.range) }));
  const lastSaid = <K extends 'wrap' | 'fontSize'>(key: K, row: number, col: number): RangeFormat[K] => {
    for (let i = formatRects.length - 1; i >= 0; i--) {
      const { format, rect } = formatRects[i];
      if (format[key] !== undefined && rect && rectContains(rect, row, col)) return format[key];
    }
    return undefined;
  };
  const widthOf = (col: number) => (columnWidths[col] > 0 ? columnWidths[col] : DEFAULT_COLUMN_WIDTH);

  const heights = new Map<number, number>();
  for (const address of merges) {
    const rect = parseRangeAddress(address);
    // A merge over several rows shares its height among them; none of our sheets has one, so it is
    // left to its rows' own heights rather than guessed. Wrapped text in a single cell is left to
    // Excel's own fit, which knows the font: only merges are visited.
    if (!rect || rect.bottom > rect.top) continue;
    const { top: row, left: col } = rect;
    const text = shownText(values[row]?.[col]);
    if (text === undefined || !lastSaid('wrap', row, col)) continue;
    let width = 0;
    for (let c = rect.left; c <= rect.right; c++) width += widthOf(c);
    const fontSize = lastSaid('fontSize', row, col) ?? DEFAULT_FONT_SIZE;
    const lines = wrappedLines(text, width, fontSize);
    if (lines > 1) heights.set(row, Math.max(heights.get(row) ?? 0, linesHeight(lines, fontSize)));
  }
  return [...heights].sort(([a], [b]) => a - b).map(([row, height]) => ({ row, height }));
}

/**
 * The text a cell shows. A formula's result is not in the plan, except for ="…", which is how
 * sheetBuilder's literal() keeps user text starting with "=" as text.
 */
function shownText(value: PlanValue | undefined): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (!value.startsWith('=')) return value;
  const quoted = /^="((?:[^"]|"")*)"$/s.exec(value);
  return quoted ? quoted[1].replace(/""/g, '"') : undefined;
}
