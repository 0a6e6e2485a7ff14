import fc from 'fast-check';
import type { CellSnapshot } from '../../src/engine/workbook/snapshot';
import { attain, parseTarget, readActual, type Actual, type Target } from '../../src/engine/values/targets';
import { anyCell, RUNS } from './cellArbitraries';

const text = (v: string): CellSnapshot => ({ v });
const atLeast = (value: number, percent: boolean): Target => ({ kind: 'compare', op: '>=', value, percent });
const number = (value: number, percent = false): Actual => ({ kind: 'number', value, percent });

describe('parseTarget: every form of SPEC §5.1', () => {
  it.each([
    ['100%', atLeast(100, true)],
    ['80', atLeast(80, false)],
    ['80%', atLeast(80, true)],
    ['≥ 95', atLeast(95, false)],
    ['>=95%', atLeast(95, true)],
    ['≥95%', atLeast(95, true)],
    ['=>95', atLeast(95, false)],
    ['> 90', { kind: 'compare', op: '>', value: 90, percent: false }],
    ['>90%', { kind: 'compare', op: '>', value: 90, percent: true }],
    ['trên 90%', { kind: 'compare', op: '>', value: 90, percent: true }],
    ['Đạt trên 3%', { kind: 'compare', op: '>', value: 3, percent: true }],
    ['Đạt trên 3,5%', { kind: 'compare', op: '>', value: 3.5, percent: true }],
    ['≤ 5', { kind: 'compare', op: '<=', value: 5, percent: false }],
    ['<= 5', { kind: 'compare', op: '<=', value: 5, percent: false }],
    ['< 5', { kind: 'compare', op: '<', value: 5, percent: false }],
    ['dưới 5%', { kind: 'compare', op: '<', value: 5, percent: true }],
    ['tối đa 5%', { kind: 'compare', op: '<=', value: 5, percent: true }],
    ['Phấn đấu đạt 3%', atLeast(3, true)],
    ['Phấn đấu ít nhất 3%', atLeast(3, true)],
    ['ít nhất 3%', atLeast(3, true)],
    ['tối thiểu 3%', atLeast(3, true)],
    ['Phấn đấu đạt ít nhất 3%', atLeast(3, true)],
    ['20-22%', { kind: 'range', low: 20, high: 22, percent: true }],
    ['45-50%', { kind: 'range', low: 45, high: 50, percent: true }],
    ['20 - 22 %', { kind: 'range', low: 20, high: 22, percent: true }],
    ['từ 20 đến 22%', { kind: 'range', low: 20, high: 22, percent: true }],
    ['100%%', atLeast(100, true)],
    ['-', { kind: 'none' }],
    ['–', { kind: 'none' }],
    ['', { kind: 'none' }],
    ['Đạt', { kind: 'yes' }],
    ['Hoàn thành', { kind: 'yes' }],
  ] as [string, Target][])('%j', (written, expected) => {
    expect(parseTarget(text(written))).toEqual(expected);
  });

  it.each([
    // as typed, OCR'd or spaced in the seeds and elsewhere
    ['Phan dau it nhat 3%', atLeast(3, true)],
    ['PHẤN ĐẤU ĐẠT ÍT NHẤT 3%', atLeast(3, true)],
    ['Phấn đấu đạt 3%'.normalize('NFD'), atLeast(3, true)],
    ['> 10', { kind: 'compare', op: '>', value: 10, percent: false }],
    ['>60%', { kind: 'compare', op: '>', value: 60, percent: true }],
    ['≥ 95%.', atLeast(95, true)],
    ['≥ 1.000', atLeast(1000, false)],
    ['＞90％', { kind: 'compare', op: '>', value: 90, percent: true }],
    ['=< 5', { kind: 'compare', op: '<=', value: 5, percent: false }],
    ['⩾ 95', atLeast(95, false)],
    ['không quá 5%', { kind: 'compare', op: '<=', value: 5, percent: true }],
    ['không dưới 80%', atLeast(80, true)],
    ['95% trở lên', atLeast(95, true)],
    ['từ 95% trở lên', atLeast(95, true)],
    ['5% trở xuống', { kind: 'compare', op: '<=', value: 5, percent: true }],
    ['Đạt 100%', atLeast(100, true)],
    ['100 %', atLeast(100, true)],
    ['0,5', atLeast(0.5, false)],
    ['20–22%', { kind: 'range', low: 20, high: 22, percent: true }],
    ['50-55%', { kind: 'range', low: 50, high: 55, percent: true }],
    ['20% - 22%', { kind: 'range', low: 20, high: 22, percent: true }],
    ['1.000 - 1.200', { kind: 'range', low: 1000, high: 1200, percent: false }],
    ['—', { kind: 'none' }],
    ['--', { kind: 'none' }],
    ['  ', { kind: 'none' }],
    ['ĐẠT', { kind: 'yes' }],
    ['Có', { kind: 'yes' }],
  ] as [string, Target][])('%j', (written, expected) => {
    expect(parseTarget(text(written))).toEqual(expected);
  });

  it.each(['trên', 'Đạt trên', 'Phấn đấu', 'abc', '1.2.3', '22-20%', '≥', '>= abc', 'x', '95 người', 'Hing nim',
    'Tỷ lệ người dân có chữ ký số', '20-22-24%', 'trên 90% dưới 95%'])('%j is an invalid target', (written) => {
    expect(parseTarget(text(written))).toEqual({ kind: 'invalid' });
  });

  it.each([
    [{ v: 0.8, fmt: '0%' }, atLeast(80, true)],
    [{ v: 1, fmt: '0%' }, atLeast(100, true)],
    [{ v: 80 }, atLeast(80, false)],
    [{ v: 0.95, fmt: '0.0%' }, atLeast(95, true)],
    [null, { kind: 'none' }],
    [undefined, { kind: 'none' }],
    [{ v: null }, { kind: 'none' }],
    [{ v: '#REF!', err: true as const }, { kind: 'invalid' }],
    [{ v: true }, { kind: 'invalid' }],
    [{ v: NaN }, { kind: 'invalid' }],
  ] as [CellSnapshot | null | undefined, Target][])('parseTarget(%j)', (cell, expected) => {
    expect(parseTarget(cell)).toEqual(expected);
  });

  it('never throws on any cell-shaped value', () => {
    const kinds = ['none', 'compare', 'range', 'yes', 'invalid'];
    fc.assert(fc.property(anyCell, (cell) => kinds.includes(parseTarget(cell).kind)), RUNS);
  });
});

