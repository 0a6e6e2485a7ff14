/** The "So với kỳ trước" block of Tổng hợp (SPEC §11): the comparison sentence and every change at its cell. */
import { LABELS } from '../labels/catalogue';
import { changeValueText } from '../periods/changeText';
import type { Comparison } from '../periods/comparison';
import type { Lang } from '../settings/options';
import { sheetReference } from '../workbook/address';
import { HEADER_FILL, literal, type SheetBuilder } from './sheetBuilder';

const HEADER: Record<Lang, string[]> = {
  vi: ['Thay đổi', 'Trang tính', 'Ô', 'Tên nhiệm vụ/chỉ tiêu', 'Kỳ trước', 'Kỳ này'],
  en: ['Change', 'Sheet', 'Cell', 'Task/indicator', 'Previous period', 'This period'],
};

/** Appends the block; removed rows are named without a link, their cell being the previous workbook's. */
export function comparisonBlock(b: SheetBuilder, comparison: Comparison, lang: Lang, width: number): void {
  b.banner(LABELS[lang].comparisonHeading, { bold: true });
  b.banner(literal(comparison.sentence), { wrap: true, vAlign: 'top' });
  if (comparison.changes.length > 0) {
    const top = b.row(HEADER[lang]);
    for (const c of comparison.changes) {
      const link = c.code === 'removed' ? c.cell : `=HYPERLINK("#${sheetReference(c.sheet, c.cell).replace(/"/g, '""')}","${c.cell}")`;
      b.row([
        LABELS[lang].changeCode[c.code], literal(c.sheet), link, literal(c.name),
        literal(changeValueText(c, c.before, lang)), literal(changeValueText(c, c.after, lang)),
      ]);
    }
    const bottom = b.nextRow - 1;
    const right = Math.min(HEADER[lang].length, width) - 1;
    b.format(top, 0, top, right, { bold: true, fill: HEADER_FILL, wrap: true, hAlign: 'center', vAlign: 'middle' });
    b.format(top, 0, bottom, right, { border: true });
    b.format(top + 1, 0, bottom, right, { wrap: true, vAlign: 'top' });
  }
  b.row([]);
}
