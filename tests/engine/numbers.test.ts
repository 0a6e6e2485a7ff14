import fc from 'fast-check';
import { isPercentFormat } from '../../src/engine/values/numberFormat';
import { parseVnNumber, readNumberCell } from '../../src/engine/values/numbers';
import { anyCell, anyString, RUNS } from './cellArbitraries';

/** 1234567 → "1.234.567", the way Vietnamese documents group thousands. */
function withThousandsDots(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

describe('parseVnNumber', () => {
  it.each([
    ['1.440', 1440, false],
    ['99,09', 99.09, false],
    ['9.096', 9096, false],
    ['11.092', 11092, false],
    ['1.234.567', 1234567, false],
    ['1.234,5', 1234.5, false],
    ['0,9%', 0.9, true],
    ['85 %', 85, true],
    ['100%', 100, true],
    ['21,6%', 21.6, true],
    ['-5', -5, false],
    ['+3', 3, false],
    ['\u22125', -5, false],
    ['-0', 0, false],
    ['1.5', 1.5, false],
    ['0.85', 0.85, false],
    ['0.440', 0.44, false],
    ['1.4400', 1.44, false],
    ['1,440', 1.44, false],
    [',5', 0.5, false],
    ['.5', 0.5, false],
    ['  1.440  ', 1440, false],
    ['\u00A085\u00A0', 85, false],
    ['2025', 2025, false],
    ['007', 7, false],
    ['1 440', 1440, false],
    ['1\u00A0234\u00A0567,5', 1234567.5, false],
    ['1,234,567', 1234567, false],
    ['1,234.5', 1234.5, false],
  ])('parseVnNumber(%j) = %p (percent %p)', (text, value, percent) => {
    expect(parseVnNumber(text)).toEqual({ value, percent });
  });

  it.each([
    '80 người', 'abc', '', ' ', '%', '-', '+', '1.2.3', '1,2,3', '1.234.5', '1,5.3', '1.234,5,6', '5.', '5,',
    '1e5', 'Infinity', 'NaN', '0x10', '12 34', '--5', '+-5', '- 5', '5-', '%85', '85%%', '1.440.1234', '12/2025',
    '31/12/2025', '≥ 95', '20-22%', 'Đạt', '1,440,5',
  ])('parseVnNumber(%j) is not a number', (text) => {
    expect(parseVnNumber(text)).toBeNull();
  });

  it('returns null rather than Infinity for digit strings beyond double range', () => {
    expect(parseVnNumber('9'.repeat(400))).toBeNull();
  });

  it('reads back any integer written with Vietnamese thousands dots', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        const written = n < 0 ? `-${withThousandsDots(-n)}` : withThousandsDots(n);
        expect(parseVnNumber(written)).toEqual({ value: n, percent: false });
        expect(parseVnNumber(`${written}%`)).toEqual({ value: n, percent: true });
      }),
      RUNS,
    );
  });

  it('reads back any decimal written with a decimal comma', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const written = `${withThousandsDots(whole)},${String(cents).padStart(2, '0')}`;
        expect(parseVnNumber(written)?.value).toBe(Number(`${whole}.${String(cents).padStart(2, '0')}`));
      }),
      RUNS,
    );
  });

  it('never throws and only returns finite numbers', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const parsed = parseVnNumber(s);
        if (parsed) expect(Number.isFinite(parsed.value)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('readNumberCell', () => {
  it.each([
    [{ v: 1440 }, { value: 1440, percent: false }],
    [{ v: 99.09, fmt: '0.00' }, { value: 99.09, percent: false }],
    [{ v: 0.85, fmt: '0%' }, { value: 85, percent: true }],
    [{ v: 0.07, fmt: '0.0%' }, { value: 7, percent: true }],
    [{ v: 0.999, fmt: '0.0%' }, { value: 99.9, percent: true }],
    [{ v: 1.15, fmt: '0%' }, { value: 115, percent: true }],
    [{ v: 0.8, fmt: '0%;-0%' }, { value: 80, percent: true }],
    [{ v: 85, fmt: '0"%"' }, { value: 85, percent: false }],
    [{ v: 85, fmt: '0\\%' }, { value: 85, percent: false }],
    [{ v: -0 }, { value: 0, percent: false }],
    [{ v: '1.440' }, { value: 1440, percent: false }],
    [{ v: '85%' }, { value: 85, percent: true }],
    [{ v: '0,9%', fmt: '@' }, { value: 0.9, percent: true }],
    [{ v: 1e300, fmt: '0%' }, { value: 1e302, percent: true }],
  ])('readNumberCell(%j)', (cell, expected) => {
    expect(readNumberCell(cell)).toEqual(expected);
  });

  it('gives exactly 85 for 0.85 under a percent format, as for every two-decimal fraction', () => {
    for (let hundredths = 0; hundredths <= 200; hundredths++) {
      expect(readNumberCell({ v: hundredths / 100, fmt: '0%' })?.value).toBe(hundredths);
    }
  });

  it.each([
    null,
    undefined,
    { v: null },
    { v: true },
    { v: false },
    { v: '#REF!', err: true as const },
    { v: 5, err: true as const },
    { v: NaN },
    { v: Infinity, fmt: '0%' },
    { v: Number.MAX_VALUE, fmt: '0%' },
    { v: -1e307, fmt: '0.00%' },
    { v: 'abc' },
    { v: '' },
  ])('readNumberCell(%j) is null', (cell) => {
    expect(readNumberCell(cell)).toBeNull();
  });

  it('never throws on any cell-shaped value', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const read = readNumberCell(cell);
        if (read) expect(Number.isFinite(read.value)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('isPercentFormat', () => {
  it.each([
    ['0%', true],
    ['0.00%', true],
    ['#,##0.0%;[Red]-#,##0.0%', true],
    ['0"%"', false],
    ['0\\%', false],
    ['0 "phần trăm %"', false],
    ['[$%-409]0', false],
    ['General', false],
    ['0.00', false],
    ['', false],
    [undefined, false],
  ])('isPercentFormat(%j) = %p', (fmt, expected) => {
    expect(isPercentFormat(fmt)).toBe(expected);
  });
});
