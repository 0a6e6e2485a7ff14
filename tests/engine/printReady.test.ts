import { analyze } from '../../src/engine/analyzeWorkbook';
import { planIssueSheet } from '../../src/engine/sheets/issueSheet';
import { planSummarySheet } from '../../src/engine/sheets/summarySheet';
import { planTemplate } from '../../src/engine/sheets/template';
import { fitsOnePageWide } from '../../src/engine/sheets/printLayout';
import { LABELS } from '../../src/engine/labels/catalogue';
import { FINDING_CODES } from '../../src/engine/checks/findings';
import type { SheetPlan } from '../../src/engine/sheets/writePlan';
import { workbook } from './snapshotBuilder';
import { seed004 } from './seedLayouts';

const AS_OF = '2025-12-11';

describe('print-ready sheets (issue 7)', () => {
  const analysis = analyze(workbook(seed004()), { asOf: AS_OF, subject: 'UBND đặc khu' });
  const plans: SheetPlan[] = [
    planSummarySheet(analysis), planIssueSheet(analysis), ...planTemplate(['tasks', 'indicators']).sheets,
    planSummarySheet({ ...analysis, lang: 'en' }), planIssueSheet({ ...analysis, lang: 'en' }), ...planTemplate(['tasks', 'indicators'], 'en').sheets,
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
