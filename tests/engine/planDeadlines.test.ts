import { analyze } from '../../src/engine/analyzeWorkbook';
import type { TestCell } from './snapshotBuilder';
import { sheet, workbook } from './snapshotBuilder';
import { seed004 } from './seedLayouts';

const HEADER = ['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'];

/** A plan sheet (no status column) with one task per deadline, all led by one unit. */
function planOf(deadlines: TestCell[], asOf: string) {
  const rows = deadlines.map((d, i) => [`Việc ${i + 1}`, 'Phòng Kinh tế', d]);
  return analyze(workbook(sheet('KH', [HEADER, ...rows])), { asOf }).summary.plans;
}

/** The bucket each deadline lands in, one plan task per deadline. */
function bucketsOf(deadlines: TestCell[], asOf: string): string[] {
  return deadlines.map((d) => {
    const [plan] = planOf([d], asOf);
    return Object.entries(plan.byDeadline).filter(([k, n]) => k !== 'total' && n === 1).map(([k]) => k).join();
  });
}

describe('plan sheets by deadline against the report date R (SPEC §2.1)', () => {
  it('puts each deadline at its boundary in its bucket', () => {
    expect(bucketsOf(['10/12/2025', '11/12/2025', { date: '2025-12-31' }, '01/01/2026', 'Năm 2026'], '2025-12-11')).toEqual([
      'already_due', 'due_this_year', 'due_this_year', 'due_later', 'due_later',
    ]);
  });

  it('counts R = 31/12 as due this year and 1/1 as due later', () => {
    expect(bucketsOf(['30/12/2025', '31/12/2025', '01/01/2026'], '2025-12-31')).toEqual(['already_due', 'due_this_year', 'due_later']);
  });

  it('takes a yearly deadline in the report year, and an ongoing one as never due', () => {
    expect(bucketsOf(['Hằng năm', '30/6 hằng năm', 'Thường xuyên', 'Định kỳ hằng quý'], '2025-12-11')).toEqual([
      'due_this_year', 'already_due', 'ongoing', 'ongoing',
    ]);
  });

  it('puts unparsed, impossible, unspecified and empty deadlines under "no usable deadline"', () => {
    expect(bucketsOf(['sau khi có hướng dẫn', '31/02/2026', 'Theo thời gian tại các Nghị quyết, Quyết định', null], '2025-12-11')).toEqual([
      'no_deadline', 'no_deadline', 'no_deadline', 'no_deadline',
    ]);
  });

  it('counts per sheet, with totals, and per lead unit in the order they appear', () => {
    const rows = [
      HEADER,
      ['Việc A', 'Phòng Kinh tế', '10/12/2025'],
      ['Việc B', 'Phòng Văn hóa - Xã hội', 'Thường xuyên'],
      ['Việc C', 'phòng kinh tế', '2027'],
      ['Việc D', '', '31/12/2025'],
    ];
    const [plan] = analyze(workbook(sheet('KH', rows)), { asOf: '2025-12-11' }).summary.plans;
    expect(plan).toEqual({
      sheet: 'KH',
      byDeadline: { total: 4, already_due: 1, due_this_year: 1, due_later: 1, ongoing: 1, no_deadline: 0 },
      byLead: [
        { lead: 'Phòng Kinh tế', byDeadline: { total: 2, already_due: 1, due_this_year: 0, due_later: 1, ongoing: 0, no_deadline: 0 } },
        { lead: 'Phòng Văn hóa - Xã hội', byDeadline: { total: 1, already_due: 0, due_this_year: 0, due_later: 0, ongoing: 1, no_deadline: 0 } },
        { lead: '(chưa ghi đơn vị chủ trì)', byDeadline: { total: 1, already_due: 0, due_this_year: 1, due_later: 0, ongoing: 0, no_deadline: 0 } },
      ],
      indicators: { total: 0, byLead: [], years: [] },
    });
  });

  it('lists only sheets with planned tasks, and leaves their tasks out of the status counts', () => {
    const analysis = analyze(workbook(seed004(), sheet('KH', [HEADER, ['Việc A', 'Phòng Kinh tế', '10/12/2025']])), { asOf: '2025-12-11' });
    expect(analysis.summary.plans.map((p) => p.sheet)).toEqual(['KH']);
    expect(analysis.summary.sheets.find((s) => s.sheet === 'KH')?.tasks.total).toBe(0);
    expect(analysis.summary.tasks.total).toBe(8);
    expect(analyze(workbook(seed004()), { asOf: '2025-12-11' }).summary.plans).toEqual([]);
  });
});
