/**
 * The files `summarize` and `template` write open in a real spreadsheet application: LibreOffice
 * converts them to PDF (one soffice run for all) and the product's sheets' text is in it. The
 * print-readiness checks of ./libreoffice.ts are tried on a deliberately bad sheet, so they can fail.
 * Skipped, with a plain message, where LibreOffice or poppler-utils are not installed.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ISSUE_SHEET, SUMMARY_SHEET, type SheetPlan } from '../../src/engine';
import { newWorkbook } from '../../src/xlsx';
import { ensureBuilt, runCli } from '../cli/run';
import { buildUserPackage } from '../xlsx/fixtures/userPackage';
import {
  convertToPdf, isolateSheet, missingRenderTools, overlappingLines, pagesWide, pdfPages, pdfPageSize, saveScreenshots, titleIsCut,
} from './libreoffice';

const SAMPLE = resolve(__dirname, '../../samples/phu-luc-mau.xlsx');
const missing = missingRenderTools();
if (missing) console.warn(missing);
const describeWithLibreOffice = missing ? describe.skip : describe;

const TITLE = 'BẢNG THEO DÕI RẤT RỘNG CỦA MỘT PHỤ LỤC NHIỀU CỘT ĐỂ THỬ BẢN IN';
const LONG = 'Nội dung rất dài xuống nhiều dòng trong một dòng thấp '.repeat(6);

/** A sheet too wide for one page, its title merged across all of it, wrapped text in a short row. */
function wideSheet(over: Partial<SheetPlan> = {}): SheetPlan {
  const columns = 12;
  return {
    name: 'Rộng',
    values: [
      [TITLE, ...Array(columns - 1).fill(null)],
      Array.from({ length: columns }, (_, c) => `Cột ${c + 1}`),
      [LONG, ...Array.from({ length: columns - 1 }, (_, c) => c)],
      ['Dòng sau', ...Array.from({ length: columns - 1 }, (_, c) => c * 2)],
    ],
    columnWidths: Array(columns).fill(22),
    merges: [`A1:L1`],
    formats: [
      { range: 'A1:L1', bold: true, fontSize: 14, hAlign: 'center' },
      { range: 'A3', wrap: true },
    ],
    rowHeights: [{ row: 2, height: 15 }],
    ...over,
  };
}

const FIT: SheetPlan['pageSetup'] = {
  paper: 'A4',
  orientation: 'landscape',
  fitToWidth: 1,
  margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  footerCenter: 'Trang &P/&N',
};

