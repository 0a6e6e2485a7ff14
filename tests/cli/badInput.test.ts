/**
 * Files that are not readable workbooks, given to the real `check` and `summarize`: each gets one
 * clear line on stderr in the chosen language, exit code 2, nothing on stdout, and `summarize`
 * leaves neither an output file nor a temporary one behind.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, promises as fs, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import JSZip from 'jszip';
import { entryData, zipEntries } from '../../src/xlsx/read/zip';
import { zlibInflater } from '../../src/xlsx/zlibInflater';
import { addTaskSheet, CLEAN_TASKS, writeWorkbook } from './fixtures';
import { ensureBuilt, expectCleanError, runCli, type RunResult } from './run';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-cli-bad-'));
const f = (name: string) => join(dir, name);
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Root reads any file; the unreadable case is run as "nobody" then. */
const NOBODY = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;

const SHEET = 'xl/worksheets/sheet1.xml';

/** Rows of 100 pseudo-random letters each, which deflate barely compresses. */
function letterRows(count: number): string {
  let seed = 7;
  const rows: string[] = [];
  for (let r = 1; r <= count; r++) {
    let text = '';
    for (let i = 0; i < 100; i++) text += String.fromCharCode(97 + ((seed = (seed * 48_271) % 2_147_483_647) % 26));
    rows.push(`<row r="${r}"><c r="B${r}" t="inlineStr"><is><t>${text}</t></is></c></row>`);
  }
  return rows.join('');
}

