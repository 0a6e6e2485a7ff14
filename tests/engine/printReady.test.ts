import { analyze } from '../../src/engine/analyzeWorkbook';
import { planIssueSheet } from '../../src/engine/sheets/issueSheet';
import { planSummarySheet } from '../../src/engine/sheets/summarySheet';
import { planTemplate } from '../../src/engine/sheets/template';
import { fitsOnePageWide } from '../../src/engine/sheets/printLayout';
import { LABELS } from '../../src/engine/labels/catalogue';
import { FINDING_CODES } from '../../src/engine/checks/findings';
import type { SheetPlan } from '../../src/engine/sheets/writePlan';
import { planRollupWorkbook } from '../../src/engine/rollup/rollupSheets';
import { startRollup } from '../../src/engine/rollup/rollup';
import { pageBreaksKeepingTogether } from '../../src/engine/sheets/pageBreaks';
import { parsePeriod } from '../../src/engine/periods/reportPeriod';
import { sheet, workbook } from './snapshotBuilder';
import { seed004 } from './seedLayouts';

const AS_OF = '2025-12-11';
const TASKS = ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái'];

/** Whether the A1 range covers the 0-based cell. */
function rectOf(range: string, row: number, col: number): boolean {
  const m = /^([A-Z])(\d+)(?::([A-Z])(\d+))?$/.exec(range);
  if (!m) return false;
  const [left, top] = [m[1].charCodeAt(0) - 65, Number(m[2]) - 1];
  const [right, bottom] = m[3] ? [m[3].charCodeAt(0) - 65, Number(m[4]) - 1] : [left, top];
  return row >= top && row <= bottom && col >= left && col <= right;
}

function rollupResult() {
  const rollup = startRollup({ asOf: AS_OF, subject: 'Đặc khu' });
  const unit = workbook(sheet('PL', [TASKS, [1, 'Số hóa hồ sơ', 'Văn phòng', '30/06/2025', 'Đang thực hiện']]));
  rollup.add('xa-a.xlsx', unit);
  rollup.addUnreadable('hong.xlsx', 'Tệp bị hỏng');
  return rollup.result();
}

