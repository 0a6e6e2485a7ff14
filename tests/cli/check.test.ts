import { promises as fs } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { reportSchema, type Report } from '../../src/engine';
import { localToday } from '../../src/cli/args';
import { addIndicatorSheet, addTaskSheet, CLEAN_INDICATORS, CLEAN_TASKS, writeWorkbook } from './fixtures';
import { ensureBuilt, expectCleanError, runCli } from './run';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-cli-check-'));
const f = (name: string) => join(dir, name);
const AS_OF = ['--as-of', '2025-12-11'];
const LONG = `Nội dung rất dài ${'x'.repeat(30_000)}`;
const SCRIPT = '<script>alert("xss")</script>';
const QUOTED = "Bảng 'A' – Nhiệm vụ";

function json(stdout: string): Report {
  return reportSchema.parse(JSON.parse(stdout));
}

beforeAll(async () => {
  ensureBuilt();
  await writeWorkbook(f('sach.xlsx'), (wb) => {
    addTaskSheet(wb, 'PL1 Nhiệm vụ', CLEAN_TASKS);
    addIndicatorSheet(wb, 'PL2 Chỉ tiêu', CLEAN_INDICATORS);
  });
  await writeWorkbook(f('mot-dong.xlsx'), (wb) => {
    addTaskSheet(wb, 'PL1', CLEAN_TASKS.slice(0, 1));
  });
  await writeWorkbook(f('loi.xlsx'), (wb) => {
    addTaskSheet(wb, 'PL1', [
      ...CLEAN_TASKS,
      [4, 'Cập nhật cơ sở dữ liệu', 'Phòng Kinh tế', '31/02/2025', 'Đang thực hiện'],
      [5, 'Báo cáo sơ kết', 'Phòng Kinh tế', '31/12/2025', 'Làm dở'],
    ]);
  });
  await writeWorkbook(f('la.xlsx'), (wb) => {
    const ws = addTaskSheet(wb, QUOTED, [
      [1, 'Nhiệm vụ có ô lỗi', 'Phòng Kinh tế', '31/12/2025', { error: '#N/A' }],
      [2, 'Nhiệm vụ bị lỗi tham chiếu', 'Phòng Kinh tế', { error: '#REF!' }, 'Đang thực hiện'],
      [3, 'Nhiệm vụ có công thức', 'Phòng Kinh tế', null, 'Đang thực hiện'],
      [4, 'Nhiệm vụ chủ trì gộp ô 1', 'Văn phòng HĐND và UBND', '31/12/2025', 'Đang thực hiện'],
      [5, 'Nhiệm vụ chủ trì gộp ô 2', null, '31/12/2025', 'Đang thực hiện'],
      [6, 'Nhiệm vụ chủ trì gộp ô 3', null, '31/12/2025', 'Đang thực hiện'],
      [7, 'Nhiệm vụ ẩn', 'Phòng Kinh tế', '31/12/2025', 'Đang thực hiện'],
      [8, LONG, 'Phòng Kinh tế', '31/12/2025', LONG],
      [9, SCRIPT, 'Phòng Kinh tế', '31/12/2025', SCRIPT],
    ]);
    ws.getCell('D6').value = { formula: 'DATE(2025,12,31)', result: new Date(Date.UTC(2025, 11, 31)), date1904: false };
    ws.getCell('D6').numFmt = 'dd/mm/yyyy';
    ws.mergeCells('C7:C9');
    ws.getRow(10).hidden = true;
  });
  await writeWorkbook(f('toan-loi.xlsx'), (wb) => {
    const ws = wb.addWorksheet('Lỗi');
    for (let r = 1; r <= 5; r++) for (let c = 1; c <= 5; c++) ws.getCell(r, c).value = { error: c % 2 ? '#REF!' : '#N/A' } as ExcelJS.CellErrorValue;
  });
  await writeWorkbook(f('khong-trang.xlsx'), () => undefined);
  await writeWorkbook(f('trang-trong.xlsx'), (wb) => {
    wb.addWorksheet('Sheet1');
  });
  await fs.writeFile(f('ghi-chu.txt'), 'không phải excel');
  await fs.writeFile(f('rong.xlsx'), '');
  await fs.writeFile(f('don-vi.txt'), '\uFEFFPhòng Văn hóa - Xã hội\r\n\r\nPhòng Kinh tế\n  \nTrung tâm Phục vụ hành chính công\n');
}, 180_000);

