'use strict';
/**
 * Builds the bundled sample workbook samples/phu-luc-mau.xlsx from the transcriptions in
 * samples/data/*.json (one sheet per file, in file-name order). Shape of the data files and what
 * they transcribe: samples/README.md. Run with `npm run sample`; tests/sample.test.ts checks that
 * the committed workbook still equals the data files.
 */
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');

const ROOT = path.join(__dirname, '..');
const DATA_DIR = path.join(ROOT, 'samples', 'data');
const OUT = path.join(ROOT, 'samples', 'phu-luc-mau.xlsx');

/** Fixed workbook metadata and zip entry times, so that a rebuild gives the same file. */
const FIXED_TIME = new Date(Date.UTC(2025, 11, 11));
const KINDS = new Set(['title', 'section', 'header', 'numbering', 'data']);

const FONT = { name: 'Times New Roman', size: 12 };
const THIN = { style: 'thin' };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };

function fail(file, where, message) {
  throw new Error(`${path.basename(file)}${where ? ` ${where}` : ''}: ${message}`);
}

function checkCell(cell, file, where) {
  if (cell === null || typeof cell === 'number') return;
  if (typeof cell === 'string') {
    if (cell !== cell.normalize('NFC')) fail(file, where, 'text is not in Unicode NFC');
    return;
  }
  if (cell && typeof cell === 'object' && typeof cell.date === 'string' && typeof cell.format === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cell.date);
    const d = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    if (!d || d.toISOString().slice(0, 10) !== cell.date) fail(file, where, `not a real date: ${cell.date}`);
    return;
  }
  if (cell && typeof cell === 'object' && typeof cell.number === 'number' && typeof cell.format === 'string') {
    if (!Number.isFinite(cell.number)) fail(file, where, `not a finite number: ${cell.number}`);
    return;
  }
  fail(file, where, `a cell must be a string, a number, null, { date, format } or { number, format }: ${JSON.stringify(cell)}`);
}

/** Reads and checks the data files; returns [{ file, ...sheet }] in file-name order. */
function loadSheets(dir = DATA_DIR) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return files.map((name) => {
    const file = path.join(dir, name);
    const sheet = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (typeof sheet.sheet !== 'string' || sheet.sheet.length > 31 || /[[\]:*?/\\]/.test(sheet.sheet)) {
      fail(file, '', `invalid sheet name: ${JSON.stringify(sheet.sheet)}`);
    }
    if (!Array.isArray(sheet.rows) || !Array.isArray(sheet.columnWidths)) fail(file, '', 'needs rows and columnWidths');
    sheet.rows.forEach((row, i) => {
      const r = i + 1;
      if (!KINDS.has(row.kind)) fail(file, `row ${r}`, `unknown kind ${JSON.stringify(row.kind)}`);
      if (!Array.isArray(row.cells)) fail(file, `row ${r}`, 'cells must be an array');
      row.cells.forEach((cell, c) => checkCell(cell, file, `row ${r} cell ${c + 1}`));
      for (const range of row.merges || []) {
        const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
        if (!m || +m[2] !== r) fail(file, `row ${r}`, `merge ${range} must start on its own row (${r})`);
      }
    });
    return { file: name, ...sheet };
  });
}

function cellValue(cell) {
  if (cell !== null && typeof cell === 'object' && 'number' in cell) return cell.number; // shown through its format
  if (cell !== null && typeof cell === 'object') {
    const [y, m, d] = cell.date.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d)); // UTC midnight: ExcelJS stores the serial of that day
  }
  return cell;
}

function styleCell(cell, kind, value) {
  cell.font = kind === 'title' || kind === 'section' || kind === 'header' ? { ...FONT, bold: true }
    : kind === 'numbering' ? { ...FONT, italic: true } : FONT;
  if (kind === 'title') {
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    return;
  }
  cell.border = BORDER;
  if (kind === 'header') {
    cell.fill = HEADER_FILL;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  } else if (kind === 'numbering') {
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
  } else if (kind === 'section') {
    cell.alignment = { vertical: 'middle', wrapText: true };
  } else {
    const centred = typeof value === 'number' || value instanceof Date;
    cell.alignment = { horizontal: centred ? 'center' : undefined, vertical: 'top', wrapText: true };
  }
}

function buildWorkbook(sheets) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Phụ lục';
  wb.lastModifiedBy = 'Phụ lục';
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.sheet);
    sheet.columnWidths.forEach((width, i) => { ws.getColumn(i + 1).width = width; });
    sheet.rows.forEach((row, i) => {
      row.cells.forEach((raw, c) => {
        const cell = ws.getCell(i + 1, c + 1);
        const value = cellValue(raw);
        if (value !== null) cell.value = value;
        if (raw !== null && typeof raw === 'object') cell.numFmt = raw.format;
        styleCell(cell, row.kind, value);
      });
    });
    sheet.rows.forEach((row) => (row.merges || []).forEach((range) => ws.mergeCells(range)));
  }
  return wb;
}

/** Sets every zip entry's DOS time to FIXED_TIME (the zip library stamps the current time). */
function fixZipTimes(buf) {
  const dosDate = ((FIXED_TIME.getUTCFullYear() - 1980) << 9) | ((FIXED_TIME.getUTCMonth() + 1) << 5) | FIXED_TIME.getUTCDate();
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  const entries = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad zip central directory');
    buf.writeUInt16LE(0, p + 12);
    buf.writeUInt16LE(dosDate, p + 14);
    const local = buf.readUInt32LE(p + 42);
    if (buf.readUInt32LE(local) !== 0x04034b50) throw new Error('bad zip local header');
    buf.writeUInt16LE(0, local + 10);
    buf.writeUInt16LE(dosDate, local + 12);
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return buf;
}

async function main() {
  const sheets = loadSheets();
  const buf = Buffer.from(await buildWorkbook(sheets).xlsx.writeBuffer());
  fs.writeFileSync(OUT, fixZipTimes(buf));
  for (const s of sheets) {
    const data = s.rows.filter((r) => r.kind === 'data').length;
    console.log(`${s.file} -> "${s.sheet}": ${s.rows.length} rows, ${data} data rows`);
  }
  console.log(`wrote ${path.relative(ROOT, OUT)}`);
}

main().catch((err) => {
  console.error(err.message);
  process.exit(1);
});
