import fc from 'fast-check';
import type { CellSnapshot } from '../../src/engine/workbook/snapshot';

/** Property tests run these many cases: enough to find edge cases, few enough to keep the suite fast. */
export const RUNS = { numRuns: 200 };

/** Any string at all: printable graphemes, any code point, and lone surrogates. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u)), maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...'0123456789/.-,% tháng năm Quý IV'.split('')), maxLength: 30 }),
);

/** Any number, including NaN, ±Infinity, -0 and huge values. */
export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.integer({ min: -100_000, max: 3_000_000 }),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, 60, 1, 2958465, 2958466, Number.MAX_VALUE, Number.MIN_VALUE),
);

const anyFormat = fc.oneof(
  fc.constantFrom('General', '0%', '0.00%', 'dd/mm/yyyy', 'mmm-yy', '@', '#,##0', '"%"0', '[$-42A]dd/mm/yyyy'),
  anyString,
);

/** Objects shaped like a CellSnapshot, with any combination of fields and values. */
export const anyCell: fc.Arbitrary<CellSnapshot | null | undefined> = fc.oneof(
  fc.constantFrom(null, undefined),
  fc.record(
    {
      v: fc.oneof(anyString, anyNumber, fc.boolean(), fc.constant(null)),
      err: fc.constant(true as const),
      fmt: anyFormat,
      text: anyString,
      f: anyString,
    },
    { requiredKeys: ['v'] },
  ),
);
