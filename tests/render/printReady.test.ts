/**
 * Every kind of sheet the product writes prints ready to send (issue 7; roll-up of issue 9), checked
 * in a real spreadsheet application: the summary and check sheets of the sample, of a workbook with
 * many long findings and of a second month (with "So với kỳ trước"), the two templates and the three
 * roll-up sheets. Each sheet is printed alone (LibreOffice, one run for all files) and must be one
 * page wide, its title whole on page 1, no text over text, its header row on every later page (or,
 * on a sheet of several tables, no page starting inside a table), text at a readable size, and the
 * report period beside the report date. Each check fails on the output before issue 7's second round
 * (tables split on Tổng hợp, no period on Kiểm tra, the roll-up shrunk to 54 %). PNGs of every page go to tests/e2e/screenshots/ (ignored by git) to look at.
 * Skipped, with a plain message, where LibreOffice or poppler-utils are not installed.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from '../cli/run';
import { buildPrintFixtures } from './printFixtures';
import {
  convertToPdf, isolateSheet, medianLineHeight, missingRenderTools, overlappingLines, pagesWide, pdfPages, saveScreenshots,
  startsInsideTable, titleIsCut, type PdfPage,
} from './libreoffice';

const missing = missingRenderTools();
if (missing) console.warn(missing);
const describeWithLibreOffice = missing ? describe.skip : describe;

interface PrintedSheet {
  /** Short ASCII name for files and screenshots. */
  id: string;
  file: string;
  sheet: string;
  title: string;
  /** A header cell of the sheet's one table, printed again on every page; absent on a sheet of several tables. */
  header?: string;
  /** What page 1 must say beside the report date. */
  dateLine?: string;
}

/** Rows enough for the title and the widest row under it: printed alone they show how many pages wide the sheet is. */
const FIRST_ROWS = 8;
/** The header cell every count table of Tổng hợp has. */
const COUNT_HEADER = 'Tổng số';
/**
 * Points: the sheet font (Times New Roman 12) prints lines about 14 pt tall at 100 %; a sheet
 * shrunk to fit its width below about 70 % is too small to read on paper.
 */
const READABLE_LINE_HEIGHT = 10;

function problemsOf(s: PrintedSheet, pages: PdfPage[], firstRows: PdfPage[]): string[] {
  const problems: string[] = [];
  // A header cell wraps ("Số ngày quá" / "hạn"): compared with its lines joined.
  const text = (page: PdfPage) => page.lines.map((l) => l.text).join(' ').replace(/\s+/g, ' ');
  if (pagesWide(firstRows) !== 1) problems.push(`${s.id}: ${pagesWide(firstRows)} pages wide`);
  if (titleIsCut(pages, s.title)) problems.push(`${s.id}: title cut or missing on page 1`);
  for (const { page, a, b } of overlappingLines(pages)) problems.push(`${s.id} p${page}: "${a.text.slice(0, 40)}" over "${b.text.slice(0, 40)}"`);
  if (s.dateLine && !text(pages[0]).includes(s.dateLine)) problems.push(`${s.id}: page 1 lacks "${s.dateLine}"`);
  pages.slice(1).forEach((page, i) => {
    if (s.header && !text(page).includes(s.header)) problems.push(`${s.id} p${i + 2}: header "${s.header}" not repeated`);
    if (!s.header && startsInsideTable(page, COUNT_HEADER)) problems.push(`${s.id} p${i + 2}: starts inside a table`);
  });
  const lineHeight = medianLineHeight(pages);
  if (lineHeight < READABLE_LINE_HEIGHT) problems.push(`${s.id}: text shrunk to lines ${lineHeight.toFixed(1)} pt tall`);
  return problems;
}

