import type { Finding } from '../../src/engine';
import { clearHighlights, FeatureUnavailableError, highlightFindings } from '../../src/excel';
import { installFakeExcel, type InstalledFakeExcel } from '../fake-excel';

let fake: InstalledFakeExcel;
afterEach(() => fake.uninstall());

function finding(sheet: string, cell: string, severity: Finding['severity']): Finding {
  const m = /^([A-Z]+)(\d+)$/.exec(cell) as RegExpExecArray;
  return {
    sheet,
    cell,
    row: Number(m[2]) - 1,
    col: m[1].charCodeAt(0) - 65,
    field: 'deadline',
    code: severity === 'error' ? 'invalid-date' : severity === 'warning' ? 'overdue' : 'completed-late',
    severity,
    value: '',
    message: '',
    hint: '',
  };
}

/** Two appendices with the user's own fills and conditional formats (one a custom formula). */
function workbook(excelApi?: string): InstalledFakeExcel {
  const f = installFakeExcel({ excelApi });
  f.addSheet('PL 1')
    .type('A1', 'Tên')
    .type('D5', '31/02/2025')
    .setFormat('D5:D9', { fill: '#FFFF00', bold: true, borders: { top: { style: 'Continuous' } } })
    .addConditionalFormat({ type: 'CellValue', ranges: 'E2:E50', fill: '#00B050' });
  f.sheet('PL 1').addConditionalFormat({ type: 'Custom', ranges: 'A2:F50', formula: '=$E2="Quá hạn"', fill: '#F4B084' });
  f.addSheet('PL 2').type('A1', 'Chỉ tiêu');
  return f;
}

const findings: Finding[] = [
  finding('PL 1', 'D5', 'error'),
  finding('PL 1', 'D6', 'error'),
  finding('PL 1', 'D7', 'error'),
  finding('PL 1', 'F9', 'error'),
  finding('PL 1', 'D8', 'warning'),
  finding('PL 1', 'E8', 'warning'),
  finding('PL 1', 'C12', 'info'),
  finding('PL 2', 'B4', 'warning'),
  finding('Đã xóa', 'A1', 'error'), // a sheet deleted since the check: skipped
];

const own = (f: InstalledFakeExcel, sheet: string) =>
  f.sheet(sheet).conditionalFormatList.filter((cf) => cf.formula?.includes('phuluc:'));

