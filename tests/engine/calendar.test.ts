import fc from 'fast-check';
import { isoDate, MAX_YEAR, MIN_YEAR, reportYear } from '../../src/engine/values/calendar';
import { reportYear as exported } from '../../src/engine';

describe('reportYear', () => {
  it('is the year of the report date', () => {
    expect(reportYear('2025-12-11')).toBe(2025);
    expect(reportYear('2026-01-01')).toBe(2026);
    expect(reportYear('1900-01-01')).toBe(1900);
    expect(reportYear('9999-12-31')).toBe(9999);
  });

  it('is the year of every date Excel can hold', () => {
    fc.assert(fc.property(
      fc.integer({ min: MIN_YEAR, max: MAX_YEAR }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }),
      (year, month, day) => reportYear(isoDate(year, month, day)) === year,
    ));
  });

  it('is the one the engine exports to the CLI and the pane', () => {
    expect(exported).toBe(reportYear);
  });
});
