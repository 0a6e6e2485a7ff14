import { parsePeriod, previousPeriod } from '../../src/engine/periods/reportPeriod';
import { addDays, daysBetween } from '../../src/engine/values/calendar';

const span = (text: string) => {
  const p = parsePeriod(text);
  return p && `${p.from}..${p.to}`;
};

describe('report periods (SPEC §10, Decree 09/2019 Art. 12): the 15th of the month before … the 14th', () => {
  it('a month runs from the 15th of the previous month to the 14th; January starts in December', () => {
    expect(span('2026-03')).toBe('2026-02-15..2026-03-14');
    expect(span('2026-01')).toBe('2025-12-15..2026-01-14');
    expect(span('2026-12')).toBe('2026-11-15..2026-12-14');
  });

  it('the 14th closes a period and the 15th opens the next one', () => {
    const march = parsePeriod('2026-03');
    const april = parsePeriod('2026-04');
    expect(march?.to).toBe('2026-03-14');
    expect(april?.from).toBe('2026-03-15');
    expect(daysBetween(march?.to ?? '', april?.from ?? '')).toBe(1);
  });

  it('leap years: the month of February 2028 and the span across 29/02 stay on the 14th/15th', () => {
    expect(span('2028-03')).toBe('2028-02-15..2028-03-14');
    expect(daysBetween('2028-02-15', '2028-03-14')).toBe(28);
    expect(daysBetween('2026-02-15', '2026-03-14')).toBe(27);
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
  });

  it('quarters: Q1 starts on 15/12 of the previous year; Q4 ends on 14/12', () => {
    expect(span('2026-Q1')).toBe('2025-12-15..2026-03-14');
    expect(span('2026-Q2')).toBe('2026-03-15..2026-06-14');
    expect(span('2026-Q3')).toBe('2026-06-15..2026-09-14');
    expect(span('2026-Q4')).toBe('2026-09-15..2026-12-14');
  });

  it('half-years and the year', () => {
    expect(span('2026-H1')).toBe('2025-12-15..2026-06-14');
    expect(span('2026-H2')).toBe('2026-06-15..2026-12-14');
    expect(span('2026')).toBe('2025-12-15..2026-12-14');
  });

  it('the period before: across year ends for every kind', () => {
    const before = (text: string) => {
      const p = parsePeriod(text);
      return p && previousPeriod(p).key;
    };
    expect(before('2026-01')).toBe('2025-12');
    expect(before('2026-03')).toBe('2026-02');
    expect(before('2026-Q1')).toBe('2025-Q4');
    expect(before('2026-Q3')).toBe('2026-Q2');
    expect(before('2026-H1')).toBe('2025-H2');
    expect(before('2026-H2')).toBe('2026-H1');
    expect(before('2026')).toBe('2025');
  });

  it('labels in Vietnamese and English', () => {
    expect(parsePeriod('2026-03')?.label).toEqual({ vi: 'Tháng 03/2026', en: 'March 2026' });
    expect(parsePeriod('2026-q4')?.label).toEqual({ vi: 'Quý IV/2026', en: 'Q4 2026' });
    expect(parsePeriod('2026-H1')?.label.vi).toBe('6 tháng đầu năm 2026');
    expect(parsePeriod('2026-H2')?.label.vi).toBe('6 tháng cuối năm 2026');
    expect(parsePeriod('2026')?.label.vi).toBe('Năm 2026');
  });

  it('anything else is not a period', () => {
    for (const text of ['2026-13', '2026-00', '2026-Q5', '2026-H3', '26-03', '2026-3', '2026/03', '', 'Q1-2026', '1900']) {
      expect(parsePeriod(text)).toBeNull();
    }
  });
});