describe('highlightFindings', () => {
  it('adds one marked conditional format per severity per sheet, over all the finding cells', async () => {
    fake = workbook();
    await highlightFindings(findings);
    expect(own(fake, 'PL 1')).toEqual([
      { type: 'Custom', ranges: ['D5:D7', 'F9'], formula: '=ISTEXT("phuluc:error")', fill: '#FFC7CE' },
      { type: 'Custom', ranges: ['D8:E8'], formula: '=ISTEXT("phuluc:warning")', fill: '#FFEB9C' },
      { type: 'Custom', ranges: ['C12'], formula: '=ISTEXT("phuluc:info")', fill: '#DDEBF7' },
    ]);
    expect(own(fake, 'PL 2')).toEqual([
      { type: 'Custom', ranges: ['B4'], formula: '=ISTEXT("phuluc:warning")', fill: '#FFEB9C' },
    ]);
  });

  it('never touches the user’s fills, fonts, borders or conditional formats; clearing restores the workbook exactly', async () => {
    fake = workbook();
    const before = fake.sheetNames.map((name) => fake.sheet(name).dump());
    await highlightFindings(findings);
    expect(fake.sheet('PL 1').cell('D5').format).toEqual({ fill: '#FFFF00', bold: true, borders: { top: { style: 'Continuous' } } });
    expect(fake.sheet('PL 1').conditionalFormatList).toHaveLength(5);
    await clearHighlights();
    expect(fake.sheetNames.map((name) => fake.sheet(name).dump())).toEqual(before);
  });

  it('re-highlighting replaces the previous highlights instead of stacking', async () => {
    fake = workbook();
    await highlightFindings(findings);
    await highlightFindings(findings);
    expect(own(fake, 'PL 1')).toHaveLength(3);
    await highlightFindings([finding('PL 1', 'A2', 'info')]);
    expect(own(fake, 'PL 1')).toEqual([{ type: 'Custom', ranges: ['A2'], formula: '=ISTEXT("phuluc:info")', fill: '#DDEBF7' }]);
    expect(own(fake, 'PL 2')).toEqual([]);
    expect(fake.sheet('PL 1').conditionalFormatList).toHaveLength(3);
  });

  it('puts errors on top where a cell has several findings', async () => {
    fake = workbook();
    await highlightFindings([finding('PL 1', 'D5', 'info'), finding('PL 1', 'D5', 'error'), finding('PL 1', 'D5', 'warning')]);
    expect(own(fake, 'PL 1').map((cf) => cf.formula)).toEqual([
      '=ISTEXT("phuluc:error")',
      '=ISTEXT("phuluc:warning")',
      '=ISTEXT("phuluc:info")',
    ]);
  });

  it('costs a fixed number of round trips, whatever the number of findings', async () => {
    fake = workbook();
    const many = Array.from({ length: 5_000 }, (_, i) => finding('PL 1', `D${2 + i * 2}`, i % 3 ? 'warning' : 'error'));
    fake.resetSyncCount();
    await highlightFindings(findings);
    const few = fake.syncCount;
    fake.resetSyncCount();
    await highlightFindings(many);
    expect([few, fake.syncCount]).toEqual([4, 4]); // sheets, their formats, custom rules, remove + add
    // 3,334 scattered error cells: address lists are chunked below getRanges' length limit.
    const errors = own(fake, 'PL 1').filter((cf) => cf.formula?.includes('error'));
    expect(errors.length).toBeGreaterThan(1);
    expect(errors.flatMap((cf) => cf.ranges)).toHaveLength(1_667);
  });

  it('ExcelApi 1.6–1.8 (no RangeAreas): one format per contiguous range, still one sync to add them', async () => {
    fake = workbook('1.8');
    fake.resetSyncCount();
    await highlightFindings(findings);
    expect(own(fake, 'PL 1').map((cf) => cf.ranges)).toEqual([['F9'], ['D5:D7'], ['D8:E8'], ['C12']]);
    expect(fake.syncCount).toBe(4);
    await clearHighlights();
    expect(own(fake, 'PL 1')).toEqual([]);
  });

  it('skips a protected sheet (conditional formats cannot change there), highlights the others, and says which', async () => {
    fake = workbook();
    fake.sheet('PL 1').protected = true;
    const before = fake.sheet('PL 1').dump();
    await expect(highlightFindings(findings)).resolves.toEqual({ highlighted: 1, protectedSheets: ['PL 1'] });
    expect(fake.sheet('PL 1').dump()).toEqual(before);
    expect(own(fake, 'PL 2')).toHaveLength(1);
  });

  it('counts only the findings it could highlight (not those on a sheet deleted since the check)', async () => {
    fake = workbook();
    await expect(highlightFindings(findings)).resolves.toEqual({ highlighted: findings.length - 1, protectedSheets: [] });
  });

  it('failing halfway (a sheet deleted meanwhile): no half-replaced highlights, the user’s formats intact', async () => {
    fake = workbook();
    await highlightFindings(findings);
    const userFormats = fake.sheet('PL 1').conditionalFormatList.filter((cf) => !cf.formula?.includes('phuluc:'));
    let adds = 0;
    fake.failWhen((command) => command.member === 'ConditionalFormatCollection.add' && ++adds === 3, 'ItemNotFound');
    await expect(highlightFindings(findings)).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(own(fake, 'PL 1')).toEqual([]);
    expect(own(fake, 'PL 2')).toEqual([]);
    expect(fake.sheet('PL 1').conditionalFormatList).toEqual(userFormats);
  });

  it('leaves its earlier highlights on a sheet protected since, instead of failing', async () => {
    fake = workbook();
    await highlightFindings(findings);
    fake.sheet('PL 1').protected = true;
    const before = fake.sheet('PL 1').dump();
    await expect(highlightFindings([finding('PL 2', 'A1', 'info')])).resolves.toEqual({ highlighted: 1, protectedSheets: ['PL 1'] });
    expect(fake.sheet('PL 1').dump()).toEqual(before);
    expect(own(fake, 'PL 2').map((cf) => cf.ranges)).toEqual([['A1']]);
    await expect(clearHighlights()).resolves.toEqual({ protectedSheets: ['PL 1'] });
    expect(fake.sheet('PL 1').dump()).toEqual(before);
    expect(own(fake, 'PL 2')).toEqual([]);
  });

  it('needs ExcelApi 1.6: on Excel 2016 it throws FeatureUnavailableError without touching Excel', async () => {
    fake = workbook('1.1');
    fake.resetSyncCount();
    const error = await highlightFindings(findings).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FeatureUnavailableError);
    expect(error).toMatchObject({ feature: 'conditionalFormats', apiSet: '1.6' });
    await expect(clearHighlights()).rejects.toBeInstanceOf(FeatureUnavailableError);
    expect(fake.syncCount).toBe(0);
  });
});

describe('clearHighlights', () => {
  it('removes exactly the add-in’s conditional formats, on every sheet, in 4 round trips', async () => {
    fake = workbook();
    await highlightFindings(findings);
    fake.resetSyncCount();
    await clearHighlights();
    expect(fake.syncCount).toBe(4);
    expect(own(fake, 'PL 1')).toEqual([]);
    expect(own(fake, 'PL 2')).toEqual([]);
    expect(fake.sheet('PL 1').conditionalFormatList.map((cf) => cf.fill)).toEqual(['#F4B084', '#00B050']);
  });

  it('does nothing (2 round trips, no writes) when there is nothing of its own', async () => {
    fake = installFakeExcel();
    fake.addSheet('PL 1').addConditionalFormat({ type: 'CellValue', ranges: 'A1:A9', fill: '#00B050' });
    fake.resetSyncCount();
    await clearHighlights();
    expect(fake.syncCount).toBe(2);
    expect(fake.sheet('PL 1').conditionalFormatList).toHaveLength(1);
  });
});
