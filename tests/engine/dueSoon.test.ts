import { analyze } from '../../src/engine/analyzeWorkbook';
import { toReport } from '../../src/engine/summary/report';
import { sheet, workbook } from './snapshotBuilder';

const TASKS = ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái'];
const run = (asOf: string, rows: [string, string][], dueSoonDays?: number) =>
  analyze(workbook(sheet('PL', [TASKS, ...rows.map(([deadline, status], i) => [i + 1, `Nhiệm vụ ${i}`, 'VP', deadline, status])])), {
    asOf, ...(dueSoonDays === undefined ? {} : { dueSoonDays }),
  });

describe('due-soon (SPEC §6): not done, deadline within the next 30 days after R', () => {
  it('R itself and R + 30 are due soon; R + 31, done tasks and ongoing ones are not', () => {
    const a = run('2026-02-11', [
      ['11/02/2026', 'Đang thực hiện'], ['13/03/2026', 'Chưa thực hiện'], ['14/03/2026', 'Đang thực hiện'],
      ['01/03/2026', 'Đã hoàn thành'], ['Thường xuyên', 'Đang thực hiện'], ['10/02/2026', 'Đang thực hiện'],
    ]);
    expect(a.findings.filter((f) => f.code === 'due-soon').map((f) => `${f.cell}:${f.severity}`)).toEqual(['D2:info', 'D3:info']);
    expect(a.findings.find((f) => f.code === 'due-soon')?.message).toBe('Sắp đến hạn: còn 0 ngày đến thời hạn 11/02/2026, chưa hoàn thành.');
    expect(a.summary.dueSoon).toBe(2);
    const report = toReport(a, 'x.xlsx');
    expect(report.summary.due_soon).toBe(2);
    expect(report.summary.due_soon_days).toBe(30);
    // Outside the sentence: the counts of §7 do not move.
    expect(a.summary.sentence).toBe(run('2026-02-11', [['11/02/2026', 'Đang thực hiện'], ['13/03/2026', 'Chưa thực hiện'],
      ['14/03/2026', 'Đang thực hiện'], ['01/03/2026', 'Đã hoàn thành'], ['Thường xuyên', 'Đang thực hiện'], ['10/02/2026', 'Đang thực hiện']], 0).summary.sentence);
  });

  it('the window is a setting, and counts across 29 February', () => {
    expect(run('2028-02-20', [['29/02/2028', 'Đang thực hiện']], 9).summary.dueSoon).toBe(1);
    expect(run('2028-02-20', [['01/03/2028', 'Đang thực hiện']], 9).summary.dueSoon).toBe(0);
    expect(run('2027-02-20', [['02/03/2027', 'Đang thực hiện']], 9).summary.dueSoon).toBe(0);
    expect(run('2027-02-20', [['01/03/2027', 'Đang thực hiện']], 9).summary.dueSoon).toBe(1);
  });
});
