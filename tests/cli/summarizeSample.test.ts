/**
 * `phuluc summarize` on the bundled sample (real seed layouts: merged super-headers, section rows,
 * date cells, text dates broken over lines): the copy keeps every sheet of the sample exactly, and
 * every finding on the "Kiểm tra" sheet links to its own sheet and cell.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { ISSUE_SHEET, PERIOD_RECORD_SHEET, reportSchema, SUMMARY_SHEET, type Report } from '../../src/engine';
import { fileSha256, readBack, sheetFingerprint } from '../xlsx/userWorkbook';
import { issueLinks } from './issueLinks';
import { ensureBuilt, ROOT, runCli, type RunResult } from './run';

const SAMPLE = join(ROOT, 'samples', 'phu-luc-mau.xlsx');
const dir = mkdtempSync(join(tmpdir(), 'phuluc-cli-sample-'));
const AS_OF = ['--as-of', '2025-12-11'];

/** Value, formula, number format and merge of every cell: what a staff member sees in a sheet. */
function cells(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (c) => {
      out[c.address] = { value: c.value, numFmt: c.numFmt, master: c.isMerged ? c.master.address : undefined };
    }),
  );
  return out;
}

describe('phuluc summarize on samples/phu-luc-mau.xlsx', () => {
  let before: string;
  let first: RunResult;
  let second: RunResult;
  let original: ExcelJS.Workbook;
  let report: Report;

  beforeAll(async () => {
    ensureBuilt();
    before = await fileSha256(SAMPLE);
    original = await readBack(SAMPLE);
    first = runCli(['summarize', SAMPLE, '-o', join(dir, 'lan-1.xlsx'), ...AS_OF]);
    second = runCli(['summarize', join(dir, 'lan-1.xlsx'), '-o', join(dir, 'lan-2.xlsx'), ...AS_OF]);
    report = reportSchema.parse(JSON.parse(runCli(['check', SAMPLE, ...AS_OF, '--json']).stdout));
  }, 180_000);

  it('exits 1 (the sample has error findings on purpose) and leaves the sample byte for byte as it was', async () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    expect(second.code).toBe(1);
    expect(await fileSha256(SAMPLE)).toBe(before);
  });

  it.each(['lan-1.xlsx', 'lan-2.xlsx'])('%s keeps every sample sheet: values, formulas, merges, number formats, styles', async (name) => {
    const out = await readBack(join(dir, name));
    // What the comparison covers is really in the sample: merged cells and date cells.
    const sampleCells = original.worksheets.flatMap((ws) => Object.values(cells(ws))) as { numFmt?: string; master?: string }[];
    expect(sampleCells.some((c) => c.numFmt === 'dd/mm/yyyy')).toBe(true);
    expect(sampleCells.some((c) => c.master !== undefined)).toBe(true);
    expect(out.worksheets.map((ws) => ws.name)).toEqual([...original.worksheets.map((ws) => ws.name), SUMMARY_SHEET, ISSUE_SHEET, PERIOD_RECORD_SHEET]);
    for (const ws of original.worksheets) {
      const copy = out.getWorksheet(ws.name)!;
      expect(cells(copy)).toEqual(cells(ws));
      expect(sheetFingerprint(copy)).toEqual(sheetFingerprint(ws));
    }
  });

  it('links every finding to its own sheet and cell, one row per finding of the report', async () => {
    const out = await readBack(join(dir, 'lan-1.xlsx'));
    const links = issueLinks(out.getWorksheet(ISSUE_SHEET)!);
    // The same findings, each sheet's sorted by row then column (the sample's sheets are in report order).
    const rowCol = (cell: string) => { const [, col, row] = /^([A-Z]+)(\d+)$/.exec(cell) ?? []; return [Number(row), col.length, col] as const; };
    const byPlace = (a: string[], b: string[]) => {
      const [ra, la, ca] = rowCol(a[1]);
      const [rb, lb, cb] = rowCol(b[1]);
      return ra - rb || la - lb || (ca < cb ? -1 : ca > cb ? 1 : 0);
    };
    const sheets = [...new Set(report.issues.map((i) => i.sheet))];
    const expected = sheets.flatMap((sheet) => report.issues.filter((i) => i.sheet === sheet).map((i) => [i.sheet, i.cell]).sort(byPlace));
    expect(links.map((l) => [l.sheet, l.cell])).toEqual(expected);
    for (const link of links) {
      expect(link.target).toEqual({ sheet: link.sheet, cell: link.cell });
      expect(out.getWorksheet(link.target.sheet)).toBeDefined();
    }
  });
});
