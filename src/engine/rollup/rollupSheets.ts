/**
 * SPEC §12 roll-up workbook, print-ready by the same rules as Tổng hợp and Kiểm tra (SheetBuilder:
 * A4 landscape one page wide, Times New Roman, header rows repeated, "Trang x/y"): per unit its counts
 * and findings, the total, then each unit's sentence and the overall sentence; every overdue task
 * across units; the files unread or with errors.
 */
import type { Lang } from '../settings/options';
import { OWN_TITLES } from '../sheets/ownSheets';
import { HEADER_FILL, SheetBuilder, literal } from '../sheets/sheetBuilder';
import { TITLE_FONT_SIZE } from '../sheets/printLayout';
import type { PlanValue, SheetPlan, WritePlan } from '../sheets/writePlan';
import { isoToVn } from '../values/display';
import type { ReportPeriod } from '../periods/reportPeriod';
import type { RollupResult } from './rollup';

const TEXT = {
  vi: {
    units: 'Tổng hợp đơn vị', overdue: 'Nhiệm vụ quá hạn', files: 'Tệp lỗi',
    unitsTitle: OWN_TITLES.rollupUnits.vi, overdueTitle: OWN_TITLES.rollupOverdue.vi, filesTitle: OWN_TITLES.rollupFiles.vi,
    asOf: (d: string) => `Số liệu tính đến ngày ${d}`,
    unitHeader: ['STT', 'Đơn vị', 'Tệp', 'Nhiệm vụ', 'Chỉ tiêu', 'Lỗi', 'Cảnh báo'],
    taskCounts: ['Tổng số', 'Hoàn thành', 'Trong hạn', 'Quá hạn', 'Chưa triển khai'],
    indicatorCounts: ['Tổng số', 'Đạt', 'Trong hạn', 'Không đạt', 'Chưa có số liệu'],
    total: 'Tổng cộng', sentences: 'Câu báo cáo của từng đơn vị', overall: 'Câu báo cáo chung',
    overdueHeader: ['STT', 'Đơn vị', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Số ngày quá hạn'],
    filesHeader: ['STT', 'Tệp', 'Lý do'],
    errors: (n: number) => `${n} lỗi trong tệp (xem phần kiểm tra của đơn vị)`,
    none: 'Không có.',
  },
  en: {
    units: 'Units', overdue: 'Overdue tasks', files: 'File problems',
    unitsTitle: OWN_TITLES.rollupUnits.en, overdueTitle: OWN_TITLES.rollupOverdue.en, filesTitle: OWN_TITLES.rollupFiles.en,
    asOf: (d: string) => `Figures as of ${d}`,
    unitHeader: ['No.', 'Unit', 'File', 'Tasks', 'Indicators', 'Errors', 'Warnings'],
    taskCounts: ['Total', 'Done', 'On time', 'Overdue', 'Not started'],
    indicatorCounts: ['Total', 'Met', 'On time', 'Not met', 'No data'],
    total: 'Total', sentences: "Each unit's report sentence", overall: 'Overall sentence',
    overdueHeader: ['No.', 'Unit', 'Task', 'Lead unit', 'Deadline', 'Days overdue'],
    filesHeader: ['No.', 'File', 'Reason'],
    errors: (n: number) => `${n} error(s) in the file (see the unit's check)`,
    none: 'None.',
  },
} satisfies Record<Lang, unknown>;

type Text = (typeof TEXT)[Lang];

/**
 * Column widths, each sheet's together one A4 landscape page wide at 100 % (printLayout's
 * fitsOnePageWide): the sentences stand under the units' table, not in a column of it, so the
 * counts print at the sheet's font size.
 */
const UNIT_WIDTHS = [4.5, 20, 12, ...Array<number>(10).fill(6.5), 5, 6.5];
const OVERDUE_WIDTHS = [5, 22, 44, 24, 11, 9];
const FILE_WIDTHS = [5, 40, 68];

export function planRollupWorkbook(result: RollupResult, lang: Lang, period?: ReportPeriod): WritePlan {
  const t = TEXT[lang];
  const dateLine = t.asOf(isoToVn(result.asOf)) + (period ? ` (${period.label[lang]})` : '');
  return {
    sheets: [unitsSheet(result, t, dateLine), overdueSheet(result, t, dateLine), filesSheet(result, t, dateLine)],
  };
}

function titled(name: string, title: string, dateLine: string, width: number): SheetBuilder {
  const b = new SheetBuilder(name, width);
  b.banner(title, { bold: true, fontSize: TITLE_FONT_SIZE, hAlign: 'center', wrap: true });
  b.banner(dateLine, { italic: true, hAlign: 'center', wrap: true });
  b.row([]);
  return b;
}

/** Borders, the header shaded, wrapped text at the top of its cell; the header rows repeated on every page. */
function frame(b: SheetBuilder, top: number, headerRows: number, width: number): void {
  const bottom = b.nextRow - 1;
  b.format(top, 0, top + headerRows - 1, width - 1, { bold: true, fill: HEADER_FILL, wrap: true, hAlign: 'center', vAlign: 'middle' });
  b.format(top, 0, bottom, width - 1, { border: true });
  b.format(top + headerRows, 0, bottom, width - 1, { wrap: true, vAlign: 'top' });
  b.repeatOnEveryPage(top, top + headerRows - 1);
}

/** A table with a one-row header, or "none" under it. */
function simpleSheet(name: string, title: string, dateLine: string, header: string[], rows: PlanValue[][], widths: number[], t: Text): SheetPlan {
  const b = titled(name, title, dateLine, header.length);
  const top = b.row(header);
  for (const r of rows) b.row(r);
  if (rows.length === 0) b.row(['', t.none]);
  frame(b, top, 1, header.length);
  return b.build(widths, { freezeRows: top + 1 });
}

function unitsSheet(result: RollupResult, t: Text, dateLine: string): SheetPlan {
  const width = UNIT_WIDTHS.length;
  const b = titled(t.units, t.unitsTitle, dateLine, width);
  // Two header rows: "Nhiệm vụ" and "Chỉ tiêu" over their five counts; the other headers span both rows.
  const [no, unit, file, taskHead, indicatorHead, errorHead, warningHead] = t.unitHeader;
  const top = b.row([no, unit, file, taskHead, null, null, null, null, indicatorHead, null, null, null, null, errorHead, warningHead]);
  b.row([null, null, null, ...t.taskCounts, ...t.indicatorCounts]);
  for (const col of [0, 1, 2, 13, 14]) b.merge(top, col, top + 1, col);
  b.merge(top, 3, top, 7);
  b.merge(top, 8, top, 12);

  result.units.forEach((u, i) => b.row([i + 1, literal(u.unit), literal(u.file), ...countCells(u.tasks, u.indicators), u.errors, u.warnings]));
  const { tasks, indicators } = result.total;
  const errors = result.units.reduce((n, u) => n + u.errors, 0);
  const warnings = result.units.reduce((n, u) => n + u.warnings, 0);
  const totalRow = b.row(['', t.total, '', ...countCells(tasks, indicators), errors, warnings]);
  b.merge(totalRow, 1, totalRow, 2);
  frame(b, top, 2, width);
  b.format(top + 2, 3, totalRow, width - 1, { hAlign: 'center' });
  b.format(totalRow, 0, totalRow, width - 1, { bold: true });
  b.row([]);

  // As on Tổng hợp: each sentence in its own merged cell to copy whole, kept on a page with its unit's name.
  let first = b.banner(t.sentences, { bold: true });
  for (const u of result.units) {
    b.banner(literal(u.unit), { italic: true, wrap: true });
    b.banner(literal(u.sentence), { wrap: true, vAlign: 'top' });
    b.keepTogether(first, b.nextRow - 1);
    first = b.nextRow;
  }
  b.row([]);
  const overall = b.banner(t.overall, { bold: true });
  b.banner(literal(result.total.sentence), { wrap: true, vAlign: 'top' });
  b.keepTogether(overall, b.nextRow - 1);
  return b.build(UNIT_WIDTHS, { freezeRows: top + 2 });
}

function overdueSheet(result: RollupResult, t: Text, dateLine: string): SheetPlan {
  const rows = result.overdue.map((o, i): PlanValue[] => [
    i + 1, literal(o.unit), literal(o.task), literal(o.lead), isoToVn(o.deadline), o.daysOverdue,
  ]);
  return simpleSheet(t.overdue, t.overdueTitle, dateLine, t.overdueHeader, rows, OVERDUE_WIDTHS, t);
}

function filesSheet(result: RollupResult, t: Text, dateLine: string): SheetPlan {
  const problems = [
    ...result.unreadable.map((u) => [literal(u.file), literal(u.reason)]),
    ...result.units.filter((u) => u.errors > 0).map((u) => [literal(u.file), t.errors(u.errors)]),
  ].map((r, i): PlanValue[] => [i + 1, ...r]);
  return simpleSheet(t.files, t.filesTitle, dateLine, t.filesHeader, problems, FILE_WIDTHS, t);
}

function countCells(tasks: RollupResult['total']['tasks'], indicators: RollupResult['total']['indicators']): number[] {
  return [
    tasks.total, tasks.done_on_time + tasks.done_late, tasks.in_progress, tasks.overdue, tasks.not_started,
    indicators.total, indicators.done, indicators.in_progress, indicators.overdue, indicators.not_started,
  ];
}
