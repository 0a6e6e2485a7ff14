import { readTypedDate, readTypedYear } from '../../src/engine/settings/reportDate';

describe('readTypedDate: the report date as the user types it (CLI --as-of, the pane)', () => {
  it.each([
    ['11/12/2025', '2025-12-11'], ['11-12-2025', '2025-12-11'], ['11.12.2025', '2025-12-11'], [' 1/7/2025 ', '2025-07-01'],
    ['2025-12-11', '2025-12-11'], ['2024-2-29', '2024-02-29'], ['29/02/2024', '2024-02-29'],
  ])('%j → %s', (text, iso) => {
    expect(readTypedDate(text)).toEqual({ ok: true, iso });
  });

  it.each([['31/02/2025'], ['29/02/2025'], ['2025-02-30'], ['31/04/2026'], ['0/1/2025'], ['1/13/2025']])('%j does not exist', (text) => {
    expect(readTypedDate(text)).toEqual({ ok: false, reason: 'impossible' });
  });

  it.each([['dd/mm/yyyy'], ['12/2025'], ['11/12-2025'], ['11/12/25'], ['20251211'], [''], ['2025/12/11']])('%j is not a date as written', (text) => {
    expect(readTypedDate(text)).toEqual({ ok: false, reason: 'format' });
  });

  it('keeps the years the product works with', () => {
    expect(readTypedDate('01/01/1800')).toEqual({ ok: false, reason: 'year' });
    expect(readTypedDate('2201-01-01')).toEqual({ ok: false, reason: 'year' });
  });

  it('readTypedYear: a year, or the year of a date', () => {
    expect(readTypedYear('2026')).toEqual({ ok: true, year: 2026 });
    expect(readTypedYear('31/12/2030')).toEqual({ ok: true, year: 2030 });
    expect(readTypedYear('31/02/2030')).toEqual({ ok: false, reason: 'impossible' });
    expect(readTypedYear('3000')).toEqual({ ok: false, reason: 'year' });
    expect(readTypedYear('20x5')).toEqual({ ok: false, reason: 'format' });
  });
});
