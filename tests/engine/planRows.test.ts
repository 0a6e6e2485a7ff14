import { analyze } from '../../src/engine/analyzeWorkbook';
import { seed002pl1, seed002pl1Progress, seed002pl3 } from './seedLayouts';
import { sheet, workbook } from './snapshotBuilder';

const AS_OF = '2025-12-11';
const ZERO_SENTENCE =
  'Đơn vị được giao 0 nhiệm vụ và 0 chỉ tiêu, đã và đang thực hiện 0 nhiệm vụ và 0 chỉ tiêu, hoàn thành 0 nhiệm vụ/chỉ tiêu, ' +
  'trong hạn 0 nhiệm vụ/chỉ tiêu, quá hạn 0 nhiệm vụ/chỉ tiêu; chưa triển khai 0 nhiệm vụ/chỉ tiêu.';

/** SPEC §2.1, §2.2: rows of a table without a status (tasks) or actual (indicators) column are a plan, not progress. */
describe('plan rows are validated but left out of the progress counts', () => {
  // One sheet, two tables: A reports progress, B (no Trạng thái column) is a plan.
  const mixed = sheet('KH và KQ', [
    ['A. Nhiệm vụ đã giao'],
    ['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái'],
    ['Việc A', 'Phòng Kinh tế', '30/06/2025', 'Đã hoàn thành'],
    ['Việc B', 'Phòng Kinh tế', '31/12/2025', 'Đang thực hiện'],
    ['B. Nhiệm vụ kế hoạch năm 2026'],
    ['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'],
    ['Việc C', 'Phòng Văn hóa - Xã hội', '31/03/2026'],
    ['Việc D', 'Phòng Kinh tế', '31/02/2026'],
  ]);
  const analysis = analyze(workbook(mixed), { asOf: AS_OF });

  it('counts only the progress table of a sheet that holds both', () => {
    expect(analysis.sheets[0].structure.blocks.map((b) => b.columns.status === undefined)).toEqual([false, true]);
    expect(analysis.tasks.map((t) => [t.name, t.plan])).toEqual([['Việc A', false], ['Việc B', false], ['Việc C', true], ['Việc D', true]]);
    expect(analysis.summary.tasks).toEqual({ total: 2, done_on_time: 1, done_late: 0, in_progress: 1, overdue: 0, not_started: 0, unknown: 0 });
    expect(analysis.summary.sheets[0].tasks.total).toBe(2);
    expect(analysis.summary.groups.map((g) => [g.group, g.tasks.total])).toEqual([['A. Nhiệm vụ đã giao', 2]]);
    expect(analysis.summary.byLead.map((l) => [l.lead, l.tasks.total])).toEqual([['Phòng Kinh tế', 2]]);
    expect(analysis.summary.sentence).toMatch(/^Đơn vị được giao 02 nhiệm vụ và 0 chỉ tiêu, đã và đang thực hiện 02 nhiệm vụ/);
    expect(analysis.summary.plansOnly).toBe(false);
  });

  it('keeps the plan rows in the plan summary and still checks them', () => {
    expect(analysis.summary.plans).toHaveLength(1);
    expect(analysis.summary.plans[0]).toMatchObject({
      sheet: 'KH và KQ',
      byDeadline: { total: 2, due_later: 1, no_deadline: 1 },
      byLead: [{ lead: 'Phòng Văn hóa - Xã hội' }, { lead: 'Phòng Kinh tế' }],
      indicators: { total: 0, byLead: [], years: [] },
    });
    expect(analysis.findings.map((f) => [f.cell, f.code])).toContainEqual(['C8', 'invalid-date']);
  });

  it('leaves an indicator table without an actual column out of the counts, and lists it per lead unit with its target year', () => {
    const plan = analyze(workbook(seed002pl1()), { asOf: AS_OF });
    const progress = analyze(workbook(seed002pl1Progress()), { asOf: AS_OF });
    expect(plan.indicators.every((i) => i.plan)).toBe(true);
    expect(progress.indicators.some((i) => i.plan)).toBe(false);
    expect(plan.summary.indicators.total).toBe(0);
    expect(progress.summary.indicators).toMatchObject({ total: 4, not_started: 4 });
    expect(plan.summary.byLead).toEqual([]);
    expect(plan.summary.groups).toEqual([]);
    expect(plan.summary.plans).toEqual([{
      sheet: 'PL1',
      byDeadline: { total: 0, already_due: 0, due_this_year: 0, due_later: 0, ongoing: 0, no_deadline: 0 },
      byLead: [],
      indicators: {
        total: 4,
        byLead: [
          { lead: 'Trung tâm Phục vụ hành chính công', total: 2 },
          { lead: 'Phòng Kinh tế', total: 1 },
          { lead: 'Phòng Văn hóa - Xã hội', total: 1 },
        ],
        years: [2030],
      },
    }]);
    expect(progress.summary.plans).toEqual([]);
  });

  it('checks a plan indicator table as before: an unreadable target is still reported', () => {
    const rows = [
      ['Stt', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2025', 'Cơ quan chủ trì'],
      [1, 'Tỷ lệ hồ sơ trực tuyến', '%', 'khoảng chín mươi', 'Phòng Kinh tế'],
    ];
    const withActual = [[...rows[0], 'Kết quả thực hiện'], [...rows[1], null]];
    const plan = analyze(workbook(sheet('CT', rows)), { asOf: AS_OF });
    const progress = analyze(workbook(sheet('CT', withActual)), { asOf: AS_OF });
    expect(plan.findings.map((f) => [f.cell, f.code])).toEqual([['D2', 'invalid-target']]);
    expect(plan.findings).toEqual(progress.findings);
    expect(plan.summary.indicators.total).toBe(0);
    expect(plan.summary.plans[0].indicators).toEqual({ total: 1, byLead: [{ lead: 'Phòng Kinh tế', total: 1 }], years: [2025] });
  });

  it('gives a workbook of plans only zero counts, a sentence of zeros and the plans-only flag', () => {
    const only = analyze(workbook(seed002pl1(), seed002pl3()), { asOf: AS_OF });
    expect(only.summary.tasks.total).toBe(0);
    expect(only.summary.indicators.total).toBe(0);
    expect(only.summary.sentence).toBe(ZERO_SENTENCE);
    expect(only.summary.plans.map((p) => p.sheet)).toEqual(['PL1', 'PL3']);
    expect(only.summary.plansOnly).toBe(true);
    // Nothing at all is not "plans only": there is no plan to point at.
    expect(analyze(workbook(), { asOf: AS_OF }).summary.plansOnly).toBe(false);
  });
});
