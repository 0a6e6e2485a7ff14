/**
 * The package-patching writer (src/xlsx/write), read back by ExcelJS as an independent reader;
 * inputs are made by ExcelJS, another producer than the writer itself.
 */
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { SheetPlan, WritePlan } from '../../../src/engine';
import { OWN_TITLES } from '../../../src/engine/sheets/ownSheets';
import { newWorkbook, patchWorkbook, XlsxError } from '../../../src/xlsx';

/** The product recognises its own sheets by this title in A1: only those are ever replaced. */
const TITLE = OWN_TITLES.summary.vi;

function plan(over: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name: 'Tổng hợp',
    values: [
      [TITLE, null, null],
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

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return wb;
}

/** A user workbook (made by ExcelJS) with the given sheets, patched, read back. */
async function patched(sheetNames: string[], writePlan: WritePlan, setup?: (wb: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  for (const name of sheetNames) wb.addWorksheet(name).getCell('A1').value = `giữ nguyên ${name}`;
  setup?.(wb);
  return load(patchWorkbook(await bytesOf(wb), writePlan));
}

async function written(over: Partial<SheetPlan> = {}): Promise<ExcelJS.Worksheet> {
  return (await load(newWorkbook({ sheets: [plan(over)] }))).getWorksheet('Tổng hợp')!;
}

describe('patchWorkbook', () => {
  it('adds a new sheet at the end by default and at the start on request, in plan order', async () => {
    const wb = await patched(['PL1', 'PL2'], {
      sheets: [plan({ name: 'Kiểm tra' }), plan({ name: 'Tổng hợp', position: 'start' }), plan({ name: 'Ghi', position: 'start' })],
    });
    expect(names(wb)).toEqual(['Tổng hợp', 'Ghi', 'PL1', 'PL2', 'Kiểm tra']);
  });

  it('replaces a same-named sheet in place instead of stacking a second one', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('PL1').getCell('A1').value = 'giữ nguyên';
    const old = wb.addWorksheet('Tổng hợp');
    old.getCell('A1').value = TITLE;
    old.getCell('Z99').value = 'bản cũ';
    old.mergeCells('D5:E6');
    wb.addWorksheet('PL2');
    const once = patchWorkbook(await bytesOf(wb), { sheets: [plan()] });
    const back = await load(patchWorkbook(once, { sheets: [plan({ position: 'start' })] }));
    expect(names(back)).toEqual(['PL1', 'Tổng hợp', 'PL2']);
    const ws = back.getWorksheet('Tổng hợp')!;
    expect(ws.getCell('Z99').value).toBeNull();
    expect(ws.getCell('A1').value).toBe(TITLE);
    expect(back.getWorksheet('PL1')!.getCell('A1').value).toBe('giữ nguyên');
  });

  it('matches the sheet name case-insensitively, as Excel does', async () => {
    const wb = await patched(['TỔNG HỢP', 'PL1'], { sheets: [plan()] }, (input) => {
      input.getWorksheet('TỔNG HỢP')!.getCell('A1').value = TITLE;
    });
    expect(names(wb)).toEqual(['Tổng hợp', 'PL1']);
  });

  it('follows the engine’s replace rule: a user’s sheet named like its own in another case is refused, as in Excel', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('tổng hợp').getCell('A1').value = 'Tổng hợp của phòng';
    const input = await bytesOf(wb);
    expect(() => patchWorkbook(input, { sheets: [plan()] })).toThrow(XlsxError);
    expect(() => patchWorkbook(input, { sheets: [plan()] })).toThrow(/^tổng hợp: /);
    // What the caller's analysis found wins over reading the package again.
    expect(() => patchWorkbook(input, { sheets: [plan()] }, [{ name: 'tổng hợp', own: false }])).toThrow(XlsxError);
    expect(names(await load(patchWorkbook(input, { sheets: [plan()] }, [{ name: 'tổng hợp', own: true }])))).toEqual(['Tổng hợp']);
  });

  it('writes values, and strings starting with "=" as formulas, computed when the file opens', async () => {
    const bytes = newWorkbook({ sheets: [plan()] });
    const ws = (await load(bytes)).getWorksheet('Tổng hợp')!;
    expect(ws.getCell('B3').value).toBe(6);
    expect(ws.getCell('C3').formula).toBe('HYPERLINK("#\'Bảng \'\'A\'\' – Nhiệm vụ\'!D7","D7")');
    expect(ws.getCell('B4').formula).toBe('SUM(B3:B3)');
    expect(ws.getCell('A4').value).toBe('='); // a lone "=" is text
    expect(ws.getCell('C4').value).toBeNull(); // "" and null leave the cell empty
    expect(strFromU8(unzipSync(bytes)['xl/workbook.xml'])).toMatch(/<calcPr fullCalcOnLoad="1"\/>/);
  });

  it('writes characters XML cannot hold, and text that looks like one, in Excel\'s _xHHHH_ escapes', async () => {
    const bytes = newWorkbook({ sheets: [plan({ values: [['a\u0001b', '_x0041_ <b>&']], merges: [] })] });
    const xml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']);
    expect(xml).toContain('>a_x0001_b</t>');
    expect(xml).toContain('>_x005F_x0041_ &lt;b&gt;&amp;</t>');
  });

  it('applies formats per range, merging overlapping ones', async () => {
    const ws = await written({
      formats: [
        { range: 'A2:C2', bold: true, fill: '#1F4E79', fontColor: '#FFFFFF', border: true, hAlign: 'center', vAlign: 'middle', wrap: true },
        { range: 'A2:A3', italic: true, fontSize: 13, fontName: 'Arial' },
        { range: 'B3:B4', numberFormat: '0.0%' },
      ],
    });
    const a2 = ws.getCell('A2');
    expect(a2.font).toMatchObject({ bold: true, italic: true, size: 13, name: 'Arial', color: { argb: 'FFFFFFFF' } });
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

  it('gives every cell it writes the sheet font; a range font name wins over it', async () => {
    const ws = await written({ font: { name: 'Times New Roman', size: 12 }, formats: [{ range: 'A1', bold: true, fontName: 'Arial' }] });
    expect(ws.getCell('B3').font).toMatchObject({ name: 'Times New Roman', size: 12 });
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Arial', size: 12, bold: true });
  });

  it('merges ranges, sets column widths and freezes the header rows', async () => {
    const ws = await written({ merges: ['A1:C1', 'A5:B6'], freezeRows: 2 });
    expect(Object.keys((ws as unknown as { _merges: object })._merges).sort()).toEqual(['A1', 'A5']);
    expect(ws.getColumn(1).width).toBe(30);
    expect(ws.getColumn(2).width).toBe(12);
    expect(ws.getColumn(3).width).toBe(8);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, topLeftCell: 'A3' });
  });

  it('sets the planned row heights and leaves the other rows to Excel', async () => {
    const ws = await written({ rowHeights: [{ row: 0, height: 45 }, { row: 2, height: 409 }, { row: 9, height: 30 }] });
    expect([1, 2, 3, 4, 10].map((r) => ws.getRow(r).height)).toEqual([45, undefined, 409, undefined, 30]);
  });

  it('adds list validations with their prompt and error: inline, or from a hidden column when values contain commas', async () => {
    const statuses = ['Đã hoàn thành', 'Đang thực hiện', 'Chưa triển khai'];
    const ws = await written({
      validations: [
        {
          range: 'E5:E9',
          values: statuses,
          prompt: { title: 'Trạng thái', text: 'Chọn trong danh sách' },
          error: { title: 'Không hợp lệ', text: 'Chỉ chọn trong danh sách' },
        },
        { range: 'F5:F6', values: ['Có, đạt', 'Không'] },
      ],
    });
    const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    expect(model.E5).toMatchObject({
      type: 'list',
      formulae: ['"Đã hoàn thành,Đang thực hiện,Chưa triển khai"'],
      showInputMessage: true,
      promptTitle: 'Trạng thái',
      prompt: 'Chọn trong danh sách',
      showErrorMessage: true,
      errorTitle: 'Không hợp lệ',
      error: 'Chỉ chọn trong danh sách',
    });
    expect(model.E9).toMatchObject({ type: 'list' });
    expect(model.E10).toBeUndefined();
    const f = model.F5;
    expect(f.type).toBe('list');
    const m = /^\$([A-Z]+)\$1:\$\1\$2$/.exec(String(f.formulae[0]));
    expect(m).not.toBeNull();
    expect(ws.getColumn(m![1]).hidden).toBe(true);
    expect(ws.getCell(`${m![1]}1`).value).toBe('Có, đạt');
    expect(ws.getCell(`${m![1]}2`).value).toBe('Không');
  });

  it('adds date validations between two dates as Excel serial days', async () => {
    const ws = await written({
      dateValidations: [{ range: 'D5:D9', from: '2020-01-01', to: '2030-12-31', error: { title: 'Ngày', text: 'Nhập ngày dd/mm/yyyy' } }],
    });
    const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    expect(model.D5).toMatchObject({ type: 'date', operator: 'between', errorTitle: 'Ngày', error: 'Nhập ngày dd/mm/yyyy' });
    const [from, to] = model.D5.formulae.map((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d)));
    expect([from, to]).toEqual(['2020-01-01', '2030-12-31']);
  });

  it('writes the date bounds in the workbook\'s date system: days since 1904-01-01 in a 1904 workbook', async () => {
    const dates = { dateValidations: [{ range: 'D5:D9', from: '2020-01-01', to: '2030-12-31' }] };
    const daysSince = (origin: string, iso: string) => (Date.parse(iso) - Date.parse(origin)) / 86_400_000;
    const bounds = async (date1904: boolean) => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('PL1').getCell('A1').value = 'giữ nguyên';
      wb.properties.date1904 = date1904;
      const files = unzipSync(patchWorkbook(await bytesOf(wb), { sheets: [plan(dates)] }));
      expect(strFromU8(files['xl/workbook.xml'])).toMatch(date1904 ? /date1904="(1|true)"/ : /^(?![\s\S]*date1904="(1|true)")/);
      const sheet = strFromU8(files['xl/worksheets/sheet2.xml']);
      return [/<formula1>(\d+)<\/formula1>/.exec(sheet)?.[1], /<formula2>(\d+)<\/formula2>/.exec(sheet)?.[1]].map(Number);
    };
    // 1900 system: serial 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was.
    expect(await bounds(false)).toEqual([daysSince('1899-12-30', '2020-01-01'), daysSince('1899-12-30', '2030-12-31')]);
    expect(await bounds(true)).toEqual([daysSince('1904-01-01', '2020-01-01'), daysSince('1904-01-01', '2030-12-31')]);
  });

  it('sets up printing: A4, orientation, fit to one page wide and any number tall, margins, footer, print titles', async () => {
    const wb = await patched(['PL1', 'PL2'], {
      sheets: [
        plan({
          position: 'start',
          pageSetup: {
            paper: 'A4',
            orientation: 'landscape',
            fitToWidth: 1,
            printTitleRows: { first: 1, last: 2 },
            margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.2 },
            footerCenter: 'Trang &P/&N',
          },
        }),
      ],
    });
    const ws = wb.getWorksheet('Tổng hợp')!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.margins).toEqual({ left: 0.5, right: 0.4, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.2 });
    expect(ws.pageSetup.printTitlesRow).toBe('2:3');
    expect(ws.headerFooter.oddFooter).toBe('&CTrang &P/&N');
  });

  it('writes manual page breaks where the plan starts a page, each after the row above it', () => {
    const setup: SheetPlan['pageSetup'] = {
      paper: 'A4', orientation: 'landscape', fitToWidth: 1, breaksBefore: [12, 30],
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.7, header: 0.3, footer: 0.2 }, footerCenter: 'Trang &P/&N',
    };
    const parts = unzipSync(newWorkbook({ sheets: [plan({ pageSetup: setup })] }));
    const sheetXml = strFromU8(parts['xl/worksheets/sheet1.xml']);
    expect(sheetXml).toContain('<rowBreaks count="2" manualBreakCount="2"><brk id="12" max="16383" man="1"/><brk id="30" max="16383" man="1"/></rowBreaks>');
    // After the footer, as the schema orders a worksheet's parts.
    expect(sheetXml.indexOf('<rowBreaks')).toBeGreaterThan(sheetXml.indexOf('</headerFooter>'));
  });

  it('hides a very hidden sheet from the Unhide list', async () => {
    const wb = await patched(['PL1'], { sheets: [plan({ name: 'Lưu', visibility: 'veryHidden' })] });
    expect(wb.getWorksheet('Lưu')!.state).toBe('veryHidden');
    expect(wb.getWorksheet('PL1')!.state).toBe('visible');
  });

  it('keeps the workbook opening on the sheet that was active', async () => {
    const wb = await patched(['PL1', 'PL2'], { sheets: [plan({ position: 'start' })] }, (input) => {
      input.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
    });
    expect(names(wb)[wb.views[0].activeTab ?? -1]).toBe('PL2');
  });
});