describe('phuluc check: exit codes', () => {
  it('0 when there are no error findings (warnings allowed), with the human report', () => {
    const r = runCli(['check', f('sach.xlsx'), ...AS_OF]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Trang "PL1 Nhiệm vụ": Phụ lục nhiệm vụ, 3 dòng dữ liệu');
    expect(r.stdout).toContain('ngày báo cáo 11/12/2025');
    expect(r.stdout).toMatch(/\[Cảnh báo\] D6 · Thời hạn · "30\/09\/2025" \(overdue\)/);
    expect(r.stdout).toContain('Kết quả kiểm tra: 0 lỗi');
    expect(r.stdout).toContain('Đơn vị được giao 03 nhiệm vụ và 02 chỉ tiêu');
  });

  it('1 when some finding is an error; each shows its cell, value, message and hint', () => {
    const r = runCli(['check', f('loi.xlsx'), ...AS_OF]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\[Lỗi\] D7 · Thời hạn · "31\/02\/2025" \(invalid-date\)\n {6}\S.*\n {6}Gợi ý: \S/);
    expect(r.stdout).toMatch(/\[Lỗi\] E8 · Trạng thái · "Làm dở" \(invalid-status\)/);
  });

  it('2 when a file cannot be read, still reporting the readable ones', () => {
    const r = runCli(['check', f('sach.xlsx'), f('khong-co.xlsx'), f('loi.xlsx'), ...AS_OF]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('PL1 Nhiệm vụ');
    expect(r.stdout).toContain('invalid-date');
    expectCleanError(r);
    expect(r.stderr.trim().split('\n')).toEqual([`phuluc: ${f('khong-co.xlsx')}: không tìm thấy tệp`]);
  });
});

describe('phuluc check --lang en', () => {
  it('prints the human report in English: sheets, findings with cell, value, message and hint, summary', () => {
    const r = runCli(['check', f('loi.xlsx'), ...AS_OF, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('report date');
    expect(r.stdout).toContain('Sheet "PL1": Task appendix, 5 data rows');
    expect(r.stdout).toMatch(/\[Error\] D7 · Deadline · "31\/02\/2025" \(invalid-date\)\n {6}\S.*\n {6}Hint: \S/);
    expect(r.stdout).not.toMatch(/Lỗi|Gợi ý|Trang "/);
  });

  it('says "1 data row", not "1 data rows"', () => {
    const one = runCli(['check', f('mot-dong.xlsx'), ...AS_OF, '--lang', 'en']);
    expect(one.stdout).toContain('Sheet "PL1": Task appendix, 1 data row\n');
  });
});

describe('phuluc check without --as-of', () => {
  it('reports as of today', () => {
    const before = localToday();
    const r = runCli(['check', f('sach.xlsx'), '--json']);
    // Either side of midnight is today.
    expect([before, localToday()]).toContain(json(r.stdout).asOf);
  });
});

describe('phuluc check --json', () => {
  it('prints exactly the SPEC §8 document for one file', () => {
    const r = runCli(['check', f('sach.xlsx'), ...AS_OF, '--json']);
    expect(r.code).toBe(0);
    const report = json(r.stdout);
    expect(report.file).toBe('sach.xlsx');
    expect(report.asOf).toBe('2025-12-11');
    expect(report.sheets.map((s) => [s.name, s.kind])).toEqual([
      ['PL1 Nhiệm vụ', 'tasks'],
      ['PL2 Chỉ tiêu', 'indicators'],
    ]);
    expect(report.sheets[0]).toMatchObject({ headerRows: [3], columns: { name: 'B', lead: 'C', deadline: 'D', status: 'E' }, rows: 3 });
    expect(report.summary.tasks).toEqual({ total: 3, done_on_time: 1, done_late: 0, in_progress: 1, overdue: 1, not_started: 0, unknown: 0 });
    expect(report.summary.indicators).toEqual({ total: 2, done: 1, in_progress: 1, overdue: 0, not_started: 0, unknown: 0 });
    expect(report.issues).toEqual([
      expect.objectContaining({ sheet: 'PL1 Nhiệm vụ', cell: 'D5', field: 'deadline', code: 'due-soon', severity: 'info', value: '31/12/2025' }),
      expect.objectContaining({ sheet: 'PL1 Nhiệm vụ', cell: 'D6', field: 'deadline', code: 'overdue', severity: 'warning', value: '30/09/2025' }),
    ]);
    expect(report.summary).toMatchObject({ due_soon: 1, due_soon_days: 30 });
    expect(report.summary.sentence).toBe(
      'Đơn vị được giao 03 nhiệm vụ và 02 chỉ tiêu, đã và đang thực hiện 02 nhiệm vụ và 02 chỉ tiêu, hoàn thành 01 nhiệm vụ/01 chỉ tiêu, ' +
        'trong hạn 01 nhiệm vụ/01 chỉ tiêu, quá hạn 01 nhiệm vụ/0 chỉ tiêu; chưa triển khai 0 nhiệm vụ/chỉ tiêu.',
    );
  });

  it('prints an array for several files, and --subject / --year reach the engine', () => {
    const r = runCli(['check', f('sach.xlsx'), f('loi.xlsx'), ...AS_OF, '--json', '--subject', 'UBND đặc khu', '--year', '2025']);
    expect(r.code).toBe(1);
    const reports = JSON.parse(r.stdout) as unknown[];
    expect(Array.isArray(reports)).toBe(true);
    expect(reports.map((x) => reportSchema.parse(x).file)).toEqual(['sach.xlsx', 'loi.xlsx']);
    expect(reportSchema.parse(reports[0]).summary.sentence).toMatch(/^UBND đặc khu được giao 03 nhiệm vụ/);
  });

  it('keeps stdout pure JSON when a file fails (the error goes to stderr)', () => {
    const r = runCli(['check', f('sach.xlsx'), f('rong.xlsx'), ...AS_OF, '--json']);
    expect(r.code).toBe(2);
    const reports = JSON.parse(r.stdout) as unknown[];
    expect(reports).toHaveLength(1);
    expect(r.stderr).toMatch(/rong\.xlsx: tệp rỗng/);
  });

  it('uses the unit directory from --units (BOM, CRLF and blank lines tolerated)', () => {
    const r = runCli(['check', f('sach.xlsx'), ...AS_OF, '--json', '--units', f('don-vi.txt')]);
    expect(r.code).toBe(0);
    const report = json(r.stdout);
    expect(report.issues.filter((i) => i.code === 'unknown-unit-name')).toEqual([]);
    const strict = runCli(['check', f('sach.xlsx'), ...AS_OF, '--json', '--units', f('ghi-chu.txt')]);
    expect(json(strict.stdout).issues.filter((i) => i.code === 'unknown-unit-name').length).toBeGreaterThan(0);
    const missing = runCli(['check', f('sach.xlsx'), '--units', f('khong-co.txt')]);
    expect(missing.code).toBe(2);
    expectCleanError(missing);
    expect(missing.stderr).toMatch(/danh mục đơn vị/);
  });
});

describe('phuluc check on awkward workbooks', () => {
  let report: Report;
  let human: string;
  beforeAll(() => {
    const r = runCli(['check', f('la.xlsx'), ...AS_OF, '--json']);
    expect(r.code).toBe(1);
    report = json(r.stdout);
    human = runCli(['check', f('la.xlsx'), ...AS_OF]).stdout;
  });

  it('keeps a sheet name with quotes and Vietnamese letters', () => {
    expect(report.sheets[0].name).toBe(QUOTED);
    expect(report.issues.every((i) => i.sheet === QUOTED)).toBe(true);
    expect(human).toContain(`Trang "${QUOTED}"`);
  });

  it('reports error values at their cells', () => {
    expect(report.issues).toContainEqual(expect.objectContaining({ cell: 'E4', code: 'invalid-status', value: '#N/A' }));
    expect(report.issues).toContainEqual(expect.objectContaining({ cell: 'D5', code: 'invalid-date', value: '#REF!' }));
  });

  it('reads a deadline computed by a formula from its cached date', () => {
    // Read as 31/12/2025: due soon (an info), not an unreadable date.
    expect(report.issues.filter((i) => i.cell === 'D6').map((i) => i.code)).toEqual(['due-soon']);
  });

  it('gives the lead unit of a merged cell to every row it covers', () => {
    expect(report.issues.filter((i) => ['C8', 'C9'].includes(i.cell))).toEqual([]);
  });

  it('counts every task row, the hidden one included', () => {
    expect(report.summary.tasks.total).toBe(9);
  });

  it('truncates a 30,000-character value in the text report, keeps it whole in JSON', () => {
    const long = report.issues.find((i) => i.cell === 'E11');
    expect(long?.value).toBe(LONG);
    const line = human.split('\n').find((l) => l.includes('E11'));
    expect(line).toBeDefined();
    expect(line!.length).toBeLessThan(160);
    expect(line).toContain('…');
    expect(human.length).toBeLessThan(20_000);
  });

  it('prints <script> as plain text', () => {
    expect(human).toContain(`"${SCRIPT}"`);
    expect(report.issues).toContainEqual(expect.objectContaining({ cell: 'E12', value: SCRIPT }));
  });

  it('a sheet of nothing but error values does not break the check', () => {
    const r = runCli(['check', f('toan-loi.xlsx'), ...AS_OF, '--json']);
    expect([0, 1]).toContain(r.code);
    const rep = json(r.stdout);
    expect(rep.sheets[0]).toMatchObject({ name: 'Lỗi', kind: 'none' });
    expect(rep.issues.map((i) => i.code)).toEqual(['header-not-found']);
  });

  it.each(['khong-trang.xlsx', 'trang-trong.xlsx'])('an empty workbook (%s) is not an error: zero counts, exit 0', (name) => {
    const r = runCli(['check', f(name), ...AS_OF, '--json']);
    expect(r.code).toBe(0);
    const rep = json(r.stdout);
    expect(rep.issues).toEqual([]);
    expect(rep.summary.tasks.total).toBe(0);
    expect(rep.summary.indicators.total).toBe(0);
    const text = runCli(['check', f(name), ...AS_OF]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Đơn vị được giao 0 nhiệm vụ và 0 chỉ tiêu');
  });
});
