import {
  DEADLINE_BUCKETS, INDICATOR_CATEGORIES, TASK_CATEGORIES,
  type Analysis, type IndicatorCounts, type TaskCounts,
} from '../analysis';
import { reportYear } from '../values/calendar';
import { isoToVn } from '../values/display';
import { groupsBySheet } from '../summary/groupsBySheet';
import type { Lang } from '../settings/options';
import type { PlanValue, SheetPlan } from './writePlan';
import { LABELS } from '../labels/catalogue';
import { TITLE_FONT_SIZE } from './printLayout';
import { plansWithIndicators, plansWithTasks } from '../summary/planSheets';
import { formatCount } from '../summary/sentence';
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
    groupSentences: LABELS.vi.groupSentencesHeading,
    leadSentences: LABELS.vi.leadSentencesHeading,
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
    all: LABELS.vi.all,
    footer: 'Bảng do Phụ lục tạo; chạy lại sẽ thay thế trang này.',
  },
  en: {
    title: OWN_TITLES.summary.en,
    asOf: (d: string) => `Figures as of ${d}`,
    sentence: 'Report sentence',
    groupSentences: LABELS.en.groupSentencesHeading,
    leadSentences: LABELS.en.leadSentencesHeading,
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
    all: LABELS.en.all,
    footer: 'Made by Phụ lục; running it again replaces this sheet.',
  },
} satisfies Record<Lang, unknown>;

/** The sheet's last line: about the sheet, so a copy of the summary into a document leaves it out. */
export const SUMMARY_FOOTER: Record<Lang, string> = { vi: TEXT.vi.footer, en: TEXT.en.footer };

type Counted = { tasks: TaskCounts; indicators: IndicatorCounts };
type Text = (typeof TEXT)[Lang];

/** Column widths: the scope, the total, one per category; together one A4 landscape page wide (printLayout). */
const COLUMN_WIDTHS = [38, 9, ...TASK_CATEGORIES.map(() => 11.5)];

/**
 * The "Tổng hợp" sheet (SPEC §7, §9): the sentence for the workbook, each group and each lead unit,
 * each in its own cell to copy whole; counts by category per sheet, group and lead unit; plan sheets
 * by deadline. Built of blocks, one function each, in the order they print; a new block is appended
 * before the footer.
 *
 * It has no print titles: Excel repeats one band of rows on every page, and this sheet's tables each
 * have their own header. Instead each table, and each label with its sentence, is kept on one page
 * (SheetBuilder.keepTogether): a page starts before a table that would run over its foot.
 */
export function planSummarySheet(analysis: Analysis, comparison?: Comparison): SheetPlan {
  const t = TEXT[analysis.lang];
  const b = new SheetBuilder(ownSheetName(SUMMARY_SHEET, analysis.workbookSheets), WIDTH);
  titleBlock(b, analysis, t);
  workbookSentenceBlock(b, analysis, t);
  groupSentencesBlock(b, analysis, t);
  leadSentencesBlock(b, analysis, t);
  countTablesBlock(b, analysis, t);
  if (comparison) comparisonBlock(b, comparison, analysis.lang);
  b.banner(t.footer, { italic: true, fontColor: '#666666', wrap: true });
  return b.build(COLUMN_WIDTHS);
}

function titleBlock(b: SheetBuilder, analysis: Analysis, t: Text): void {
  b.banner(t.title, { bold: true, fontSize: TITLE_FONT_SIZE, hAlign: 'center', wrap: true });
  const period = analysis.period ? ` (${analysis.period.label[analysis.lang]})` : '';
  b.banner(t.asOf(isoToVn(analysis.asOf)) + period, { italic: true, hAlign: 'center', wrap: true });
  b.row([]);
}

/** A sentence in its own merged cell, wrapped, so that a user copies it whole. */
function sentenceCell(b: SheetBuilder, sentence: string): void {
  b.banner(literal(sentence), { wrap: true, vAlign: 'top' });
}

function workbookSentenceBlock(b: SheetBuilder, { summary, lang }: Analysis, t: Text): void {
  const first = b.banner(t.sentence, { bold: true });
  sentenceCell(b, summary.sentence);
  if (summary.plansOnly) b.banner(LABELS[lang].plansOnlyNotice, { italic: true, wrap: true, vAlign: 'top' });
  // SPEC §6: due-soon tasks are counted beside the sentence, never in it.
  if (summary.dueSoon > 0) b.banner(`${LABELS[lang].dueSoon(summary.dueSoonDays)}: ${formatCount(summary.dueSoon)}`, { italic: true });
  b.keepTogether(first, b.nextRow - 1);
  b.row([]);
}

