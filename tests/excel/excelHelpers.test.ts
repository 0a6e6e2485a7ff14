import { cellAddress, columnLetter as columnLetters, parseRangeAddress, rectAddress } from '../../src/engine/workbook/address';
import { toCellSnapshot } from '../../src/excel/cellSnapshot';
import { needsQuotePrefix, splitFormulas } from '../../src/excel/cellInput';
import { charactersToPoints } from '../../src/excel/columnWidth';
import { chunkAddresses, compressCells } from '../../src/excel/highlightRanges';
import { isOwnHighlightFormula } from '../../src/excel/highlights';
import { chunkRows, packIntoSyncs, sliceUsedRanges, splitBatch } from '../../src/excel/readChunks';

describe('A1 addresses', () => {
  it('converts columns and cells', () => {
    expect([0, 25, 26, 701, 702, 16_383].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
    expect(cellAddress(6, 3)).toBe('D7');
    expect(rectAddress({ top: 2, left: 0, bottom: 2, right: 5 })).toBe('A3:F3');
  });

  it('parses cells, ranges, whole columns and rows; rejects the rest', () => {
    expect(parseRangeAddress('$D$7')).toEqual({ top: 6, left: 3, bottom: 6, right: 3 });
    expect(parseRangeAddress('F3:A1')).toEqual({ top: 0, left: 0, bottom: 2, right: 5 });
    expect(parseRangeAddress('C:E')).toEqual({ top: 0, left: 2, bottom: 1_048_575, right: 4 });
    expect(parseRangeAddress('3:5')).toEqual({ top: 2, left: 0, bottom: 4, right: 16_383 });
    for (const bad of ['', 'A', '7', 'A1:', 'A1:C', 'XFE1', 'A0', "'PL 1'!A1", 'A1:B2:C3']) {
      expect({ bad, rect: parseRangeAddress(bad) }).toEqual({ bad, rect: undefined });
    }
  });
});

describe('cells read from Excel', () => {
  it('follows the snapshot conventions', () => {
    expect(toCellSnapshot('', 'Empty', 'General', '')).toBeNull();
    expect(toCellSnapshot('', 'Empty', 'dd/mm/yyyy', '')).toBeNull();
    expect(toCellSnapshot('abc', 'String', 'General', 'abc')).toEqual({ v: 'abc' });
    expect(toCellSnapshot(0.5, 'Double', '0%', '50%')).toEqual({ v: 0.5, fmt: '0%', text: '50%' });
    expect(toCellSnapshot('#DIV/0!', 'Error', 'General', '#DIV/0!')).toEqual({ v: '#DIV/0!', err: true });
    expect(toCellSnapshot(false, 'Boolean', 'General', 'FALSE')).toEqual({ v: false, text: 'FALSE' });
  });
});

describe('read chunks', () => {
  it('reads at least 5,000 rows per chunk, more for narrow sheets', () => {
    expect(chunkRows(6)).toBe(8_333);
    expect(chunkRows(30)).toBe(5_000);
    expect(chunkRows(1)).toBe(50_000);
  });

  it('packs small sheets into one sync and gives each big chunk its own', () => {
    const areas = [
      { sheetIndex: 0, top: 0, left: 0, rows: 200, columns: 10 },
      { sheetIndex: 1, top: 3, left: 2, rows: 30_000, columns: 10 },
      { sheetIndex: 2, top: 0, left: 0, rows: 50, columns: 4 },
    ];
    const slices = sliceUsedRanges(areas);
    expect(slices.filter((s) => s.sheetIndex === 1).map((s) => [s.top, s.rows])).toEqual([
      [3, 5_000],
      [5_003, 5_000],
      [10_003, 5_000],
      [15_003, 5_000],
      [20_003, 5_000],
      [25_003, 5_000],
    ]);
    expect(packIntoSyncs(slices).map((batch) => batch.map((s) => s.sheetIndex))).toEqual([[0], [1], [1], [1], [1], [1], [1], [2]]);
    const small = sliceUsedRanges([areas[0], areas[2], { ...areas[2], sheetIndex: 3 }]);
    expect(packIntoSyncs(small).map((batch) => batch.map((s) => s.sheetIndex))).toEqual([[0, 2, 3]]);
  });

  it('halves a batch that Excel still refuses', () => {
    const slice = { sheetIndex: 0, top: 10, left: 0, rows: 5_001, columns: 3 };
    expect(splitBatch([slice, slice])).toEqual([[slice], [slice]]);
    expect(splitBatch([slice])).toEqual([[{ ...slice, rows: 2_501 }], [{ ...slice, top: 2_511, rows: 2_500 }]]);
    expect(splitBatch([{ ...slice, rows: 1 }])).toBeUndefined();
  });
});

describe('highlight ranges', () => {
  it('joins runs of rows and neighbouring columns', () => {
    const cells = [
      { row: 6, col: 3 },
      { row: 7, col: 3 },
      { row: 8, col: 3 },
      { row: 6, col: 4 },
      { row: 7, col: 4 },
      { row: 8, col: 4 },
      { row: 20, col: 3 },
      { row: 20, col: 3 },
      { row: 2, col: 0 },
    ];
    expect(compressCells(cells).map(rectAddress)).toEqual(['A3', 'D7:E9', 'D21']);
  });

  it('chunks long address lists', () => {
    const rects = Array.from({ length: 1_000 }, (_, i) => ({ top: i * 2, left: 3, bottom: i * 2, right: 3 }));
    const chunks = chunkAddresses(rects, 100);
    expect(chunks.every((chunk) => chunk.length <= 100)).toBe(true);
    expect(chunks.join(',').split(',')).toHaveLength(1_000);
  });

  it('recognises only the add-in’s own rules', () => {
    expect(isOwnHighlightFormula('=ISTEXT("phuluc:error")')).toBe(true);
    expect(isOwnHighlightFormula('=istext("PHULUC:warning")')).toBe(true);
    expect(isOwnHighlightFormula('=$E2="phuluc"')).toBe(false);
    expect(isOwnHighlightFormula(undefined)).toBe(false);
  });
});

describe('values written to Excel', () => {
  it('quote-prefixes text Excel would reinterpret, and nothing else', () => {
    for (const text of ['0123', '31/12/2025', '#REF!', '-abc', '+84', "'x", 'true', 'FALSE', '50%', 'Quý IV/2025', '=x']) {
      expect({ text, prefix: needsQuotePrefix(text) }).toEqual({ text, prefix: true });
    }
    for (const text of ['Đang thực hiện', 'Hằng năm', '', 'Phòng Kinh tế']) {
      expect({ text, prefix: needsQuotePrefix(text) }).toEqual({ text, prefix: false });
    }
  });

  it('splits a block into constants and formulas, each with null where the other writes', () => {
    expect(splitFormulas([['a', '=B1', 2], ['0123']], 3)).toEqual({
      values: [
        ['a', null, 2],
        ["'0123", null, null],
      ],
      formulas: [
        [null, '=B1', null],
        [null, null, null],
      ],
    });
    expect(splitFormulas([['a', Number.NaN]], 2)).toEqual({ values: [['a', null]] });
  });

  it('converts column widths from characters to points (ECMA-376, Calibri 11)', () => {
    expect(charactersToPoints(8.43)).toBe(48);
    expect(charactersToPoints(10)).toBe(56.25);
    expect(charactersToPoints(0)).toBe(0);
  });
});
