/**
 * A fresh package holding only the plan's sheets (the `template` command): a minimal empty
 * workbook (without styles: the patch adds them, as for any workbook that has none), patched like
 * any user's workbook, so both commands share one writer.
 */
import type { WritePlan } from '../../engine';
import { patchWorkbook } from './patchWorkbook';
import { newEntry, writeZip } from './zipArchive';

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

const EMPTY_PACKAGE: [string, string][] = [
  [
    '[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
      '</Types>',
  ],
  [
    '_rels/.rels',
    `<Relationships xmlns="${PKG_REL_NS}">` +
      `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
      `<Relationship Id="rId2" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/>` +
      '</Relationships>',
  ],
  [
    'docProps/app.xml',
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
      'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Phụ lục</Application>' +
      '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>' +
      '<vt:variant><vt:i4>0</vt:i4></vt:variant></vt:vector></HeadingPairs>' +
      '<TitlesOfParts><vt:vector size="0" baseType="lpstr"></vt:vector></TitlesOfParts></Properties>',
  ],
  [
    'xl/workbook.xml',
    `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr/>` +
      '<bookViews><workbookView/></bookViews><sheets/></workbook>',
  ],
  [
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="${PKG_REL_NS}"></Relationships>`,
  ],
];

/** Throws when the plan has no sheet: a workbook needs at least one. */
export function newWorkbook(plan: WritePlan): Uint8Array {
  if (plan.sheets.length === 0) throw new Error('Write plan: a new workbook needs at least one sheet');
  const empty = writeZip(EMPTY_PACKAGE.map(([name, xml]) => newEntry(name, XML_HEAD + xml)));
  return patchWorkbook(empty, plan);
}
