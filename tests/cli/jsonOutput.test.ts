/** `--json` is written in pieces, and the pieces make exactly what JSON.stringify(value, null, 2) makes. */
import { writeJson } from '../../src/cli/jsonOutput';

function pieces(value: unknown): string[] {
  const out: string[] = [];
  writeJson(value, (text) => out.push(text));
  return out;
}

const VALUES: [string, unknown][] = [
  ['a number, a string, true, null', [1.5, 'a', true, null]],
  ['empty containers at every depth', { a: [], b: {}, c: [[], [{}]], d: { e: { f: [] } } }],
  ['members JSON leaves out, and nulls it puts in arrays', { a: undefined, b: () => 1, c: [undefined, () => 1, Symbol('s')], d: 1 }],
  ['text with line breaks, quotes, Vietnamese and astral characters', { 'khóa\n"x"': 'dòng 1\ndòng 2\t"trích" \\ 😀', v: ['\u2028'] }],
  ['a date and other objects with toJSON or no plain prototype', { when: new Date(Date.UTC(2025, 11, 11)), map: new Map([[1, 2]]), nested: [{ toJSON: () => ({ x: [1, 2] }) }] }],
  ['numbers JSON cannot hold', { nan: NaN, inf: -Infinity, zero: -0 }],
  ['a long array written item by item, with items JSON turns to null', Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? undefined : i % 3 === 1 ? { a: [i, 'x\ny', {}] } : () => i))],
  ['short arrays of large items, as one report per file', [{ issues: Array.from({ length: 70 }, (_, i) => ({ cell: `A${i}`, hint: null })) }, { issues: [] }]],
  ['a scalar alone', 'chỉ một chuỗi'],
  ['nothing', undefined],
];

describe('writeJson', () => {
  it.each(VALUES)('writes what JSON.stringify(value, null, 2) writes: %s', (_label, value) => {
    expect(pieces(value).join('')).toBe(`${JSON.stringify(value, null, 2) ?? 'null'}\n`);
  });

  it('hands a large report over in pieces of about a megabyte, never as one string', () => {
    const report = {
      file: 'lon.xlsx',
      issues: Array.from({ length: 40_000 }, (_, i) => ({ sheet: 'Nhiệm vụ', cell: `D${i + 2}`, code: 'overdue', message: `Quá hạn từ ${i % 28}/12/2025`, hint: null })),
    };
    const out = pieces(report);
    expect(out.join('')).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(out.length).toBeGreaterThan(3);
    expect(Math.max(...out.map((p) => p.length))).toBeLessThan(1.1 * 2 ** 20);
  });
});
