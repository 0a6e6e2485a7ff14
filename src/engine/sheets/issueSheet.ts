import { sheetReference } from '../workbook/address';
import type { Analysis } from '../analysis';
import { isoToVn } from '../values/display';
import type { Lang } from '../settings/options';
import type { SheetPlan } from './writePlan';
import { LABELS } from '../labels/catalogue';
import type { Finding } from '../checks/findings';
import { TITLE_FONT_SIZE } from './printLayout';
import { OWN_TITLES, ownSheetName } from './ownSheets';
import { HEADER_FILL, SheetBuilder, literal } from './sheetBuilder';

export const ISSUE_SHEET = 'Kiểm tra';

const TEXT = {
  vi: {
    title: OWN_TITLES.issues.vi,
    asOf: (d: string, n: number) => `Số liệu tính đến ngày ${d} — ${n} phát hiện`,
    header: ['STT', 'Trang tính', 'Ô', 'Mức độ', 'Loại phát hiện', 'Giá trị', 'Nội dung', 'Gợi ý sửa', 'Mã'],
    none: 'Không có phát hiện nào.',
    sheetHeading: (sheet: string, n: number) => `Trang "${sheet}": ${n} phát hiện`,
  },
  en: {
    title: OWN_TITLES.issues.en,
    asOf: (d: string, n: number) => `Figures as of ${d} — ${n} findings`,
    header: ['No.', 'Sheet', 'Cell', 'Severity', 'Finding', 'Value', 'Message', 'How to fix', 'Code'],
    none: 'No findings.',
    sheetHeading: (sheet: string, n: number) => `Sheet "${sheet}": ${n} finding${n === 1 ? '' : 's'}`,
  },
} satisfies Record<Lang, unknown>;

const WIDTH = 9;
/** The stable code is for machines: last, narrow and small. */
const CODE_COLUMN = 8;
const CODE_FONT_SIZE = 9;
const SHEET_HEADING_FILL = '#F2F2F2';

/**
 * The "Kiểm tra" sheet: the findings grouped by sheet in workbook order, each group under its own
 * heading row, sorted by row then column; each cell a link that jumps to it.
 */
export function planIssueSheet(analysis: Analysis): SheetPlan {
  const lang = analysis.lang;
  const t = TEXT[lang];
  const b = new SheetBuilder(ownSheetName(ISSUE_SHEET, analysis.workbookSheets), WIDTH);
  b.banner(t.title, { bold: true, fontSize: TITLE_FONT_SIZE, hAlign: 'center', wrap: true });
  // SPEC §10: the period, when one was chosen, beside the report date, as on Tổng hợp.
  const date = isoToVn(analysis.asOf) + (analysis.period ? ` (${analysis.period.label[lang]})` : '');
  b.banner(t.asOf(date, analysis.findings.length), { italic: true, hAlign: 'center', wrap: true });
  b.row([]);
  const top = b.row(t.header);
  let n = 0;
  for (const { sheet, findings } of findingsBySheet(analysis)) {
    // A sheet's heading never ends a page alone: it is kept with its first finding.
    const heading = b.banner(t.sheetHeading(sheet, findings.length), { bold: true, italic: true, fill: SHEET_HEADING_FILL });
    b.keepTogether(heading, heading + 1);
    for (const f of findings) {
      const target = sheetReference(f.sheet, f.cell).replace(/"/g, '""');
      b.row([
        ++n, literal(f.sheet), `=HYPERLINK("#${target}","${f.cell}")`, LABELS[lang].severity[f.severity],
        LABELS[lang].findingCode[f.code], literal(f.value), literal(f.message), literal(f.hint), f.code,
      ]);
    }
  }
  if (analysis.findings.length === 0) b.row(['', t.none]);
  const bottom = b.nextRow - 1;
  b.format(top, 0, top, WIDTH - 1, { bold: true, fill: HEADER_FILL, hAlign: 'center', vAlign: 'middle', wrap: true });
  b.format(top, 0, bottom, WIDTH - 1, { border: true });
  b.format(top + 1, 0, bottom, WIDTH - 1, { vAlign: 'top', wrap: true });
  b.format(top + 1, 2, bottom, 2, { fontColor: '#0563C1', wrap: false });
  b.format(top + 1, CODE_COLUMN, bottom, CODE_COLUMN, { fontSize: CODE_FONT_SIZE, fontColor: '#666666' });
  b.repeatOnEveryPage(top, top);
  return b.build([5, 11, 6, 9, 15, 15, 24, 24, 9], { freezeRows: top + 1 });
}

/** The findings of each sheet, sheets in workbook order, each sheet's sorted by row then column. */
function findingsBySheet(analysis: Analysis): { sheet: string; findings: Finding[] }[] {
  const order = new Map(analysis.workbookSheets.map((s, i) => [s.name, i]));
  const groups = new Map<string, Finding[]>();
  for (const f of analysis.findings) {
    const list = groups.get(f.sheet);
    if (list) list.push(f);
    else groups.set(f.sheet, [f]);
  }
  const place = (sheet: string) => order.get(sheet) ?? order.size;
  return [...groups]
    .sort(([a], [b]) => place(a) - place(b))
    .map(([sheet, findings]) => ({ sheet, findings: [...findings].sort((x, y) => x.row - y.row || x.col - y.col) }));
}
