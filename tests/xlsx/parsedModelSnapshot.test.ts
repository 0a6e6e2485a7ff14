/**
 * `readWorkbookFile` builds the snapshot straight from ExcelJS's parsed model and skips its
 * Row/Cell objects (for speed). Whatever path a row takes, the snapshot must be exactly the one
 * built from a workbook ExcelJS assembled itself.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbookFile, snapshotWorkbook } from '../../src/xlsx';
import { buildUserWorkbook, tempDir } from './userWorkbook';

const dir = tempDir('phuluc-parsed-');
const SAMPLE = resolve(__dirname, '../../samples/phu-luc-mau.xlsx');

async function bothWays(path: string) {
  const fast = (await readWorkbookFile(path)).snapshot;
  const assembled = new ExcelJS.Workbook();
  await assembled.xlsx.readFile(path);
  return { fast, reference: snapshotWorkbook(assembled) };
}

/** How many rows `read` hands to ExcelJS's Worksheet assembly: none when the snapshot comes from the parsed model alone. */
async function rowsAssembled(read: () => Promise<unknown>): Promise<number> {
  const worksheet = Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet('x')) as object;
  const assemble = Object.getOwnPropertyDescriptor(worksheet, 'model')!.set!;
  let rows = 0;
  const spy = jest.spyOn(worksheet as { model: { rows?: unknown[] } }, 'model', 'set').mockImplementation(function (this: unknown, model) {
    rows += model.rows?.length ?? 0;
    assemble.call(this, model);
  });
  try {
    await read();
  } finally {
    spy.mockRestore();
  }
  return rows;
}

/** Every kind of value a cell can hold, each where a quirk of ExcelJS could show. */
function everyCellKind(date1904: boolean): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet("PL 'A' Nhiệm vụ");
  ws.getRow(2).values = ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái'];
  ws.getRow(3).values = [1, 'Rà soát thủ tục', 'Phòng Kinh tế', new Date(Date.UTC(2025, 11, 31)), 'Đang thực hiện'];
  ws.getCell('D3').numFmt = 'dd/mm/yyyy';
  ws.getCell('F3').value = { formula: 'A3*0', result: 0, date1904 };
  ws.getCell('G3').value = { formula: 'A3>5', result: false, date1904 };
  ws.getCell('H3').value = { formula: 'T("")', result: '', date1904 };
  ws.getCell('I3').value = { formula: '1/0', result: { error: '#DIV/0!' } as ExcelJS.CellErrorValue, date1904 };
  ws.getCell('J3').value = { richText: [{ text: 'Hoàn ', font: { bold: true } }, { text: 'thành' }] };
  ws.getCell('K3').value = { text: 'Cổng', hyperlink: 'https://dichvucong.gov.vn' };
  ws.getCell('L3').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  ws.getCell('M3').value = 0.85;
  ws.getCell('M3').numFmt = '0%';
  ws.getCell('N3').value = true;
  ws.getCell('O3').value = '30-\n09-\n20\n25';
  ws.getCell('P3').value = '1.440';
  ws.getRow(5).values = [2, 'Tập huấn', 'Phòng Văn hóa - Xã hội', 'Quý IV/2025', 'Chưa triển khai'];
  ws.mergeCells('C5:C6');
  ws.getRow(6).hidden = true;
  ws.getCell('B6').value = 'Dòng bị ẩn';
  ws.getCell('A9000').value = 'xa';
  wb.addWorksheet('Trống');
  return wb;
}

describe('snapshot from the parsed model equals the one from ExcelJS’s own workbook', () => {
  it.each([false, true])('for every kind of cell value (1904 date system: %s)', async (date1904) => {
    const path = join(dir, `kinds-${date1904}.xlsx`);
    await everyCellKind(date1904).xlsx.writeFile(path);
    const { fast, reference } = await bothWays(path);
    expect(fast.sheets[0].rows[2].length).toBeGreaterThan(10);
    expect(fast).toEqual(reference);
    expect(await rowsAssembled(() => readWorkbookFile(path))).toBe(0);
  });

  it('for a workbook with shared formulas, styles, merges and hidden sheets', async () => {
    const path = join(dir, 'user.xlsx');
    await buildUserWorkbook().xlsx.writeFile(path);
    const { fast, reference } = await bothWays(path);
    expect(fast).toEqual(reference);
    // Shared formulas are settled by ExcelJS's own assembly.
    expect(await rowsAssembled(() => readWorkbookFile(path))).toBeGreaterThan(0);
  });

  (existsSync(SAMPLE) ? it : it.skip)('for the bundled sample', async () => {
    const { fast, reference } = await bothWays(SAMPLE);
    expect(fast.sheets.length).toBeGreaterThan(3);
    expect(fast).toEqual(reference);
    expect(await rowsAssembled(() => readWorkbookFile(SAMPLE))).toBe(0);
  });

  it('still hands summarize the whole workbook, assembled on demand', async () => {
    const path = join(dir, 'user-again.xlsx');
    await buildUserWorkbook().xlsx.writeFile(path);
    const result = await readWorkbookFile(path);
    expect(result.workbook.worksheets.map((ws) => ws.name)).toEqual(result.snapshot.sheets.map((s) => s.name));
    expect(result.workbook.worksheets[0].getCell('H5').formula).toBe('A5+E5');
    // Assembled once: an edit made through it is still there when summarize asks again.
    const edited = result.workbook;
    edited.worksheets[0].getCell('Z1').value = 'sửa';
    expect(result.workbook).toBe(edited);
    expect(result.workbook.worksheets[0].getCell('Z1').value).toBe('sửa');
  });
});
