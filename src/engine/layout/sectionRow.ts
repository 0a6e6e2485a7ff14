import { isBlank, type Grid } from '../workbook/grid';

const ROMAN = /^(?=[IVXLC])M*(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/;
/** "A. Nhiệm vụ theo …", "II. Hạ tầng số", "B) …" */
const MARKED_TITLE = /^((?:[A-Z]|[IVXLC]+))\s*[.)]\s*\S/;
const BARE_MARKER = /^(?:[A-Z]|[IVXLC]+)\s*[.)]?$/;

/**
 * A section row (SPEC §2.3) names the group of the rows below it: its detail columns are empty and
 * it is marked (A. / I. / a roman Stt) or written across a merge of several columns.
 * `detailColumns` are the columns that a real data row fills (lead, deadline, unit, target …).
 * Returns the group label, or null when the row is not a section row.
 */
export function sectionLabel(grid: Grid, row: number, detailColumns: number[], sttColumn: number | undefined): string | null {
  // Own cells only: a section title merged across the table must not count as filled detail columns.
  for (let i = 0; i < detailColumns.length; i++) if (!isBlank(grid.ownCell(row, detailColumns[i]))) return null;
  const texts: { col: number; text: string; span: number }[] = [];
  for (let c = 0; c < grid.columnCount; c++) {
    const m = grid.merge(row, c);
    if (m && m.left !== c) continue;
    const text = grid.text(row, c);
    if (text !== '') texts.push({ col: c, text, span: m ? m.right - m.left + 1 : 1 });
  }
  if (texts.length === 0) return null;
  const [first, second] = texts;
  if (MARKED_TITLE.test(first.text) && isRomanOrLetter(first.text.split(/[.)\s]/)[0])) {
    return texts.map((t) => t.text).join(' ');
  }
  const sttMarker = (first.col === sttColumn || first.col === 0) && BARE_MARKER.test(first.text) && isRomanOrLetter(first.text.replace(/[.)\s]/g, ''));
  if (sttMarker && second) return `${first.text.replace(/[.)\s]+$/, '')}. ${texts.slice(1).map((t) => t.text).join(' ')}`;
  if (texts.length === 1 && first.span >= 3) return first.text;
  return null;
}

function isRomanOrLetter(token: string): boolean {
  return /^[A-Z]$/.test(token) || ROMAN.test(token);
}
