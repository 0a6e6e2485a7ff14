/**
 * Issue 7 through Office.js: the write plans' print setup, sheet font and validation messages reach
 * the workbook where the host's API sets allow, and an older Excel still gets the sheet written.
 */
import { planTemplate, type SheetPlan } from '../../src/engine';
import { applyWritePlan } from '../../src/excel';
import { installFakeExcel, type InstalledFakeExcel } from '../fake-excel';

let fake: InstalledFakeExcel;
afterEach(() => fake.uninstall());

const [tasks] = planTemplate(['tasks']).sheets;

async function writeTemplate(excelApi: string): Promise<ReturnType<InstalledFakeExcel['sheet']>> {
  fake = installFakeExcel({ excelApi });
  fake.addSheet('PL 1').type('A1', 'Tên nhiệm vụ');
  fake.resetSyncCount();
  await applyWritePlan({ sheets: [tasks] });
  expect(fake.syncCount).toBe(3);
  return fake.sheet(tasks.name);
}

describe('print setup through Office.js', () => {
  it('ExcelApi 1.9: A4 landscape, one page wide, margins, the header row on every page, "Trang x/y"', async () => {
    const sheet = await writeTemplate('1.9');
    expect(sheet.pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      margins: expect.objectContaining({ left: expect.closeTo(0.79 * 72, 5), top: expect.closeTo(0.79 * 72, 5) }),
      printTitleRows: { first: 3, last: 3 },
      centerFooter: 'Trang &P/&N',
    });
  });

  it('ExcelApi 1.9: Tổng hợp gets its manual page breaks, each table kept whole, in the same fixed syncs', async () => {
    const plan: SheetPlan = {
      name: 'Tổng hợp', values: Array.from({ length: 80 }, (_, r) => [`dòng ${r + 1}`]), columnWidths: [30], merges: [], formats: [],
      pageSetup: { ...tasks.pageSetup!, printTitleRows: undefined, breaksBefore: [30, 61] },
    };
    fake = installFakeExcel({ excelApi: '1.9' });
    fake.addSheet('PL 1').type('A1', 'Tên nhiệm vụ');
    fake.resetSyncCount();
    await applyWritePlan({ sheets: [plan] });
    expect(fake.syncCount).toBe(3);
    expect(fake.sheet('Tổng hợp').pageLayout?.rowBreaks).toEqual([31, 62]);
  });

  it('ExcelApi 1.8 (Excel 2019): no page setup, but the sheet, its font and its checks are written', async () => {
    const sheet = await writeTemplate('1.8');
    expect(sheet.pageLayout).toBeUndefined();
    expect(sheet.cell('B3').value).toBe('Tên nhiệm vụ');
    expect(sheet.validations).toHaveLength(3);
  });

  it('puts the sheet font on every planned cell, blank template rows included, before the plan’s own sizes', async () => {
    const sheet = await writeTemplate('1.9');
    expect(sheet.cell('A1').format).toMatchObject({ fontName: 'Times New Roman', fontSize: 14, bold: true });
    expect(sheet.cell('B3').format).toMatchObject({ fontName: 'Times New Roman', fontSize: 12 });
    expect(sheet.cell('H203').format).toMatchObject({ fontName: 'Times New Roman', fontSize: 12 });
    expect(sheet.cell('I1').format.fontName).toBeUndefined();
  });

  it('gives the status drop-down and the date cells a Vietnamese prompt and stop alert', async () => {
    const sheet = await writeTemplate('1.9');
    const byColumn = new Map(sheet.validations.map((v) => [v.range.left, v]));
    expect(byColumn.get(5)).toMatchObject({
      rule: { list: { inCellDropDown: true, source: 'Đã hoàn thành,Đang thực hiện,Chưa thực hiện' } },
      prompt: { showPrompt: true, title: 'Trạng thái', message: expect.stringContaining('Chọn một trạng thái') },
      errorAlert: { showAlert: true, style: 'Stop', title: 'Trạng thái không hợp lệ' },
    });
    for (const column of [4, 7]) {
      expect(byColumn.get(column)).toMatchObject({
        range: { top: 3, bottom: 202 },
        rule: { date: { operator: 'Between', formula1: '2000-01-01', formula2: '2100-12-31' } },
        errorAlert: { showAlert: true, style: 'Stop', title: 'Ngày không hợp lệ' },
      });
    }
  });

  it('applies a format’s own font name', async () => {
    fake = installFakeExcel({ excelApi: '1.9' });
    fake.addSheet('PL 1');
    const plan: SheetPlan = {
      name: 'Tổng hợp', values: [['x', 'y']], columnWidths: [10, 10], merges: [],
      formats: [{ range: 'B1', fontName: 'Arial' }],
    };
    await applyWritePlan({ sheets: [plan] });
    expect(fake.sheet('Tổng hợp').cell('B1').format.fontName).toBe('Arial');
    expect(fake.sheet('Tổng hợp').cell('A1').format.fontName).toBeUndefined();
  });
});
