/** Workbooks the CLI tests run the real command on, written with ExcelJS into a temp folder. */
import ExcelJS from 'exceljs';

export const TASK_HEADERS = ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái'];
export const INDICATOR_HEADERS = ['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Kết quả thực hiện', 'Cơ quan chủ trì'];

type Row = (string | number | Date | ExcelJS.CellValue | null)[];

/** A task sheet: title on row 1, headers on row 3, data from row 4 (so findings point at D4, E5 …). */
export function addTaskSheet(wb: ExcelJS.Workbook, name: string, rows: Row[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.getCell('A1').value = 'PHỤ LỤC: DANH MỤC NHIỆM VỤ';
  ws.mergeCells('A1:E1');
  ws.getRow(3).values = TASK_HEADERS;
  rows.forEach((row, i) => {
    const r = ws.getRow(4 + i);
    row.forEach((v, c) => {
      if (v !== null) r.getCell(c + 1).value = v as ExcelJS.CellValue;
    });
  });
  return ws;
}

export function addIndicatorSheet(wb: ExcelJS.Workbook, name: string, rows: Row[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.getCell('A1').value = 'PHỤ LỤC: CHỈ TIÊU';
  ws.getRow(3).values = INDICATOR_HEADERS;
  rows.forEach((row, i) => {
    const r = ws.getRow(4 + i);
    row.forEach((v, c) => {
      if (v !== null) r.getCell(c + 1).value = v as ExcelJS.CellValue;
    });
  });
  return ws;
}

/** Valid tasks as of 2025-12-11: one done on time, one in progress, one overdue (a warning, not an error). */
export const CLEAN_TASKS: Row[] = [
  [1, 'Xây dựng kế hoạch chuyển đổi số năm 2025', 'Phòng Văn hóa - Xã hội', '30/06/2025', 'Đã hoàn thành'],
  [2, 'Triển khai dịch vụ công trực tuyến toàn trình', 'Trung tâm Phục vụ hành chính công', '31/12/2025', 'Đang thực hiện'],
  [3, 'Rà soát hạ tầng mạng nội bộ', 'Phòng Kinh tế', '30/09/2025', 'Chưa triển khai'],
];

export const CLEAN_INDICATORS: Row[] = [
  [1, 'Tỷ lệ hồ sơ giải quyết trực tuyến', '%', '≥ 95%', 97, 'Trung tâm Phục vụ hành chính công'],
  [2, 'Tỷ lệ cán bộ được tập huấn kỹ năng số', '%', '80%', 60, 'Phòng Văn hóa - Xã hội'],
];

export async function writeWorkbook(path: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  await wb.xlsx.writeFile(path);
  return path;
}
