/**
 * The workbook as the engine sees it. Built by src/xlsx (ExcelJS) and src/excel (Office.js),
 * so both hosts feed the engine exactly the same shape.
 */

/**
 * One cell. Dates are Excel serial numbers as stored (as Office.js returns them), recognised by
 * `fmt`; in the workbook's date system (WorkbookSnapshot.date1904).
 */
export interface CellSnapshot {
  /** Raw value; for an error cell, its code such as "#REF!". */
  v: string | number | boolean | null;
  /** Set when `v` is an Excel error code. */
  err?: true;
  /** Excel number format, omitted when "General". */
  fmt?: string;
  /** Displayed text, omitted when it is just String(v). */
  text?: string;
  /** Formula (without the leading "="), when the cell holds one. */
  f?: string;
}

/** A merged area, 0-based inclusive row/column indexes. */
export interface MergeArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetSnapshot {
  name: string;
  /** rows[r][c]: r = 0 is Excel row 1, c = 0 is column A. Missing or null = empty cell. */
  rows: (CellSnapshot | null | undefined)[][];
  merges: MergeArea[];
  /** 0-based indexes of hidden rows, where the host knows them. */
  hiddenRows?: number[];
  /**
   * Set when the user checked another sheet only: just the name and A1 were read, enough to tell
   * the product's own sheets from the user's. Such a sheet is not analysed.
   */
  notRead?: true;
  /** Omitted for a visible sheet. */
  visibility?: 'hidden' | 'veryHidden';
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /**
   * Set when the workbook uses the 1904 date system: its date serials are as stored, 1,462 lower
   * than in the 1900 system; analyze moves them into the 1900 system (values/dateSystem.ts).
   */
  date1904?: true;
  /**
   * The add-in's settings stored with the workbook (Office document settings: in a file, the
   * properties of xl/webextensions/*.xml), raw text by key, where the host reads them.
   */
  documentSettings?: Record<string, string>;
}
