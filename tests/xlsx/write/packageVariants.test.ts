/**
 * Packages other producers write differently: namespace prefixes (OpenXML SDK writes <x:sheet>),
 * absolute relationship targets, stored (uncompressed) entries, no docProps/app.xml, no
 * definedNames or calcPr. Hand-written parts zipped with fflate.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { SheetPlan } from '../../../src/engine';
import { patchWorkbook } from '../../../src/xlsx';
import { readZip } from '../../../src/xlsx/write/zipArchive';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PR = 'http://schemas.openxmlformats.org/package/2006/relationships';

function prefixedPackage(level: 0 | 6): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
      ),
      '_rels/.rels': strToU8(`<Relationships xmlns="${PR}"><Relationship Id="R1" Type="${R}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`),
      'xl/workbook.xml': strToU8(
        `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${R}"><x:bookViews><x:workbookView activeTab="0"/></x:bookViews>` +
          '<x:sheets><x:sheet name="PL &gt; 1" sheetId="7" rel:id="R5"/></x:sheets></x:workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships xmlns="${PR}"><Relationship Id="R5" Type="${R}/worksheet" Target="/xl/worksheets/sheet.xml"/>` +
          `<Relationship Id="R6" Type="${R}/styles" Target="/xl/styles.xml"/></Relationships>`,
      ),
      'xl/worksheets/sheet.xml': strToU8(`<x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>giữ</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`),
      'xl/styles.xml': strToU8(
        `<x:styleSheet xmlns:x="${MAIN}"><x:fonts count="1"><x:font><x:sz val="11"/><x:name val="Arial"/></x:font></x:fonts>` +
          '<x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills>' +
          '<x:borders count="1"><x:border/></x:borders><x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellXfs></x:styleSheet>',
      ),
    },
    { level },
  );
}

const PLAN: SheetPlan = {
  name: 'Tổng hợp',
  position: 'start',
  values: [['TỔNG HỢP', '=1+1']],
  columnWidths: [20],
  merges: [],
  formats: [{ range: 'A1', bold: true, numberFormat: 'dd/mm/yyyy' }],
  pageSetup: {
    paper: 'A4',
    orientation: 'portrait',
    fitToWidth: 1,
    printTitleRows: { first: 0, last: 0 },
    margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  },
};

describe('patchWorkbook on packages written by other producers', () => {
  const out = unzipSync(patchWorkbook(prefixedPackage(6), { sheets: [PLAN] }));
  const workbook = strFromU8(out['xl/workbook.xml']);

  it('writes its elements with the part\'s own prefixes, in schema order, and resolves absolute targets', () => {
    expect(workbook).toBe(
      `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${R}"><x:bookViews><x:workbookView activeTab="1"/></x:bookViews>` +
        '<x:sheets><x:sheet name="Tổng hợp" sheetId="8" rel:id="rId1"/><x:sheet name="PL &gt; 1" sheetId="7" rel:id="R5"/></x:sheets>' +
        `<x:definedNames><x:definedName name="_xlnm.Print_Titles" localSheetId="0">'Tổng hợp'!$1:$1</x:definedName></x:definedNames>` +
        '<x:calcPr fullCalcOnLoad="1"/></x:workbook>',
    );
    expect(strFromU8(out['xl/_rels/workbook.xml.rels'])).toContain('<Relationship Id="rId1" Type="' + R + '/worksheet" Target="worksheets/sheet1.xml"/>');
    expect(Object.keys(out)).toContain('xl/worksheets/sheet1.xml');
  });

  it('appends styles with the styleSheet\'s prefix and updates every count', () => {
    const styles = strFromU8(out['xl/styles.xml']);
    expect(styles).toContain('<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></x:numFmts>');
    expect(styles).toContain('<x:fonts count="2"><x:font><x:sz val="11"/><x:name val="Arial"/></x:font><x:font><x:b/><x:sz val="11"/><x:name val="Arial"/></x:font></x:fonts>');
    expect(styles).toMatch(/<x:cellXfs count="2">.*<x:xf numFmtId="164" fontId="1"/);
  });

  it('keeps stored (uncompressed) entries as stored', () => {
    const input = prefixedPackage(0);
    const before = new Map(readZip(input).map((e) => [e.name, e]));
    const after = readZip(patchWorkbook(input, { sheets: [PLAN] }));
    const kept = after.find((e) => e.name === 'xl/worksheets/sheet.xml')!;
    expect(kept.method).toBe(0);
    expect(Buffer.from(kept.stored).equals(Buffer.from(before.get('xl/worksheets/sheet.xml')!.stored))).toBe(true);
  });
});

describe('patchWorkbook on a workbook without a styles part (it is optional)', () => {
  it('adds one, with its relationship and content type, for the new sheets\' formats', () => {
    const parts = unzipSync(prefixedPackage(6));
    delete parts['xl/styles.xml'];
    parts['xl/_rels/workbook.xml.rels'] = strToU8(
      `<Relationships xmlns="${PR}"><Relationship Id="R5" Type="${R}/worksheet" Target="/xl/worksheets/sheet.xml"/></Relationships>`,
    );
    const out = unzipSync(patchWorkbook(zipSync(parts), { sheets: [PLAN] }));
    expect(strFromU8(out['xl/styles.xml'])).toContain('<cellXfs count="2">');
    expect(strFromU8(out['xl/_rels/workbook.xml.rels'])).toContain(`Type="${R}/styles" Target="styles.xml"`);
    expect(strFromU8(out['[Content_Types].xml'])).toContain('<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>');
  });
});
