import type { TableKind } from '../layout/fields';
import type { Lang } from '../settings/options';
import type { SheetPlan, WritePlan } from './writePlan';
import { HEADER_FILL, SheetBuilder } from './sheetBuilder';
import { sameSheetName } from '../workbook/sheetNames';
import { rangeAddress } from '../workbook/address';

/** Rows prepared with formats and drop-downs under the header of a blank appendix. */
const BLANK_ROWS = 200;
const DATE_FORMAT = 'dd/mm/yyyy';
export const STATUS_CHOICES = ['Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'];

interface Layout {
  name: Record<Lang, string>;
  title: Record<Lang, string>;
  /** Vietnamese headers, whatever the language: they are what the engine and staff read. */
  headers: string[];
  widths: number[];
  dateColumns: number[];
  statusColumn?: number;
  wrapColumns: number[];
}

const LAYOUTS: Record<TableKind, Layout> = {
  tasks: {
    name: { vi: 'Mẫu nhiệm vụ', en: 'Task template' },
    title: { vi: 'PHỤ LỤC: DANH MỤC NHIỆM VỤ VÀ TIẾN ĐỘ THỰC HIỆN', en: 'APPENDIX: TASKS AND PROGRESS' },
    headers: ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn', 'Trạng thái', 'Kết quả thực hiện', 'Ngày hoàn thành thực tế'],
    widths: [6, 48, 24, 24, 13, 18, 48, 14],
    dateColumns: [4, 7],
    statusColumn: 5,
    wrapColumns: [1, 2, 3, 6],
  },
  indicators: {
    name: { vi: 'Mẫu chỉ tiêu', en: 'Indicator template' },
    title: { vi: 'PHỤ LỤC: CÁC CHỈ TIÊU VÀ KẾT QUẢ THỰC HIỆN', en: 'APPENDIX: INDICATORS AND RESULTS' },
    headers: ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Kết quả thực hiện', 'Cơ quan chủ trì theo dõi, đánh giá', 'Sản phẩm đầu ra'],
    widths: [6, 48, 10, 12, 14, 26, 20],
    dateColumns: [],
    wrapColumns: [1, 5, 6],
  },
};

/**
 * Blank standard appendices: headers, widths, date formats, a status drop-down, frozen header.
 * Names already in the workbook are avoided, so inserting a template never replaces a filled sheet.
 */
export function planTemplate(kinds: TableKind[], lang: Lang = 'vi', existingNames: string[] = []): WritePlan {
  const taken = [...existingNames];
  return { sheets: kinds.map((kind) => templateSheet(LAYOUTS[kind], lang, taken)) };
}

function templateSheet(layout: Layout, lang: Lang, taken: string[]): SheetPlan {
  const name = freeName(layout.name[lang], taken);
  const width = layout.headers.length;
  const b = new SheetBuilder(name, width);
  b.banner(layout.title[lang], { bold: true, fontSize: 13, hAlign: 'center' });
  b.row([]);
  const header = b.row(layout.headers);
  for (let i = 0; i < BLANK_ROWS; i++) b.row([]);
  const first = header + 1;
  const last = header + BLANK_ROWS;
  b.format(header, 0, header, width - 1, { bold: true, fill: HEADER_FILL, wrap: true, hAlign: 'center', vAlign: 'middle' });
  b.format(header, 0, last, width - 1, { border: true });
  b.format(first, 0, last, width - 1, { vAlign: 'top' });
  for (const c of layout.dateColumns) b.format(first, c, last, c, { numberFormat: DATE_FORMAT, hAlign: 'center' });
  for (const c of layout.wrapColumns) b.format(first, c, last, c, { wrap: true });
  const validations = layout.statusColumn === undefined ? [] : [{
    range: rangeAddress(first, layout.statusColumn, last, layout.statusColumn),
    values: STATUS_CHOICES,
  }];
  return b.build(layout.widths, { freezeRows: header + 1, validations });
}

/** Free by Excel's own comparison, which would refuse a name it calls taken. */
function freeName(base: string, taken: string[]): string {
  const isTaken = (name: string) => taken.some((t) => sameSheetName(t, name));
  let name = base;
  for (let i = 2; isTaken(name); i++) name = `${base} (${i})`;
  taken.push(name);
  return name;
}
