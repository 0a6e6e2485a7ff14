import type { SheetPlan, WritePlan } from '../../src/engine';
import { OWN_TITLES } from '../../src/engine/sheets/ownSheets';
import { applyWritePlan, SheetNameTakenError } from '../../src/excel';
import { installFakeExcel, type InstalledFakeExcel } from '../fake-excel';

let fake: InstalledFakeExcel;
afterEach(() => fake.uninstall());

/** The user's own appendix, with their own formatting, which no write may touch. */
function userWorkbook(excelApi?: string): InstalledFakeExcel {
  const f = installFakeExcel({ excelApi });
  f.addSheet('PL 1')
    .type('A1', 'Tên nhiệm vụ')
    .type('B1', 'Thời hạn')
    .type('A2', 'Số hóa hồ sơ')
    .setCell('B2', { value: 45_657, numberFormat: 'dd/mm/yyyy' })
    .setFormat('A1:B1', { bold: true, fill: '#FFFF00' })
    .mergeCells('C1:D1')
    .addConditionalFormat({ type: 'CellValue', ranges: 'B2:B20', fill: '#00FF00' });
  return f;
}

/** The product recognises its own sheets by this title in A1: only those are ever replaced. */
const TITLE = OWN_TITLES.summary.vi;

const summary: SheetPlan = {
  name: 'Tổng hợp',
  values: [
    [TITLE, null, null, null],
    ['Mã', 'Giá trị gốc', 'Số', 'Liên kết'],
    ['0123', '#REF!', 1440, `=HYPERLINK("#'PL 1'!D7","D7")`],
    ['-abc', '31/12/2025', 0.85, '=SUM(C3:C4)'],
    ['TRUE', "'quoted", null, 'bình thường'],
  ],
  columnWidths: [30, 12, 8.43],
  merges: ['A1:D1'],
  // Out of order on purpose; rows 3 and 4 (0-based 2, 3) share a height.
  rowHeights: [{ row: 3, height: 45 }, { row: 1, height: 30 }, { row: 2, height: 45 }],
  formats: [
    { range: 'A1:D1', bold: true, fontSize: 14, hAlign: 'center', vAlign: 'middle' },
    { range: 'A2:D5', border: true, wrap: true },
    { range: 'C3:C4', numberFormat: '#,##0', italic: true, fontColor: '#C00000', fill: '#FFF2CC' },
    { range: 'A2:D2', fill: '#D9E1F2', hAlign: 'left', vAlign: 'top' },
    { range: 'A5', hAlign: 'right', vAlign: 'bottom' },
  ],
  freezeRows: 2,
  validations: [{ range: 'B3:B5', values: ['Đạt', 'Không đạt'] }],
  position: 'start',
};

const noTemporarySheets = (f: InstalledFakeExcel) => f.sheetNames.filter((name) => name.startsWith('~phuluc'));

