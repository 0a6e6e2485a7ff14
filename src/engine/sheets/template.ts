import type { TableKind } from '../layout/fields';
import type { Lang } from '../settings/options';
import type { DateValidation, ListValidation, SheetPlan, ValidationMessage, WritePlan } from './writePlan';
import { HEADER_FILL, SheetBuilder } from './sheetBuilder';
import { TITLE_FONT_SIZE } from './printLayout';
import { sameSheetName } from '../workbook/sheetNames';
import { rangeAddress } from '../workbook/address';

/** Rows prepared with formats and drop-downs under the header of a blank appendix. */
const BLANK_ROWS = 200;
const DATE_FORMAT = 'dd/mm/yyyy';
export const STATUS_CHOICES = ['Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'];
/** Dates a deadline or completion date may take: wide enough for any plan, narrow enough to catch a typo such as 2205. */
const DATE_RANGE = { from: '2000-01-01', to: '2100-12-31' };

/**
 * What Excel says on the template's checked cells. Vietnamese whatever the language, as the headers:
 * the staff who fill a template in read Vietnamese (titles at most 32 characters, texts at most 255).
 */
const STATUS_PROMPT: ValidationMessage = {
  title: 'Trạng thái',
  text: `Chọn một trạng thái trong danh sách: ${STATUS_CHOICES.join(', ')}.`,
};
const STATUS_ERROR: ValidationMessage = {
  title: 'Trạng thái không hợp lệ',
  text: `Chỉ nhận một trong các trạng thái: ${STATUS_CHOICES.join(', ')}. Bấm Hủy bỏ rồi chọn trong danh sách.`,
};
const DATE_PROMPT: ValidationMessage = {
  title: 'Ngày',
  text: 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 31/12/2025.',
};
const DATE_ERROR: ValidationMessage = {
  title: 'Ngày không hợp lệ',
  text: 'Ô này chỉ nhận một ngày có thật, viết ngày/tháng/năm (ví dụ 31/12/2025), từ năm 2000 đến năm 2100.',
};

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
    widths: [5, 28, 14, 14, 11, 13, 22, 11],
    dateColumns: [4, 7],
    statusColumn: 5,
    wrapColumns: [1, 2, 3, 5, 6],
  },
  indicators: {
    name: { vi: 'Mẫu chỉ tiêu', en: 'Indicator template' },
    title: { vi: 'PHỤ LỤC: CÁC CHỈ TIÊU VÀ KẾT QUẢ THỰC HIỆN', en: 'APPENDIX: INDICATORS AND RESULTS' },
    headers: ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Kết quả thực hiện', 'Cơ quan chủ trì theo dõi, đánh giá', 'Sản phẩm đầu ra'],
    widths: [5, 36, 9, 12, 12, 24, 20],
    dateColumns: [],
    wrapColumns: [1, 5, 6],
  },
};

/**
 * Blank standard appendices, print-ready: headers, widths, date formats, a status drop-down and date
 * checks that explain themselves in Vietnamese, a frozen header repeated on every printed page.
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
  b.banner(layout.title[lang], { bold: true, fontSize: TITLE_FONT_SIZE, hAlign: 'center', wrap: true });
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
  b.repeatOnEveryPage(header, header);
  const column = (c: number) => rangeAddress(first, c, last, c);
  const validations: ListValidation[] = layout.statusColumn === undefined ? [] : [
    { range: column(layout.statusColumn), values: STATUS_CHOICES, prompt: STATUS_PROMPT, error: STATUS_ERROR },
  ];
  const dateValidations: DateValidation[] = layout.dateColumns.map((c) => ({
    range: column(c), ...DATE_RANGE, prompt: DATE_PROMPT, error: DATE_ERROR,
  }));
  return b.build(layout.widths, { freezeRows: header + 1, validations, dateValidations });
}

/** Free by Excel's own comparison, which would refuse a name it calls taken. */
function freeName(base: string, taken: string[]): string {
  const isTaken = (name: string) => taken.some((t) => sameSheetName(t, name));
  let name = base;
  for (let i = 2; isTaken(name); i++) name = `${base} (${i})`;
  taken.push(name);
  return name;
}
