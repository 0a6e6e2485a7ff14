/**
 * Where the ExcelJS path was wrong, the reader gives the value Excel (and Office.js) shows; each
 * case also shows what ExcelJS gave, so the difference is on record.
 */
import ExcelJS from 'exceljs';
import type { CellSnapshot, WorkbookSnapshot } from '../../../src/engine';
import { readWorkbookBytes } from '../../../src/xlsx';
import { snapshotWorkbook } from '../exceljs/snapshot';
import { handMadePackage } from './handMade';

async function viaExcelJs(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return snapshotWorkbook(wb);
}

function sheetWith(cells: string): Uint8Array {
  return handMadePackage({ sheets: [{ name: 'S', body: `<sheetData><row r="1">${cells}</row></sheetData>` }] });
}

async function both(bytes: Uint8Array): Promise<{ now: (CellSnapshot | null | undefined)[]; before: (CellSnapshot | null | undefined)[] }> {
  return { now: readWorkbookBytes(bytes, 'x.xlsx').sheets[0].rows[0] ?? [], before: (await viaExcelJs(bytes)).sheets[0].rows[0] ?? [] };
}

describe('values the ExcelJS path got wrong', () => {
  it('a formula whose cached result is 0, FALSE or "" keeps that result', async () => {
    const { now, before } = await both(sheetWith('<c r="A1"><f>B1-B1</f><v>0</v></c><c r="B1" t="b"><f>1=2</f><v>0</v></c>'));
    expect(now).toEqual([{ v: 0, f: 'B1-B1' }, { v: false, f: '1=2' }]);
    expect(before).toEqual([{ v: null, f: 'B1-B1' }, { v: null, f: '1=2' }]);
  });

  it('a text result of a formula under a date format stays text', async () => {
    const bytes = handMadePackage({ sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" s="1" t="str"><f>"Quý IV"</f><v>Quý IV</v></c></row></sheetData>' }], cellFormats: [14] });
    const { now, before } = await both(bytes);
    expect(now).toEqual([{ v: 'Quý IV', f: '"Quý IV"', fmt: 'mm-dd-yy' }]);
    expect(before[0]?.v).toBeNaN();
  });

  it('a number format keeps its escapes, as Office.js returns it', async () => {
    const bytes = handMadePackage({
      sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" s="1"><v>5</v></c></row></sheetData>' }],
      numFmts: [{ id: 164, code: '0\\ "ngày"' }],
      cellFormats: [164],
    });
    const { now, before } = await both(bytes);
    expect(now).toEqual([{ v: 5, fmt: '0\\ "ngày"' }]);
    expect(before).toEqual([{ v: 5, fmt: '0 "ngày"' }]);
  });

  it('a text formula result is decoded once', async () => {
    const { now, before } = await both(sheetWith('<c r="A1" t="str"><f>"&amp;lt;"</f><v>&amp;lt;b&amp;gt;</v></c>'));
    expect(now).toEqual([{ v: '&lt;b&gt;', f: '"&lt;"' }]);
    expect(before).toEqual([{ v: '<b>', f: '"&lt;"' }]);
  });

  it('a number with a hyperlink stays a number', async () => {
    const bytes = handMadePackage({
      sheets: [
        {
          name: 'S',
          body: '<sheetData><row r="1"><c r="A1"><v>5</v></c><c r="B1"><f>A1*2</f><v>10</v></c></row></sheetData><hyperlinks><hyperlink ref="A1" r:id="rIdH"/><hyperlink ref="B1" location="S!A1"/></hyperlinks>',
        },
      ],
      parts: {
        'xl/worksheets/_rels/sheet1.xml.rels':
          '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.vn" TargetMode="External"/></Relationships>',
      },
    });
    const { now, before } = await both(bytes);
    expect(now).toEqual([{ v: 5 }, { v: 10, f: 'A1*2' }]);
    expect(before[0]).toEqual({ v: '5' });
  });

  it('cells and rows without a reference take the next position, as Excel reads them', () => {
    const bytes = handMadePackage({ sheets: [{ name: 'S', body: '<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c r="B2"><v>3</v></c><c><v>4</v></c></row></sheetData>' }] });
    expect(readWorkbookBytes(bytes, 'x.xlsx').sheets[0].rows).toEqual([[{ v: 1 }, { v: 2 }], [null, { v: 3 }, { v: 4 }]]);
  });

  it('date1904="true" is the 1904 system too', () => {
    const bytes = handMadePackage({
      sheets: [{ name: 'S', body: '<sheetData><row r="1"><c r="A1" s="1"><v>44560.25</v></c></row></sheetData>' }],
      cellFormats: [14],
      parts: { 'xl/workbook.xml': '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="true"/><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>' },
    });
    expect(readWorkbookBytes(bytes, 'x.xlsx').sheets[0].rows[0]).toEqual([{ v: 44560.25, fmt: 'mm-dd-yy' }]);
  });
});