describeWithLibreOffice('written workbooks open in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-lo-'));
  const f = (name: string) => join(dir, name);
  const pdf: Record<string, string> = {};

  beforeAll(() => {
    ensureBuilt();
    writeFileSync(f('nguoi-dung.xlsx'), buildUserPackage());
    writeFileSync(f('nguoi-dung.xlsm'), buildUserPackage(true));
    const outputs = ['mau.out.xlsx', 'nguoi-dung.out.xlsx', 'nguoi-dung.out.xlsm'];
    for (const [input, out] of [[SAMPLE, outputs[0]], [f('nguoi-dung.xlsx'), outputs[1]], [f('nguoi-dung.xlsm'), outputs[2]]]) {
      expect([0, 1]).toContain(runCli(['summarize', input, '-o', f(out), '--as-of', '2025-12-11']).code);
    }
    expect(runCli(['template', '-o', f('mau-trong.xlsx')]).code).toBe(0);
    writeFileSync(f('xau.xlsx'), newWorkbook({ sheets: [wideSheet()] }));
    writeFileSync(f('tot.xlsx'), newWorkbook({ sheets: [wideSheet({ pageSetup: FIT, formats: [{ range: 'A1:L1', bold: true, fontSize: 14, hAlign: 'center' }], rowHeights: [] })] }));
    const files = [
      ...outputs.map(f),
      f('mau-trong.xlsx'),
      isolateSheet(f('mau.out.xlsx'), SUMMARY_SHEET, f('tong-hop.xlsx')),
      isolateSheet(f('mau.out.xlsx'), ISSUE_SHEET, f('kiem-tra.xlsx')),
      isolateSheet(f('xau.xlsx'), 'Rộng', f('xau-dau.xlsx'), 2),
      isolateSheet(f('tot.xlsx'), 'Rộng', f('tot-dau.xlsx'), 2),
      f('xau.xlsx'),
      f('tot.xlsx'),
    ];
    convertToPdf(files, join(dir, 'pdf')).forEach((p, i) => {
      pdf[files[i].slice(dir.length + 1)] = p;
    });
  }, 600_000);

  const text = (name: string) => pdfPages(pdf[name]).map((p) => p.lines.map((l) => l.text).join('\n')).join('\n');

  it('opens the summary of the sample, of the rich workbook (.xlsx and .xlsm) and the template, with the product\'s sheets in them', () => {
    for (const name of ['mau.out.xlsx', 'nguoi-dung.out.xlsx', 'nguoi-dung.out.xlsm']) {
      const all = text(name);
      expect(all).toMatch(/TỔNG HỢP KẾT QUẢ/);
      expect(all).toMatch(/KẾT QUẢ KIỂM TRA PHỤ LỤC/);
    }
    expect(text('nguoi-dung.out.xlsx')).toMatch(/Xây dựng kế hoạch chuyển đổi số/);
    expect(text('mau-trong.xlsx')).toMatch(/PHỤ LỤC/);
    for (const [name, shot] of [['mau.out.xlsx', 'lo-mau'], ['tong-hop.xlsx', 'lo-tong-hop'], ['kiem-tra.xlsx', 'lo-kiem-tra'], ['mau-trong.xlsx', 'lo-mau-trong']]) {
      expect(saveScreenshots(pdf[name], shot, 1).length).toBe(1);
    }
  });

  it('reports, per product sheet, pages wide, title cut and overlapping lines (figures for the print branch)', () => {
    for (const name of ['tong-hop.xlsx', 'kiem-tra.xlsx']) {
      const pages = pdfPages(pdf[name]);
      const title = name === 'tong-hop.xlsx' ? 'TỔNG HỢP KẾT QUẢ' : 'KẾT QUẢ KIỂM TRA PHỤ LỤC';
      console.info(`${name}: ${pages.length} page(s), title cut: ${titleIsCut(pages, title)}, overlaps: ${overlappingLines(pages).length}`);
      expect(pages.length).toBeGreaterThan(0);
    }
  });

  it('the checks catch a sheet without page setup: 2+ pages wide, title cut at the page edge, wrapped text over the next row', () => {
    const bad = pdfPages(pdf['xau.xlsx']);
    saveScreenshots(pdf['xau.xlsx'], 'lo-xau', 2);
    expect(pagesWide(pdfPages(pdf['xau-dau.xlsx']))).toBeGreaterThanOrEqual(2);
    expect(titleIsCut(bad, TITLE)).toBe(true);
    expect(overlappingLines(bad).length).toBeGreaterThan(0);
  });

  it('…and pass it once it fits one A4 page wide, landscape, with rows tall enough', () => {
    const good = pdfPages(pdf['tot.xlsx']);
    saveScreenshots(pdf['tot.xlsx'], 'lo-tot', 1);
    expect(pagesWide(pdfPages(pdf['tot-dau.xlsx']))).toBe(1);
    expect(titleIsCut(good, TITLE)).toBe(false);
    expect(overlappingLines(good)).toEqual([]);
    const size = pdfPageSize(pdf['tot.xlsx']);
    expect([Math.round(size.width), Math.round(size.height)]).toEqual([842, 595]);
  });
});

// Keeps the module a test file where LibreOffice is missing (jest refuses a suite without tests).
if (missing) it.skip(missing, () => undefined);
