// The floor of reading a workbook, run in its own node process by bench/run.ts: inflate the sheet
// and shared strings and find every cell once. Nothing is built. Plain JavaScript that loads nothing
// but the inflater: the product's zip directory reader (src/xlsx/read/zip.ts) exists only as
// TypeScript inside the CLI's bundle, and compiling or loading it would count as floor, so the few
// lines that find an entry are written here again.
//
// `node floor.js FILE` inflates with fflate, streaming: the floor the ratio is measured
// against, in the zip library the pane uses. `node floor.js FILE zlib` inflates with Node's zlib in
// one call, the fastest inflate Node has; the CLI inflates large parts with zlib too, so the ratio
// against this floor is the stricter one, and the bench prints both.
const fs = require('node:fs');
const zlib = require('node:zlib');
const { Inflate } = require('fflate');

/** Name → where the entry's bytes sit, from the central directory (no zip64: the bench's files are small). */
function zipEntries(zip) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (eocd >= 0 && view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const count = view.getUint16(eocd + 10, true);
  const entries = new Map();
  for (let i = 0, p = view.getUint32(eocd + 16, true); i < count; i++) {
    const nameLength = view.getUint16(p + 28, true);
    const name = new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLength));
    entries.set(name, { compressedSize: view.getUint32(p + 20, true), localHeaderOffset: view.getUint32(p + 42, true) });
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

const zip = new Uint8Array(fs.readFileSync(process.argv[2]));
const entries = zipEntries(zip);
const CHUNK = 64 * 1024;
let cells = 0;
function countCells(chunk) {
  // "<c " opens a cell; one split across chunks is missed, which only flatters the floor.
  for (let i = chunk.indexOf(60); i >= 0; i = chunk.indexOf(60, i + 1)) if (chunk[i + 1] === 99 && chunk[i + 2] === 32) cells++;
}
for (const name of ['xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml']) {
  const entry = entries.get(name);
  if (!entry) continue;
  const view = new DataView(zip.buffer, zip.byteOffset + entry.localHeaderOffset);
  const start = entry.localHeaderOffset + 30 + view.getUint16(26, true) + view.getUint16(28, true);
  const end = start + entry.compressedSize;
  if (process.argv[3] === 'zlib') {
    countCells(zlib.inflateRawSync(zip.subarray(start, end)));
    continue;
  }
  const inflater = new Inflate(countCells);
  for (let p = start; p < end; p += CHUNK) inflater.push(zip.subarray(p, Math.min(end, p + CHUNK)), p + CHUNK >= end);
}
if (cells === 0) throw new Error('no cells found');