describeWithLibreOffice('every sheet the product writes is print-ready in LibreOffice', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phuluc-print-'));
  const sheets: PrintedSheet[] = [];
  const pdf: Record<string, { pages: PdfPage[]; firstRows: PdfPage[]; path: string }> = {};

  beforeAll(async () => {
    ensureBuilt();
    const fx = await buildPrintFixtures(dir);
    const [sample, longFindings, secondMonth] = fx.summaries;
    const summary = 'TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ, CHỈ TIÊU';
    const issues = 'KẾT QUẢ KIỂM TRA PHỤ LỤC';
    sheets.push(
      { id: 'mau-tong-hop', file: sample, sheet: 'Tổng hợp', title: summary, dateLine: 'Số liệu tính đến ngày 11/12/2025' },
      { id: 'mau-kiem-tra', file: sample, sheet: 'Kiểm tra', title: issues, header: 'Gợi ý sửa' },
      { id: 'nhieu-loi-tong-hop', file: longFindings, sheet: 'Tổng hợp', title: summary },
      { id: 'nhieu-loi-kiem-tra', file: longFindings, sheet: 'Kiểm tra', title: issues, header: 'Gợi ý sửa' },
      { id: 'thang-2-tong-hop', file: secondMonth, sheet: 'Tổng hợp', title: summary, dateLine: '14/02/2026 (Tháng 02/2026)' },
      { id: 'thang-2-kiem-tra', file: secondMonth, sheet: 'Kiểm tra', title: issues, header: 'Gợi ý sửa', dateLine: '14/02/2026 (Tháng 02/2026)' },
      { id: 'mau-nhiem-vu', file: fx.template, sheet: 'Mẫu nhiệm vụ', title: 'PHỤ LỤC: DANH MỤC NHIỆM VỤ VÀ TIẾN ĐỘ THỰC HIỆN', header: 'Tên nhiệm vụ' },
      { id: 'mau-chi-tieu', file: fx.template, sheet: 'Mẫu chỉ tiêu', title: 'PHỤ LỤC: CÁC CHỈ TIÊU VÀ KẾT QUẢ THỰC HIỆN', header: 'Đơn vị tính' },
      { id: 'tong-hop-don-vi', file: fx.rollup, sheet: 'Tổng hợp đơn vị', title: 'TỔNG HỢP KẾT QUẢ THỰC HIỆN CỦA CÁC ĐƠN VỊ', header: 'Cảnh báo', dateLine: '14/02/2026 (Tháng 02/2026)' },
      { id: 'qua-han', file: fx.rollup, sheet: 'Nhiệm vụ quá hạn', title: 'NHIỆM VỤ QUÁ HẠN CỦA CÁC ĐƠN VỊ', header: 'Số ngày quá hạn' },
      { id: 'tep-loi', file: fx.rollup, sheet: 'Tệp lỗi', title: 'TỆP KHÔNG ĐỌC ĐƯỢC HOẶC CÓ LỖI', header: 'Lý do' },
    );
    const files = sheets.flatMap((s) => [
      isolateSheet(s.file, s.sheet, join(dir, `${s.id}.xlsx`)),
      isolateSheet(s.file, s.sheet, join(dir, `${s.id}-dau.xlsx`), FIRST_ROWS),
    ]);
    const pdfs = convertToPdf(files, join(dir, 'pdf'));
    sheets.forEach((s, i) => {
      pdf[s.id] = { pages: pdfPages(pdfs[2 * i]), firstRows: pdfPages(pdfs[2 * i + 1]), path: pdfs[2 * i] };
    });
  }, 600_000);

  it('writes a PDF page for every sheet, and PNGs of them to look at', () => {
    for (const s of sheets) {
      const { pages, path } = pdf[s.id];
      console.info(`${s.id}: ${pages.length} page(s)`);
      expect(pages.length).toBeGreaterThan(0);
      expect(saveScreenshots(path, `print-${s.id}`, pages.length)).toHaveLength(pages.length);
    }
  });

  it('one page wide, title whole on page 1, no text over text, header on every page or tables kept whole, the period by the date', () => {
    const problems = sheets.flatMap((s) => problemsOf(s, pdf[s.id].pages, pdf[s.id].firstRows));
    expect(problems).toEqual([]);
  });

  it('the sheets that should span pages do, so the header check above is tried', () => {
    for (const id of ['nhieu-loi-kiem-tra', 'qua-han', 'mau-tong-hop']) expect(pdf[id].pages.length).toBeGreaterThan(1);
  });
});

// Keeps the module a test file where LibreOffice is missing (jest refuses a suite without tests).
if (missing) it.skip(missing, () => undefined);
