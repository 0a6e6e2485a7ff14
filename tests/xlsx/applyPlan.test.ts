import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { SheetPlan } from '../../src/engine';
import { applyWritePlan } from '../../src/xlsx';
import { readBack, tempDir } from './userWorkbook';

const dir = tempDir('phuluc-plan-');

function plan(over: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name: 'Tổng hợp',
    values: [
      ['TỔNG HỢP', null, null],
      ['Nhiệm vụ', 'Số lượng', 'Ô'],
      ['Hoàn thành', 6, '=HYPERLINK("#\'Bảng \'\'A\'\' – Nhiệm vụ\'!D7","D7")'],
      ['=', '=SUM(B3:B3)', ''],
    ],
    columnWidths: [30, 12, 8],
    merges: ['A1:C1'],
    formats: [],
    ...over,
  };
}

function names(wb: ExcelJS.Workbook): string[] {
  return wb.worksheets.map((ws) => ws.name);
}

async function roundTrip(wb: ExcelJS.Workbook, name = 'out.xlsx'): Promise<ExcelJS.Workbook> {
  const p = join(dir, name);
  await wb.xlsx.writeFile(p);
  return readBack(p);
}

describe('applyWritePlan', () => {
  it('adds a new sheet at the end by default and at the start on request', () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('PL1');
    wb.addWorksheet('PL2');
    applyWritePlan(wb, { sheets: [plan({ name: 'Kiểm tra' }), plan({ name: 'Tổng hợp', position: 'start' })] });
    expect(names(wb)).toEqual(['Tổng hợp', 'PL1', 'PL2', 'Kiểm tra']);
  });

  it('replaces a same-named sheet in place instead of stacking a second one', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('PL1').getCell('A1').value = 'giữ nguyên';
    const old = wb.addWorksheet('Tổng hợp');
    old.getCell('Z99').value = 'bản cũ';
    old.mergeCells('D5:E6');
    wb.addWorksheet('PL2');
    applyWritePlan(wb, { sheets: [plan()] });
    applyWritePlan(wb, { sheets: [plan({ position: 'start' })] });
    expect(names(wb)).toEqual(['PL1', 'Tổng hợp', 'PL2']);
    const back = await roundTrip(wb, 'replace.xlsx');
    expect(names(back)).toEqual(['PL1', 'Tổng hợp', 'PL2']);
    const ws = back.getWorksheet('Tổng hợp')!;
    expect(ws.getCell('Z99').value).toBeNull();
    expect(ws.getCell('A1').value).toBe('TỔNG HỢP');
    expect(back.getWorksheet('PL1')!.getCell('A1').value).toBe('giữ nguyên');
  });

  it('matches the sheet name case-insensitively, as Excel does', () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('TỔNG HỢP');
    wb.addWorksheet('PL1');
    applyWritePlan(wb, { sheets: [plan()] });
    expect(names(wb)).toEqual(['Tổng hợp', 'PL1']);
  });

  it('writes values, and strings starting with "=" as formulas', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Bảng 'A' – Nhiệm vụ");
    applyWritePlan(wb, { sheets: [plan()] });
    const ws = (await roundTrip(wb, 'values.xlsx')).getWorksheet('Tổng hợp')!;
    expect(ws.getCell('B3').value).toBe(6);
    expect(ws.getCell('C3').formula).toBe('HYPERLINK("#\'Bảng \'\'A\'\' – Nhiệm vụ\'!D7","D7")');
    expect(ws.getCell('B4').formula).toBe('SUM(B3:B3)');
    expect(ws.getCell('A4').value).toBe('='); // a lone "=" is text
    expect(ws.getCell('C4').value).toBeNull(); // "" and null leave the cell empty
  });

  it('applies formats per range, merging overlapping ones', async () => {
    const wb = new ExcelJS.Workbook();
    applyWritePlan(wb, {
      sheets: [
        plan({
          formats: [
            { range: 'A2:C2', bold: true, fill: '#1F4E79', fontColor: '#FFFFFF', border: true, hAlign: 'center', vAlign: 'middle', wrap: true },
            { range: 'A2:A3', italic: true, fontSize: 13 },
            { range: 'B3:B4', numberFormat: '0.0%' },
          ],
        }),
      ],
    });
    const ws = (await roundTrip(wb, 'formats.xlsx')).getWorksheet('Tổng hợp')!;
    const a2 = ws.getCell('A2');
    expect(a2.font).toMatchObject({ bold: true, italic: true, size: 13, color: { argb: 'FFFFFFFF' } });
    expect(a2.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } });
    expect(a2.border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
    expect(a2.alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(ws.getCell('C2').font).toMatchObject({ bold: true });
    expect(ws.getCell('C2').font?.italic).toBeFalsy();
    expect(ws.getCell('A3').font).toMatchObject({ italic: true, size: 13 });
    expect(ws.getCell('A3').font?.bold).toBeFalsy();
    expect(ws.getCell('B3').numFmt).toBe('0.0%');
    expect(ws.getCell('B4').numFmt).toBe('0.0%');
  });

  it('merges ranges, sets column widths and freezes the header rows', async () => {
    const wb = new ExcelJS.Workbook();
    applyWritePlan(wb, { sheets: [plan({ merges: ['A1:C1', 'A5:B6'], freezeRows: 2 })] });
    const ws = (await roundTrip(wb, 'layout.xlsx')).getWorksheet('Tổng hợp')!;
    expect(Object.keys((ws as unknown as { _merges: object })._merges).sort()).toEqual(['A1', 'A5']);
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(2).width).toBe(12);
    expect(ws.getColumn(3).width).toBe(8);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, topLeftCell: 'A3' });
  });

  it('sets the planned row heights and leaves the other rows to Excel', async () => {
    const wb = new ExcelJS.Workbook();
    applyWritePlan(wb, { sheets: [plan({ rowHeights: [{ row: 0, height: 45 }, { row: 2, height: 409 }] })] });
    const ws = (await roundTrip(wb, 'heights.xlsx')).getWorksheet('Tổng hợp')!;
    expect([1, 2, 3, 4].map((r) => ws.getRow(r).height)).toEqual([45, undefined, 409, undefined]);
  });

  it('adds list validations: inline, or from a hidden column when values contain commas', async () => {
    const wb = new ExcelJS.Workbook();
    const statuses = ['Đã hoàn thành', 'Đang thực hiện', 'Chưa triển khai'];
    applyWritePlan(wb, {
      sheets: [
        plan({
          validations: [
            { range: 'E5:E9', values: statuses },
            { range: 'F5:F6', values: ['Có, đạt', 'Không'] },
          ],
        }),
      ],
    });
    const ws = (await roundTrip(wb, 'validations.xlsx')).getWorksheet('Tổng hợp')!;
    const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    expect(model.E5).toMatchObject({ type: 'list', formulae: ['"Đã hoàn thành,Đang thực hiện,Chưa triển khai"'] });
    expect(model.E9).toMatchObject({ type: 'list' });
    expect(model.E10).toBeUndefined();
    const f = model.F5;
    expect(f.type).toBe('list');
    const m = /^\$([A-Z]+)\$1:\$\1\$2$/.exec(String(f.formulae[0]));
    expect(m).not.toBeNull();
    const col = ws.getColumn(m![1]);
    expect(col.hidden).toBe(true);
    expect(ws.getCell(`${m![1]}1`).value).toBe('Có, đạt');
    expect(ws.getCell(`${m![1]}2`).value).toBe('Không');
  });

  it('keeps the workbook opening on the sheet that was active', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('PL1');
    wb.addWorksheet('PL2');
    wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
    applyWritePlan(wb, { sheets: [plan({ position: 'start' })] });
    expect(names(wb)[wb.views[0].activeTab ?? -1]).toBe('PL2');
  });
});

