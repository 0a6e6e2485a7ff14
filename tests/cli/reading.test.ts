/**
 * The real command on workbooks written the way people write them (issue 8): statuses followed by
 * details, results per year, a table without a unit column, day-first report dates.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportSchema } from '../../src/engine';
import { addTaskSheet, writeWorkbook } from './fixtures';
import { ensureBuilt, runCli } from './run';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-reading-'));
const f = (name: string) => join(dir, name);

beforeAll(async () => {
  ensureBuilt();
  await writeWorkbook(f('chi-tiet.xlsx'), (wb) => {
    addTaskSheet(wb, 'PL1', [
      [1, 'Ban hành kế hoạch chuyển đổi số', 'Phòng Văn hóa - Xã hội', '31/03/2026', 'Đã hoàn thành ngày 05/3/2026'],
      [2, 'Số hóa hồ sơ hộ tịch', 'Phòng Tư pháp', '30/06/2026', 'Đang thực hiện, dự kiến hoàn thành tháng 5/2026'],
      [3, 'Lắp đặt camera an ninh', 'Công an xã', '30/09/2026', 'Chưa thực hiện do chưa có kinh phí'],
      [4, 'Tập huấn kỹ năng số', 'Phòng Nội vụ', '30/09/2026', 'Tạm dừng'],
      [5, 'Hoàn thiện hồ sơ cấp phép', 'Phòng Kinh tế', '30/09/2026', 'Hoàn thiện hồ sơ'],
    ]);
    const ws = wb.addWorksheet('CT');
    ws.getRow(1).values = ['STT', 'Tên chỉ tiêu', 'Năm 2025', null, 'Năm 2026', null, 'Cơ quan chủ trì'];
    ws.getRow(2).values = [null, null, 'Chỉ tiêu', 'Kết quả', 'Chỉ tiêu', 'Ước thực hiện', null];
    for (const range of ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1', 'G1:G2']) ws.mergeCells(range);
    ws.getRow(3).values = [1, 'Số xã có điểm Wi-Fi công cộng', '5', '6', '8', '9', 'Phòng Văn hóa - Xã hội'];
  });
}, 180_000);

describe('phuluc check reads what people really write', () => {
  it('statuses with details, results per year, a table without a unit column; the report date typed day first', () => {
    const r = runCli(['check', f('chi-tiet.xlsx'), '--as-of', '01/04/2026', '--json']);
    expect(r.code).toBe(1);
    const report = reportSchema.parse(JSON.parse(r.stdout));
    expect(report.asOf).toBe('2026-04-01');
    expect(report.issues.map((i) => `${i.sheet}!${i.cell} ${i.code}`)).toEqual([
      'PL1!E4 status-has-details', 'PL1!E5 status-has-details', 'PL1!E6 status-has-details',
      'PL1!E7 invalid-status', 'PL1!E8 invalid-status', 'CT!A1:G2 missing-column',
    ]);
    expect(report.summary.tasks).toMatchObject({ total: 5, done_on_time: 1, in_progress: 1, not_started: 1, unknown: 2 });
    expect(report.summary.indicators).toMatchObject({ total: 1, done: 1 });
    expect(report.indicators).toEqual([{ sheet: 'CT', row: 3, name: 'Số xã có điểm Wi-Fi công cộng', evaluationYear: 2026, results: { 2025: '6', 2026: '9' } }]);
  });

  it('an impossible --as-of is a one-line error saying the date does not exist', () => {
    const r = runCli(['check', f('chi-tiet.xlsx'), '--as-of', '31/02/2026', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('phuluc: the date "31/02/2026" given to --as-of does not exist (that month has no such day)');
  });
});
