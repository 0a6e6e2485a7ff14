/**
 * A write plan: what the product puts into a workbook, as plain data. src/xlsx and src/excel
 * apply the same plan, each in its own host; neither decides content or layout.
 */

export type PlanValue = string | number | null;

export interface RangeFormat {
  /** A1-style range on the planned sheet, e.g. "A3:F3". */
  range: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** "#RRGGBB" */
  fontColor?: string;
  /** "#RRGGBB" */
  fill?: string;
  /** Thin borders on every edge of every cell in the range. */
  border?: boolean;
  numberFormat?: string;
  wrap?: boolean;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  /** Font family, e.g. "Times New Roman"; when absent the sheet's font (SheetPlan.font) applies. */
  fontName?: string;
}

/** The title and text of a validation's input prompt or error alert, as Excel shows them. */
export interface ValidationMessage {
  /** At most 32 characters (Excel's limit). */
  title: string;
  /** At most 255 characters (Excel's limit). */
  text: string;
}

export interface ListValidation {
  /** A1-style range, e.g. "H5:H500". */
  range: string;
  /** Allowed values, shown as a drop-down. */
  values: string[];
  /** Shown when a cell of the range is selected. */
  prompt?: ValidationMessage;
  /** Shown when a value outside the list is typed (a stop alert). */
  error?: ValidationMessage;
}

/** A date validation: any real date between `from` and `to` (ISO yyyy-mm-dd), blanks allowed. */
export interface DateValidation {
  range: string;
  from: string;
  to: string;
  prompt?: ValidationMessage;
  error?: ValidationMessage;
}

/**
 * How a sheet prints (SPEC §9, print-ready): paper, orientation, fit-to-page, repeated header rows,
 * margins and footer. Both writers apply it; Office.js only where ExcelApi 1.9 is there.
 */
export interface PageSetup {
  paper: 'A4';
  orientation: 'landscape' | 'portrait';
  /** Fit-to-page switched on: this many pages wide, as many pages tall as needed. */
  fitToWidth: number;
  /** 0-based inclusive sheet rows repeated at the top of every printed page. */
  printTitleRows?: { first: number; last: number };
  /** Inches, as Excel stores them. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Centre section of the page footer, in Excel's header/footer codes, e.g. "Trang &P/&N". */
  footerCenter?: string;
  /** 0-based rows that start a new printed page (manual page breaks): a table kept whole on one page. */
  breaksBefore?: number[];
}

export interface RowHeight {
  /** 0-based: the row's index in `values` (sheet row 1 is 0). */
  row: number;
  /** Points, at most 409 (Excel's maximum). */
  height: number;
}

export interface SheetPlan {
  /** Sheet name; an existing sheet with this name is replaced, never stacked. */
  name: string;
  /**
   * Cell values from A1, row by row. A string starting with "=" is a formula
   * (e.g. =HYPERLINK("#'PL 1'!D7","D7")).
   */
  values: PlanValue[][];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** A1-style merged ranges, e.g. "A1:F1". */
  merges: string[];
  formats: RangeFormat[];
  /**
   * Heights of the rows that need more than one line of wrapped text, in row order; every other
   * row keeps Excel's height. Excel never auto-fits a row whose text is in a merged cell.
   */
  rowHeights?: RowHeight[];
  /** Rows kept visible at the top when scrolling. */
  freezeRows?: number;
  validations?: ListValidation[];
  dateValidations?: DateValidation[];
  /** The sheet's font (every cell it writes), e.g. Times New Roman 12 as Vietnamese documents use. */
  font?: { name: string; size: number };
  pageSetup?: PageSetup;
  /** "veryHidden": the product's own record sheet (SPEC §11), unseen in Excel's Unhide list. Default visible. */
  visibility?: 'visible' | 'hidden' | 'veryHidden';
  /** Where this sheet goes: "end" (default) or "start". */
  position?: 'start' | 'end';
}

export interface WritePlan {
  sheets: SheetPlan[];
}
