/** `--json` is written in pieces of UTF-8, and the pieces make exactly what JSON.stringify(value, null, 2) makes. */
import { writeJson } from '../../src/cli/jsonOutput';

function chunks(value: unknown): Uint8Array[] {
  const out: Uint8Array[] = [];
  // A copy: a piece handed over is the writer's to keep, whatever the writer does with its buffer next.
  writeJson(value, (bytes) => {
    out.push(Uint8Array.from(bytes));
  });
  return out;
}

function text(value: unknown): string {
  return Buffer.concat(chunks(value)).toString('utf8');
}

const VALUES: [string, unknown][] = [
  ['a number, a string, true, null', [1.5, 'a', true, null]],
  ['empty containers at every depth', { a: [], b: {}, c: [[], [{}]], d: { e: { f: [] } } }],
  ['members JSON leaves out, and nulls it puts in arrays', { a: undefined, b: () => 1, c: [undefined, () => 1, Symbol('s')], d: 1 }],
  ['text with line breaks, quotes, Vietnamese and astral characters', { 'khóa\n"x"': 'dòng 1\ndòng 2\t"trích" \\ 😀', v: ['\u2028'] }],
  ['a date and other objects with toJSON or no plain prototype', { when: new Date(Date.UTC(2025, 11, 11)), map: new Map([[1, 2]]), nested: [{ toJSON: () => ({ x: [1, 2] }) }] }],
  ['numbers JSON cannot hold', { nan: NaN, inf: -Infinity, zero: -0 }],
  ['a long array written item by item, with items JSON turns to null', Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? undefined : i % 3 === 1 ? { a: [i, 'x\ny', {}] } : () => i))],
  [
    'a long array of flat items, written member by member: escapes, lone surrogates, short and long texts, numbers, empty items',
    Array.from({ length: 300 }, (_, i) => (i % 50 === 0 ? {} : {
      sheet: i % 2 ? 'Nhiệm vụ' : 'Chỉ tiêu "2025"',
      cell: `D${i}`,
      'khóa "lạ"\n': i % 3 ? 'a\\b' : '\u0007\ud800 lẻ',
      [String(i % 7)]: i % 5 ? null : true,
      n: i % 4 ? i / 3 : NaN,
      q: i % 2 ? 'x"y' : '',
      skipped: undefined,
      fn: () => i,
      message: `Thông báo số ${i % 9}: ${'dài '.repeat(i % 4)}\t😀`,
    })),
  ],
  ['a long array mixing flat items with nested ones and objects with toJSON', Array.from({ length: 80 }, (_, i) => (i % 3 === 0 ? { a: 'x', nested: { b: [i] } } : i % 3 === 1 ? { when: new Date(Date.UTC(2025, 0, i)) } : Object.assign(Object.create(null), { k: `v${i}` })))],
  ['short arrays of large items, as one report per file', [{ issues: Array.from({ length: 70 }, (_, i) => ({ cell: `A${i}`, hint: null })) }, { issues: [] }]],
  ['a scalar alone', 'chỉ một chuỗi'],
  ['nothing', undefined],
];

describe('writeJson', () => {
  it.each(VALUES)('writes what JSON.stringify(value, null, 2) writes: %s', (_label, value) => {
    expect(text(value)).toBe(`${JSON.stringify(value, null, 2) ?? 'null'}\n`);
  });

  it('hands a large report over in pieces of a megabyte at most, never as one string', () => {
    const report = {
      file: 'lon.xlsx',
      issues: Array.from({ length: 40_000 }, (_, i) => ({ sheet: 'Nhiệm vụ', cell: `D${i + 2}`, code: 'overdue', message: `Quá hạn từ ${i % 28}/12/2025`, hint: null })),
    };
    const out = chunks(report);
    expect(Buffer.concat(out).toString('utf8')).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(out.length).toBeGreaterThan(3);
    expect(Math.max(...out.map((p) => p.length))).toBeLessThanOrEqual(2 ** 20);
  });

  it('never fills a piece again that the writer may still hold', () => {
    const report = { issues: Array.from({ length: 40_000 }, (_, i) => ({ cell: `D${i + 2}`, message: `Quá hạn ${'x'.repeat(200)}` })) };
    const kept: Uint8Array[] = [];
    writeJson(report, (bytes) => {
      kept.push(bytes);
    });
    expect(kept.length).toBeGreaterThan(1);
    expect(Buffer.concat(kept).toString('utf8')).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it('fills one buffer again when the writer says it is done with each piece', () => {
    const report = { issues: Array.from({ length: 40_000 }, (_, i) => ({ cell: `D${i + 2}`, message: `Quá hạn ${'x'.repeat(200)}` })) };
    const copies: Uint8Array[] = [];
    const memory = new Set<ArrayBufferLike>();
    writeJson(report, (bytes) => {
      copies.push(Uint8Array.from(bytes));
      memory.add(bytes.buffer);
      return true;
    });
    expect(copies.length).toBeGreaterThan(2);
    expect(Buffer.concat(copies).toString('utf8')).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(memory.size).toBe(1);
  });

  it('keeps a bounded number of texts encoded, and writes each right after starting again', () => {
    const report = { issues: Array.from({ length: 10_000 }, (_, i) => ({ message: `Thông báo riêng số ${i}`, hint: `Gợi ý ${i % 3}` })) };
    expect(text(report)).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it('loses nothing at the edge of a piece and splits no character, whatever bytes the characters take', () => {
    // Three bytes for each character, so a piece fills up with bytes well before it fills with characters.
    const report = { issues: Array.from({ length: 3_000 }, (_, i) => ({ message: `${i} 😀 ${'ữ'.repeat(1_000)}` })) };
    const out = chunks(report);
    expect(out.length).toBeGreaterThan(1);
    const decoder = new TextDecoder('utf-8', { fatal: true });
    expect(out.map((p) => decoder.decode(p)).join('')).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });
});