function groupSentencesBlock(b: SheetBuilder, { summary }: Analysis, t: Text): void {
  if (summary.groups.length === 0) return;
  // A heading is kept with the first label and sentence under it, a label with its sentence.
  let first = b.banner(t.groupSentences, { bold: true });
  for (const { sheet, groups } of groupsBySheet(summary)) {
    b.banner(literal(sheet), { bold: true, italic: true, wrap: true });
    for (const g of groups) {
      b.banner(literal(g.group), { italic: true, wrap: true });
      sentenceCell(b, g.sentence);
      b.keepTogether(first, b.nextRow - 1);
      first = b.nextRow;
    }
  }
  b.row([]);
}

/** Each lead unit's sentence, the unit its own subject: what a department pastes into its own report. */
function leadSentencesBlock(b: SheetBuilder, { summary }: Analysis, t: Text): void {
  const leads = summary.byLead.filter((l) => l.tasks.total + l.indicators.total > 0);
  if (leads.length === 0) return;
  let first = b.banner(t.leadSentences, { bold: true });
  for (const lead of leads) {
    b.banner(literal(lead.lead), { italic: true, wrap: true });
    sentenceCell(b, lead.sentence);
    b.keepTogether(first, b.nextRow - 1);
    first = b.nextRow;
  }
  b.row([]);
}

/** The count tables, numbered in the order they appear, since empty ones are left out. */
function countTablesBlock(b: SheetBuilder, analysis: Analysis, t: Text): void {
  const { lang, summary } = analysis;
  let sections = 0;
  /** A numbered section: heading, table, blank row; left out, number and all, when it has no rows. */
  const section = (title: string, header: string[], rows: PlanValue[][]) => {
    if (rows.length === 0) return;
    const first = b.banner(`${++sections}. ${title}`, { bold: true, wrap: true });
    table(b, header, rows);
    b.keepTogether(first, b.nextRow - 1);
    b.row([]);
  };

  const scopes = (pick: (c: Counted) => number): { label: string; counts: Counted; indent: boolean }[] =>
    pick(summary) === 0 ? [] : [
      { label: t.all, counts: summary, indent: false },
      ...summary.sheets.filter((s) => pick(s) > 0).flatMap((s) => [
        { label: s.sheet, counts: s, indent: false },
        ...summary.groups.filter((g) => g.sheet === s.sheet && pick(g) > 0).map((g) => ({ label: g.group, counts: g, indent: true })),
      ]),
    ];
  const taskHeader = (first: string) => [first, t.total, ...TASK_CATEGORIES.map((c) => LABELS[lang].taskCategory[c])];
  const indicatorHeader = (first: string) => [first, t.total, ...INDICATOR_CATEGORIES.map((c) => LABELS[lang].indicatorCategory[c])];

  section(t.tasks, taskHeader(t.scope),
    scopes((c) => c.tasks.total).map((s) => countsRow(scopeLabel(s.label, s.indent), s.counts.tasks, TASK_CATEGORIES)));
  section(t.indicators, indicatorHeader(t.scope),
    scopes((c) => c.indicators.total).map((s) => countsRow(scopeLabel(s.label, s.indent), s.counts.indicators, INDICATOR_CATEGORIES)));
  section(t.tasksByLead, taskHeader(t.lead),
    summary.byLead.filter((l) => l.tasks.total > 0).map((l) => countsRow(literal(l.lead), l.tasks, TASK_CATEGORIES)));
  section(t.indicatorsByLead, indicatorHeader(t.lead),
    summary.byLead.filter((l) => l.indicators.total > 0).map((l) => countsRow(literal(l.lead), l.indicators, INDICATOR_CATEGORIES)));

  const taskPlans = plansWithTasks(summary.plans);
  const deadlineLabels = LABELS[lang].deadlineBucket(reportYear(analysis.asOf));
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
  // Counts beside a label of several lines stand on its first line, not at the foot of the cell;
  // text in a narrow column (the years "2025, 2030, 2035") wraps instead of spilling over its neighbour.
  b.format(top + 1, 0, bottom, right, { vAlign: 'top', wrap: true });
  b.format(top + 1, 1, bottom, right, { numberFormat: '0', hAlign: 'center' });
}
