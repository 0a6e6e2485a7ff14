import { existsSync, mkdtempSync, promises as fs, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ISSUE_SHEET, reportSchema, SUMMARY_SHEET } from '../../src/engine';
import { buildUserWorkbook, fileSha256, QUOTED_SHEET, readBack, sheetFingerprint } from '../xlsx/userWorkbook';
import { addTaskSheet, CLEAN_TASKS, writeWorkbook } from './fixtures';
import { ensureBuilt, expectCleanError, runCli } from './run';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-cli-sum-'));
const f = (name: string) => join(dir, name);
const AS_OF = ['--as-of', '2025-12-11'];

function sheetNames(wb: ExcelJS.Workbook): string[] {
  return wb.worksheets.map((ws) => ws.name);
}

beforeAll(async () => {
  ensureBuilt();
  // The user's rich workbook plus a real task appendix, so the engine has something to report.
  const wb = buildUserWorkbook();
  addTaskSheet(wb, 'PL1', [...CLEAN_TASKS, [4, 'Cập nhật dữ liệu', 'Phòng Kinh tế', '31/02/2025', 'Đang thực hiện']]);
  await wb.xlsx.writeFile(f('bao-cao.xlsx'));
  await writeWorkbook(f('sach.xlsx'), (w) => addTaskSheet(w, 'PL1', CLEAN_TASKS));
}, 180_000);