describe('applyWritePlan', () => {
  it('writes values and formulas in one block, keeping text that Excel would reinterpret as text', async () => {
    fake = userWorkbook();
    await applyWritePlan({ sheets: [summary] });
    const sheet = fake.sheet('Tổng hợp');
    expect(sheet.values('A1:D5')).toEqual([
      [TITLE, '', '', ''],
      ['Mã', 'Giá trị gốc', 'Số', 'Liên kết'],
      ['0123', '#REF!', 1440, 'D7'],
      ['-abc', '31/12/2025', 0.85, ''],
      ['TRUE', "'quoted", '', 'bình thường'],
    ]);
    expect(sheet.cell('A3')).toMatchObject({ value: '0123', error: false, formula: undefined });
    expect(sheet.cell('B3')).toMatchObject({ value: '#REF!', error: false });
    expect(sheet.cell('A4')).toMatchObject({ value: '-abc', error: false, formula: undefined });
    expect(sheet.cell('B4')).toMatchObject({ value: '31/12/2025', numberFormat: 'General' });
    expect(sheet.cell('D3').formula).toBe(`=HYPERLINK("#'PL 1'!D7","D7")`);
    expect(sheet.cell('D4').formula).toBe('=SUM(C3:C4)');
    // Plain words are not quote-prefixed: the user can type over them normally.
    expect(sheet.cell('D5').quotePrefix).toBe(false);
    expect(sheet.cell('A2').quotePrefix).toBe(false);
  });

  it('applies formats to whole ranges: fonts, fills, alignment, wrap, number format, thin borders inside and out', async () => {
    fake = userWorkbook();
    await applyWritePlan({ sheets: [summary] });
    const sheet = fake.sheet('Tổng hợp');
    expect(sheet.cell('A1').format).toMatchObject({ bold: true, fontSize: 14, hAlign: 'Center', vAlign: 'Center' });
    expect(sheet.cell('B2').format).toMatchObject({ fill: '#D9E1F2', hAlign: 'Left', vAlign: 'Top', wrap: true });
    expect(sheet.cell('A5').format).toMatchObject({ hAlign: 'Right', vAlign: 'Bottom' });
    expect(sheet.cell('C3')).toMatchObject({ numberFormat: '#,##0', text: '1,440' });
    expect(sheet.cell('C4').format).toMatchObject({ italic: true, fontColor: '#C00000', fill: '#FFF2CC' });
    const thin = { style: 'Continuous', weight: 'Thin' };
    for (const address of ['A2', 'B3', 'D5', 'C4', 'A5', 'D2']) {
      expect({ address, borders: sheet.cell(address).format.borders }).toEqual({
        address,
        borders: { top: thin, bottom: thin, left: thin, right: thin },
      });
    }
    expect(sheet.cell('A1').format.borders).toBeUndefined();
  });

  it('sets column widths (characters → points), merges, frozen rows, drop-down lists and position', async () => {
    fake = userWorkbook();
    await applyWritePlan({ sheets: [summary] });
    const sheet = fake.sheet('Tổng hợp');
    // ECMA-376: width in px = chars × 7 + 5 (Calibri 11); 0.75 pt per px. 8.43 chars = 48 pt.
    expect([sheet.columnWidth('A'), sheet.columnWidth('B'), sheet.columnWidth('C')]).toEqual([161.25, 66.75, 48]);
    expect(sheet.mergedAddresses).toEqual(['A1:D1']);
    expect(sheet.frozenRows).toBe(2);
    expect(sheet.validations).toEqual([
      { range: { top: 2, left: 1, bottom: 4, right: 1 }, rule: { list: { inCellDropDown: true, source: 'Đạt,Không đạt' } } },
    ]);
    expect(fake.sheetNames).toEqual(['Tổng hợp', 'PL 1']);
    expect(fake.activeSheetName).toBe('PL 1');
  });

  it('sets the planned row heights, neighbours of equal height in one command, and leaves other rows alone', async () => {
    fake = userWorkbook();
    let commands = 0;
    fake.failWhen((command) => {
      if (command.member === 'RangeFormat.rowHeight') commands++;
      return false;
    });
    fake.resetSyncCount();
    await applyWritePlan({ sheets: [summary] });
    const sheet = fake.sheet('Tổng hợp');
    expect([1, 2, 3, 4, 5].map((row) => sheet.rowHeight(row))).toEqual([15, 30, 45, 45, 15]);
    expect(commands).toBe(2);
    expect(fake.syncCount).toBe(3);
  });

  it('costs 3 round trips: list sheets, write, swap, and resolves to the plan it wrote', async () => {
    fake = userWorkbook();
    fake.resetSyncCount();
    const plan = { sheets: [summary] };
    await expect(applyWritePlan(plan)).resolves.toBe(plan);
    expect(fake.syncCount).toBe(3);
  });

  it('writes nothing for an empty plan, and resolves to it', async () => {
    fake = userWorkbook();
    fake.resetSyncCount();
    const empty = { sheets: [] };
    await expect(applyWritePlan(empty)).resolves.toBe(empty);
    expect(fake.syncCount).toBe(0);
    const madeEmpty = { sheets: [] };
    await expect(applyWritePlan(() => madeEmpty)).resolves.toBe(madeEmpty);
    expect(fake.syncCount).toBe(1);
    expect(fake.sheetNames).toEqual(['PL 1']);
  });

  it('replaces the same-named sheet on re-apply, never stacking, and leaves the user’s sheets alone', async () => {
    fake = userWorkbook();
    fake.addSheet('Ghi chú').type('A1', 'của người dùng');
    const userSheets = ['PL 1', 'Ghi chú'].map((name) => fake.sheet(name).dump());
    await applyWritePlan({ sheets: [summary] });
    const second: SheetPlan = { ...summary, values: [[TITLE], ['Lần 2']], merges: [], formats: [], validations: [], freezeRows: 0 };
    await applyWritePlan({ sheets: [second] });

    expect(fake.sheetNames).toEqual(['Tổng hợp', 'PL 1', 'Ghi chú']);
    const sheet = fake.sheet('Tổng hợp');
    expect(sheet.usedAddress).toBe('A1:A2');
    expect(sheet.cell('A2').value).toBe('Lần 2');
    expect(sheet.mergedAddresses).toEqual([]);
    expect(sheet.validations).toEqual([]);
    expect(sheet.frozenRows).toBe(0);
    expect(['PL 1', 'Ghi chú'].map((name) => fake.sheet(name).dump())).toEqual(userSheets);
    expect(noTemporarySheets(fake)).toEqual([]);
  });

  it('matches the old sheet whatever its case, and shows the new sheet if the old one was active', async () => {
    fake = userWorkbook();
    fake.addSheet('TỔNG HỢP').type('A1', OWN_TITLES.summary.en);
    fake.activate('TỔNG HỢP');
    await applyWritePlan({ sheets: [{ ...summary, position: 'end' }] });
    expect(fake.sheetNames).toEqual(['PL 1', 'Tổng hợp']);
    expect(fake.activeSheetName).toBe('Tổng hợp');
  });

  it('writes several sheets in the same round trips, "start" sheets first in plan order', async () => {
    fake = userWorkbook();
    const issues: SheetPlan = { ...summary, name: 'Danh sách lỗi', position: 'start' };
    const appendix: SheetPlan = { ...summary, name: 'Phụ lục mẫu', position: 'end' };
    fake.resetSyncCount();
    await applyWritePlan({ sheets: [summary, issues, appendix] });
    expect(fake.sheetNames).toEqual(['Tổng hợp', 'Danh sách lỗi', 'PL 1', 'Phụ lục mẫu']);
    expect(fake.syncCount).toBe(3);
  });

  it('removes the leftovers of an interrupted earlier run', async () => {
    fake = userWorkbook();
    fake.addSheet('~phuluc-tmp-1').type('A1', 'nửa chừng');
    await applyWritePlan({ sheets: [summary] });
    expect(fake.sheetNames).toEqual(['Tổng hợp', 'PL 1']);
  });

  it('never replaces a user’s sheet of the same name (made since the check): refused, nothing written', async () => {
    fake = userWorkbook();
    fake.addSheet('Tổng hợp').type('A1', 'Tổng hợp của phòng').type('B2', 1_440);
    const names = fake.sheetNames;
    const before = fake.sheet('Tổng hợp').dump();
    fake.resetSyncCount();
    const refused = applyWritePlan({ sheets: [summary] });
    await expect(refused).rejects.toBeInstanceOf(SheetNameTakenError);
    await expect(refused).rejects.toMatchObject({ sheet: 'Tổng hợp' });
    expect(fake.sheetNames).toEqual(names);
    expect(fake.sheet('Tổng hợp').dump()).toEqual(before);
  });

  it('follows the engine’s replace rule: a user’s sheet named like its own in another case is refused, its own replaced', async () => {
    fake = userWorkbook();
    fake.addSheet('tổng hợp').type('A1', 'Tổng hợp của phòng');
    const before = fake.sheet('tổng hợp').dump();
    await expect(applyWritePlan({ sheets: [summary] })).rejects.toMatchObject({ sheet: 'tổng hợp' });
    expect(fake.sheet('tổng hợp').dump()).toEqual(before);

    fake.uninstall();
    fake = userWorkbook();
    fake.addSheet('TỔNG HỢP').type('A1', TITLE);
    await applyWritePlan({ sheets: [summary] });
    expect(fake.sheetNames).toEqual(['Tổng hợp', 'PL 1']);
    expect(fake.sheet('Tổng hợp').cell('A3').value).toBe('0123');
  });

  it('plans from the sheet names of the moment, in the same 3 round trips', async () => {
    fake = userWorkbook();
    fake.addSheet('Mẫu nhiệm vụ').type('A2', 'đã điền');
    fake.resetSyncCount();
    const seen: string[][] = [];
    const made: WritePlan[] = [];
    const applied = await applyWritePlan((names) => {
      seen.push(names);
      made.push({ sheets: [{ ...summary, name: names.includes('Mẫu nhiệm vụ') ? 'Mẫu nhiệm vụ (2)' : 'Mẫu nhiệm vụ' }] });
      return made[0];
    });
    expect(seen).toEqual([['PL 1', 'Mẫu nhiệm vụ']]);
    // Only applyWritePlan knows the plan it made from the names: it hands back that one.
    expect(made).toHaveLength(1);
    expect(applied).toBe(made[0]);
    expect(fake.sheetNames).toEqual(['Mẫu nhiệm vụ (2)', 'PL 1', 'Mẫu nhiệm vụ']);
    expect(fake.sheet('Mẫu nhiệm vụ').cell('A2').value).toBe('đã điền');
    expect(fake.syncCount).toBe(3);
  });

  it('rejects an invalid plan before touching the workbook', async () => {
    fake = userWorkbook();
    fake.resetSyncCount();
    await expect(applyWritePlan({ sheets: [{ ...summary, name: 'Tổng: hợp' }] })).rejects.toThrow(/sheet name/);
    await expect(applyWritePlan({ sheets: [summary, { ...summary, name: 'TỔNG HỢP' }] })).rejects.toThrow(/twice/);
    await expect(applyWritePlan({ sheets: [{ ...summary, formats: [{ range: 'A1:', bold: true }] }] })).rejects.toThrow(/invalid range/);
    for (const rowHeights of [[{ row: 1, height: 410 }], [{ row: 1, height: 0 }], [{ row: -1, height: 30 }], [{ row: 1.5, height: 30 }]]) {
      await expect(applyWritePlan({ sheets: [{ ...summary, rowHeights }] })).rejects.toThrow(/invalid height/);
    }
    expect(fake.syncCount).toBe(0);
    expect(fake.sheetNames).toEqual(['PL 1']);
  });
});

