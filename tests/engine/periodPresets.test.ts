import { periodContaining, periodPresets } from '../../src/engine/periods/periodPresets';

const keys = (today: string, chosen?: string) => periodPresets(today, chosen).map((p) => p.key);

describe('report period presets around a day (SPEC §10)', () => {
  it('the 14th belongs to its own month, the 15th to the next one', () => {
    expect(periodContaining('month', '2026-03-14').key).toBe('2026-03');
    expect(periodContaining('month', '2026-03-15').key).toBe('2026-04');
    expect(periodContaining('quarter', '2026-03-14').key).toBe('2026-Q1');
    expect(periodContaining('quarter', '2026-03-15').key).toBe('2026-Q2');
    expect(periodContaining('half', '2026-06-15').key).toBe('2026-H2');
  });

  it('from 15/12 the day belongs to next year’s January, Quý I, first half and year', () => {
    expect(['month', 'quarter', 'half', 'year'].map((k) => periodContaining(k as 'month', '2025-12-15').key)).toEqual([
      '2026-01', '2026-Q1', '2026-H1', '2026',
    ]);
    expect(periodContaining('year', '2025-12-14').key).toBe('2025');
  });

  it('offers the period holding the day and the ones before it, months first, newest first', () => {
    expect(keys('2026-02-20')).toEqual([
      '2026-03', '2026-02', '2026-01',
      '2026-Q1', '2025-Q4',
      '2026-H1', '2025-H2',
      '2026', '2025',
    ]);
  });

  it('a stored period outside the presets is offered in its kind, in date order', () => {
    expect(keys('2026-02-20', '2025-Q2')).toEqual([
      '2026-03', '2026-02', '2026-01', '2026-Q1', '2025-Q4', '2025-Q2', '2026-H1', '2025-H2', '2026', '2025',
    ]);
    expect(keys('2026-02-20', '2026-Q1')).toEqual(keys('2026-02-20'));
    expect(keys('2026-02-20', 'not a period')).toEqual(keys('2026-02-20'));
  });

  it('every preset ends on the 14th: the report date it sets', () => {
    for (const p of periodPresets('2028-02-29')) expect(p.to.slice(8)).toBe('14');
  });
});
