import { formatCount, reportSentence } from '../../src/engine/summary/sentence';
import { INDICATOR_CATEGORIES, TASK_CATEGORIES } from '../../src/engine/analysis';
import { emptyCounts } from '../../src/engine/summary/counts';

describe('report sentence (SPEC §7)', () => {
  it('reproduces the §7 example to the letter', () => {
    const tasks = { ...emptyCounts(TASK_CATEGORIES), total: 11, done_on_time: 5, done_late: 1, in_progress: 5 };
    const indicators = { ...emptyCounts(INDICATOR_CATEGORIES), total: 23, done: 17, in_progress: 6 };
    expect(reportSentence('UBND đặc khu', tasks, 11, indicators)).toBe(
      'UBND đặc khu được giao 11 nhiệm vụ và 23 chỉ tiêu, đã và đang thực hiện 11 nhiệm vụ và 23 chỉ ' +
        'tiêu, hoàn thành 06 nhiệm vụ/17 chỉ tiêu, trong hạn 05 nhiệm vụ/06 chỉ tiêu, quá hạn 0 nhiệm ' +
        'vụ/chỉ tiêu; chưa triển khai 0 nhiệm vụ/chỉ tiêu.',
    );
  });

  it('writes 1–9 with a leading zero, 0 and 10+ as they are', () => {
    expect([0, 1, 9, 10, 23, 100].map(formatCount)).toEqual(['0', '01', '09', '10', '23', '100']);
  });

  it('writes a pair with one side zero in full', () => {
    const tasks = { ...emptyCounts(TASK_CATEGORIES), total: 2, overdue: 2 };
    const indicators = { ...emptyCounts(INDICATOR_CATEGORIES), total: 3, not_started: 3 };
    expect(reportSentence('Phòng Kinh tế', tasks, 2, indicators)).toBe(
      'Phòng Kinh tế được giao 02 nhiệm vụ và 03 chỉ tiêu, đã và đang thực hiện 02 nhiệm vụ và 0 chỉ tiêu, ' +
        'hoàn thành 0 nhiệm vụ/chỉ tiêu, trong hạn 0 nhiệm vụ/chỉ tiêu, quá hạn 02 nhiệm vụ/0 chỉ tiêu; ' +
        'chưa triển khai 0 nhiệm vụ/03 chỉ tiêu.',
    );
  });
});
