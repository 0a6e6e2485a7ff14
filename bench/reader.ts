/**
 * The reader's figures: check against the floor (inflate + find every cell), a million rows, a
 * whole-sheet validation with a huge merge, and an inflation bomb. Files are generated here.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';

export type TimeNode = (args: string[]) => { ms: number; peakMb: number };

/** bench/floor.js on `file`, inflating with fflate (the floor) or with Node's zlib. */
export function floorArgs(file: string, inflate: 'fflate' | 'zlib' = 'fflate'): string[] {
  return [path.join(__dirname, 'floor.js'), file, ...(inflate === 'zlib' ? ['zlib'] : [])];
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function packageWith(sheetXml: Uint8Array | string, level: 0 | 6 = 6): Uint8Array {
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`<workbook ${NS}><sheets><sheet name="Nhiệm vụ" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    'xl/worksheets/sheet1.xml': [typeof sheetXml === 'string' ? strToU8(sheetXml) : sheetXml, { level }],
  });
}

/** A few task rows under a list validation on A1:XFD1048576, a merge over A10:XFD1048576, a format over it all. */
export function writeWholeSheetFile(file: string): void {
  const rows = ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái'].map((h, c) => `<c r="${'ABCDE'[c]}3" t="inlineStr"><is><t>${h}</t></is></c>`).join('');
  fs.writeFileSync(
    file,
    packageWith(
      `<worksheet ${NS}><sheetData><row r="3">${rows}</row><row r="4"><c r="A4"><v>1</v></c><c r="B4" t="inlineStr"><is><t>Số hóa hồ sơ</t></is></c></row></sheetData>` +
        '<mergeCells count="1"><mergeCell ref="A10:XFD1048576"/></mergeCells>' +
        '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule></conditionalFormatting>' +
        '<dataValidations count="1"><dataValidation type="list" sqref="A1:XFD1048576"><formula1>"Có,Không"</formula1></dataValidation></dataValidations></worksheet>',
    ),
  );
}

/** ~3 MB that inflates to 3 GB of whitespace inside <sheetData> (raw deflate built by zlib, streamed). */
export function writeBombFile(file: string): void {
  const head = Buffer.from(`<worksheet ${NS}><sheetData>`);
  // Raw deflate pieces ending on a full flush stand alone, so one 64 MB piece repeated 48 times
  // is a valid stream of 3 GB that is never in memory.
  const full = { finishFlush: zlib.constants.Z_FULL_FLUSH, level: 9 };
  const block = zlib.deflateRawSync(Buffer.alloc(64 * 1024 * 1024, 32), full);
  const pieces = [zlib.deflateRawSync(head, full)];
  for (let i = 0; i < 48; i++) pieces.push(block);
  pieces.push(zlib.deflateRawSync(Buffer.from('</sheetData></worksheet>')));
  const compressed = Buffer.concat(pieces);
  fs.writeFileSync(file, storedDeflated(compressed));
}

/** A package whose sheet part is the given raw-deflate stream (sizes in the headers left at 0: the reader does not trust them). */
function storedDeflated(deflated: Buffer): Uint8Array {
  const base = packageWith('<worksheet/>', 0);
  // A zip written by hand, with the deflated sheet in place of the stored one.
  const files: [string, Uint8Array, number][] = [];
  for (const [name, data] of Object.entries(unzipSync(base))) {
    if (name === 'xl/worksheets/sheet1.xml') files.push([name, deflated, 8]);
    else files.push([name, data, 0]);
  }
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data, method] of files) {
    const n = Buffer.from(name);
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(method, 8);
    h.writeUInt32LE(data.length, 18);
    h.writeUInt32LE(method === 0 ? data.length : 0xffffffff - 1, 22);
    h.writeUInt16LE(n.length, 26);
    locals.push(h, n, Buffer.from(data));
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(method, 10);
    c.writeUInt32LE(data.length, 20);
    c.writeUInt32LE(method === 0 ? data.length : 0xffffffff - 1, 24);
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}