describe('phuluc summarize', () => {
  let inputHash: string;
  let first: ReturnType<typeof runCli>;
  let second: ReturnType<typeof runCli>;

  beforeAll(async () => {
    inputHash = await fileSha256(f('bao-cao.xlsx'));
    first = runCli(['summarize', f('bao-cao.xlsx'), '-o', f('lan-1.xlsx'), ...AS_OF]);
    second = runCli(['summarize', f('lan-1.xlsx'), '-o', f('lan-2.xlsx'), ...AS_OF]);
  });

  it('writes a copy with one summary and one issue sheet; exit 1 because of an error finding', async () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(1);
    expect(first.stdout).toContain(`Đã ghi bản tổng hợp: ${f('lan-1.xlsx')}`);
    expect(first.stdout).toMatch(/Kết quả kiểm tra: [1-9]\d* lỗi, \d+ cảnh báo, \d+ lưu ý \(chi tiết ở trang "Kiểm tra"\)/);
    expect(first.stdout).toMatch(/\nĐơn vị được giao \d+ nhiệm vụ và \d+ chỉ tiêu, .*\.\n$/);
    const out = await readBack(f('lan-1.xlsx'));
    expect(sheetNames(out).filter((n) => n === SUMMARY_SHEET)).toHaveLength(1);
    expect(sheetNames(out).filter((n) => n === ISSUE_SHEET)).toHaveLength(1);
  });

  it('never modifies the input file', async () => {
    expect(await fileSha256(f('bao-cao.xlsx'))).toBe(inputHash);
  });

  it('run on its own output, replaces its two sheets instead of adding more', async () => {
    expect(second.code).toBe(1);
    const out = await readBack(f('lan-2.xlsx'));
    const names = sheetNames(out);
    expect(names.filter((n) => n === SUMMARY_SHEET)).toHaveLength(1);
    expect(names.filter((n) => n === ISSUE_SHEET)).toHaveLength(1);
    expect(names).toHaveLength(sheetNames(await readBack(f('lan-1.xlsx'))).length);
  });

  it('run on its own output, reports the same as the first time (its own sheets are not appendices)', () => {
    const tail = (s: string) => s.split('\n').slice(1).join('\n');
    expect(tail(second.stdout)).toBe(tail(first.stdout));
  });

  it('leaves every sheet of the user unchanged', async () => {
    const original = await readBack(f('bao-cao.xlsx'));
    for (const out of [await readBack(f('lan-1.xlsx')), await readBack(f('lan-2.xlsx'))]) {
      for (const ws of original.worksheets) {
        expect(sheetFingerprint(out.getWorksheet(ws.name)!)).toEqual(sheetFingerprint(ws));
      }
      expect(out.getWorksheet(QUOTED_SHEET)).toBeDefined();
    }
  });

  it('exit 0 without error findings; --json prints the report on stdout', () => {
    const r = runCli(['summarize', f('sach.xlsx'), '-o', f('sach.tong-hop.xlsx'), ...AS_OF, '--json']);
    expect(r.code).toBe(0);
    const report = reportSchema.parse(JSON.parse(r.stdout));
    expect(report.file).toBe('sach.xlsx');
    expect(r.stderr).toContain('sach.tong-hop.xlsx');
  });

  it('refuses to write over its input, however it is named', async () => {
    for (const out of [f('bao-cao.xlsx'), join(dir, '.', 'bao-cao.xlsx')]) {
      const r = runCli(['summarize', f('bao-cao.xlsx'), '-o', out, ...AS_OF]);
      expect(r.code).toBe(2);
      expectCleanError(r);
      expect(r.stderr).toMatch(/trùng với tệp đầu vào/);
    }
    expect(await fileSha256(f('bao-cao.xlsx'))).toBe(inputHash);
  });

  it('exit 2, and no output file, when the input cannot be read or the folder does not exist', async () => {
    await fs.writeFile(f('rong.xlsx'), '');
    const a = runCli(['summarize', f('rong.xlsx'), '-o', f('rong.out.xlsx'), ...AS_OF]);
    expect(a.code).toBe(2);
    expectCleanError(a);
    expect(existsSync(f('rong.out.xlsx'))).toBe(false);
    const b = runCli(['summarize', f('sach.xlsx'), '-o', join(dir, 'khong-co', 'x.xlsx'), ...AS_OF]);
    expect(b.code).toBe(2);
    expectCleanError(b);
    expect(b.stderr).toMatch(/thư mục để ghi tệp kết quả không tồn tại/);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});

describe('phuluc summarize next to a user sheet called "Tổng hợp"', () => {
  it('never replaces the user’s own sheet of that name', async () => {
    await writeWorkbook(f('co-tong-hop.xlsx'), (wb) => {
      addTaskSheet(wb, 'PL1', CLEAN_TASKS);
      const mine = wb.addWorksheet(SUMMARY_SHEET);
      mine.getCell('A1').value = 'Bảng tổng hợp tự làm của phòng';
      mine.getCell('B2').value = 42;
    });
    for (const [input, out] of [['co-tong-hop.xlsx', 'co-tong-hop.1.xlsx'], ['co-tong-hop.1.xlsx', 'co-tong-hop.2.xlsx']]) {
      const r = runCli(['summarize', f(input), '-o', f(out), ...AS_OF]);
      expect(r.code).toBe(0);
      const wb = await readBack(f(out));
      const mine = wb.getWorksheet(SUMMARY_SHEET)!;
      expect(mine.getCell('A1').value).toBe('Bảng tổng hợp tự làm của phòng');
      expect(mine.getCell('B2').value).toBe(42);
      expect(sheetNames(wb).filter((n) => n.startsWith(SUMMARY_SHEET))).toHaveLength(2);
      expect(sheetNames(wb).filter((n) => n.startsWith(ISSUE_SHEET))).toHaveLength(1);
    }
  }, 120_000);
});

describe('phuluc summarize on a workbook with a chart', () => {
  it('keeps the chart part byte for byte and warns about nothing', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(await fs.readFile(f('sach.xlsx')));
    zip.file('xl/charts/chart1.xml', '<c:chartSpace/>');
    await fs.writeFile(f('bieu-do.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
    const r = runCli(['summarize', f('bieu-do.xlsx'), '-o', f('bieu-do.out.xlsx'), ...AS_OF]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = await JSZip.loadAsync(await fs.readFile(f('bieu-do.out.xlsx')));
    expect(await out.file('xl/charts/chart1.xml')?.async('string')).toBe('<c:chartSpace/>');
  });
});

describe('phuluc summarize on awkward cells', () => {
  it('30,000-character cells, <script>, error values and formulas: copy written, user sheet intact, every written cell fits Excel', async () => {
    const long = `Nội dung ${'x'.repeat(30_000)}`;
    const input = await writeWorkbook(f('la.xlsx'), (wb) => {
      const ws = addTaskSheet(wb, "Bảng 'A' nhiệm vụ", [
        [1, long, 'Phòng Kinh tế', long, long],
        [2, 'Việc có <script>', '=cmd|calc', { error: '#REF!' }, '<script>alert(1)</script>'],
        [3, 'Việc có công thức', 'Phòng Kinh tế', null, '=SUM(1)'],
      ]);
      ws.getCell('D6').value = { formula: 'DATE(2025,12,31)', result: new Date(Date.UTC(2025, 11, 31)), date1904: false };
      ws.getRow(5).hidden = true;
    });
    const r = runCli(['summarize', input, '-o', f('la.out.xlsx'), ...AS_OF]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const [before, after] = [await readBack(input), await readBack(f('la.out.xlsx'))];
    expect(sheetFingerprint(after.getWorksheet("Bảng 'A' nhiệm vụ")!)).toEqual(sheetFingerprint(before.getWorksheet("Bảng 'A' nhiệm vụ")!));
    const issues = after.getWorksheet(ISSUE_SHEET)!;
    const texts: string[] = [];
    const formulas: string[] = [];
    issues.eachRow((row) =>
      row.eachCell((c) => {
        if (typeof c.value === 'string') texts.push(c.value);
        else if (c.formula) formulas.push(c.formula);
      }),
    );
    expect(texts.some((t) => t.startsWith('Nội dung xxx'))).toBe(true);
    expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(32_767);
    expect(texts).toContain('<script>alert(1)</script>');
    // A value that looks like a formula is shown as text, never run.
    expect(formulas).toContain('"=SUM(1)"');
    expect(formulas).not.toContain('SUM(1)');
  });
});
