import {
  DEADLINE_BUCKETS, INDICATOR_CATEGORIES, TASK_CATEGORIES,
  type Analysis, type IndicatorCounts, type TaskCounts,
} from '../analysis';
import { reportYear } from '../values/calendar';
import { isoToVn } from '../values/display';
import { groupsBySheet } from '../summary/groupsBySheet';
import type { Lang } from '../settings/options';
import type { PlanValue, SheetPlan } from './writePlan';
import {
  ALL_LABEL, DEADLINE_BUCKET_LABELS, GROUP_SENTENCES_HEADING, INDICATOR_CATEGORY_LABELS, PLANS_ONLY_NOTICE, TASK_CATEGORY_LABELS,
} from '../labels/reportLabels';
import { plansWithIndicators, plansWithTasks } from '../summary/planSheets';
import { totalByDeadline } from '../summary/planSummary';
import { OWN_TITLES, ownSheetName } from './ownSheets';
import { HEADER_FILL, SheetBuilder, literal } from './sheetBuilder';
import { comparisonBlock } from './comparisonBlock';
import type { Comparison } from '../periods/comparison';

export const SUMMARY_SHEET = 'Tổng hợp';

const WIDTH = 1 + 1 + TASK_CATEGORIES.length;

const TEXT = {
  vi: {
    title: OWN_TITLES.summary.vi,
    asOf: (d: string) => `Số liệu tính đến ngày ${d}`,
    sentence: 'Câu báo cáo',
    groupSentences: GROUP_SENTENCES_HEADING.vi,
    tasks: 'Nhiệm vụ',
    indicators: 'Chỉ tiêu',
    tasksByLead: 'Nhiệm vụ theo đơn vị chủ trì',
    indicatorsByLead: 'Chỉ tiêu theo đơn vị chủ trì',
    plans: 'Trang kế hoạch (không có cột trạng thái): nhiệm vụ theo thời hạn',
    planIndicators: 'Trang kế hoạch (không có cột kết quả thực hiện): chỉ tiêu theo đơn vị chủ trì',
    years: 'Năm đánh giá',
    scope: 'Phạm vi',
    lead: 'Đơn vị chủ trì',
    total: 'Tổng số',
    all: ALL_LABEL.vi,
    footer: 'Bảng do Phụ lục tạo; chạy lại sẽ thay thế trang này.',
  },
  en: {
    title: OWN_TITLES.summary.en,
    asOf: (d: string) => `Figures as of ${d}`,
    sentence: 'Report sentence',
    groupSentences: GROUP_SENTENCES_HEADING.en,
    tasks: 'Tasks',
    indicators: 'Indicators',
    tasksByLead: 'Tasks by lead unit',
    indicatorsByLead: 'Indicators by lead unit',
    plans: 'Plan sheets (no status column): tasks by deadline',
    planIndicators: 'Plan sheets (no actual result column): indicators by lead unit',
    years: 'Evaluation year',
    scope: 'Scope',
    lead: 'Lead unit',
    total: 'Total',
    all: ALL_LABEL.en,
    footer: 'Made by Phụ lục; running it again replaces this sheet.',
  },
} satisfies Record<Lang, unknown>;

type Counted = { tasks: TaskCounts; indicators: IndicatorCounts };

/**
 * The "Tổng hợp" sheet (SPEC §7, §9): the sentence for the workbook and for each group, counts by
 * category per sheet, group and lead unit, and plan sheets by deadline. Sections are numbered in the
 * order they appear, since the lead and plan sections are left out when they would be empty.
 */
