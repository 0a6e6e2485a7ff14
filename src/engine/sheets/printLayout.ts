import type { PageSetup } from './writePlan';

/**
 * How the product's sheets look on paper. Vietnamese administrative documents are set in Times New
 * Roman (Decree 30/2020/NĐ-CP, Appendix I); their appendix tables use 12–13 pt, and 12 pt keeps a
 * table of eight or nine columns on one A4 landscape page without shrinking it.
 */
export const SHEET_FONT = { name: 'Times New Roman', size: 12 } as const;
/** Titles: the sheet font's size plus two, in capitals and bold, as the decree sets document titles. */
export const TITLE_FONT_SIZE = 14;

/** Inches, as Excel stores them: 2 cm left (binding side, the decree's 3 cm would waste a landscape line), 1.5 cm right, 2 cm top and bottom. */
const MARGINS = { left: 0.79, right: 0.59, top: 0.79, bottom: 0.79, header: 0.3, footer: 0.3 };

/** A4 landscape is 11.69 in wide and 8.27 in tall. */
const A4_LANDSCAPE_WIDTH_INCHES = 11.69;
const A4_LANDSCAPE_HEIGHT_INCHES = 8.27;
const POINTS_PER_INCH = 72;

/** Points of rows one A4 landscape page holds between its top and bottom margins, at 100 %. */
export const PRINTABLE_HEIGHT_POINTS = (A4_LANDSCAPE_HEIGHT_INCHES - MARGINS.top - MARGINS.bottom) * POINTS_PER_INCH;
/** Pixels per inch in which Excel measures column widths. */
const PIXELS_PER_INCH = 96;
/**
 * Pixels of one column width unit: one digit of the workbook's default font, 7 px for Calibri 11 and
 * 8 px for Times New Roman 12 (the larger, so a sheet fits whichever the workbook has), plus 5 px of
 * padding per column.
 */
const PIXELS_PER_WIDTH_UNIT = 8;
const PIXELS_PER_COLUMN = 5;

/**
 * Column widths that print one A4 landscape page wide at 100 %: fit-to-page then need not shrink the
 * text below the size chosen above.
 */
export function fitsOnePageWide(columnWidths: number[]): boolean {
  const printable = (A4_LANDSCAPE_WIDTH_INCHES - MARGINS.left - MARGINS.right) * PIXELS_PER_INCH;
  const pixels = columnWidths.reduce((sum, width) => sum + width * PIXELS_PER_WIDTH_UNIT + PIXELS_PER_COLUMN, 0);
  return pixels <= printable;
}

/**
 * A4 landscape, fit to one page wide and as many tall as needed, the header rows (0-based, inclusive)
 * repeated on every page, and "Trang x/y" at the foot of each.
 */
export function printReadyPage(titleRows?: { first: number; last: number }): PageSetup {
  return {
    paper: 'A4',
    orientation: 'landscape',
    fitToWidth: 1,
    ...(titleRows ? { printTitleRows: titleRows } : {}),
    margins: { ...MARGINS },
    footerCenter: 'Trang &P/&N',
  };
}