describe('readActual', () => {
  it.each([
    [{ v: 85 }, number(85)],
    [{ v: 0.85, fmt: '0%' }, number(85, true)],
    [{ v: '99,09%' }, number(99.09, true)],
    [{ v: '1.440' }, number(1440)],
    [{ v: '100%%' }, number(100, true)],
    [{ v: 'Đạt 95%' }, number(95, true)],
    [{ v: '  85 % ' }, number(85, true)],
    [{ v: 'Đạt' }, { kind: 'yes' }],
    [{ v: 'Hoàn thành' }, { kind: 'yes' }],
    [{ v: 'Đã hoàn thành' }, { kind: 'yes' }],
    [{ v: 'Có' }, { kind: 'yes' }],
    [{ v: 'ĐẠT.' }, { kind: 'yes' }],
    [{ v: true }, { kind: 'yes' }],
    [{ v: 'Không đạt' }, { kind: 'no' }],
    [{ v: 'Chưa đạt' }, { kind: 'no' }],
    [{ v: 'Không' }, { kind: 'no' }],
    [{ v: 'Chưa' }, { kind: 'no' }],
    [{ v: 'Chưa hoàn thành' }, { kind: 'no' }],
    [{ v: false }, { kind: 'no' }],
    [{ v: '' }, { kind: 'empty' }],
    [{ v: ' \n' }, { kind: 'empty' }],
    [{ v: '-' }, { kind: 'empty' }],
    [{ v: 'Chưa có số liệu' }, { kind: 'empty' }],
    [{ v: null }, { kind: 'empty' }],
    [null, { kind: 'empty' }],
    [undefined, { kind: 'empty' }],
    [{ v: '#N/A', err: true as const }, { kind: 'invalid' }],
    [{ v: 0, err: true as const }, { kind: 'invalid' }],
    [{ v: 'abc' }, { kind: 'invalid' }],
    [{ v: '85 người' }, { kind: 'invalid' }],
    [{ v: '1.2.3' }, { kind: 'invalid' }],
    [{ v: 'Đã xong?' }, { kind: 'invalid' }],
    [{ v: Infinity }, { kind: 'invalid' }],
  ] as [CellSnapshot | null | undefined, Actual][])('readActual(%j)', (cell, expected) => {
    expect(readActual(cell)).toEqual(expected);
  });

  it('never throws on any cell-shaped value', () => {
    const kinds = ['empty', 'number', 'yes', 'no', 'invalid'];
    fc.assert(fc.property(anyCell, (cell) => kinds.includes(readActual(cell).kind)), RUNS);
  });
});