export function planSummarySheet(analysis: Analysis, comparison?: Comparison): SheetPlan {
  const lang = analysis.lang;
  const t = TEXT[lang];
  const { summary } = analysis;
  const b = new SheetBuilder(ownSheetName(SUMMARY_SHEET, analysis.workbookSheets), WIDTH);
  let sections = 0;
  /** A numbered section: heading, table, blank row; left out, number and all, when it has no rows. */
  const section = (title: string, header: string[], rows: PlanValue[][]) => {
    if (rows.length === 0) return;
    b.banner(`${++sections}. ${title}`, { bold: true });
    table(b, header, rows);
    b.row([]);
  };

  b.banner(t.title, { bold: true, fontSize: 14, hAlign: 'center' });
  b.banner(t.asOf(isoToVn(analysis.asOf)) + (analysis.period ? ` (${analysis.period.label[lang]})` : ''), { italic: true, hAlign: 'center' });
  b.row([]);
  b.banner(t.sentence, { bold: true });
  b.banner(literal(summary.sentence), { wrap: true, vAlign: 'top' });
  if (summary.plansOnly) b.banner(PLANS_ONLY_NOTICE[lang], { italic: true, wrap: true, vAlign: 'top' });
  b.row([]);

  if (summary.groups.length > 0) {
    b.banner(t.groupSentences, { bold: true });
    for (const { sheet, groups } of groupsBySheet(summary)) {
      b.banner(literal(sheet), { bold: true, italic: true });
      for (const g of groups) {
        b.banner(literal(g.group), { italic: true, wrap: true });
        b.banner(literal(g.sentence), { wrap: true, vAlign: 'top' });
      }
    }
    b.row([]);
  }

  const scopes = (pick: (c: Counted) => number): { label: string; counts: Counted; indent: boolean }[] =>
    pick(summary) === 0 ? [] : [
      { label: t.all, counts: summary, indent: false },
      ...summary.sheets.filter((s) => pick(s) > 0).flatMap((s) => [
        { label: s.sheet, counts: s, indent: false },
        ...summary.groups.filter((g) => g.sheet === s.sheet && pick(g) > 0).map((g) => ({ label: g.group, counts: g, indent: true })),
      ]),
    ];
  const taskHeader = (first: string) => [first, t.total, ...TASK_CATEGORIES.map((c) => TASK_CATEGORY_LABELS[lang][c])];
  const indicatorHeader = (first: string) => [first, t.total, ...INDICATOR_CATEGORIES.map((c) => INDICATOR_CATEGORY_LABELS[lang][c])];

  section(t.tasks, taskHeader(t.scope),
    scopes((c) => c.tasks.total).map((s) => countsRow(scopeLabel(s.label, s.indent), s.counts.tasks, TASK_CATEGORIES)));
  section(t.indicators, indicatorHeader(t.scope),
    scopes((c) => c.indicators.total).map((s) => countsRow(scopeLabel(s.label, s.indent), s.counts.indicators, INDICATOR_CATEGORIES)));
  section(t.tasksByLead, taskHeader(t.lead),
    summary.byLead.filter((l) => l.tasks.total > 0).map((l) => countsRow(literal(l.lead), l.tasks, TASK_CATEGORIES)));
  section(t.indicatorsByLead, indicatorHeader(t.lead),
    summary.byLead.filter((l) => l.indicators.total > 0).map((l) => countsRow(literal(l.lead), l.indicators, INDICATOR_CATEGORIES)));

  const taskPlans = plansWithTasks(summary.plans);
  const deadlineLabels = DEADLINE_BUCKET_LABELS[lang](reportYear(analysis.asOf));
  section(t.plans, [t.scope, t.total, ...DEADLINE_BUCKETS.map((k) => deadlineLabels[k])], taskPlans.length === 0 ? [] : [
    countsRow(t.all, totalByDeadline(taskPlans), DEADLINE_BUCKETS),
    ...taskPlans.flatMap((p) => [
      countsRow(literal(p.sheet), p.byDeadline, DEADLINE_BUCKETS),
      ...p.byLead.map((l) => countsRow(scopeLabel(l.lead, true), l.byDeadline, DEADLINE_BUCKETS)),
    ]),
  ]);

  const indicatorPlans = plansWithIndicators(summary.plans);
  section(t.planIndicators, [t.scope, t.total, t.years], indicatorPlans.flatMap(({ sheet, indicators }) => [
    [literal(sheet), indicators.total, indicators.years.length > 0 ? indicators.years.join(', ') : null],
    ...indicators.byLead.map((l): PlanValue[] => [scopeLabel(l.lead, true), l.total, null]),
  ]));
  if (comparison) comparisonBlock(b, comparison, lang, WIDTH);
  b.banner(t.footer, { italic: true, fontColor: '#666666' });

  return b.build([44, 10, ...TASK_CATEGORIES.map(() => 14)]);
}

/** A table row: the label, the total, then the count of each key in order. */
function countsRow<K extends string>(label: string, counts: { total: number } & Record<K, number>, keys: readonly K[]): PlanValue[] {
  return [label, counts.total, ...keys.map((k) => counts[k])];
}

function scopeLabel(label: string, indent: boolean): string {
  return indent ? `   ${literal(label)}` : literal(label);
}

function table(b: SheetBuilder, header: string[], rows: PlanValue[][]): void {
  const right = header.length - 1;
  const top = b.row(header);
  for (const r of rows) b.row(r);
  const bottom = b.nextRow - 1;
  b.format(top, 0, top, right, { bold: true, fill: HEADER_FILL, wrap: true, hAlign: 'center', vAlign: 'middle' });
  b.format(top, 0, bottom, right, { border: true });
  b.format(top + 1, 1, bottom, right, { numberFormat: '0', hAlign: 'center' });
  b.format(top + 1, 0, bottom, 0, { wrap: true });
}
