/**
 * The period record sheet (SPEC §11) on Office.js: written very hidden where the host can hide it,
 * read back whole — values of a very hidden sheet included — so the engine finds the records and
 * never analyses the sheet; the fake host hides sheets the way Excel does.
 */
import {
  analyze, periodRecordOf, planPeriodRecordSheet, PERIOD_RECORD_SHEET, readPeriodRecords, withPeriodRecord, type PeriodRecord,
} from '../../src/engine';
import { applyWritePlan, readWorkbookSnapshot } from '../../src/excel';
import { installFakeExcel, type InstalledFakeExcel } from '../fake-excel';

let fake: InstalledFakeExcel;
afterEach(() => fake.uninstall());

function appendix(excelApi?: string): InstalledFakeExcel {
  const f = installFakeExcel({ excelApi });
  f.addSheet('PL 1')
    .type('A1', 'Tên nhiệm vụ').type('B1', 'Đơn vị chủ trì').type('C1', 'Thời hạn').type('D1', 'Trạng thái')
    .type('A2', 'Số hóa hồ sơ').type('B2', 'Văn phòng').type('C2', '31/12/2026 ').type('D2', 'Đang thực hiện');
  return f;
}

async function records(asOf: string[]): Promise<PeriodRecord[]> {
  const snapshot = await readWorkbookSnapshot();
  return asOf.reduce<PeriodRecord[]>((all, date) => withPeriodRecord(all, periodRecordOf(analyze(snapshot, { asOf: date }))), []);
}

describe('writing the period record sheet', () => {
  it('makes it very hidden, in the same three round trips, and the user stays on their sheet', async () => {
    fake = appendix();
    const kept = await records(['2026-01-14', '2026-02-14']);
    fake.resetSyncCount();
    const written = await applyWritePlan({ sheets: [planPeriodRecordSheet(kept, [])] });
    expect(fake.syncCount).toBe(3);
    expect(fake.sheet(PERIOD_RECORD_SHEET).visibility).toBe('VeryHidden');
    expect(written.sheets[0].visibility).toBe('veryHidden');
    expect(fake.activeSheetName).toBe('PL 1');
  });

  it('replaces the earlier record sheet and keeps it very hidden', async () => {
    fake = appendix();
    await applyWritePlan({ sheets: [planPeriodRecordSheet(await records(['2026-01-14']), [])] });
    await applyWritePlan({ sheets: [planPeriodRecordSheet(await records(['2026-01-14', '2026-02-14']), [])] });
    expect(fake.sheetNames).toEqual(['PL 1', PERIOD_RECORD_SHEET]);
    expect(fake.sheet(PERIOD_RECORD_SHEET).visibility).toBe('VeryHidden');
  });

  it('on Excel 2016 (ExcelApi 1.1, no visibility setter) leaves it visible and says so, never fails', async () => {
    fake = appendix('1.1');
    const plan = { sheets: [planPeriodRecordSheet(await records(['2026-01-14']), [])] };
    const written = await applyWritePlan(plan);
    expect(fake.sheet(PERIOD_RECORD_SHEET).visibility).toBe('Visible');
    expect(written.sheets[0].visibility).toBe('visible');
    expect(plan.sheets[0].visibility).toBe('veryHidden');
  });
});

describe('reading it back', () => {
  it('carries the values of the very hidden sheet: the engine finds the records and skips the sheet', async () => {
    fake = appendix();
    const kept = await records(['2026-01-14', '2026-02-14']);
    await applyWritePlan({ sheets: [planPeriodRecordSheet(kept, [])] });
    const snapshot = await readWorkbookSnapshot();
    expect(snapshot.sheets.map((s) => [s.name, s.visibility])).toEqual([['PL 1', undefined], [PERIOD_RECORD_SHEET, 'veryHidden']]);
    expect(readPeriodRecords(snapshot)).toEqual({ records: kept, unreadable: false });
    const analysis = analyze(snapshot, { asOf: '2026-03-14' });
    expect(analysis.workbookSheets).toEqual([{ name: 'PL 1', own: false }, { name: PERIOD_RECORD_SHEET, own: true }]);
    expect(analysis.findings).toEqual([]);
  });

  it('reading the active sheet only, still reads the very hidden sheet in full (not analysed)', async () => {
    fake = appendix();
    const kept = await records(['2026-01-14']);
    await applyWritePlan({ sheets: [planPeriodRecordSheet(kept, [])] });
    fake.addSheet('PL 2').type('A1', 'khác');
    fake.resetSyncCount();
    const snapshot = await readWorkbookSnapshot({ activeSheetOnly: true });
    expect(fake.syncCount).toBe(3);
    expect(readPeriodRecords(snapshot).records).toEqual(kept);
    expect(snapshot.sheets.map((s) => [s.name, s.notRead === true])).toEqual([['PL 1', false], [PERIOD_RECORD_SHEET, true], ['PL 2', true]]);
  });
});

describe('the fake host hides sheets as Excel does', () => {
  async function setVisibility(name: string, value: string): Promise<void> {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(name).visibility = value as Excel.SheetVisibility;
      await context.sync();
    });
  }

  it('takes only Excel’s three states', async () => {
    fake = appendix();
    fake.addSheet('Khác');
    await expect(setVisibility('Khác', 'Invisible')).rejects.toMatchObject({ code: 'InvalidArgument' });
    await setVisibility('Khác', 'VeryHidden');
    expect(fake.sheet('Khác').visibility).toBe('VeryHidden');
  });

  it('never hides the last visible sheet, and shows another when the one in view is hidden', async () => {
    fake = appendix();
    await expect(setVisibility('PL 1', 'Hidden')).rejects.toMatchObject({ code: 'InvalidOperation' });
    fake.addSheet('Khác');
    await setVisibility('PL 1', 'Hidden');
    expect(fake.activeSheetName).toBe('Khác');
  });

  it('needs ExcelApi 1.2 to set it (reading it is 1.1)', async () => {
    fake = appendix('1.1');
    fake.addSheet('Khác');
    await expect(setVisibility('Khác', 'Hidden')).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});
