import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt, ROOT, runCli } from './run';

/**
 * The bundled sample and its expected report (samples/phu-luc-mau.expected.json) for the date of the
 * seed report. A change in detection, validation or counting shows here as a reviewed diff: rebuild
 * the file with `node bin/phuluc.js check samples/phu-luc-mau.xlsx --as-of 2025-12-11 --json`.
 */
describe('the sample workbook gives its expected report', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it('matches samples/phu-luc-mau.expected.json', () => {
    const result = runCli(['check', join('samples', 'phu-luc-mau.xlsx'), '--as-of', '2025-12-11', '--json'], { cwd: ROOT });
    expect(result.code).toBe(1);
    const expected = JSON.parse(readFileSync(join(ROOT, 'samples', 'phu-luc-mau.expected.json'), 'utf8'));
    expect(JSON.parse(result.stdout)).toEqual(expected);
  });

  it('reads each seed layout of the sample as the seeds lay it out', () => {
    const expected = JSON.parse(readFileSync(join(ROOT, 'samples', 'phu-luc-mau.expected.json'), 'utf8'));
    const sheets = expected.sheets.map((s: { name: string; kind: string; headerRows: number[]; rows: number }) => [s.name, s.kind, s.headerRows, s.rows]);
    expect(sheets).toEqual([
      ['NQ57 - Kết quả', 'tasks', [2, 9, 19], 38],
      ['PL1 Chỉ tiêu NQ71', 'indicators', [3, 4], 23],
      ['PL2 Chỉ tiêu 5 năm', 'indicators', [3], 34],
      ['PL3 Nhiệm vụ chung', 'tasks', [3], 4],
      ['PL4 Nhiệm vụ khác', 'tasks', [2], 9],
      ['KQ Chỉ tiêu NQ71', 'indicators', [3], 7],
    ]);
    const groups = expected.summary.groups.filter((g: { sheet: string }) => g.sheet === 'NQ57 - Kết quả');
    expect(groups.map((g: { group: string; tasks: { total: number } }) => [g.group.slice(0, 2), g.tasks.total])).toEqual([['A.', 5], ['B.', 8], ['C.', 25]]);
    // The results sheet: Kết quả thực hiện is the actual column, next to the 2030 target.
    expect(expected.sheets.find((s: { name: string }) => s.name === 'KQ Chỉ tiêu NQ71').columns).toEqual({
      stt: 'A', name: 'B', unit: 'C', target: 'D', actual: 'E', lead: 'F',
    });
    // PL1–PL4 are plans (no status / actual column): only NQ57's tasks and the results sheet's indicators count.
    expect(expected.summary.tasks).toEqual({ total: 38, done_on_time: 23, done_late: 0, in_progress: 7, overdue: 4, not_started: 0, unknown: 4 });
    expect(expected.summary.indicators).toEqual({ total: 7, done: 3, in_progress: 0, overdue: 0, not_started: 4, unknown: 0 });
    expect(expected.summary.plans.map((p: { sheet: string }) => p.sheet)).toEqual(['PL1 Chỉ tiêu NQ71', 'PL2 Chỉ tiêu 5 năm', 'PL3 Nhiệm vụ chung', 'PL4 Nhiệm vụ khác']);
    expect(expected.summary.plansOnly).toBe(false);
  });
});
