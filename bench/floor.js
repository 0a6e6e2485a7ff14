// The floor of reading a workbook, run in its own node process by bench/run.ts: inflate the sheet
// and shared strings with fflate, streaming, and find every cell once. Nothing is built. Plain
// JavaScript on the built zip directory reader, so it pays no compile cost the CLI does not pay.
const fs = require('node:fs');
const { Inflate } = require('fflate');
const { zipEntries } = require('../build/xlsx/read/zip');

const zip = new Uint8Array(fs.readFileSync(process.argv[2]));
const entries = zipEntries(zip);
const CHUNK = 64 * 1024;
let cells = 0;
for (const name of ['xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml']) {
  const entry = entries.get(name);
  if (!entry) continue;
  const view = new DataView(zip.buffer, zip.byteOffset + entry.localHeaderOffset);
  const start = entry.localHeaderOffset + 30 + view.getUint16(26, true) + view.getUint16(28, true);
  const end = start + entry.compressedSize;
  const inflater = new Inflate((chunk) => {
    // "<c " opens a cell; one split across chunks is missed, which only flatters the floor.
    for (let i = chunk.indexOf(60); i >= 0; i = chunk.indexOf(60, i + 1)) if (chunk[i + 1] === 99 && chunk[i + 2] === 32) cells++;
  });
  for (let p = start; p < end; p += CHUNK) inflater.push(zip.subarray(p, Math.min(end, p + CHUNK)), p + CHUNK >= end);
}
if (cells === 0) throw new Error('no cells found');