describe('attain', () => {
  const compare = (op: '>=' | '>' | '<=' | '<', value: number): Target => ({ kind: 'compare', op, value, percent: true });
  const range: Target = { kind: 'range', low: 20, high: 22, percent: true };

  it.each([
    [compare('>=', 95), number(95, true), 'met'],
    [compare('>=', 95), number(96, true), 'met'],
    [compare('>=', 95), number(94.99, true), 'not_met'],
    [compare('>', 90), number(90), 'not_met'],
    [compare('>', 90), number(90.1), 'met'],
    [compare('<=', 5), number(5), 'met'],
    [compare('<=', 5), number(5.1), 'not_met'],
    [compare('<', 5), number(5), 'not_met'],
    [compare('<', 5), number(4.9), 'met'],
    [range, number(19.9, true), 'not_met'],
    [range, number(20, true), 'met'],
    [range, number(22, true), 'met'],
    [range, number(22.5, true), 'exceeded'],
    [{ kind: 'yes' }, { kind: 'yes' }, 'met'],
    [{ kind: 'yes' }, { kind: 'no' }, 'not_met'],
    [{ kind: 'yes' }, number(100, true), 'unknown'],
    [{ kind: 'yes' }, { kind: 'empty' }, 'unknown'],
    [compare('>=', 95), { kind: 'yes' }, 'unknown'],
    [compare('>=', 95), { kind: 'no' }, 'unknown'],
    [range, { kind: 'yes' }, 'unknown'],
    [compare('>=', 95), { kind: 'empty' }, 'unknown'],
    [compare('>=', 95), { kind: 'invalid' }, 'unknown'],
    [{ kind: 'none' }, number(100), 'unknown'],
    [{ kind: 'invalid' }, number(100), 'unknown'],
    [{ kind: 'none' }, { kind: 'yes' }, 'unknown'],
  ] as [Target, Actual, string][])('attain(%j, %j) = %s', (target, actual, expected) => {
    expect(attain(target, actual)).toBe(expected);
  });

  it('ignores the percent flag: a percent cell (0.8 as 80%) meets an 80% target', () => {
    expect(attain(parseTarget(text('80%')), readActual({ v: 0.8, fmt: '0%' }))).toBe('met');
    expect(attain(parseTarget({ v: 0.8, fmt: '0%' }), readActual(text('79')))).toBe('not_met');
    expect(attain(parseTarget(text('≥ 95')), readActual(text('99,09%')))).toBe('met');
  });

  it('is always one of the four attainments', () => {
    fc.assert(
      fc.property(anyCell, anyCell, (targetCell, actualCell) => {
        expect(['met', 'exceeded', 'not_met', 'unknown']).toContain(attain(parseTarget(targetCell), readActual(actualCell)));
      }),
      RUNS,
    );
  });
});
