import ExcelJS from 'exceljs';
import { isoToSerial } from '../src/engine/values/calendar';
import type { CellSnapshot, WorkbookSnapshot } from '../src/engine/workbook/snapshot';

const UNITS = ['Phòng Văn hóa - Xã hội', 'Phòng Kinh tế', 'Trung tâm Phục vụ hành chính công', 'Văn phòng HĐND và UBND', 'Công an đặc khu', 'UBND đặc khu Cát Hải'];
const STATUSES = ['Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', 'Đang thực \nhiện', 'Hoàn thành đúng hạn'];
const TEXT_DEADLINES = ['31/12/2025', 'tháng 12/2025', 'Quý IV/2025', '2026-06-30', 'Hằng năm', 'Thường xuyên', '30-\n09-\n20\n25'];
export const HEADER = ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái', 'Kết quả thực hiện', 'Ngày hoàn thành thực tế'];

/** One realistic task row: dates as date cells or in their written forms, statuses as staff write them. */
function taskRow(i: number): (string | number | { date: number } | null)[] {
  const deadline = i % 3 === 0 ? { date: isoToSerial(`2025-${String((i % 12) + 1).padStart(2, '0')}-28`) } : TEXT_DEADLINES[i % TEXT_DEADLINES.length];
  const status = STATUSES[i % STATUSES.length];
  const done = status.includes('oàn thành');
  return [
    i + 1,
    `Nhiệm vụ số ${i + 1}: đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính lĩnh vực ${i % 97}`,
    UNITS[i % UNITS.length],
    deadline,
    status,
    i % 4 === 0 ? 'Đã triển khai theo kế hoạch, kết quả đạt 99,09% hồ sơ trực tuyến.' : null,
    done && i % 2 === 0 ? { date: isoToSerial('2025-11-15') } : null,
  ];
}

export function taskSnapshot(rows: number): WorkbookSnapshot {
  const grid: (CellSnapshot | null)[][] = [HEADER.map((h) => ({ v: h }))];
  for (let i = 0; i < rows; i++) {
    grid.push(taskRow(i).map((v) => (v === null ? null : typeof v === 'object' ? { v: v.date, fmt: 'dd/mm/yyyy' } : { v })));
  }
  return { sheets: [{ name: 'Nhiệm vụ', rows: grid, merges: [] }] };
}

/** Writes the same rows as an .xlsx file, with ExcelJS's streaming writer to keep the bench quick. */
export async function writeTaskWorkbook(path: string, rows: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true });
  const ws = wb.addWorksheet('Nhiệm vụ');
  ws.addRow(HEADER).commit();
  for (let i = 0; i < rows; i++) {
    const values = taskRow(i).map((v) => (v !== null && typeof v === 'object' ? serialToDate(v.date) : v));
    const row = ws.addRow(values);
    for (const col of [4, 7]) if (row.getCell(col).value instanceof Date) row.getCell(col).numFmt = 'dd/mm/yyyy';
    row.commit();
  }
  await wb.commit();
}

function serialToDate(serial: number): Date {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
}
