/** Reads an .xlsx file into an ExcelJS workbook and the engine's snapshot of it. */
import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../engine';
import { XlsxError, fsErrorCode } from './errors';
import { lossyParts, type LossyPart } from './lossyParts';
import { sniffFile, zipHasWorkbookPart } from './sniff';
import { snapshotWorkbook } from './snapshot';
import { rememberSource } from './source';

export interface ReadResult {
  workbook: ExcelJS.Workbook;
  snapshot: WorkbookSnapshot;
  /** What a copy written from `workbook` would lose (charts, pivot tables …); empty for most files. */
  lossy: LossyPart[];
}

/**
 * Throws XlsxError (never anything else for a bad file): not found, a folder, not an .xlsx,
 * a legacy .xls, password-protected, damaged. A workbook with no sheets or only empty sheets
 * is read normally; the engine reports on it.
 */
export async function readWorkbookFile(path: string): Promise<ReadResult> {
  const buf = await readBytes(path);
  switch (sniffFile(buf)) {
    case 'empty':
      throw new XlsxError('empty-file', path);
    case 'encrypted-ooxml':
      throw new XlsxError('encrypted', path);
    case 'ole':
      throw new XlsxError('legacy-xls', path);
    case 'other':
      throw new XlsxError('not-xlsx', path);
    case 'zip':
      break;
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new XlsxError('corrupt', path, e instanceof Error ? e.message : String(e));
  }
  // A zip that is not a spreadsheet (a .docx, a plain archive) loads as a workbook without sheets.
  if (workbook.worksheets.length === 0 && !zipHasWorkbookPart(buf)) throw new XlsxError('not-xlsx', path);
  rememberSource(workbook, resolve(path));
  return { workbook, snapshot: snapshotWorkbook(workbook), lossy: lossyParts(buf) };
}

async function readBytes(path: string): Promise<Buffer> {
  try {
    const st = await fs.stat(path);
    if (st.isDirectory()) throw new XlsxError('is-directory', path);
    return await fs.readFile(path);
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    const code = fsErrorCode(e);
    throw new XlsxError(code ?? 'not-found', path, e instanceof Error ? e.message : String(e));
  }
}
