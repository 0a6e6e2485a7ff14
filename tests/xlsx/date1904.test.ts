/**
 * A file in the 1904 date system through the command line's path (issue 11): the reader keeps the
 * serials as stored and says which system they are in; the engine reads the dates the user sees.
 */
import ExcelJS from 'exceljs';
import { analyze } from '../../src/engine';
import { readWorkbookBytes } from '../../src/xlsx';

async function taskFile(date1904: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet('PL 1');
  ws.addRow(['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái']);
  ws.addRow(['Số hóa hồ sơ', 'Văn phòng', new Date(Date.UTC(2025, 5, 30)), 'Đang thực hiện']);
  ws.addRow(['Cập nhật CSDL', 'Văn phòng', new Date(Date.UTC(2025, 11, 31)), 'Đang thực hiện']);
  ws.getColumn(3).numFmt = 'dd/mm/yyyy';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe.each([true, false])('a file with date1904 = %s', (date1904) => {
  it('is read with the dates it shows', async () => {
    const snapshot = readWorkbookBytes(await taskFile(date1904), 'pl.xlsx');
    expect(snapshot.date1904).toBe(date1904 ? true : undefined);
    const analysis = analyze(snapshot, { asOf: '2025-12-11', dueSoonDays: 0 });
    expect(analysis.tasks.map((t) => t.deadline)).toEqual(['2025-06-30', '2025-12-31']);
  });
});
