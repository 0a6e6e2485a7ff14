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
}

export interface ListValidation {
  /** A1-style range, e.g. "H5:H500". */
  range: string;
  /** Allowed values, shown as a drop-down. */
  values: string[];
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
  /** Where this sheet goes: "end" (default) or "start". */
  position?: 'start' | 'end';
}

export interface WritePlan {
  sheets: SheetPlan[];
}
