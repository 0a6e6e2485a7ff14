/**
 * A user's workbook with everything the product must leave alone — formulas (plain, shared,
 * cross-sheet), merges, number formats, styles, widths, a hidden row, rich text, a hyperlink,
 * an error value, a data validation, a frozen pane — and a fingerprint to compare two of them.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

export const QUOTED_SHEET = "Bảng 'A' – Nhiệm vụ";

export function tempDir(prefix = 'phuluc-xlsx-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function buildUserWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(QUOTED_SHEET, { properties: { tabColor: { argb: 'FF00B050' } } });
  ws.getCell('A1').value = 'KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025';
  ws.getCell('A1').font = { bold: true, size: 14, color: { argb: 'FFC00000' } };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.mergeCells('A1:F1');
  ws.getRow(3).values = ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Tỷ lệ', 'Mã'];
  ws.getRow(3).height = 30;
  ws.getRow(3).eachCell((c) => {
    c.font = { bold: true };
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    c.alignment = { wrapText: true, vertical: 'middle' };
  });
  const data: [number, string, string | null, Date, number, string][] = [
    [1, 'Xây dựng kế hoạch', 'Phòng Văn hóa - Xã hội', new Date(Date.UTC(2025, 11, 31)), 0.85, '00123'],
    [2, 'Triển khai dịch vụ công', 'Phòng Kinh tế', new Date(Date.UTC(2025, 5, 30)), 0.5, '00124'],
    [3, 'Rà soát thủ tục', null, new Date(Date.UTC(2026, 2, 15)), 1, '00125'],
    [4, 'Tập huấn kỹ năng số', null, new Date(Date.UTC(2025, 8, 30)), 0.25, '00126'],
  ];
  data.forEach((row, i) => {
    const r = ws.getRow(4 + i);
    row.forEach((v, c) => {
      if (v !== null) r.getCell(c + 1).value = v;
    });
    r.getCell(4).numFmt = 'dd/mm/yyyy';
    r.getCell(5).numFmt = '0%';
  });
  ws.mergeCells('C5:C7'); // a lead unit merged down over three tasks
  ws.getRow(7).hidden = true;
  ws.getCell('G4').value = { formula: 'A4*2', result: 2, date1904: false };
  ws.fillFormula('H4:H7', 'A4+E4', [1.85, 2.5, 4, 4.25]);
  ws.getCell('I4').value = { formula: "'PL2 Chỉ tiêu'!B4", result: 'Tỷ lệ', date1904: false };
  ws.getCell('J4').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
  ws.getCell('J5').value = { formula: 'NA()', result: { error: '#N/A' } as ExcelJS.CellErrorValue, date1904: false };
  ws.getCell('K4').value = { richText: [{ text: 'Đậm ', font: { bold: true } }, { text: 'thường' }] };
  ws.getCell('K5').value = { text: 'Cổng dịch vụ công', hyperlink: 'https://dichvucong.gov.vn' };
  ws.getCell('L4').value = 1234567.891;
  ws.getCell('L4').numFmt = '#,##0.00';
  ws.getCell('L5').value = true;
  ws.getCell('M4').value = 'dòng 1\ndòng 2';
  ws.getCell('M4').alignment = { wrapText: true };
  [6, 40, 28, 14, 10, 10].forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  ws.views = [{ state: 'frozen', ySplit: 3, xSplit: 0, topLeftCell: 'A4' }];
  (ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add('F4:F7', {
    type: 'list',
    allowBlank: true,
    formulae: ['"00123,00124,00125,00126"'],
  });

  const pl2 = wb.addWorksheet('PL2 Chỉ tiêu');
  pl2.getRow(3).values = ['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Kết quả thực hiện'];
  pl2.getRow(4).values = [1, 'Tỷ lệ', '%', '≥ 95%', 0.97];
  pl2.getCell('E4').numFmt = '0.0%';
  pl2.getColumn(2).width = 50;
  pl2.state = 'visible';

  const hidden = wb.addWorksheet('Danh mục', { state: 'hidden' });
  hidden.getColumn(1).values = ['Đã hoàn thành', 'Đang thực hiện', 'Chưa triển khai'];
  return wb;
}

/** Everything about a sheet that a round trip must keep, as plain comparable data. */
export function sheetFingerprint(ws: ExcelJS.Worksheet): unknown {
  const model = ws.model as unknown as Record<string, unknown> & { rows: unknown[]; merges: string[]; cols?: unknown };
  return {
    name: ws.name,
    state: ws.state,
    rows: model.rows,
    cols: model.cols,
    merges: [...model.merges].sort(),
    views: ws.views,
    properties: ws.properties,
    pageSetup: ws.pageSetup,
    autoFilter: ws.autoFilter,
    dataValidations: model.dataValidations,
    conditionalFormattings: model.conditionalFormattings,
  };
}

export async function readBack(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** A file's bytes as a hash: proves a command left its input exactly as it was. */
export async function fileSha256(path: string): Promise<string> {
  return createHash('sha256').update(await fs.readFile(path)).digest('hex');
}
