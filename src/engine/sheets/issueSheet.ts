import { sheetReference } from '../workbook/address';
import type { Analysis } from '../analysis';
import { isoToVn } from '../values/display';
import type { Lang } from '../settings/options';
import type { SheetPlan } from './writePlan';
import { SEVERITY_LABELS } from '../labels/reportLabels';
import { OWN_TITLES, ownSheetName } from './ownSheets';
import { HEADER_FILL, SheetBuilder, literal } from './sheetBuilder';

export const ISSUE_SHEET = 'Kiểm tra';

const TEXT = {
  vi: {
    title: OWN_TITLES.issues.vi,
    asOf: (d: string, n: number) => `Số liệu tính đến ngày ${d} — ${n} phát hiện`,
    header: ['STT', 'Trang tính', 'Ô', 'Mức độ', 'Mã', 'Giá trị', 'Nội dung', 'Gợi ý sửa'],
    none: 'Không có phát hiện nào.',
  },
  en: {
    title: OWN_TITLES.issues.en,
    asOf: (d: string, n: number) => `Figures as of ${d} — ${n} findings`,
    header: ['No.', 'Sheet', 'Cell', 'Severity', 'Code', 'Value', 'Message', 'How to fix'],
    none: 'No findings.',
  },
} satisfies Record<Lang, unknown>;

const WIDTH = 8;

/** The "Kiểm tra" sheet: one row per finding, its cell a link that jumps to it. */
export function planIssueSheet(analysis: Analysis): SheetPlan {
  const t = TEXT[analysis.lang];
  const b = new SheetBuilder(ownSheetName(ISSUE_SHEET, analysis.workbookSheets), WIDTH);
  b.banner(t.title, { bold: true, fontSize: 14, hAlign: 'center' });
  b.banner(t.asOf(isoToVn(analysis.asOf), analysis.findings.length), { italic: true, hAlign: 'center' });
  b.row([]);
  const top = b.row(t.header);
  analysis.findings.forEach((f, i) => {
    const target = sheetReference(f.sheet, f.cell).replace(/"/g, '""');
    b.row([
      i + 1, literal(f.sheet), `=HYPERLINK("#${target}","${f.cell}")`, SEVERITY_LABELS[analysis.lang][f.severity],
      f.code, literal(f.value), literal(f.message), literal(f.hint),
    ]);
  });
  if (analysis.findings.length === 0) b.row(['', t.none]);
  const bottom = b.nextRow - 1;
  b.format(top, 0, top, WIDTH - 1, { bold: true, fill: HEADER_FILL, hAlign: 'center', vAlign: 'middle', wrap: true });
  b.format(top, 0, bottom, WIDTH - 1, { border: true });
  b.format(top + 1, 0, bottom, WIDTH - 1, { vAlign: 'top' });
  b.format(top + 1, 2, bottom, 2, { fontColor: '#0563C1' });
  b.format(top + 1, 5, bottom, 7, { wrap: true });
  return b.build([6, 22, 8, 10, 22, 30, 50, 50], { freezeRows: top + 1 });
}