describe('applyWritePlan never leaves a half-written workbook', () => {
  async function withOldSummary(): Promise<{ before: unknown; names: string[] }> {
    fake = userWorkbook();
    await applyWritePlan({ sheets: [{ ...summary, values: [[TITLE], ['bản cũ']] }] });
    return { before: fake.sheet('Tổng hợp').dump(), names: fake.sheetNames };
  }

  it('failing while writing: no temporary sheet, the old sheet intact', async () => {
    const { before, names } = await withOldSummary();
    fake.failWhen((command) => command.member === 'Range.merge');
    await expect(applyWritePlan({ sheets: [summary] })).rejects.toMatchObject({ code: 'GeneralException' });
    expect(fake.sheetNames).toEqual(names);
    expect(fake.sheet('Tổng hợp').dump()).toEqual(before);
  });

  it('failing while swapping (new sheet half renamed): rolled back, the old sheet intact', async () => {
    const { before, names } = await withOldSummary();
    let renames = 0;
    fake.failWhen((command) => command.member === 'Worksheet.name' && ++renames === 2);
    await expect(applyWritePlan({ sheets: [summary] })).rejects.toMatchObject({ code: 'GeneralException' });
    expect(fake.sheetNames).toEqual(names);
    expect(fake.sheet('Tổng hợp').dump()).toEqual(before);
  });

  it('failing while deleting the old sheet: rolled forward, the new sheet in place, no copy left', async () => {
    await withOldSummary();
    fake.failWhen((command) => command.member === 'Worksheet.delete');
    await expect(applyWritePlan({ sheets: [summary] })).rejects.toMatchObject({ code: 'GeneralException' });
    expect(fake.sheetNames).toEqual(['Tổng hợp', 'PL 1']);
    expect(fake.sheet('Tổng hợp').cell('A3').value).toBe('0123');
  });

  it('a cell being edited: the error comes through, nothing is left behind', async () => {
    const { before, names } = await withOldSummary();
    fake.failWhen((command) => command.member === 'WorksheetCollection.add', 'InvalidOperationInCellEditMode');
    await expect(applyWritePlan({ sheets: [summary] })).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
    expect(fake.sheetNames).toEqual(names);
    expect(fake.sheet('Tổng hợp').dump()).toEqual(before);
  });
});

