/**
 * The new reader against the ExcelJS path it replaces (tests/xlsx/exceljs/snapshot.ts): on every
 * workbook the tests use, on hand-made Excel-like packages and on generated workbooks, the
 * snapshots are equal. Where ExcelJS was wrong, tests/xlsx/read/corrections.test.ts asserts the
 * correct value instead.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { planIssueSheet, planSummarySheet, planTemplate, analyze, type WorkbookSnapshot } from '../../../src/engine';
import { newWorkbook, patchWorkbook, readWorkbookBytes } from '../../../src/xlsx';
import { addIndicatorSheet, addTaskSheet, CLEAN_INDICATORS, CLEAN_TASKS } from '../../cli/fixtures';
import { snapshotWorkbook } from '../exceljs/snapshot';
import { buildUserWorkbook } from '../userWorkbook';
import { excelLikePackage } from './excelLike';

const ROOT = join(__dirname, '..', '..', '..');

async function viaExcelJs(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return snapshotWorkbook(wb);
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The snapshot without what the ExcelJS path never read (the add-in's stored settings). */
function comparable(s: WorkbookSnapshot): WorkbookSnapshot {
  return s.date1904 ? { sheets: s.sheets, date1904: true } : { sheets: s.sheets };
}

async function expectSameAsExcelJs(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const fresh = readWorkbookBytes(bytes, 'x.xlsx');
  expect(comparable(fresh)).toEqual(await viaExcelJs(bytes));
  return fresh;
}