describe('applyWritePlan and Excel limits', () => {
  it.each([
    ['a sheet name Excel refuses', plan({ name: 'Kiểm/tra' }), /sheet name "Kiểm\/tra" must not contain/],
    ['the same sheet twice', plan({ name: 'TỔNG HỢP' }), /sheet "TỔNG HỢP" is planned twice/],
    ['a bad range', plan({ name: 'Kiểm tra', merges: ['A1:'] }), /invalid range "A1:" on sheet "Kiểm tra"/],
    ['a bad row height', plan({ name: 'Kiểm tra', rowHeights: [{ row: 0, height: 0 }] }), /invalid height 0 for row 0/],
  ])('refuses a plan with %s before writing anything, even its good sheets', (_, bad, message) => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('PL1').getCell('A1').value = 'giữ nguyên';
    wb.addWorksheet('Tổng hợp').getCell('Z99').value = 'bản cũ';
    expect(() => applyWritePlan(wb, { sheets: [plan(), bad] })).toThrow(message);
    expect(names(wb)).toEqual(['PL1', 'Tổng hợp']);
    expect(wb.getWorksheet('Tổng hợp')!.getCell('Z99').value).toBe('bản cũ');
    expect(wb.getWorksheet('Tổng hợp')!.getCell('A1').value).toBeNull();
    expect(wb.getWorksheet('PL1')!.getCell('A1').value).toBe('giữ nguyên');
  });

  it('cuts text longer than Excel’s 32,767-character cell limit', () => {
    const wb = new ExcelJS.Workbook();
    applyWritePlan(wb, { sheets: [plan({ values: [['x'.repeat(40_000), 'ngắn']], merges: [] })] });
    const v = wb.getWorksheet('Tổng hợp')!.getCell('A1').value as string;
    expect(v.length).toBe(32_767);
    expect(v.endsWith('…')).toBe(true);
    expect(wb.getWorksheet('Tổng hợp')!.getCell('B1').value).toBe('ngắn');
  });
});
