import {
  INDICATOR_CATEGORIES, TASK_CATEGORIES,
  type Analysis, type IndicatorCounts, type TaskCounts,
} from './analysis';
import { isoToVn } from './display';
import type { Lang } from './options';
import type { PlanValue, SheetPlan } from './plan';
import { INDICATOR_CATEGORY_LABELS, TASK_CATEGORY_LABELS } from './planLabels';
import { OWN_TITLES, ownSheetName } from './ownSheets';
import { HEADER_FILL, SheetBuilder, literal } from './sheetBuilder';

export const SUMMARY_SHEET = 'Tổng hợp';

const WIDTH = 1 + 1 + TASK_CATEGORIES.length;

const TEXT = {
  vi: {
    title: OWN_TITLES.summary.vi,
    asOf: (d: string) => `Số liệu tính đến ngày ${d}`,
    sentence: 'Câu báo cáo',
    tasks: '1. Nhiệm vụ',
    indicators: '2. Chỉ tiêu',
    byLead: '3. Theo đơn vị chủ trì',
    scope: 'Phạm vi',
    lead: 'Đơn vị chủ trì',
    total: 'Tổng số',
    all: 'Toàn bộ',
    taskTotal: 'Nhiệm vụ',
    indicatorTotal: 'Chỉ tiêu',
    doneTasks: 'NV hoàn thành',
    doneIndicators: 'CT đạt',
    overdue: 'Quá hạn (NV + CT)',
    footer: 'Bảng do Phụ lục tạo; chạy lại sẽ thay thế trang này.',
  },
  en: {
    title: OWN_TITLES.summary.en,
    asOf: (d: string) => `Figures as of ${d}`,
    sentence: 'Report sentence',
    tasks: '1. Tasks',
    indicators: '2. Indicators',
    byLead: '3. By lead unit',
    scope: 'Scope',
    lead: 'Lead unit',
    total: 'Total',
    all: 'All',
    taskTotal: 'Tasks',
    indicatorTotal: 'Indicators',
    doneTasks: 'Tasks done',
    doneIndicators: 'Indicators met',
    overdue: 'Overdue (tasks + ind.)',
    footer: 'Made by Phụ lục; running it again replaces this sheet.',
  },
} satisfies Record<Lang, unknown>;

/** The "Tổng hợp" sheet (SPEC §7, §9): counts by category per sheet, group and lead unit, and the sentence. */
export function planSummarySheet(analysis: Analysis): SheetPlan {
  const lang = analysis.lang;
  const t = TEXT[lang];
  const { summary } = analysis;
  const b = new SheetBuilder(ownSheetName(SUMMARY_SHEET, analysis.workbookSheets), WIDTH);
  b.banner(t.title, { bold: true, fontSize: 14, hAlign: 'center' });
  b.banner(t.asOf(isoToVn(analysis.asOf)), { italic: true, hAlign: 'center' });
  b.row([]);
  b.banner(t.sentence, { bold: true });
  b.banner(literal(summary.sentence), { wrap: true, vAlign: 'top' });
  b.row([]);

  const scopes = (pick: (c: { tasks: TaskCounts; indicators: IndicatorCounts }) => number) => [
    { label: t.all, counts: summary, indent: false },
    ...summary.sheets.filter((s) => pick(s) > 0).flatMap((s) => [
      { label: s.sheet, counts: s, indent: false },
      ...summary.groups.filter((g) => g.sheet === s.sheet && pick(g) > 0).map((g) => ({ label: g.group, counts: g, indent: true })),
    ]),
  ];

  b.banner(t.tasks, { bold: true });
  table(b, [t.scope, t.total, ...TASK_CATEGORIES.map((c) => TASK_CATEGORY_LABELS[lang][c])],
    scopes((c) => c.tasks.total).map((s) => [s.indent ? `   ${literal(s.label)}` : literal(s.label), s.counts.tasks.total, ...TASK_CATEGORIES.map((c) => s.counts.tasks[c])]));
  b.row([]);

  b.banner(t.indicators, { bold: true });
  table(b, [t.scope, t.total, ...INDICATOR_CATEGORIES.map((c) => INDICATOR_CATEGORY_LABELS[lang][c])],
    scopes((c) => c.indicators.total).map((s) => [s.indent ? `   ${literal(s.label)}` : literal(s.label), s.counts.indicators.total, ...INDICATOR_CATEGORIES.map((c) => s.counts.indicators[c])]));
  b.row([]);

  b.banner(t.byLead, { bold: true });
  table(b, [t.lead, t.taskTotal, t.doneTasks, TASK_CATEGORY_LABELS[lang].in_progress, t.indicatorTotal, t.doneIndicators, t.overdue, TASK_CATEGORY_LABELS[lang].not_started],
    summary.byLead.map((l) => [
      literal(l.lead), l.tasks.total, l.tasks.done_on_time + l.tasks.done_late, l.tasks.in_progress,
      l.indicators.total, l.indicators.done, l.tasks.overdue + l.indicators.overdue,
      l.tasks.not_started + l.indicators.not_started,
    ]));
  b.row([]);
  b.banner(t.footer, { italic: true, fontColor: '#666666' });

  return b.build([44, 10, ...TASK_CATEGORIES.map(() => 14)]);
}

function table(b: SheetBuilder, header: string[], rows: PlanValue[][]): void {
  const top = b.row(header);
  for (const r of rows) b.row(r);
  const bottom = b.nextRow - 1;
  b.format(top, 0, top, WIDTH - 1, { bold: true, fill: HEADER_FILL, wrap: true, hAlign: 'center', vAlign: 'middle' });
  b.format(top, 0, bottom, WIDTH - 1, { border: true });
  b.format(top + 1, 1, bottom, WIDTH - 1, { numberFormat: '0', hAlign: 'center' });
  b.format(top + 1, 0, bottom, 0, { wrap: true });
}