describe('applyWritePlan on older Excel', () => {
  it('Excel 2016 (ExcelApi 1.1): values and formats written; no merges, widths, heights, frozen rows or lists', async () => {
    fake = userWorkbook('1.1');
    fake.resetSyncCount();
    await applyWritePlan({ sheets: [summary] });
    const sheet = fake.sheet('Tổng hợp');
    expect(sheet.cell('A3').value).toBe('0123');
    expect(sheet.cell('A1').format.bold).toBe(true);
    expect(sheet.cell('B3').format.borders?.top).toEqual({ style: 'Continuous', weight: 'Thin' });
    expect(sheet.mergedAddresses).toEqual([]);
    expect(sheet.columnWidth('A')).toBe(48);
    expect([2, 3, 4].map((row) => sheet.rowHeight(row))).toEqual([15, 15, 15]);
    expect(sheet.frozenRows).toBe(0);
    expect(sheet.validations).toEqual([]);
    expect(fake.sheetNames).toEqual(['Tổng hợp', 'PL 1']);
    expect(fake.syncCount).toBe(3);
  });

  it('ExcelApi 1.7: frozen rows but no drop-down lists (1.8)', async () => {
    fake = userWorkbook('1.7');
    await applyWritePlan({ sheets: [summary] });
    expect(fake.sheet('Tổng hợp').frozenRows).toBe(2);
    expect(fake.sheet('Tổng hợp').validations).toEqual([]);
    expect(fake.sheet('Tổng hợp').mergedAddresses).toEqual(['A1:D1']);
  });
});

