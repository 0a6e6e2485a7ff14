/**
 * SPEC §9 on a workbook made the way users make them (tests/xlsx/fixtures/userPackage.ts):
 * `phuluc summarize` changes only the five bookkeeping parts and adds its own sheets; every
 * other part — chart, image, pivot table, table, comments, VBA, external link, custom XML — comes
 * out byte for byte, and again when run on its own output.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { ISSUE_SHEET, PERIOD_RECORD_SHEET, SUMMARY_SHEET } from '../../../src/engine';
import { OWN_TITLES } from '../../../src/engine/sheets/ownSheets';
import { patchWorkbook } from '../../../src/xlsx';
import { readZip } from '../../../src/xlsx/write/zipArchive';
import { ensureBuilt, runCli } from '../../cli/run';
import { buildUserPackage, WRITER_PARTS } from '../fixtures/userPackage';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-parts-'));
const AS_OF = ['--as-of', '2025-12-11'];

function parts(path: string): Record<string, Uint8Array> {
  return unzipSync(readFileSync(path));
}

/** Each entry's data exactly as stored (compressed), by name. */
function stored(path: string): Map<string, Uint8Array> {
  return new Map(readZip(readFileSync(path)).map((e) => [e.name, e.stored]));
}

function sheetPartsOf(path: string, names: string[]): string[] {
  const p = parts(path);
  const workbook = strFromU8(p['xl/workbook.xml']);
  const rels = strFromU8(p['xl/_rels/workbook.xml.rels']);
  return names.map((name) => {
    const rid = new RegExp(`<sheet name="${name}" sheetId="\\d+"(?: state="\\w+")? r:id="(rId\\d+)"/>`).exec(workbook)?.[1];
    return `xl/${new RegExp(`Id="${rid}" Type="[^"]+" Target="([^"]+)"`).exec(rels)?.[1]}`;
  });
}

describe.each([
  ['.xlsx', false],
  ['.xlsm', true],
])('phuluc summarize on a rich user workbook (%s)', (ext, macros) => {
  const input = join(dir, `bao-cao${ext}`);
  const first = join(dir, `lan-1${ext}`);
  const second = join(dir, `lan-2${ext}`);

  beforeAll(() => {
    ensureBuilt();
    writeFileSync(input, buildUserPackage(macros));
    for (const [from, to] of [[input, first], [first, second]]) {
      const r = runCli(['summarize', from, '-o', to, ...AS_OF]);
      expect(r.stderr.split('\n').filter((l) => l.startsWith('phuluc:'))).toEqual([]);
      expect([0, 1]).toContain(r.code);
    }
  }, 180_000);

  it('copies every part other than the five as stored, byte for byte', () => {
    const before = stored(input);
    const own = sheetPartsOf(first, [SUMMARY_SHEET, ISSUE_SHEET, PERIOD_RECORD_SHEET]);
    for (const out of [first, second]) {
      const after = stored(out);
      for (const [name, data] of before) {
        if (WRITER_PARTS.includes(name)) continue;
        expect({ name, same: Buffer.from(after.get(name) ?? []).equals(data) }).toEqual({ name, same: true });
      }
      expect([...after.keys()].filter((n) => !before.has(n)).sort()).toEqual([...own].sort());
    }
    if (macros) expect(stored(first).has('xl/vbaProject.bin')).toBe(true);
  });

  it('run on its own output, changes nothing but its own sheets', () => {
    const a = parts(first);
    const b = parts(second);
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const name of Object.keys(a)) {
      if (name.startsWith('xl/worksheets/sheet4') || name.startsWith('xl/worksheets/sheet5')) continue;
      expect({ name, same: Buffer.from(a[name]).equals(b[name]) }).toEqual({ name, same: true });
    }
  });

  it('keeps the workbook part\'s content type, and adds one override per new sheet', () => {
    const types = strFromU8(parts(first)['[Content_Types].xml']);
    const main = macros ? 'application/vnd.ms-excel.sheet.macroEnabled.main+xml' : 'spreadsheetml.sheet.main+xml';
    expect(types).toContain(main);
    expect(types.match(/worksheet\+xml/g)).toHaveLength(6);
    expect(strFromU8(parts(second)['[Content_Types].xml'])).toBe(types);
  });

  it('keeps defined names: scoped ones on their sheets, constant and external ones as they were', () => {
    const workbook = strFromU8(parts(first)['xl/workbook.xml']);
    expect(workbook).toContain('<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">');
    expect(workbook).toContain('<definedName name="Rieng" localSheetId="1">');
    expect(workbook).toContain('<definedName name="TyLe">0.5</definedName>');
    expect(workbook).toContain('<definedName name="NgoaiTep">[1]Sheet1!$A$1</definedName>');
    expect(workbook).toContain('<externalReferences><externalReference r:id="rId6"/></externalReferences>');
    expect(workbook).toContain('<pivotCaches><pivotCache cacheId="1" r:id="rId7"/></pivotCaches>');
    expect(workbook).toMatch(/<sheet name="Dữ liệu" sheetId="2" state="hidden" r:id="rId2"\/>/);
    expect(workbook).toMatch(/<sheet name="Ẩn" sheetId="3" state="veryHidden" r:id="rId3"\/>/);
    expect(workbook).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
  });

  it('lists the new sheets in docProps/app.xml, keeps its other properties', () => {
    const app = strFromU8(parts(second)['docProps/app.xml']);
    expect(app).toContain('<vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>6</vt:i4>');
    expect(app).toContain(
      `<vt:vector size="7" baseType="lpstr"><vt:lpstr>PL1 Nhiệm vụ</vt:lpstr><vt:lpstr>Dữ liệu</vt:lpstr><vt:lpstr>Ẩn</vt:lpstr><vt:lpstr>${SUMMARY_SHEET}</vt:lpstr><vt:lpstr>${ISSUE_SHEET}</vt:lpstr><vt:lpstr>${PERIOD_RECORD_SHEET}</vt:lpstr><vt:lpstr>Vung</vt:lpstr>`,
    );
    expect(app).toContain('<Company>UBND xã A</Company>');
  });

  it('appends styles without renumbering the workbook\'s own, and adds none the second time', () => {
    const styles1 = strFromU8(parts(first)['xl/styles.xml']);
    expect(styles1).toMatch(/^[\s\S]*<cellXfs count="(\d+)"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"\/><xf numFmtId="164"/);
    expect(styles1).toContain('<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font></dxf></dxfs>');
    expect(strFromU8(parts(second)['xl/styles.xml'])).toBe(styles1);
  });

  it('its sheets read back (ExcelJS as an independent reader) with the user\'s sheets intact', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(second) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['PL1 Nhiệm vụ', 'Dữ liệu', 'Ẩn', SUMMARY_SHEET, ISSUE_SHEET, PERIOD_RECORD_SHEET]);
    expect(wb.getWorksheet(PERIOD_RECORD_SHEET)!.state).toBe('veryHidden');
    expect(wb.getWorksheet('PL1 Nhiệm vụ')!.getCell('B2').value).toBe('Xây dựng kế hoạch chuyển đổi số');
    expect(String(wb.getWorksheet(SUMMARY_SHEET)!.getCell('A1').value)).toMatch(/^TỔNG HỢP KẾT QUẢ/);
    expect(String(wb.getWorksheet(ISSUE_SHEET)!.getCell('A1').value)).toMatch(/^KẾT QUẢ KIỂM TRA PHỤ LỤC/);
  });
});

