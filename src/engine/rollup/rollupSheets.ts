/**
 * SPEC §12 roll-up workbook, print-ready: per unit its counts, findings and sentence with the total
 * and the overall sentence; every overdue task across units; the files unread or with errors.
 */
import type { Lang } from '../settings/options';
import { OWN_TITLES } from '../sheets/ownSheets';
import { HEADER_FILL, SheetBuilder, literal } from '../sheets/sheetBuilder';
import type { PageSetup, SheetPlan, WritePlan } from '../sheets/writePlan';
import { isoToVn } from '../values/display';
import type { ReportPeriod } from '../periods/reportPeriod';
import type { RollupResult } from './rollup';

const TEXT = {
  vi: {
    units: 'Tổng hợp đơn vị', overdue: 'Nhiệm vụ quá hạn', files: 'Tệp lỗi',
    unitsTitle: OWN_TITLES.rollupUnits.vi, overdueTitle: OWN_TITLES.rollupOverdue.vi, filesTitle: OWN_TITLES.rollupFiles.vi,
    asOf: (d: string) => `Số liệu tính đến ngày ${d}`,
    unitHeader: ['STT', 'Đơn vị', 'Tệp', 'Nhiệm vụ', 'Hoàn thành', 'Trong hạn', 'Quá hạn', 'Chưa triển khai',
      'Chỉ tiêu', 'Đạt', 'Trong hạn', 'Không đạt', 'Chưa có số liệu', 'Lỗi', 'Cảnh báo', 'Câu báo cáo'],
    total: 'Tổng cộng', overall: 'Câu báo cáo chung',
    overdueHeader: ['STT', 'Đơn vị', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Số ngày quá hạn'],
    filesHeader: ['STT', 'Tệp', 'Lý do'],
    errors: (n: number) => `${n} lỗi trong tệp (xem phần kiểm tra của đơn vị)`,
    none: 'Không có.',
    page: 'Trang &P/&N',
  },
  en: {
    units: 'Units', overdue: 'Overdue tasks', files: 'File problems',
    unitsTitle: OWN_TITLES.rollupUnits.en, overdueTitle: OWN_TITLES.rollupOverdue.en, filesTitle: OWN_TITLES.rollupFiles.en,
    asOf: (d: string) => `Figures as of ${d}`,
    unitHeader: ['No.', 'Unit', 'File', 'Tasks', 'Done', 'On time', 'Overdue', 'Not started',
      'Indicators', 'Met', 'On time', 'Not met', 'No data', 'Errors', 'Warnings', 'Report sentence'],
    total: 'Total', overall: 'Overall sentence',
    overdueHeader: ['No.', 'Unit', 'Task', 'Lead unit', 'Deadline', 'Days overdue'],
    filesHeader: ['No.', 'File', 'Reason'],
    errors: (n: number) => `${n} error(s) in the file (see the unit's check)`,
    none: 'None.',
    page: 'Page &P of &N',
  },
} satisfies Record<Lang, unknown>;

const FONT = { name: 'Times New Roman', size: 12 };

function pageSetup(headerRow: number): PageSetup {
  return {
    paper: 'A4', orientation: 'landscape', fitToWidth: 1, printTitleRows: { first: headerRow, last: headerRow },
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
}

export function planRollupWorkbook(result: RollupResult, lang: Lang, period?: ReportPeriod): WritePlan {
  const t = TEXT[lang];
  const dateLine = t.asOf(isoToVn(result.asOf)) + (period ? ` (${period.label[lang]})` : '');
  const footer = t.page;
  const sheet = (name: string, title: string, header: string[], rows: (string | number | null)[][], widths: number[],
    after?: (b: SheetBuilder) => void): SheetPlan => {
    const b = new SheetBuilder(name, header.length);
    b.banner(title, { bold: true, fontSize: 14, hAlign: 'center' });
    b.banner(dateLine, { italic: true, hAlign: 'center' });
    b.row([]);
    const top = b.row(header);
    for (const r of rows) b.row(r);
    if (rows.length === 0) b.row(['', t.none]);
    const bottom = b.nextRow - 1;
    b.format(top, 0, top, header.length - 1, { bold: true, fill: HEADER_FILL, wrap: true, hAlign: 'center', vAlign: 'middle' });
    b.format(top, 0, bottom, header.length - 1, { border: true });
    b.format(top + 1, 0, bottom, header.length - 1, { wrap: true, vAlign: 'top' });
    after?.(b);
    return b.build(widths, { font: FONT, freezeRows: top + 1, pageSetup: { ...pageSetup(top), footerCenter: footer } });
  };

  const unitRows = result.units.map((u, i) => [
    i + 1, literal(u.unit), literal(u.file), ...countCells(u.tasks, u.indicators), u.errors, u.warnings, literal(u.sentence),
  ]);
  const { tasks, indicators } = result.total;
  const errors = result.units.reduce((n, u) => n + u.errors, 0);
  const warnings = result.units.reduce((n, u) => n + u.warnings, 0);
  unitRows.push(['', t.total, '', ...countCells(tasks, indicators), errors, warnings, literal(result.total.sentence)]);
  const units = sheet(t.units, t.unitsTitle, t.unitHeader, unitRows, [6, 28, 20, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 7, 8, 60], (b) => {
    b.format(b.nextRow - 1, 0, b.nextRow - 1, t.unitHeader.length - 1, { bold: true });
    b.row([]);
    b.banner(t.overall, { bold: true });
    b.banner(literal(result.total.sentence), { wrap: true, vAlign: 'top' });
  });
  const overdue = sheet(t.overdue, t.overdueTitle, t.overdueHeader, result.overdue.map((o, i) => [
    i + 1, literal(o.unit), literal(o.task), literal(o.lead), isoToVn(o.deadline), o.daysOverdue,
  ]), [6, 28, 60, 28, 12, 10]);
  const problems = [
    ...result.unreadable.map((u) => [literal(u.file), literal(u.reason)]),
    ...result.units.filter((u) => u.errors > 0).map((u) => [literal(u.file), t.errors(u.errors)]),
  ].map((r, i) => [i + 1, ...r]);
  const files = sheet(t.files, t.filesTitle, t.filesHeader, problems, [6, 40, 80]);
  return { sheets: [units, overdue, files] };
}

function countCells(tasks: RollupResult['total']['tasks'], indicators: RollupResult['total']['indicators']): number[] {
  return [
    tasks.total, tasks.done_on_time + tasks.done_late, tasks.in_progress, tasks.overdue, tasks.not_started,
    indicators.total, indicators.done, indicators.in_progress, indicators.overdue, indicators.not_started,
  ];
}
