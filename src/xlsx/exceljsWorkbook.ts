/**
 * The ExcelJS workbook `summarize` writes its copy from, loaded from bytes already read and
 * checked by readWorkbookFile. Only summarize and template load ExcelJS; `check` never does.
 */
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { XlsxError } from './errors';
import { lossyParts, type LossyPart } from './lossyParts';
import { rememberSource } from './source';

export interface WritableWorkbook {
  workbook: ExcelJS.Workbook;
  /** What a copy written from `workbook` would lose (charts, pivot tables …); empty for most files. */
  lossy: LossyPart[];
}

export async function loadWritableWorkbook(bytes: Uint8Array, path: string): Promise<WritableWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    await workbook.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new XlsxError('corrupt', path, e instanceof Error ? e.message : String(e));
  }
  rememberSource(workbook, resolve(path));
  return { workbook, lossy: lossyParts(buf) };
}