beforeAll(async () => {
  ensureBuilt();
  // Readable by "nobody" down to the files, so only the unreadable file's own mode stops it.
  chmodSync(dir, 0o755);
  await writeWorkbook(f('sach.xlsx'), (wb) => addTaskSheet(wb, 'PL1', CLEAN_TASKS));
  const good = await fs.readFile(f('sach.xlsx'));
  await fs.writeFile(f('ghi-chu.txt'), 'không phải excel');
  await fs.writeFile(f('du-lieu.xlsx'), 'STT,Tên nhiệm vụ\n1,Abc\n');
  await fs.writeFile(f('rong.xlsx'), '');
  await fs.writeFile(f('bao-cao.pdf'), '%PDF-1.7\n');
  const docx = new JSZip();
  docx.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  docx.file('word/document.xml', '<w:document/>');
  await fs.writeFile(f('cong-van.xlsx'), await docx.generateAsync({ type: 'nodebuffer' }));
  await fs.writeFile(f('cong-van-cu.xlsx'), Buffer.concat([CFB, Buffer.alloc(1000), Buffer.from('WordDocument', 'utf16le')]));
  await fs.writeFile(f('mat-khau.xlsx'), Buffer.concat([CFB, Buffer.alloc(1000), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(64)]));
  await fs.writeFile(f('cu.xls'), Buffer.concat([CFB, Buffer.alloc(1000), Buffer.from('Workbook', 'utf16le')]));
  await fs.writeFile(f('hong.xlsx'), good.subarray(0, good.length - 200));
  const broken = await JSZip.loadAsync(good);
  broken.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row>');
  await fs.writeFile(f('hong-xml.xlsx'), await broken.generateAsync({ type: 'nodebuffer' }));
  // A part inflating far past any real workbook: 20 MB of whitespace in ~20 KB.
  const bomb = await JSZip.loadAsync(good);
  bomb.file('xl/worksheets/sheet1.xml', `<worksheet><sheetData>${' '.repeat(20 * 1024 * 1024)}</sheetData></worksheet>`);
  await fs.writeFile(f('bom.xlsx'), await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  // The same two refusals on a sheet large enough to be inflated by zlib on another thread (src/xlsx/zlibInflater.ts).
  const parts = unzipSync(good);
  const bigSheet = (tail: string) => zipSync({ ...parts, [SHEET]: strToU8(`<worksheet><sheetData>${letterRows(3_500)}${tail}</sheetData></worksheet>`) }, { level: 6 });
  const bigDamaged = bigSheet('');
  const { start } = entryData(bigDamaged, zipEntries(bigDamaged).get(SHEET)!);
  // Deflate block type 3 does not exist.
  bigDamaged.fill(0xff, start, start + 4);
  await fs.writeFile(f('hong-lon.xlsx'), bigDamaged);
  // Past the text that barely compresses, 150 MB of whitespace in ~150 KB.
  const bigBomb = bigSheet(' '.repeat(150 * 1024 * 1024));
  await fs.writeFile(f('bom-lon.xlsx'), bigBomb);
  for (const pkg of [bigDamaged, bigBomb]) expect(zipEntries(pkg).get(SHEET)!.compressedSize).toBeGreaterThan(zlibInflater.minCompressedBytes);
  const tooManyRows = await JSZip.loadAsync(good);
  tooManyRows.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1048577"><c r="A1048577"><v>1</v></c></row></sheetData></worksheet>');
  await fs.writeFile(f('qua-dong.xlsx'), await tooManyRows.generateAsync({ type: 'nodebuffer' }));
  // A named pipe with no writer: opening it would block forever.
  execFileSync('mkfifo', [f('ong.xlsx')]);
  mkdirSync(f('thu-muc.xlsx'));
  await fs.writeFile(f('khoa.xlsx'), good);
  chmodSync(f('khoa.xlsx'), 0o000);
}, 180_000);

const CASES: [string, RegExp, RegExp][] = [
  ['ghi-chu.txt', /không phải tệp Excel \.xlsx/, /not an Excel \.xlsx file/],
  ['du-lieu.xlsx', /không phải tệp Excel \.xlsx/, /not an Excel \.xlsx file/],
  ['bao-cao.pdf', /không phải tệp Excel \.xlsx/, /not an Excel \.xlsx file/],
  ['cong-van.xlsx', /không phải tệp Excel \.xlsx/, /not an Excel \.xlsx file/],
  ['cong-van-cu.xlsx', /không phải tệp Excel \.xlsx/, /not an Excel \.xlsx file/],
  ['rong.xlsx', /tệp rỗng \(0 byte\)/, /empty \(0 bytes\)/],
  ['mat-khau.xlsx', /bảo vệ bằng mật khẩu/, /password-protected/],
  ['cu.xls', /Excel 97-2003 \(\.xls\)/, /Excel 97-2003 \(\.xls\)/],
  ['hong.xlsx', /bị hỏng/, /damaged/],
  ['hong-xml.xlsx', /bị hỏng/, /damaged/],
  ['bom.xlsx', /giải nén ra lớn bất thường/, /inflates to an abnormal size/],
  ['hong-lon.xlsx', /bị hỏng/, /damaged/],
  ['bom-lon.xlsx', /giải nén ra lớn bất thường/, /inflates to an abnormal size/],
  ['qua-dong.xlsx', /vượt quá giới hạn của Excel/, /beyond Excel's limits/],
  ['ong.xlsx', /không phải tệp thông thường/, /not a regular file/],
  ['thu-muc.xlsx', /là một thư mục/, /is a folder/],
  ['khong-co.xlsx', /không tìm thấy tệp/, /file not found/],
  ['khoa.xlsx', /không có quyền truy cập/, /permission denied/],
];

function run(args: string[], name: string): RunResult {
  return runCli(args, name === 'khoa.xlsx' && NOBODY ? { as: NOBODY } : {});
}

function expectOneLine(r: RunResult, name: string, pattern: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expectCleanError(r);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toContain(f(name));
  expect(r.stderr).toMatch(pattern);
}

describe.each(CASES)('%s', (name, vi, en) => {
  it('check: exit 2, one clear line, in Vietnamese and with --lang en in English', () => {
    expectOneLine(run(['check', f(name), '--as-of', '2025-12-11'], name), name, vi);
    expectOneLine(run(['check', f(name), '--json', '--lang', 'en'], name), name, en);
  });

  it('summarize: exit 2, and nothing written, not even half-way', () => {
    const out = f(`${name}.tong-hop.xlsx`);
    expectOneLine(run(['summarize', f(name), '-o', out, '--as-of', '2025-12-11'], name), name, vi);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('a summary that cannot be written', () => {
  (NOBODY ? it : it.skip)('into a folder the user may not write to: exit 2, one line, nothing left behind', () => {
    const locked = f('chi-doc');
    mkdirSync(locked, { mode: 0o755 });
    const out = join(locked, 'ket-qua.xlsx');
    const r = runCli(['summarize', f('sach.xlsx'), '-o', out, '--as-of', '2025-12-11'], { as: NOBODY });
    expect(r.code).toBe(2);
    expectCleanError(r);
    expect(r.stderr).toMatch(/không có quyền truy cập tệp/);
    expect(readdirSync(locked)).toEqual([]);
  });
});
