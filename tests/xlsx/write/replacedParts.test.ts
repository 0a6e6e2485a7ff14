/**
 * Re-running summarize replaces its own sheet; what Excel hung on that sheet since the last run
 * (printer settings, comments, a drawing with a chart, an image) goes with it, unless a part that
 * stays still refers to it — here the user's logo, which the own sheet's drawing shows too.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { OWN_TITLES, SUMMARY_SHEET, type SheetPlan } from '../../../src/engine';
import { patchWorkbook, readWorkbookBytes } from '../../../src/xlsx';
import { buildUserPackage } from '../fixtures/userPackage';

const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PR = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument';

// The product's title in A1 marks the sheet as its own: only such a sheet is ever replaced.
const summary = (text: string): SheetPlan => ({ name: SUMMARY_SHEET, values: [[OWN_TITLES.summary.vi], [text]], columnWidths: [20], merges: [], formats: [] });

/** The part of the sheet named `name`, from the workbook and its relationships. */
function sheetPart(files: Record<string, Uint8Array>, name: string): string {
  const rid = new RegExp(`<sheet name="${name}" sheetId="\\d+" r:id="(rId\\d+)"/>`).exec(strFromU8(files['xl/workbook.xml']))?.[1];
  const target = new RegExp(`Id="${rid}" Type="[^"]+" Target="([^"]+)"`).exec(strFromU8(files['xl/_rels/workbook.xml.rels']))?.[1];
  if (!rid || !target) throw new Error(`no sheet ${name}`);
  return `xl/${target}`;
}

/** What Excel adds to the product's summary sheet when a user prints it, comments on it and pastes a chart and the logo. */
function decorateOwnSheet(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const part = sheetPart(files, SUMMARY_SHEET);
  const rels = part.replace(/([^/]+)$/, '_rels/$1.rels');
  files[rels] = strToU8(
    `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/printerSettings" Target="../printerSettings/printerSettings7.bin"/>` +
      `<Relationship Id="rId2" Type="${R}/drawing" Target="../drawings/drawing7.xml"/>` +
      `<Relationship Id="rId3" Type="${R}/comments" Target="/xl/comments7.xml"/>` +
      `<Relationship Id="rId4" Type="${R}/hyperlink" Target="https://dichvucong.gov.vn" TargetMode="External"/></Relationships>`,
  );
  files['xl/printerSettings/printerSettings7.bin'] = Uint8Array.from([1, 2, 3]);
  files['xl/comments7.xml'] = strToU8('<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
  files['xl/drawings/drawing7.xml'] = strToU8('<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>');
  files['xl/drawings/_rels/drawing7.xml.rels'] = strToU8(
    `<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/chart" Target="../charts/chart7.xml"/>` +
      `<Relationship Id="rId2" Type="${R}/image" Target="../media/image1.png"/></Relationships>`,
  );
  files['xl/charts/chart7.xml'] = strToU8('<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
  files['xl/charts/_rels/chart7.xml.rels'] = strToU8(`<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/chartUserShapes" Target="../drawings/drawing8.xml"/></Relationships>`);
  files['xl/drawings/drawing8.xml'] = strToU8('<c:userShapes xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
  const o = (name: string, type: string) => `<Override PartName="/${name}" ContentType="${CT}.${type}"/>`;
  files['[Content_Types].xml'] = strToU8(
    strFromU8(files['[Content_Types].xml']).replace(
      '</Types>',
      o('xl/comments7.xml', 'spreadsheetml.comments+xml') + o('xl/drawings/drawing7.xml', 'drawing+xml') +
        o('xl/charts/chart7.xml', 'drawingml.chart+xml') + o('xl/drawings/drawing8.xml', 'drawingml.chartshapes+xml') + '</Types>',
    ),
  );
  return zipSync(files);
}

describe('summarize run again on its own output', () => {
  const first = decorateOwnSheet(patchWorkbook(buildUserPackage(), { sheets: [summary('lần 1')] }));
  const firstFiles = unzipSync(first);
  const second = unzipSync(patchWorkbook(first, { sheets: [summary('lần 2')] }));
  const ownOnly = [
    'xl/printerSettings/printerSettings7.bin', 'xl/comments7.xml', 'xl/drawings/drawing7.xml', 'xl/drawings/_rels/drawing7.xml.rels',
    'xl/charts/chart7.xml', 'xl/charts/_rels/chart7.xml.rels', 'xl/drawings/drawing8.xml',
  ];

  it('removes the parts only its old sheet used, and their content types', () => {
    for (const name of ownOnly) expect(firstFiles[name]).toBeDefined();
    for (const name of ownOnly) expect(second[name]).toBeUndefined();
    const types = strFromU8(second['[Content_Types].xml']);
    for (const name of ownOnly) expect(types).not.toContain(`"/${name}"`);
  });

  it("keeps what a part that stays refers to: the user's image, chart and printer settings", () => {
    for (const name of ['xl/media/image1.png', 'xl/charts/chart1.xml', 'xl/drawings/drawing1.xml', 'xl/printerSettings/printerSettings1.bin', 'xl/comments1.xml']) {
      expect(second[name]).toEqual(firstFiles[name]);
    }
  });

  it('leaves no relationship pointing at a missing part, and reads back', () => {
    for (const [name, data] of Object.entries(second)) {
      if (!name.endsWith('.rels')) continue;
      const source = name.replace(/_rels\/([^/]*)\.rels$/, '$1');
      const folder = source.slice(0, source.lastIndexOf('/') + 1);
      for (const m of strFromU8(data).matchAll(/<Relationship ([^>]*)\/>/g)) {
        if (/TargetMode="External"/.test(m[1])) continue;
        const target = /Target="([^"]+)"/.exec(m[1])![1];
        const resolved = new URL(target, `http://p/${folder}`).pathname.slice(1);
        expect([name, resolved, second[resolved] !== undefined]).toEqual([name, resolved, true]);
      }
    }
    const sheet = readWorkbookBytes(zipSync(second), 'lan-2.xlsx').sheets.find((s) => s.name === SUMMARY_SHEET);
    expect(sheet?.rows[1]?.[0]?.v).toBe('lần 2');
  });
});
