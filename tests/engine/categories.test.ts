import { dueOf, indicatorCategory, taskCategory, type Due } from '../../src/engine/summary/categories';

const R = '2025-12-11';
const date = (d: string): Due => ({ kind: 'date', date: d });
const ongoing: Due = { kind: 'ongoing' };
const unknown: Due = { kind: 'unknown' };

describe('task category (SPEC §4.2)', () => {
  it.each([
    ['done, no completion date', 'done', date('2025-06-30'), null, 'done_on_time'],
    ['done, no deadline', 'done', unknown, '2025-07-01', 'done_on_time'],
    ['done on the deadline day', 'done', date('2025-06-30'), '2025-06-30', 'done_on_time'],
    ['done a day late', 'done', date('2025-06-30'), '2025-07-01', 'done_late'],
    ['in progress, deadline ahead', 'in_progress', date('2025-12-31'), null, 'in_progress'],
    ['in progress, deadline is today', 'in_progress', date(R), null, 'in_progress'],
    ['in progress, ongoing', 'in_progress', ongoing, null, 'in_progress'],
    ['in progress, deadline passed', 'in_progress', date('2025-12-10'), null, 'overdue'],
    ['not started, deadline passed', 'not_started', date('2025-06-30'), null, 'overdue'],
    ['not started, deadline ahead', 'not_started', date('2026-06-30'), null, 'not_started'],
    ['not started, ongoing', 'not_started', ongoing, null, 'not_started'],
    ['unknown status', 'unknown', date('2026-06-30'), null, 'unknown'],
    ['in progress, unparsed deadline', 'in_progress', unknown, null, 'unknown'],
  ] as const)('%s', (_label, status, due, completed, expected) => {
    expect(taskCategory(status, due, completed, R)).toBe(expected);
  });

  it('resolves an annual deadline to 31/12 of the report year', () => {
    expect(dueOf({ kind: 'annual' }, 2025)).toEqual(date('2025-12-31'));
    expect(dueOf({ kind: 'ongoing' }, 2025)).toEqual(ongoing);
    expect(dueOf({ kind: 'reference' }, 2025)).toEqual(unknown);
    expect(dueOf(null, 2025)).toEqual(unknown);
  });

  it('resolves "30/6 hằng năm" to 30/06 of the report year: in December a task still in progress is overdue', () => {
    const due = dueOf({ kind: 'annual', month: 6, day: 30 }, 2025);
    expect(due).toEqual(date('2025-06-30'));
    expect(taskCategory('in_progress', due, null, R)).toBe('overdue');
  });
});

describe('indicator category (SPEC §5.3)', () => {
  const target = { kind: 'compare', op: '>=', value: 80, percent: true } as const;
  const number = (value: number) => ({ kind: 'number', value, percent: true }) as const;
  it.each([
    ['met', target, number(85), 2025, false, 'done'],
    ['not met, year still running', target, number(70), 2025, false, 'in_progress'],
    ['not met, year over', target, number(70), 2024, false, 'overdue'],
    ['no actual value', target, { kind: 'empty' } as const, 2025, false, 'not_started'],
    ['unreadable actual', target, { kind: 'invalid' } as const, 2025, false, 'unknown'],
    ['out of range', target, number(120), 2025, true, 'unknown'],
    ['no target', null, number(85), 2025, false, 'unknown'],
    ['no evaluation year', target, number(85), null, false, 'unknown'],
  ] as const)('%s', (_label, t, actual, year, outOfRange, expected) => {
    expect(indicatorCategory(t, actual, year, R, outOfRange)).toBe(expected);
  });
});