describe('phuluc summarize keeps the kind of workbook', () => {
  it('refuses an .xlsx output for a macro-enabled input, in one line, exit 2', () => {
    ensureBuilt();
    const input = join(dir, 'macro.xlsm');
    writeFileSync(input, buildUserPackage(true));
    const r = runCli(['summarize', input, '-o', join(dir, 'macro.xlsx'), ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`phuluc: ${join(dir, 'macro.xlsx')}: tệp vào là sổ tính .xlsm, tệp kết quả cũng phải có đuôi .xlsm\n`);
  });
});

describe('patchWorkbook inserting a sheet at the start of the rich workbook', () => {
  const planned = {
    name: 'Đầu',
    position: 'start' as const,
    // The product's own title: a second patch replaces the sheet (only its own sheets are replaced).
    values: [[OWN_TITLES.summary.vi], ['Cột']],
    columnWidths: [],
    merges: [],
    formats: [],
    pageSetup: {
      paper: 'A4' as const,
      orientation: 'portrait' as const,
      fitToWidth: 1,
      printTitleRows: { first: 1, last: 1 },
      margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    },
  };

  it('shifts every scoped name and the views to the new tab indexes, and scopes its print titles to itself', () => {
    const out = unzipSync(patchWorkbook(buildUserPackage(), { sheets: [planned] }));
    const workbook = strFromU8(out['xl/workbook.xml']);
    expect(workbook).toContain('<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">');
    expect(workbook).toContain('<definedName name="_xlnm.Print_Area" localSheetId="1">');
    expect(workbook).toContain('<definedName name="Rieng" localSheetId="2">');
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Đầu'!$2:$2</definedName>`);
    expect(workbook).toMatch(/<workbookView [^>]*activeTab="1"/);
    expect(workbook).toMatch(/<sheets><sheet name="Đầu" sheetId="4" r:id="rId\d+"\/><sheet name="PL1 Nhiệm vụ"/);
  });

  it('replacing it again removes its old print titles instead of stacking them', () => {
    const twice = patchWorkbook(patchWorkbook(buildUserPackage(), { sheets: [planned] }), { sheets: [planned] });
    const workbook = strFromU8(unzipSync(twice)['xl/workbook.xml']);
    expect(workbook.match(/_xlnm\.Print_Titles/g)).toHaveLength(1);
    expect(workbook).toContain('<definedName name="Rieng" localSheetId="2">');
  });
});
