/**
 * How a sheet's rows and cells are put together: rows written more than once, cells outside a
 * <row>, cells written twice, and the cell objects shared between identical cells.
 */
import type { SheetSnapshot } from '../../../src/engine';
import { readWorkbookBytes } from '../../../src/xlsx';
import { handMadePackage } from './handMade';

function sheet(sheetData: string, cellFormats?: number[]): SheetSnapshot {
  const bytes = handMadePackage({ sheets: [{ name: 'S', body: `<sheetData>${sheetData}</sheetData>` }], cellFormats });
  return readWorkbookBytes(bytes, 'x.xlsx').sheets[0];
}

describe('rows of a sheet', () => {
  it('a row written again replaces the earlier one, even with no cells', () => {
    const rows = sheet(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c></row>' +
        '<row r="1"><c r="B1"><v>4</v></c></row><row r="2"/><row r="3"><c r="A3"><v>5</v></c></row>',
    ).rows;
    expect(rows).toEqual([[null, { v: 4 }], [], [{ v: 5 }]]);
  });

  it('cells between </row> and the next <row> belong to the row before', () => {
    const rows = sheet('<row r="1"><c r="A1"><v>1</v></c></row><c r="C1"><v>2</v></c><row r="2"><c r="A2"><v>3</v></c></row>').rows;
    expect(rows).toEqual([[{ v: 1 }, null, { v: 2 }], [{ v: 3 }]]);
  });

  it('a cell written again replaces the earlier one, even when empty', () => {
    const rows = sheet('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="B1"/><c r="A1" t="str"><v>x</v></c></row>').rows;
    expect(rows).toEqual([[{ v: 'x' }]]);
  });

  it('rows are as long as their last cell, each its own array', () => {
    const rows = sheet('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c></row><row r="2"><c r="B2"><v>4</v></c></row>').rows;
    expect(rows.map((r) => r.length)).toEqual([3, 2]);
    expect(rows[0]).not.toBe(rows[1]);
    expect(rows).toEqual([[{ v: 1 }, { v: 2 }, { v: 3 }], [null, { v: 4 }]]);
  });
});

describe('cells of a sheet', () => {
  it('identical short texts and identical formatted numbers share one object; others do not', () => {
    const row = '<c t="str"><v>Đang thực hiện</v></c><c s="1"><v>45685</v></c><c><v>7</v></c><c t="e"><v>#N/A</v></c><c t="str"><f>"a"</f><v>a</v></c>';
    const rows = sheet(`<row r="1">${row}</row><row r="2">${row}</row>`, [14]).rows;
    expect(rows[0]).toEqual([{ v: 'Đang thực hiện' }, { v: 45685, fmt: 'mm-dd-yy' }, { v: 7 }, { v: '#N/A', err: true }, { v: 'a', f: '"a"' }]);
    expect(rows[1]).toEqual(rows[0]);
    expect(rows[1][0]).toBe(rows[0][0]);
    expect(rows[1][1]).toBe(rows[0][1]);
    expect(rows[1][4]).not.toBe(rows[0][4]);
  });

  it('an error cell keeps its flag and a formula its cached error', () => {
    const rows = sheet('<row r="1"><c t="e"><v>#REF!</v></c><c t="e"><f>1/0</f><v>#DIV/0!</v></c><c t="e"><f>X1</f></c></row>').rows;
    expect(rows[0]).toEqual([{ v: '#REF!', err: true }, { v: '#DIV/0!', err: true, f: '1/0' }, { v: null, f: 'X1' }]);
  });
});