describe('print-ready sheets (issue 7)', () => {
  const analysis = analyze(workbook(seed004()), { asOf: AS_OF, subject: 'UBND đặc khu' });
  const plans: SheetPlan[] = [
    planSummarySheet(analysis), planIssueSheet(analysis), ...planTemplate(['tasks', 'indicators']).sheets,
    planSummarySheet({ ...analysis, lang: 'en' }), planIssueSheet({ ...analysis, lang: 'en' }), ...planTemplate(['tasks', 'indicators'], 'en').sheets,
    ...planRollupWorkbook(rollupResult(), 'vi').sheets, ...planRollupWorkbook(rollupResult(), 'en').sheets,
  ];

  it.each(plans.map((p, i) => [`${i}: ${p.name}`, p] as const))('%s prints A4 landscape, one page wide, "Trang x/y", in Times New Roman', (_, plan) => {
    expect(plan.pageSetup).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: 1, footerCenter: 'Trang &P/&N' });
    expect(plan.font).toEqual({ name: 'Times New Roman', size: 12 });
    // Fit-to-page would otherwise shrink the text below the chosen size.
    expect(fitsOnePageWide(plan.columnWidths)).toBe(true);
    // The title row is wrapped and tall enough for its larger font: never cut at the page edge.
    expect(plan.formats.find((f) => f.range.startsWith('A1:'))).toMatchObject({ wrap: true });
    expect(plan.rowHeights?.find((h) => h.row === 0)?.height).toBeGreaterThanOrEqual(19.5);
  });

  it('shows the report period beside the report date on Kiểm tra, as on Tổng hợp (SPEC §10)', () => {
    const period = parsePeriod('2026-02') ?? undefined;
    const withPeriod = analyze(workbook(seed004()), { asOf: '2026-02-14', subject: 'UBND đặc khu' });
    const line = (plan: SheetPlan) => String(plan.values[1][0]);
    expect(line(planIssueSheet({ ...withPeriod, period }))).toMatch(/^Số liệu tính đến ngày 14\/02\/2026 \(Tháng 02\/2026\) — \d+ phát hiện$/);
    expect(line(planSummarySheet({ ...withPeriod, period }))).toBe('Số liệu tính đến ngày 14/02/2026 (Tháng 02/2026)');
    expect(line(planIssueSheet(withPeriod))).not.toContain('(');
  });

  it('counts the tasks due soon beside the workbook sentence on Tổng hợp, never in it (SPEC §6)', () => {
    const rows = [TASKS, [1, 'Số hóa hồ sơ', 'Văn phòng', '31/12/2025', 'Đang thực hiện'], [2, 'Tập huấn', 'Văn phòng', '30/06/2026', 'Đang thực hiện']];
    const soon = analyze(workbook(sheet('PL', rows)), { asOf: AS_OF });
    const texts = planSummarySheet(soon).values.map((r) => r[0]);
    const line = texts.indexOf('Sắp đến hạn trong 30 ngày: 01');
    expect(line).toBe(texts.indexOf(soon.summary.sentence) + 1);
    const later = analyze(workbook(sheet('PL', rows)), { asOf: '2025-10-01' });
    expect(planSummarySheet(later).values.map((r) => String(r[0])).filter((t) => t.startsWith('Sắp đến hạn'))).toEqual([]);
  });

  it('wraps text in the count tables\' narrow columns, so the evaluation years do not spill over the next cell', () => {
    const header = ['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Năm 2025', 'Năm 2030', 'Năm 2035', 'Cơ quan chủ trì'];
    // Each indicator's evaluation year is the first with a target: 2025, 2030 and 2035.
    const planSheet = sheet('PL2', [
      header,
      [1, 'Tỷ lệ hồ sơ trực tuyến', '%', '50%', '80%', '95%', 'Văn phòng'],
      [2, 'Tỷ lệ thanh toán không dùng tiền mặt', '%', '-', '80%', '95%', 'Văn phòng'],
      [3, 'Tỷ lệ dân số có danh tính số', '%', '-', '-', '95%', 'Văn phòng'],
    ]);
    const plan = planSummarySheet(analyze(workbook(planSheet), { asOf: AS_OF }));
    const row = plan.values.findIndex((r) => r[2] === '2025, 2030, 2035');
    expect(row).toBeGreaterThan(0);
    const wrap = plan.formats.filter((f) => f.wrap !== undefined && rectOf(f.range, row, 2)).pop()?.wrap;
    expect(wrap).toBe(true);
    expect(plan.rowHeights?.find((h) => h.row === row)?.height).toBeGreaterThan(20);
  });

  it('never leaves a sheet\'s heading on Kiểm tra alone at the foot of a page', () => {
    const headingBreaks: number[] = [];
    for (let perSheet = 1; perSheet <= 6; perSheet++) {
      const sheets = Array.from({ length: 12 }, (_, n) => sheet(`PL${n + 1}`, [
        TASKS, ...Array.from({ length: perSheet }, (_, i) => [i + 1, `Nhiệm vụ ${i}`, 'Văn phòng', '31/02/2025', 'Đang thực hiện']),
      ]));
      const plan = planIssueSheet(analyze({ sheets }, { asOf: AS_OF }));
      const headings = plan.values.flatMap((r, i) => (String(r[0]).startsWith('Trang "PL') ? [i] : []));
      for (const row of plan.pageSetup?.breaksBefore ?? []) {
        expect(headings).not.toContain(row - 1);
        if (headings.includes(row)) headingBreaks.push(row);
      }
    }
    expect(headingBreaks.length).toBeGreaterThan(0);
  });

  it('starts a page before a block that would run over the foot of the current one, never inside it', () => {
    const oneLine = 16;
    // Rows 0–19 fill 320 of 400 points; the block of rows 20–29 (160 points) would overflow: a page starts at row 20.
    expect(pageBreaksKeepingTogether(40, [], [{ first: 20, last: 29 }], 400, oneLine)).toEqual([20]);
    // The same block from row 5 fits where it is.
    expect(pageBreaksKeepingTogether(40, [], [{ first: 5, last: 14 }], 400, oneLine)).toEqual([]);
    // Taller rows count: with row 3 at 300 points, the block of rows 4–8 (80 points) no longer fits after 348.
    expect(pageBreaksKeepingTogether(40, [{ row: 3, height: 300 }], [{ first: 4, last: 8 }], 400, oneLine)).toEqual([4]);
    expect(pageBreaksKeepingTogether(40, [], [{ first: 4, last: 8 }], 400, oneLine)).toEqual([]);
    // A block taller than a page moves only when less than a third of the page is left.
    expect(pageBreaksKeepingTogether(80, [], [{ first: 5, last: 60 }], 400, oneLine)).toEqual([]);
    expect(pageBreaksKeepingTogether(80, [], [{ first: 20, last: 60 }], 400, oneLine)).toEqual([20]);
    // After the application's own break (row 25 starts page 2), a block is measured from there.
    expect(pageBreaksKeepingTogether(60, [], [{ first: 40, last: 49 }], 400, oneLine)).toEqual([]);
    // ...and below the header rows printed again on that page (rows 0–1, 32 points): now it overflows.
    expect(pageBreaksKeepingTogether(60, [], [{ first: 40, last: 49 }], 400, oneLine, { first: 0, last: 1 })).toEqual([40]);
  });

  it('keeps each count table of Tổng hợp whole: its page breaks fall on a table heading or a sentence label, never inside a table', () => {
    const groups = Array.from({ length: 14 }, (_, g) => [
      [`${'ABCDEFGHIJKLMN'[g]}. Nhiệm vụ theo Kế hoạch số ${g + 1}/KH-UBND về chuyển đổi số, cải cách hành chính và phát triển kinh tế số`],
      ...Array.from({ length: 3 }, (_, i) => [g * 3 + i + 1, `Nhiệm vụ ${g}-${i}`, `Phòng ${g}`, '31/12/2026', 'Đang thực hiện']),
    ]).flat();
    const plan = planSummarySheet(analyze(workbook(sheet('PL', [TASKS, ...groups])), { asOf: AS_OF }));
    const breaks = plan.pageSetup?.breaksBefore ?? [];
    expect(breaks.length).toBeGreaterThan(0);
    const tableHeadings = plan.values.flatMap((r, i) => (/^\d+\. /.test(String(r[0])) ? [i] : []));
    expect(tableHeadings.length).toBeGreaterThan(0);
    for (const row of breaks) {
      const merged = plan.merges.includes(`A${row + 1}:H${row + 1}`);
      // A merged banner row (heading or label) starts each page, never a table's header or body row.
      expect({ row, text: plan.values[row][0], merged }).toMatchObject({ merged: true });
    }
    expect(breaks.some((row) => tableHeadings.includes(row))).toBe(true);
  });

  it('prints the roll-up like the other sheets: units in two header rows repeated on every page, sentences under the table', () => {
    const [units, overdue, files] = planRollupWorkbook(rollupResult(), 'vi', parsePeriod('2025-12') ?? undefined).sheets;
    expect(units.values[1][0]).toBe('Số liệu tính đến ngày 11/12/2025 (Tháng 12/2025)');
    expect(units.pageSetup?.printTitleRows).toEqual({ first: 3, last: 4 });
    expect(units.merges).toEqual(expect.arrayContaining(['D4:H4', 'I4:M4', 'A4:A5']));
    expect(units.values.map((r) => r[0])).toContain('Câu báo cáo của từng đơn vị');
    expect(overdue.pageSetup?.printTitleRows).toEqual({ first: 3, last: 3 });
    expect(files.values[4]).toEqual([1, 'hong.xlsx', 'Tệp bị hỏng']);
  });

  it('knows when columns are too wide for one page at full size', () => {
    expect(fitsOnePageWide([6, 48, 24, 24, 13, 18, 48, 14])).toBe(false);
    expect(fitsOnePageWide([100])).toBe(true);
  });

  it('repeats the header row of the finding list and of each template on every printed page', () => {
    const [tasks, indicators] = planTemplate(['tasks', 'indicators']).sheets;
    expect(planIssueSheet(analysis).pageSetup?.printTitleRows).toEqual({ first: 3, last: 3 });
    expect(tasks.pageSetup?.printTitleRows).toEqual({ first: 2, last: 2 });
    expect(indicators.pageSetup?.printTitleRows).toEqual({ first: 2, last: 2 });
  });

  it('gives a wrapped header cell such as "Hoàn thành đúng hạn" the lines it needs', () => {
    const plan = planSummarySheet(analysis);
    const header = plan.values.findIndex((r) => r.includes('Hoàn thành đúng hạn'));
    expect(header).toBeGreaterThan(0);
    expect(plan.rowHeights?.find((h) => h.row === header)?.height).toBeGreaterThanOrEqual(30);
  });

  it('writes each lead unit’s sentence in a cell of its own, under the unit’s name', () => {
    const plan = planSummarySheet(analysis);
    const texts = plan.values.map((r) => r[0]);
    const heading = texts.indexOf('Câu báo cáo theo từng đơn vị chủ trì');
    expect(heading).toBeGreaterThan(0);
    const leads = analysis.summary.byLead.filter((l) => l.tasks.total + l.indicators.total > 0);
    expect(leads.length).toBeGreaterThan(0);
    leads.forEach((lead, i) => {
      expect(texts[heading + 1 + 2 * i]).toBe(lead.lead);
      expect(texts[heading + 2 + 2 * i]).toBe(lead.sentence);
      expect(plan.merges).toContain(`A${heading + 3 + 2 * i}:H${heading + 3 + 2 * i}`);
    });
  });

  it('names every finding code in both languages, within the narrow column', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const code of FINDING_CODES) expect(LABELS[lang].findingCode[code].length).toBeLessThanOrEqual(40);
    }
  });

  it('keeps the messages of the template’s checks within Excel’s limits', () => {
    for (const sheet of planTemplate(['tasks', 'indicators']).sheets) {
      for (const v of [...(sheet.validations ?? []), ...(sheet.dateValidations ?? [])]) {
        for (const m of [v.prompt, v.error]) {
          expect(m?.title.length).toBeLessThanOrEqual(32);
          expect(m?.text.length).toBeLessThanOrEqual(255);
        }
      }
    }
  });
});
