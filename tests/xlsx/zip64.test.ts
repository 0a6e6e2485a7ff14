/**
 * zip64 packages, as Excel writes them above 4 GB (built small by ./fixtures/zip64.ts): the reader
 * gives the same snapshot as from the plain package, and the writer patches one into a package
 * that its own reader, fflate and Info-ZIP's `unzip -t` read, with every user part's content kept.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { SUMMARY_SHEET } from '../../src/engine';
import { patchWorkbook, readWorkbookBytes } from '../../src/xlsx';
import { buildUserPackage, WRITER_PARTS } from './fixtures/userPackage';
import { asZip64 } from './fixtures/zip64';

const SAMPLE = new Uint8Array(readFileSync(resolve(__dirname, '../../samples/phu-luc-mau.xlsx')));
const dir = mkdtempSync(join(tmpdir(), 'phuluc-zip64-'));

/** Info-ZIP's verdict on an archive, as an independent check of the fixture and of the output. */
function unzipTest(bytes: Uint8Array, name: string): string {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
}

describe('a zip64 package', () => {
  const cases: [string, Uint8Array][] = [
    ['the sample workbook', SAMPLE],
    ['the rich user workbook', buildUserPackage()],
  ];

  it.each(cases)('is a valid zip64 archive (the fixture itself): %s', (_label, plain) => {
    const zip64 = asZip64(plain);
    expect(Buffer.from(zip64.subarray(zip64.length - 98, zip64.length - 94)).readUInt32LE(0)).toBe(0x06064b50);
    expect(unzipTest(zip64, 'in.xlsx')).toMatch(/No errors detected/);
  });

  it.each(cases)('reads as the plain package does: %s', (_label, plain) => {
    expect(readWorkbookBytes(asZip64(plain), 'zip64.xlsx')).toEqual(readWorkbookBytes(plain, 'plain.xlsx'));
  });

  it('is patched into a readable package that keeps every user part', () => {
    const input = asZip64(buildUserPackage());
    const output = patchWorkbook(input, { sheets: [{ name: SUMMARY_SHEET, values: [['Tổng hợp']], columnWidths: [20], merges: [], formats: [] }] });
    expect(unzipTest(output, 'out.xlsx')).toMatch(/No errors detected/);
    const before = unzipSync(input);
    const after = unzipSync(output);
    for (const name of Object.keys(before)) if (!WRITER_PARTS.includes(name)) expect([name, after[name]]).toEqual([name, before[name]]);
    const snapshot = readWorkbookBytes(output, 'out.xlsx');
    expect(snapshot.sheets.map((s) => s.name)).toEqual([...readWorkbookBytes(input, 'in.xlsx').sheets.map((s) => s.name), SUMMARY_SHEET]);
  });
});