describe('patchWorkbook and Excel limits', () => {
  it.each([
    ['a sheet name Excel refuses', plan({ name: 'Kiểm/tra' }), /sheet name "Kiểm\/tra" must not contain/],
    ['the same sheet twice', plan({ name: 'TỔNG HỢP' }), /sheet "TỔNG HỢP" is planned twice/],
    ['a bad range', plan({ name: 'Kiểm tra', merges: ['A1:'] }), /invalid range "A1:" on sheet "Kiểm tra"/],
    ['a bad row height', plan({ name: 'Kiểm tra', rowHeights: [{ row: 0, height: 0 }] }), /invalid height 0 for row 0/],
  ])('refuses a plan with %s, whole, before reading the package', async (_, bad, message) => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('PL1').getCell('A1').value = 'giữ nguyên';
    const input = await bytesOf(wb);
    // The plan is checked before the package is even read.
    expect(() => patchWorkbook(input, { sheets: [plan(), bad] })).toThrow(message);
    expect(() => patchWorkbook(new Uint8Array(0), { sheets: [plan(), bad] })).toThrow(message);
  });

  it('cuts text longer than Excel’s 32,767-character cell limit', async () => {
    const ws = await written({ values: [['x'.repeat(40_000), 'ngắn']], merges: [] });
    const v = ws.getCell('A1').value as string;
    expect(v.length).toBe(32_767);
    expect(v.endsWith('…')).toBe(true);
    expect(ws.getCell('B1').value).toBe('ngắn');
  });

  it('a new workbook needs a sheet', () => {
    expect(() => newWorkbook({ sheets: [] })).toThrow(/at least one sheet/);
  });
});
