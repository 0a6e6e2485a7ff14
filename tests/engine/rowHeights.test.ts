import {
  characterCount, estimateRowHeights, linesHeight, MAX_ROW_HEIGHT, wrappedLines,
} from '../../src/engine/sheets/rowHeights';

describe('characterCount', () => {
  it('counts a Vietnamese letter with its marks as one character, composed or not', () => {
    expect(characterCount('Thời hạn')).toBe(8);
    expect(characterCount('Thời hạn'.normalize('NFD'))).toBe(8);
    expect(characterCount('Đ')).toBe(1);
  });
});

describe('wrappedLines', () => {
  it('fits exactly one line of text in one line, and one character more in two', () => {
    expect(wrappedLines('a'.repeat(20), 20)).toBe(1);
    expect(wrappedLines('a'.repeat(21), 20)).toBe(2);
    expect(wrappedLines('a'.repeat(40), 20)).toBe(2);
    expect(wrappedLines('a'.repeat(41), 20)).toBe(3);
  });

  it('counts decomposed diacritics once', () => {
    const line = 'ờ'.repeat(20).normalize('NFD');
    expect(line.length).toBe(60);
    expect(wrappedLines(line, 20)).toBe(1);
  });

  it('adds the lines of each paragraph: an explicit line break always starts a new line', () => {
    expect(wrappedLines('ngắn\nngắn', 20)).toBe(2);
    expect(wrappedLines(`${'a'.repeat(21)}\nb`, 20)).toBe(3);
    expect(wrappedLines('a\n\nb', 20)).toBe(3);
    expect(wrappedLines('a\r\nb', 1)).toBe(2);
  });

  it('wraps whole words, as the applications do', () => {
    // 'Hoàn thành đúng hạn' is 20 units wide (a capital is wider); in 8, only "đúng hạn" share a line.
    expect(wrappedLines('Hoàn thành đúng hạn', 20)).toBe(1);
    expect(wrappedLines('Hoàn thành đúng hạn', 8)).toBe(3);
    expect(wrappedLines('ab cd', 4)).toBe(2);
  });

  it('counts capitals and bold text wider', () => {
    expect(wrappedLines('a'.repeat(20), 20)).toBe(1);
    expect(wrappedLines('A'.repeat(20), 20)).toBe(2);
    expect(wrappedLines('a'.repeat(20), 20, 11, true)).toBe(2);
  });

  it('fits fewer characters in a line at a larger font', () => {
    expect(wrappedLines('a'.repeat(20), 20, 11)).toBe(1);
    expect(wrappedLines('a'.repeat(20), 20, 22)).toBe(2);
  });
});

describe('linesHeight', () => {
  it('is 15 pt a line at Calibri 11, scaled with the font size, in whole pixels', () => {
    expect(linesHeight(1)).toBe(15);
    expect(linesHeight(3)).toBe(45);
    expect(linesHeight(2, 22)).toBe(60);
    // 14 pt: 19.09 pt a line, rounded up to the next 0.75 pt pixel.
    expect(linesHeight(1, 14)).toBe(19.5);
  });

  it('stops at Excel’s maximum row height', () => {
    expect(linesHeight(27)).toBe(405);
    expect(linesHeight(28)).toBe(MAX_ROW_HEIGHT);
    expect(linesHeight(1_000)).toBe(409);
  });
});

describe('estimateRowHeights', () => {
  const long = (n: number) => 'x'.repeat(n);

  it('gives a merged, wrapped cell the height its text needs over the merged width', () => {
    const values = [[long(31), null, null], [long(61), null, null], [long(30), null, null]];
    const heights = estimateRowHeights(values, [10, 12, 8], ['A1:C1', 'A2:C2', 'A3:C3'], [{ range: 'A1:C3', wrap: true }]);
    // Merged width 10 + 12 + 8 = 30 characters: 31 → 2 lines, 61 → 3, 30 → 1 (no height).
    expect(heights).toEqual([{ row: 0, height: 30 }, { row: 1, height: 45 }]);
  });

  it('never sets a height for text that is not wrapped, however long', () => {
    const values = [[long(300), null], [long(300), null]];
    const merges = ['A1:B1', 'A2:B2'];
    expect(estimateRowHeights(values, [10, 10], merges, [{ range: 'A1:B1', wrap: false }, { range: 'A1:B2', bold: true }])).toEqual([]);
    // The last format that says decides.
    expect(estimateRowHeights(values, [10, 10], merges, [{ range: 'A1:B2', wrap: true }, { range: 'A2:B2', wrap: false }])).toEqual([
      { row: 0, height: 225 },
    ]);
  });

  it('gives wrapped text in a single cell its height too: LibreOffice does not fit rows on opening', () => {
    const values = [[long(25), long(35)], ['Hoàn thành đúng hạn', null]];
    // 35 in 10 → 4 lines; the header text wraps at its spaces in a column 11 wide: "Hoàn thành" / "đúng hạn".
    expect(estimateRowHeights(values, [11, 10], [], [{ range: 'A1:B2', wrap: true }])).toEqual([
      { row: 0, height: 60 }, { row: 1, height: 30 },
    ]);
  });

  it('gives a row in a larger font than the sheet’s its height, wrapped or not, and none to one line at the sheet font', () => {
    const values = [['TIÊU ĐỀ', null], ['một dòng', null]];
    expect(estimateRowHeights(values, [10, 10], [], [{ range: 'A1', fontSize: 14 }], 12)).toEqual([{ row: 0, height: 19.5 }]);
  });

  it('takes the tallest merged, wrapped cell of a row, each in its own width and font size', () => {
    const values = [['ngắn', long(21), null, long(45), null]];
    const formats = [{ range: 'A1:E1', wrap: true }, { range: 'B1', fontSize: 22 }];
    // B:C: 21 characters at 22 pt in 20 → 10 a line → 3 lines of 30 pt. D:E: 45 in 20 → 3 lines of 15 pt.
    expect(estimateRowHeights(values, [5, 10, 10, 10, 10], ['B1:C1', 'D1:E1'], formats)).toEqual([{ row: 0, height: 90 }]);
  });

  it('uses Excel’s default width for a column the plan leaves unset', () => {
    // Two default columns: 2 × 8.43 → 16 characters a line.
    const values = [[long(16), null], [long(17), null]];
    expect(estimateRowHeights(values, [], ['A1:B1', 'A2:B2'], [{ range: 'A1:B2', wrap: true }])).toEqual([{ row: 1, height: 30 }]);
  });

  it('estimates the text ="…" shows, and skips other formulas and numbers', () => {
    const values = [[`="=${long(30)}"`, null], [`=HYPERLINK("#'${long(60)}'!A1","A1")`, null], [123_456_789_012_345, null]];
    const merges = ['A1:B1', 'A2:B2', 'A3:B3'];
    expect(estimateRowHeights(values, [5, 5], merges, [{ range: 'A1:B3', wrap: true }])).toEqual([{ row: 0, height: 60 }]);
  });

  it('leaves a merge over several rows to its rows, and ignores the cells a merge hides', () => {
    const values = [[long(50), long(50)], [null, null]];
    expect(estimateRowHeights(values, [10, 10], ['A1:B2'], [{ range: 'A1:B2', wrap: true }])).toEqual([]);
  });
});
