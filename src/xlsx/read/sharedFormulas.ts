/**
 * Shared formulas: the file stores the formula once, in the master cell; every other cell of the
 * shared range names the master's index. The snapshot gives each cell its own formula, with the
 * relative references moved by the cell's offset from the master (as Excel shows it).
 */
import { columnIndex, columnLetter } from '../../engine';

/**
 * A reference candidate: optional sheet prefix ('quoted name'! or name!), then $?COL$?ROW not
 * followed by a name character or '(' (a function such as LOG10( is not a cell).
 */
const TOKEN = /"(?:[^"]|"")*"|'(?:[^']|'')*'!|\[[^\]]*]|([A-Za-z_\\][\w.\\]*!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w.(])|[A-Za-z_\\][\w.\\]*/g;

export function moveFormula(formula: string, rowOffset: number, colOffset: number): string {
  if (rowOffset === 0 && colOffset === 0) return formula;
  return formula.replace(TOKEN, (whole: string, sheet: string | undefined, colAbs: string, col: string | undefined, rowAbs: string, row: string) => {
    if (col === undefined) return whole;
    const upper = col.toUpperCase();
    if (upper.length === 3 && upper > 'XFD') return whole;
    const c = colAbs ? columnIndex(upper) : columnIndex(upper) + colOffset;
    const r = rowAbs ? Number(row) : Number(row) + rowOffset;
    if (c < 0 || r < 1) return '#REF!';
    return `${sheet ?? ''}${colAbs}${columnLetter(c)}${rowAbs}${r}`;
  });
}
