import { rectAddress, type CellRect } from '../engine';

/**
 * Finding cells → as few rectangles as possible: runs of consecutive rows in a column become one
 * range ("D7:D120"), and neighbouring columns with the same runs are joined ("D7:F7"). Findings
 * usually sit in a few columns (deadline, status), so thousands of cells become a few ranges.
 */
export function compressCells(cells: readonly { row: number; col: number }[]): CellRect[] {
  const rowsByColumn = new Map<number, Set<number>>();
  for (const { row, col } of cells) {
    let rows = rowsByColumn.get(col);
    if (!rows) rowsByColumn.set(col, (rows = new Set()));
    rows.add(row);
  }
  const columnsByRun = new Map<string, number[]>();
  for (const [col, rowSet] of rowsByColumn) {
    const rows = [...rowSet].sort((a, b) => a - b);
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i < rows.length && rows[i] === rows[i - 1] + 1) continue;
      const key = `${rows[start]}:${rows[i - 1]}`;
      let columns = columnsByRun.get(key);
      if (!columns) columnsByRun.set(key, (columns = []));
      columns.push(col);
      start = i;
    }
  }
  const rects: CellRect[] = [];
  for (const [key, columns] of columnsByRun) {
    const [top, bottom] = key.split(':').map(Number);
    columns.sort((a, b) => a - b);
    let left = columns[0];
    for (let i = 1; i <= columns.length; i++) {
      if (i < columns.length && columns[i] === columns[i - 1] + 1) continue;
      rects.push({ top, bottom, left, right: columns[i - 1] });
      if (i < columns.length) left = columns[i];
    }
  }
  return rects.sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * Worksheet.getRanges takes one comma-separated address string, and Excel rejects long ones
 * ("The argument is invalid…", reported from about 8,000 characters; OfficeDev/office-js#5198).
 * Addresses are grouped into strings well below that.
 */
export const MAX_AREAS_ADDRESS_LENGTH = 2_000;

export function chunkAddresses(rects: readonly CellRect[], maxLength = MAX_AREAS_ADDRESS_LENGTH, separator = ','): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const rect of rects) {
    const address = rectAddress(rect);
    if (current !== '' && current.length + 1 + address.length > maxLength) {
      chunks.push(current);
      current = '';
    }
    current = current === '' ? address : `${current}${separator}${address}`;
  }
  if (current !== '') chunks.push(current);
  return chunks;
}
