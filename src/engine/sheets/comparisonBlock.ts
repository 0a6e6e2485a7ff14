/** The "So với kỳ trước" block of Tổng hợp (SPEC §11): the comparison sentence and every change at its cell. */
import { LABELS } from '../labels/catalogue';
import { changeValueText } from '../periods/changeText';
import type { Comparison } from '../periods/comparison';
import type { Lang } from '../settings/options';
import { sheetReference } from '../workbook/address';
import { HEADER_FILL, literal, type SheetBuilder } from './sheetBuilder';

/**
 * On Tổng hợp's columns (the wide scope column, a narrow total, six category columns): the name takes
 * the wide column; the values before and after, texts of a few words, two category columns each.
 */
const HEADER: Record<Lang, string[]> = {
  vi: ['Tên nhiệm vụ/chỉ tiêu', 'Trang tính', 'Ô', 'Thay đổi', 'Kỳ trước', 'Kỳ này'],
  en: ['Task/indicator', 'Sheet', 'Cell', 'Change', 'Previous period', 'This period'],
};
/** 0-based column of each header cell; the last two span two columns each. */
const COLUMNS = [0, 1, 2, 3, 4, 6];
const SPAN = 2;

/** Appends the block, kept on one page when it fits; removed rows are named without a link, their cell being the previous workbook's. */
export function comparisonBlock(b: SheetBuilder, comparison: Comparison, lang: Lang): void {
  const first = b.banner(LABELS[lang].comparisonHeading, { bold: true });
  b.banner(literal(comparison.sentence), { wrap: true, vAlign: 'top' });
  if (comparison.changes.length > 0) {
    const right = COLUMNS[COLUMNS.length - 1] + SPAN - 1;
    const placed = (cells: string[]) => {
      const row: (string | null)[] = Array<string | null>(right + 1).fill(null);
      cells.forEach((cell, i) => {
        row[COLUMNS[i]] = cell;
      });
      const r = b.row(row);
      b.merge(r, COLUMNS[4], r, COLUMNS[4] + SPAN - 1);
      b.merge(r, COLUMNS[5], r, COLUMNS[5] + SPAN - 1);
      return r;
    };
    const top = placed(HEADER[lang]);
    for (const c of comparison.changes) {
      const link = c.code === 'removed' ? c.cell : `=HYPERLINK("#${sheetReference(c.sheet, c.cell).replace(/"/g, '""')}","${c.cell}")`;
      placed([
        literal(c.name), literal(c.sheet), link, LABELS[lang].changeCode[c.code],
        literal(changeValueText(c, c.before, lang)), literal(changeValueText(c, c.after, lang)),
      ]);
    }
    const bottom = b.nextRow - 1;
    b.format(top, 0, top, right, { bold: true, fill: HEADER_FILL, wrap: true, hAlign: 'center', vAlign: 'middle' });
    b.format(top, 0, bottom, right, { border: true });
    b.format(top + 1, 0, bottom, right, { wrap: true, vAlign: 'top' });
  }
  b.keepTogether(first, b.nextRow - 1);
  b.row([]);
}
