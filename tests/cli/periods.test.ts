import { mkdirSync, mkdtempSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { comparisonSchema, PERIOD_RECORD_SHEET } from '../../src/engine';
import { addTaskSheet, writeWorkbook } from './fixtures';
import { ensureBuilt, expectCleanError, runCli } from './run';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-cli-periods-'));
const f = (name: string) => join(dir, name);

/** January: two tasks in progress; February: one done, one past its deadline, one new. */
const JANUARY = [
  [1, 'Số hóa hồ sơ hành chính', 'Văn phòng', '31/12/2026', 'Đang thực hiện'],
  [2, 'Tập huấn chuyển đổi số', 'Phòng Văn hóa - Xã hội', '31/01/2026', 'Đang thực hiện'],
];
const FEBRUARY = [
  [1, 'Số hóa hồ sơ hành chính', 'Văn phòng', '31/12/2026', 'Đã hoàn thành'],
  [2, 'Tập huấn chuyển đổi số', 'Phòng Văn hóa - Xã hội', '31/01/2026', 'Đang thực hiện'],
  [3, 'Lắp camera an ninh', 'Công an xã', '30/06/2026', 'Chưa thực hiện'],
];

beforeAll(async () => {
  ensureBuilt();
  await writeWorkbook(f('t1.xlsx'), (w) => addTaskSheet(w, 'PL1', JANUARY));
  await writeWorkbook(f('t2.xlsx'), (w) => addTaskSheet(w, 'PL1', FEBRUARY));
  mkdirSync(f('units'));
  await writeWorkbook(f('units/a.xlsx'), (w) => addTaskSheet(w, 'PL1', JANUARY));
  await writeWorkbook(f('units/b.xlsx'), (w) => addTaskSheet(w, 'PL1', FEBRUARY));
  await fs.writeFile(f('units/c.xlsx'), 'not a workbook');
}, 180_000);

describe('phuluc --period, compare, check --since-last, rollup (SPEC §10–§12)', () => {
  it('--period sets the report date to the period end and is exclusive with --as-of', () => {
    const r = runCli(['check', f('t1.xlsx'), '--period', '2026-01', '--json']);
    expect(JSON.parse(r.stdout).asOf).toBe('2026-01-14');
    const both = runCli(['check', f('t1.xlsx'), '--period', '2026-01', '--as-of', '2026-01-14']);
    expect(both.code).toBe(2);
    expectCleanError(both);
    expect(both.stderr).toContain('--as-of và --period');
    const bad = runCli(['check', f('t1.xlsx'), '--period', '2026-Q5', '--lang', 'en']);
    expect(bad.code).toBe(2);
    expectCleanError(bad);
  }, 120_000);

  it('compare: the previous date from the period before --period; the sentence and changes by code', () => {
    const r = runCli(['compare', f('t1.xlsx'), f('t2.xlsx'), '--period', '2026-02']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('So với kỳ trước (số liệu đến ngày 14/01/2026): hoàn thành thêm 01 nhiệm vụ/0 chỉ tiêu, ' +
      '01 nhiệm vụ chuyển sang quá hạn, 01 nhiệm vụ mới, 0 nhiệm vụ không còn trong danh sách; 0 nhiệm vụ thay đổi thời hạn.');
    expect(r.stdout).toContain('Mới hoàn thành (newly-done): 1');
    expect(r.stdout).toContain('PL1!B4  Số hóa hồ sơ hành chính');
    const json = runCli(['compare', f('t1.xlsx'), f('t2.xlsx'), '--as-of', '2026-02-14', '--previous-as-of', '2026-01-14', '--json']);
    const doc = comparisonSchema.parse(JSON.parse(json.stdout));
    expect(doc.changes.map((c) => `${c.code}@${c.cell}`)).toEqual(['newly-done@B4', 'newly-overdue@B5', 'added@B6']);
    expect(doc.previous).toEqual({ file: 't1.xlsx', asOf: '2026-01-14' });
    const unknown = runCli(['compare', f('t1.xlsx'), f('t2.xlsx'), '--as-of', '2026-02-14']);
    expect(unknown.code).toBe(2);
    expectCleanError(unknown);
    expect(unknown.stderr).toContain('--previous-as-of');
  }, 120_000);

  it('summarize stores the period record (very hidden), never stacked; check --since-last reads it', async () => {
    expect(runCli(['summarize', f('t1.xlsx'), '-o', f('s1.xlsx'), '--period', '2026-01']).code).toBe(0);
    // The February figures typed into the January copy: replace the task sheet, keep the record.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f('s1.xlsx'));
    wb.removeWorksheet(wb.getWorksheet('PL1')?.id ?? 0);
    addTaskSheet(wb, 'PL1', FEBRUARY);
    await wb.xlsx.writeFile(f('s1-feb.xlsx'));
    const since = runCli(['check', f('s1-feb.xlsx'), '--period', '2026-02', '--since-last']);
    expect(since.stdout).toContain('So với kỳ trước (số liệu đến ngày 14/01/2026): hoàn thành thêm 01 nhiệm vụ/0 chỉ tiêu');
    expect(since.stdout).toContain('14/02/2026 (Tháng 02/2026)');
    expect(runCli(['summarize', f('s1-feb.xlsx'), '-o', f('s2.xlsx'), '--period', '2026-02']).code).toBe(0);
    expect(runCli(['summarize', f('s2.xlsx'), '-o', f('s3.xlsx'), '--period', '2026-02']).code).toBe(0);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(f('s3.xlsx'));
    const record = out.getWorksheet(PERIOD_RECORD_SHEET);
    expect(record?.state).toBe('veryHidden');
    expect(record?.getColumn(1).values.filter(Boolean)).toEqual(['PHULUC_KY_BAO_CAO', '2026-01-14', '2026-02-14']);
    expect(out.worksheets.filter((ws) => ws.name === PERIOD_RECORD_SHEET)).toHaveLength(1);
    const summary = out.getWorksheet('Tổng hợp');
    const texts: string[] = [];
    summary?.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain('So với kỳ trước');
    const none = runCli(['check', f('t1.xlsx'), '--since-last', '--as-of', '2026-01-14']);
    expect(none.code).toBe(2);
    expectCleanError(none);
  }, 120_000);

  it('rollup: a folder read file by file, the unreadable one listed, the workbook written; nothing read → exit 2', async () => {
    const r = runCli(['rollup', f('units'), '-o', f('tong-hop.xlsx'), '--period', '2026-02', '--subject', 'Đặc khu', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.units.map((u: { unit: string }) => u.unit)).toEqual(['a', 'b']);
    expect(doc.unreadable.map((u: { file: string }) => u.file)).toEqual(['c.xlsx']);
    // Named as in the file column, without the folder it was read from.
    expect(doc.unreadable[0].reason).toMatch(/^c\.xlsx: /);
    expect(doc.total.tasks.total).toBe(5);
    expect(doc.overdue).toHaveLength(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(f('tong-hop.xlsx'));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(['Tổng hợp đơn vị', 'Nhiệm vụ quá hạn', 'Tệp lỗi']);
    const nothing = runCli(['rollup', f('units/c.xlsx'), '-o', f('x.xlsx')]);
    expect(nothing.code).toBe(2);
    expectCleanError(nothing);
    const over = runCli(['rollup', f('units'), '-o', f('units/a.xlsx')]);
    expect(over.code).toBe(2);
    expectCleanError(over);
  }, 120_000);
});
