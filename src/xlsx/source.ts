/** Which file a workbook was read from, so a write can refuse to overwrite it. */
import type ExcelJS from 'exceljs';

const sources = new WeakMap<ExcelJS.Workbook, string>();

export function rememberSource(workbook: ExcelJS.Workbook, path: string): void {
  sources.set(workbook, path);
}

/** Absolute path of the file the workbook was read from, if it was read by readWorkbookFile. */
export function sourcePathOf(workbook: ExcelJS.Workbook): string | undefined {
  return sources.get(workbook);
}