describe('applyWritePlan with a plan larger than one request', () => {
  it('splits the block write to stay under 5 MB instead of failing', async () => {
    fake = userWorkbook();
    const rows = 30_000;
    const issues: SheetPlan = {
      name: 'Danh sách lỗi',
      values: [
        ['Trang', 'Ô', 'Mô tả'],
        ...Array.from({ length: rows }, (_, i) => [
          'PL 1',
          `=HYPERLINK("#'PL 1'!D${i + 3}","D${i + 3}")`,
          `Thời hạn "${i}/13/2025" không phải là ngày hợp lệ; hãy ghi theo dạng ngày/tháng/năm, ví dụ 31/12/2025.`,
        ]),
      ],
      columnWidths: [12, 8, 80],
      merges: [],
      formats: [{ range: `A1:C${rows + 1}`, border: true, wrap: true }],
    };
    fake.resetSyncCount();
    await applyWritePlan({ sheets: [issues] });
    const sheet = fake.sheet('Danh sách lỗi');
    expect(sheet.cell(`C${rows + 1}`).value).toMatch(/^Thời hạn "29999\/13\/2025"/);
    expect(sheet.cell(`B${rows + 1}`).value).toBe(`D${rows + 2}`);
    expect(fake.syncCount).toBeGreaterThan(3);
  }, 60_000);
});