describe('the reader gives the snapshot ExcelJS gave', () => {
  it('on the sample workbook', async () => {
    const snap = await expectSameAsExcelJs(await fs.readFile(join(ROOT, 'samples', 'phu-luc-mau.xlsx')));
    expect(snap.sheets.length).toBeGreaterThan(1);
  });

  it("on the tests' user workbook (formulas, shared formulas, merges, hidden row, rich text, hyperlink, errors)", async () => {
    await expectSameAsExcelJs(await bytesOf(buildUserWorkbook()));
  });

  it('on the command-line fixtures, the template and a summarized copy', async () => {
    const wb = new ExcelJS.Workbook();
    addTaskSheet(wb, 'Nhiệm vụ', CLEAN_TASKS);
    addIndicatorSheet(wb, 'Chỉ tiêu', CLEAN_INDICATORS);
    const input = await bytesOf(wb);
    const snapshot = await expectSameAsExcelJs(input);

    const analysis = analyze(snapshot, { asOf: '2025-12-11' });
    await expectSameAsExcelJs(patchWorkbook(input, { sheets: [planSummarySheet(analysis), planIssueSheet(analysis)] }));
    await expectSameAsExcelJs(newWorkbook(planTemplate(['tasks', 'indicators'], 'vi')));
  });

  it('on an Excel-like package: shared and inline strings, rich text, phonetic guides, styles, shared formulas, merges, hidden rows and sheets', async () => {
    const snap = await expectSameAsExcelJs(excelLikePackage());
    expect(snap.sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['PL1 Nhiệm vụ', undefined],
      ['Sheet2', 'hidden'],
      ['Ẩn hẳn', 'veryHidden'],
      ['Trống', undefined],
    ]);
    const rows = snap.sheets[0].rows;
    // Spot checks, so an error common to both paths would still show.
    expect(rows[0].slice(0, 6)).toEqual([{ v: 'Văn bản' }, { v: 'Giàu định dạng' }, { v: 'Nội tuyến' }, { v: 'Đậm thường' }, null, { v: 'dòng\r\nhai & ba <4> "năm"' }]);
    expect(rows[1]).toEqual([
      { v: 46022, fmt: 'dd/mm/yyyy' },
      { v: 0.85, fmt: '0%' },
      { v: 45838.5, fmt: 'm/d/yy "h":mm' },
      { v: '#REF!', err: true },
      { v: true },
      { v: 'ab', f: '"a"&"b"' },
      { v: false },
      { v: -1234.5, fmt: '#,##0.0_);[Red](#,##0.0)' },
    ]);
    expect(rows.slice(2, 6).map((r) => r[0]?.f)).toEqual([
      'B3*2+$C$1+Sheet2!D3+SUM($B$3:B3)',
      'B4*2+$C$1+Sheet2!D4+SUM($B$3:B4)',
      'B5*2+$C$1+Sheet2!D5+SUM($B$3:B5)',
      'B6*2+$C$1+Sheet2!D6+SUM($B$3:B6)',
    ]);
    expect(rows[4][3]).toEqual({ v: '3 y', f: 'B5&" "&C5' });
    expect(rows[7]).toEqual([{ v: 'Gộp' }, null, { v: 'dòng\r\nhai & ba <4> "năm"' }]);
    expect(rows).toHaveLength(8); // C9 lies under the merge C8:D9
    expect(snap.sheets[0].merges).toEqual([
      { top: 7, left: 0, bottom: 7, right: 1 },
      { top: 7, left: 2, bottom: 8, right: 3 },
    ]);
    expect(snap.sheets[0].hiddenRows).toEqual([4, 8]);
  });

  it('on the same package in the 1904 date system, stored without compression', async () => {
    const snap = await expectSameAsExcelJs(excelLikePackage({ date1904: true, level: 0 }));
    expect(snap.sheets[0].rows[1][0]).toEqual({ v: 46022, fmt: 'dd/mm/yyyy' });
  });

  it('on generated workbooks', async () => {
    const text = fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('Đã hoàn thành', ' lề ', 'a & b <c> "d"', 'x\ny', '_x000D_', '1.440', '00123'));
    const value = fc.oneof(
      text,
      fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
      fc.integer({ min: -1e6, max: 1e6 }),
      fc.boolean(),
      fc.constantFrom('#N/A', '#REF!', '#DIV/0!', '#VALUE!').map((error) => ({ error }) as ExcelJS.CellErrorValue),
      fc.date({ min: new Date(Date.UTC(1901, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
      fc.tuple(text, text).map(([a, b]) => ({ richText: [{ text: a, font: { bold: true } }, { text: b }] })),
      fc.integer({ min: 1, max: 99 }).map((n) => ({ formula: `A1+${n}`, result: n })),
      text.map((s) => ({ formula: `"${s.replace(/"/g, '""')}"`, result: s })),
    );
    const formats = fc.constantFrom(undefined, '0%', '0.00', 'dd/mm/yyyy', '#,##0', '@', 'mm-dd-yy');
    const cell = fc.record({ value: fc.option(value, { nil: null, freq: 3 }), fmt: formats });
    const sheet = fc.record({
      grid: fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 9 }),
      hidden: fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }),
      merges: fc.uniqueArray(fc.integer({ min: 0, max: 8 }), { maxLength: 3 }),
      state: fc.constantFrom('visible', 'hidden', 'veryHidden'),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(sheet, { minLength: 1, maxLength: 3 }), fc.boolean(), async (sheets, date1904) => {
        const wb = new ExcelJS.Workbook();
        wb.properties.date1904 = date1904;
        sheets.forEach((s, i) => {
          const ws = wb.addWorksheet(`Trang ${i + 1}`, { state: s.state as ExcelJS.WorksheetState });
          s.grid.forEach((cells, r) =>
            cells.forEach((c, col) => {
              if (c.value === null) return;
              const target = ws.getCell(r + 1, col + 1);
              target.value = c.value as ExcelJS.CellValue;
              // ExcelJS read a text formula result under a date format as NaN (corrections.test.ts).
              const textResult = typeof (c.value as { result?: unknown }).result === 'string';
              if (c.fmt && !(textResult && /[dmy]/.test(c.fmt))) target.numFmt = c.fmt;
            }),
          );
          for (const r of s.hidden) ws.getRow(r).hidden = true;
          // Disjoint 2×2 blocks on a 3-step grid, over data or beyond it.
          for (const m of s.merges) ws.mergeCells((m % 3) * 3 + 1, Math.floor(m / 3) * 3 + 1, (m % 3) * 3 + 2, Math.floor(m / 3) * 3 + 2);
        });
        await expectSameAsExcelJs(await bytesOf(wb));
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
