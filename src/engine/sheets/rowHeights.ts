import { parseRangeAddress, rectContains, type CellRect } from '../workbook/address';
import type { PlanValue, RangeFormat, RowHeight } from './writePlan';
import { nfc } from '../text/text';
import { memoize } from '../values/memo';

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

/** Bold glyphs are wider than regular ones; Times New Roman's bold about a tenth wider. */
const BOLD_WIDTH = 1.1;
/** A capital letter is about half as wide again as a lower-case one (titles are in capitals). */
const CAPITAL_WIDTH = 1.45;

/**
 * Lines a wrapped text takes in a cell `width` characters wide (column width units, summed over a
 * merge). A width unit is one digit of the default font; a Vietnamese lower-case letter is about
 * that wide, a capital wider, so one unit each and more for a capital, scaled down for a larger
 * font or bold. Words wrap whole, as the applications wrap them, and a word longer than a line is
 * broken where it must be.
 */
export function wrappedLines(text: string, width: number, fontSize = DEFAULT_FONT_SIZE, bold = false): number {
  return linesAt(text, charactersPerLine(width, fontSize, bold));
}

function charactersPerLine(width: number, fontSize: number, bold: boolean): number {
  return Math.max(1, Math.floor((width * DEFAULT_FONT_SIZE) / fontSize / (bold ? BOLD_WIDTH : 1)));
}

function linesAt(text: string, perLine: number): number {
  return text.split('\n').reduce((lines, paragraph) => lines + paragraphLines(paragraph, perLine), 0);
}

/** Texts measured per line width, kept for one sheet; past this many a width starts again. */
const MAX_MEASURED_TEXTS = 20_000;

function paragraphLines(paragraph: string, perLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of paragraph.split(' ')) {
    const units = textUnits(word);
    const needed = used === 0 ? units : used + 1 + units;
    if (needed <= perLine) {
      used = needed;
      continue;
    }
    if (used > 0) lines++;
    const extraLines = Math.max(0, Math.ceil(units / perLine) - 1);
    lines += extraLines;
    used = units - extraLines * perLine;
  }
  return lines;
}

/** Width units of a word: one a character (NFC, so a Vietnamese letter with its marks is one), more for a capital. */
function textUnits(word: string): number {
  let units = 0;
  for (const ch of nfc(word)) {
    if (ch === '\r') continue;
    units += ch !== ch.toLowerCase() ? CAPITAL_WIDTH : 1;
  }
  return units;
}

/** Points for `lines` lines of text at `fontSize`, at most Excel's maximum row height. */
export function linesHeight(lines: number, fontSize = DEFAULT_FONT_SIZE): number {
  const points = (lines * LINE_HEIGHT_AT_DEFAULT_FONT * fontSize) / DEFAULT_FONT_SIZE;
  // Less than a rounding error over a whole pixel is that pixel, not one more.
  const pixels = Math.ceil(points / POINTS_PER_PIXEL - 1e-9);
  return Math.min(MAX_ROW_HEIGHT, pixels * POINTS_PER_PIXEL);
}

/**
 * The rows of a planned sheet that need more than the sheet font's one-line height: wrapped text of
 * more than one line, in a single cell or a merge, or text in a larger font (a title), with the height
 * of the tallest such cell. No application has to fit them (LibreOffice does not fit a row on opening
 * a file, Excel never fits one whose text is in a merged cell). A cell is wrapped, bold and sized as
 * the last format covering it says; a merged cell is as wide as its columns together. Rows 0-based.
 */
export function estimateRowHeights(
  values: PlanValue[][],
  columnWidths: number[],
  merges: string[],
  formats: RangeFormat[],
  sheetFontSize = DEFAULT_FONT_SIZE,
): RowHeight[] {
  const formatRects = formats
    .filter((format) => format.wrap !== undefined || format.fontSize !== undefined || format.bold !== undefined)
    .map((format) => ({ format, rect: parseRangeAddress(format.range) }));
  const lastSaid = <K extends 'wrap' | 'fontSize' | 'bold'>(key: K, row: number, col: number): RangeFormat[K] => {
    for (let i = formatRects.length - 1; i >= 0; i--) {
      const { format, rect } = formatRects[i];
      if (format[key] !== undefined && rect && rectContains(rect, row, col)) return format[key];
    }
    return undefined;
  };
  const widthOf = (col: number) => (columnWidths[col] > 0 ? columnWidths[col] : DEFAULT_COLUMN_WIDTH);

  // A merge over several rows shares its height among them; none of our sheets has one, so it is
  // left to its rows' own heights rather than guessed. Cells a merge hides show nothing.
  const mergeAt = new Map<string, { right: number }>();
  const hidden: CellRect[] = [];
  for (const address of merges) {
    const rect = parseRangeAddress(address);
    if (!rect) continue;
    hidden.push(rect);
    if (rect.bottom === rect.top) mergeAt.set(`${rect.top}:${rect.left}`, { right: rect.right });
  }
  const isHidden = (row: number, col: number) => hidden.some((rect) => rectContains(rect, row, col));

  // An issue sheet repeats its messages and hints on thousands of rows: each text is measured once per line width.
  const measures = new Map<number, (text: string) => number>();
  const linesOf = (text: string, perLine: number): number => {
    let measure = measures.get(perLine);
    if (!measure) measures.set(perLine, (measure = memoize((t: string) => linesAt(t, perLine), MAX_MEASURED_TEXTS)));
    return measure(text);
  };

  const oneLine = linesHeight(1, sheetFontSize);
  const heights: RowHeight[] = [];
  values.forEach((cells, row) => {
    let tallest = 0;
    cells.forEach((value, col) => {
      const text = shownText(value);
      if (text === undefined || text === '') return;
      const merge = mergeAt.get(`${row}:${col}`);
      if (!merge && isHidden(row, col)) return;
      let width = 0;
      for (let c = col; c <= (merge?.right ?? col); c++) width += widthOf(c);
      const fontSize = lastSaid('fontSize', row, col) ?? sheetFontSize;
      const lines = lastSaid('wrap', row, col) ? linesOf(text, charactersPerLine(width, fontSize, lastSaid('bold', row, col) === true)) : 1;
      tallest = Math.max(tallest, linesHeight(lines, fontSize));
    });
    if (tallest > oneLine) heights.push({ row, height: tallest });
  });
  return heights;
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
