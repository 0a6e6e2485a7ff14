/** Reads an .xlsx file into an ExcelJS workbook and the engine's snapshot of it. */
import { promises as fs } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../engine';
import { XlsxError, fsErrorCode } from './errors';
import { sniffFile, zipHasWorkbookPart } from './sniff';
import { snapshotModel, snapshotWorkbook, type WorksheetModel } from './snapshot';
import { rememberSource } from './source';

export interface ReadResult {
  /** Assembled from the parsed file on first use: `phuluc check` never needs it. */
  readonly workbook: ExcelJS.Workbook;
  snapshot: WorkbookSnapshot;
  /** The file as read: `summarize` patches these bytes. */
  bytes: Uint8Array;
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
  const corrupt = (e: unknown) => new XlsxError('corrupt', path, e instanceof Error ? e.message : String(e));
  let model: ParsedWorkbook;
  let sheets: ExcelJS.Workbook;
  try {
    model = await parseWorkbook(workbook, buf);
    sheets = withoutRows(model);
  } catch (e) {
    throw corrupt(e);
  }
  // A zip that is not a spreadsheet (a .docx, a plain archive) loads as a workbook without sheets.
  if (sheets.worksheets.length === 0 && !zipHasWorkbookPart(buf)) throw new XlsxError('not-xlsx', path);

  let assembled: ExcelJS.Workbook | undefined;
  const assemble = (): ExcelJS.Workbook => {
    if (!assembled) {
      try {
        workbook.model = model;
      } catch (e) {
        throw corrupt(e);
      }
      rememberSource(workbook, resolve(path));
      assembled = workbook;
    }
    return assembled;
  };
  const snapshot = snapshotModel(sheets, model.worksheets) ?? snapshotWorkbook(assemble());
  return {
    get workbook() {
      return assemble();
    },
    snapshot,
    bytes: buf,
  };
}

/** What ExcelJS's reader hands to `Workbook.model = …` (only the parts read here are typed). */
type ParsedWorkbook = ExcelJS.WorkbookModel & { worksheets: WorksheetModel[] };

/**
 * ExcelJS's full read, stopped just before it turns the parsed model into Worksheet, Row and Cell
 * objects: for a large sheet those objects cost as much time and memory as the parse itself.
 */
async function parseWorkbook(workbook: ExcelJS.Workbook, buf: Buffer): Promise<ParsedWorkbook> {
  let parsed: ParsedWorkbook | undefined;
  Object.defineProperty(workbook, 'model', {
    configurable: true,
    set(value: ParsedWorkbook) {
      parsed = value;
    },
  });
  try {
    await workbook.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } finally {
    delete (workbook as { model?: unknown }).model;
  }
  if (!parsed) throw new Error('ExcelJS returned no workbook model');
  return parsed;
}

/**
 * The workbook assembled by ExcelJS with every sheet's rows left out: sheet names, tab order,
 * merges and the date system come from ExcelJS itself, and so does any error the assembly raises.
 */
function withoutRows(model: ParsedWorkbook): ExcelJS.Workbook {
  const sheets = new ExcelJS.Workbook();
  sheets.model = { ...model, worksheets: model.worksheets.map((ws) => ({ ...ws, rows: [] })) } as ExcelJS.WorkbookModel;
  return sheets;
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
