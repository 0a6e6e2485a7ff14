import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readWorkbookFile, XlsxError } from '../../src/xlsx';
import type { SheetSnapshot } from '../../src/engine';
import { buildUserWorkbook, QUOTED_SHEET, tempDir } from './userWorkbook';

const dir = tempDir();

async function write(name: string, wb: ExcelJS.Workbook): Promise<string> {
  const p = join(dir, name);
  await wb.xlsx.writeFile(p);
  return p;
}

function cell(sheet: SheetSnapshot, a1: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return sheet.rows[Number(m[2]) - 1]?.[col] ?? null;
}

describe('readWorkbookFile → snapshot', () => {
  let sheet: SheetSnapshot;
  let all: SheetSnapshot[];

  beforeAll(async () => {
    const { snapshot } = await readWorkbookFile(await write('user.xlsx', buildUserWorkbook()));
    all = snapshot.sheets;
    sheet = snapshot.sheets[0];
  });

  it('lists every sheet in tab order, hidden ones included, with names as typed', () => {
    expect(all.map((s) => s.name)).toEqual([QUOTED_SHEET, 'PL2 Chỉ tiêu', 'Danh mục']);
  });

  it('gives dates as 1900-system serial numbers with their number format', () => {
    expect(cell(sheet, 'D4')).toEqual({ v: 46022, fmt: 'dd/mm/yyyy' }); // 31/12/2025
    expect(cell(sheet, 'D5')).toEqual({ v: 45838, fmt: 'dd/mm/yyyy' }); // 30/06/2025
  });

  it('keeps percentages as fractions with the % format, and other formats', () => {
    expect(cell(sheet, 'E4')).toEqual({ v: 0.85, fmt: '0%' });
    expect(cell(sheet, 'L4')).toEqual({ v: 1234567.891, fmt: '#,##0.00' });
    expect(cell(all[1], 'E4')).toEqual({ v: 0.97, fmt: '0.0%' });
  });

  it('keeps numbers stored as text as strings, and plain values without fmt', () => {
    expect(cell(sheet, 'F4')).toEqual({ v: '00123' });
    expect(cell(sheet, 'A4')).toEqual({ v: 1 });
    expect(cell(sheet, 'L5')).toEqual({ v: true });
    expect(cell(sheet, 'M4')).toEqual({ v: 'dòng 1\ndòng 2' });
  });

  it('gives formula cells their cached result and the formula without "="', () => {
    expect(cell(sheet, 'G4')).toEqual({ v: 2, f: 'A4*2' });
    expect(cell(sheet, 'I4')).toEqual({ v: 'Tỷ lệ', f: "'PL2 Chỉ tiêu'!B4" });
  });

  it('translates shared formulas for each dependent cell', () => {
    expect(cell(sheet, 'H4')).toEqual({ v: 1.85, f: 'A4+E4' });
    expect(cell(sheet, 'H6')).toEqual({ v: 4, f: 'A6+E6' });
    expect(cell(sheet, 'H7')).toEqual({ v: 4.25, f: 'A7+E7' });
  });

  it('marks error values, plain or as a formula result', () => {
    expect(cell(sheet, 'J4')).toEqual({ v: '#REF!', err: true });
    expect(cell(sheet, 'J5')).toEqual({ v: '#N/A', err: true, f: 'NA()' });
  });

  it('flattens rich text and hyperlinks to their text', () => {
    expect(cell(sheet, 'K4')).toEqual({ v: 'Đậm thường' });
    expect(cell(sheet, 'K5')).toEqual({ v: 'Cổng dịch vụ công' });
  });

  it('lists merges 0-based and leaves the covered cells empty (as Office.js does)', () => {
    expect(sheet.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 5 },
      { top: 4, left: 2, bottom: 6, right: 2 },
    ]);
    expect(cell(sheet, 'A1')).toEqual({ v: 'KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2025' });
    expect(cell(sheet, 'B1')).toBeNull();
    expect(cell(sheet, 'C5')).toEqual({ v: 'Phòng Kinh tế' });
    expect(cell(sheet, 'C6')).toBeNull();
  });

  it('reports hidden rows 0-based', () => {
    expect(sheet.hiddenRows).toEqual([6]);
  });

  it('makes rows dense: an array per row, null for empty cells', () => {
    expect(Array.isArray(sheet.rows[1])).toBe(true); // row 2 is empty
    expect(sheet.rows[1]).toEqual([]);
    const row3 = sheet.rows[2];
    for (let c = 0; c < row3.length; c++) expect(row3[c]).not.toBeUndefined();
    expect(sheet.rows[3].slice(0, 13).every((c) => c !== undefined)).toBe(true);
    expect(sheet.rows[3][6]).toEqual({ v: 2, f: 'A4*2' });
  });

  it('converts dates in the 1904 system and keeps serials past the 1900 leap-year bug exact', async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet('S');
    ws.getCell('A1').value = new Date(Date.UTC(2025, 11, 31));
    ws.getCell('A1').numFmt = 'd/m/yyyy';
    const { snapshot } = await readWorkbookFile(await write('d1904.xlsx', wb));
    expect(snapshot.sheets[0].rows[0][0]).toEqual({ v: 46022 - 1462, fmt: 'd/m/yyyy' });

    const wb2 = new ExcelJS.Workbook();
    const ws2 = wb2.addWorksheet('S');
    ws2.getCell('A1').value = new Date(Date.UTC(1900, 2, 1)); // Excel serial 61
    ws2.getCell('A1').numFmt = 'dd/mm/yyyy';
    ws2.getCell('A2').value = new Date(Date.UTC(2025, 11, 31, 12, 0, 0)); // noon
    ws2.getCell('A2').numFmt = 'dd/mm/yyyy hh:mm';
    const s2 = (await readWorkbookFile(await write('d1900.xlsx', wb2))).snapshot.sheets[0];
    expect(s2.rows[0][0]?.v).toBe(61);
    expect(s2.rows[1][0]?.v).toBe(46022.5);
  });

  it('reads a workbook without sheets, and one whose sheets are empty, without error', async () => {
    expect((await readWorkbookFile(await write('none.xlsx', new ExcelJS.Workbook()))).snapshot).toEqual({ sheets: [] });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Trống');
    const { snapshot } = await readWorkbookFile(await write('blank.xlsx', wb));
    expect(snapshot.sheets).toEqual([{ name: 'Trống', rows: [], merges: [], hiddenRows: [] }]);
  });
});

