/**
 * Hand-made .xlsx packages, written part by part as Excel writes them (shared strings with rich
 * text and phonetic guides, inline strings, shared formulas, styles with built-in and custom
 * formats, the 1904 system, hidden sheets, a chart sheet, stored add-in settings), for what
 * ExcelJS cannot write itself.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface HandMadeSheet {
  name: string;
  /** The inside of <worksheet>: <sheetData> and anything else. */
  body: string;
  state?: 'hidden' | 'veryHidden';
  /** A chart sheet: listed in the workbook, no cells. */
  chart?: boolean;
}

export interface HandMade {
  sheets: HandMadeSheet[];
  sharedStrings?: string[];
  /** <numFmt> elements and the numFmtId of each cellXfs entry after the default one (s="1" …). */
  numFmts?: { id: number; code: string }[];
  cellFormats?: number[];
  date1904?: boolean;
  webExtensionProperties?: Record<string, string>;
  /** Extra or replaced parts, by name. */
  parts?: Record<string, string | Uint8Array>;
  /** Compression level of every part (0 = stored). */
  level?: 0 | 6 | 9;
}

export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function handMadePackage(spec: HandMade): Uint8Array {
  const files: Record<string, string | Uint8Array> = {};
  const rels: string[] = [];
  const sheets: string[] = [];
  spec.sheets.forEach((s, i) => {
    const id = `rId${i + 1}`;
    const state = s.state ? ` state="${s.state}"` : '';
    sheets.push(`<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}"${state} r:id="${id}"/>`);
    if (s.chart) {
      rels.push(`<Relationship Id="${id}" Type="${REL}/chartsheet" Target="chartsheets/sheet${i + 1}.xml"/>`);
      files[`xl/chartsheets/sheet${i + 1}.xml`] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<chartsheet ${NS}><sheetPr/></chartsheet>`;
    } else {
      rels.push(`<Relationship Id="${id}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
      files[`xl/worksheets/sheet${i + 1}.xml`] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>${s.body}</worksheet>`;
    }
  });
  const n = spec.sheets.length;
  rels.push(`<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  rels.push(`<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  const pr = spec.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr defaultThemeVersion="164011"/>';
  files['xl/workbook.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook ${NS}>${pr}<bookViews><workbookView/></bookViews><sheets>${sheets.join('')}</sheets></workbook>`;
  files['xl/_rels/workbook.xml.rels'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
  const strings = spec.sharedStrings ?? [];
  files['xl/sharedStrings.xml'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${NS} count="${strings.length}" uniqueCount="${strings.length}">${strings.join('')}</sst>`;
  const numFmts = spec.numFmts ?? [];
  const xfs = [0, ...(spec.cellFormats ?? [])].map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ''}/>`);
  files['xl/styles.xml'] =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet ${NS}>` +
    (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.map((f) => `<numFmt numFmtId="${f.id}" formatCode="${xmlEscape(f.code)}"/>`).join('')}</numFmts>` : '') +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    '<dxfs count="1"><dxf><font><b/></font></dxf></dxfs></styleSheet>';
  if (spec.webExtensionProperties) {
    const props = Object.entries(spec.webExtensionProperties).map(([k, v]) => `<we:property name="${xmlEscape(k)}" value="${xmlEscape(v)}"/>`);
    files['xl/webextensions/webextension1.xml'] =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{00000000-0000-0000-0000-000000000001}">` +
      `<we:reference id="wa000000000" version="1.0.0.0" store="x" storeType="OMEX"/><we:alternateReferences/><we:properties>${props.join('')}</we:properties><we:bindings/><we:snapshot xmlns:r="${REL}"/></we:webextension>`;
  }
  files['[Content_Types].xml'] =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>';
  files['_rels/.rels'] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  Object.assign(files, spec.parts ?? {});
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(files)) zippable[name] = [typeof content === 'string' ? strToU8(content) : content, { level: spec.level ?? 6 }];
  return zipSync(zippable);
}