describe('readWorkbookFile errors', () => {
  async function errorOf(path: string): Promise<XlsxError> {
    try {
      await readWorkbookFile(path);
    } catch (e) {
      expect(e).toBeInstanceOf(XlsxError);
      return e as XlsxError;
    }
    throw new Error(`expected ${path} to fail`);
  }

  async function file(name: string, bytes: Buffer | string): Promise<string> {
    const p = join(dir, name);
    await fs.writeFile(p, bytes);
    return p;
  }

  const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

  it.each([
    ['missing file', async () => join(dir, 'khong-co.xlsx'), 'not-found'],
    ['a folder', async () => dir, 'is-directory'],
    ['zero bytes', () => file('zero.xlsx', Buffer.alloc(0)), 'empty-file'],
    ['a text file', () => file('notes.txt', 'Báo cáo tháng 12\n'), 'not-xlsx'],
    ['a csv renamed .xlsx', () => file('data.xlsx', 'STT,Tên nhiệm vụ\n1,Abc\n'), 'not-xlsx'],
    ['a PDF', () => file('bao-cao.pdf', '%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), 'not-xlsx'],
    ['a legacy .xls', () => file('old.xls', Buffer.concat([CFB, Buffer.alloc(500, 0), Buffer.from('Workbook', 'utf16le')])), 'legacy-xls'],
    ['a legacy Excel 5.0/95 .xls (BIFF5: its stream is "Book")', () => file('old95.xls', Buffer.concat([CFB, Buffer.alloc(500, 0), Buffer.from('Book\u0000', 'utf16le')])), 'legacy-xls'],
    ['a compound file with no stream Excel or Word would write', () => file('la.xlsx', Buffer.concat([CFB, Buffer.alloc(600, 0)])), 'not-xlsx'],
    [
      'a legacy .xls with its Workbook stream and an embedded Word document',
      () => file('old2.xls', Buffer.concat([CFB, Buffer.alloc(500, 0), Buffer.from('Workbook', 'utf16le'), Buffer.from('WordDocument', 'utf16le')])),
      'legacy-xls',
    ],
    ['a Word 97-2003 .doc renamed .xlsx', () => file('letter.doc.xlsx', Buffer.concat([CFB, Buffer.alloc(500, 0), Buffer.from('WordDocument', 'utf16le')])), 'not-xlsx'],
    [
      'a password-protected .xlsx',
      () => file('locked.xlsx', Buffer.concat([CFB, Buffer.alloc(500, 0), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(100)])),
      'encrypted',
    ],
  ])('%s', async (_label, make, code) => {
    const p = await make();
    const e = await errorOf(p);
    expect(e.code).toBe(code);
    expect(e.messageIn('vi')).toContain(p);
    expect(e.messageIn('vi')).not.toMatch(/\n/);
    expect(e.messageIn('en')).not.toBe(e.messageIn('vi'));
  });

  it('a truncated zip is corrupt', async () => {
    const good = await fs.readFile(await write('good.xlsx', buildUserWorkbook()));
    const e = await errorOf(await file('cut.xlsx', good.subarray(0, Math.floor(good.length / 2))));
    expect(e.code).toBe('corrupt');
    expect(e.messageIn('vi')).toMatch(/hỏng/);
  });

  it('a zip that is not a workbook (e.g. a .docx) is not an xlsx', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('word/document.xml', '<w:document/>');
    const e = await errorOf(await file('letter.xlsx', await zip.generateAsync({ type: 'nodebuffer' })));
    expect(e.code).toBe('not-xlsx');
  });

  it('a workbook part with broken XML is corrupt', async () => {
    const zip = await JSZip.loadAsync(await fs.readFile(await write('base.xlsx', buildUserWorkbook())));
    zip.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row>');
    const e = await errorOf(await file('broken.xlsx', await zip.generateAsync({ type: 'nodebuffer' })));
    expect(e.code).toBe('corrupt');
  });
});

describe('readWorkbookFile: the bytes it read', () => {
  it('returns the file as read, for summarize to patch without reading it twice', async () => {
    const plain = await write('plain.xlsx', buildUserWorkbook());
    expect(Buffer.from((await readWorkbookFile(plain)).bytes).equals(await fs.readFile(plain))).toBe(true);
  });
});
