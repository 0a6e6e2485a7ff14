import type { FindingCode } from './findings';
import type { Lang } from '../settings/options';
import type { StatusSuggestion } from '../values/statusHint';
import { fieldLabel, LABELS } from '../labels/catalogue';

/** Values a message may mention. Dates arrive already written as dd/mm/yyyy. */
export interface MessageParams {
  field?: string;
  value?: string;
  date?: string;
  deadline?: string;
  asOf?: string;
  row?: number;
  closest?: string | null;
  /** invalid-date: a real-looking date that does not exist (31/02/2025). */
  impossible?: boolean;
  /** status-claim-conflict: what the dates say. */
  actually?: 'on_time' | 'late';
  /** status-has-details: the §4.1 phrase the status was read from. */
  status?: string;
  /** due-soon: days left until the deadline. */
  days?: number;
  /** invalid-status: what the text most likely meant. */
  suggestion?: StatusSuggestion | null;
}

/** Every name of MessageParams, no more and no fewer (the compiler checks): what a message may read. */
export const MESSAGE_PARAM_NAMES = Object.keys({
  field: 0, value: 0, date: 0, deadline: 0, asOf: 0, row: 0, closest: 0, impossible: 0, actually: 0, status: 0, days: 0, suggestion: 0,
} satisfies Record<keyof MessageParams, 0>) as readonly (keyof MessageParams)[];

/** What a check adds to its finding's message; the field and the value come with every finding. */
export type MessageDetails = Omit<MessageParams, 'field' | 'value'>;

type Text = (p: MessageParams) => { message: string; hint: string };

function statusHintVi(s: StatusSuggestion): string {
  switch (s.kind) {
    case 'extra-words':
      return (
        `Có vẻ là “${s.status}”: chỉ ghi “${s.status}” ở cột này, ` +
        (s.completedOn
          ? `ghi ngày ${s.completedOn} vào cột ${LABELS.vi.field.completedOn}.`
          : 'ghi phần còn lại vào cột Mô tả/Kết quả thực hiện.')
      );
    case 'typo':
      return `Có phải là “${s.status}”?`;
    case 'undecided':
      return '“Chưa hoàn thành” chưa cho biết đã bắt đầu hay chưa: chọn “Đang thực hiện” hoặc “Chưa thực hiện”.';
  }
}

function statusHintEn(s: StatusSuggestion): string {
  switch (s.kind) {
    case 'extra-words':
      return (
        `Looks like “${s.status}”: write only “${s.status}” in this column, ` +
        (s.completedOn
          ? `and the date ${s.completedOn} in the ${LABELS.en.field.completedOn} column.`
          : 'and the rest in the description or progress report column (Mô tả/Kết quả thực hiện).')
      );
    case 'typo':
      return `Did you mean “${s.status}”?`;
    case 'undecided':
      return '“Chưa hoàn thành” (not completed) does not say whether the work has started: choose “Đang thực hiện” (in progress) or “Chưa thực hiện” (not started).';
  }
}

const VI: Record<FindingCode, Text> = {
  'header-not-found': () => ({
    message: 'Không nhận ra bảng phụ lục nhiệm vụ hoặc chỉ tiêu trên trang này.',
    hint: 'Kiểm tra dòng tiêu đề cột (ví dụ: Tên nhiệm vụ, Đơn vị chủ trì, Thời hạn; hoặc Chỉ tiêu, Đơn vị tính) hoặc chỉ định cấu trúc trong thẻ Cấu trúc.',
  }),
  'missing-required': (p) => ({ message: `Thiếu ${p.field}.`, hint: `Nhập ${p.field} cho dòng này.` }),
  'invalid-date': (p) => ({
    message: p.impossible ? `Ngày không có thật: “${p.value}”.` : `Không đọc được ngày: “${p.value}”.`,
    hint: 'Ghi ngày theo dạng ngày/tháng/năm, ví dụ 31/12/2025, hoặc tháng 12/2025, Quý IV/2025, Năm 2026.',
  }),
  'deadline-unspecified': (p) => ({
    message: `Thời hạn “${p.value}” không nêu ngày cụ thể.`,
    hint: 'Ghi rõ ngày, tháng, quý hoặc năm phải hoàn thành để theo dõi được tiến độ.',
  }),
  'invalid-status': (p) => ({
    message: `Trạng thái “${p.value}” không thuộc danh mục.`,
    hint: p.suggestion ? statusHintVi(p.suggestion) : 'Dùng một trong các trạng thái: Đã hoàn thành, Đang thực hiện, Chưa thực hiện.',
  }),
  'completed-without-date': () => ({
    message: 'Nhiệm vụ đã hoàn thành nhưng chưa ghi ngày hoàn thành thực tế.',
    hint: 'Nhập ngày hoàn thành thực tế để xác định hoàn thành đúng hạn hay quá hạn.',
  }),
  'completion-in-future': (p) => ({
    message: `Ngày hoàn thành ${p.date} sau ngày số liệu ${p.asOf}.`,
    hint: 'Kiểm tra lại ngày hoàn thành thực tế hoặc ngày số liệu báo cáo.',
  }),
  'status-date-conflict': (p) => ({
    message: `Có ngày hoàn thành ${p.date} nhưng trạng thái là “${p.value}”.`,
    hint: 'Sửa trạng thái thành “Đã hoàn thành” hoặc xóa ngày hoàn thành.',
  }),
  'status-claim-conflict': (p) => ({
    message:
      p.actually === 'late'
        ? `Ghi “${p.value}” nhưng theo thời hạn ${p.deadline} thì nhiệm vụ đã quá hạn.`
        : `Ghi “${p.value}” nhưng theo thời hạn ${p.deadline} thì nhiệm vụ chưa quá hạn.`,
    hint: 'Sửa trạng thái cho khớp với thời hạn và ngày hoàn thành.',
  }),
  'completed-late': (p) => ({
    message: `Hoàn thành ngày ${p.date}, sau thời hạn ${p.deadline}.`,
    hint: 'Được tính là hoàn thành quá hạn trong báo cáo.',
  }),
  'due-soon': (p) => ({
    message: `Sắp đến hạn: còn ${p.days} ngày đến thời hạn ${p.deadline}, chưa hoàn thành.`,
    hint: 'Đôn đốc hoàn thành trước thời hạn, hoặc đề xuất điều chỉnh thời hạn kịp thời.',
  }),
  overdue: (p) => ({
    message: `Đã quá thời hạn ${p.deadline} nhưng chưa hoàn thành.`,
    hint: 'Cập nhật tiến độ, hoặc đề xuất điều chỉnh thời hạn với cơ quan giao nhiệm vụ.',
  }),
  'duplicate-task': (p) => ({
    message: `Trùng tên và đơn vị chủ trì với nhiệm vụ ở dòng ${p.row}.`,
    hint: 'Xóa dòng trùng, hoặc ghi rõ sự khác nhau giữa hai nhiệm vụ.',
  }),
  'invalid-number': (p) => ({
    message: `Kết quả thực hiện “${p.value}” không phải là số.`,
    hint: 'Nhập số (ví dụ 85 hoặc 85%), hoặc Đạt/Không đạt với chỉ tiêu dạng có/không.',
  }),
  'percent-out-of-range': (p) => ({
    message: `Tỷ lệ ${p.value} nằm ngoài khoảng 0–100%.`,
    hint: 'Kiểm tra lại số liệu: tỷ lệ phải từ 0 đến 100%.',
  }),
  'invalid-target': (p) => ({
    message: `Không đọc được chỉ tiêu “${p.value}”.`,
    hint: 'Ghi chỉ tiêu dạng: 80%, ≥ 95%, trên 90%, dưới 5%, 20-22%, Phấn đấu đạt 3%, Đạt; để trống hoặc “-” nếu năm đó không có chỉ tiêu.',
  }),
  'missing-unit': () => ({
    message: 'Chỉ tiêu chưa có đơn vị tính.',
    hint: 'Nhập đơn vị tính, ví dụ %, người, hồ sơ.',
  }),
  'unknown-unit-name': (p) => ({
    message: `“${p.value}” không có trong danh mục đơn vị.`,
    hint: p.closest ? `Có phải là “${p.closest}”?` : 'Kiểm tra lại tên đơn vị với danh mục đơn vị.',
  }),
  'legacy-encoding': () => ({
    message: 'Văn bản gõ bằng bảng mã cũ (TCVN3/VNI) nên hiển thị sai dấu.',
    hint: 'Chuyển mã sang Unicode (ví dụ: Unikey → Công cụ chuyển mã) rồi nhập lại ô này.',
  }),
  'status-has-details': (p) => ({
    message:
      `Đọc trạng thái “${p.status}” ở đầu ô, phần sau là ghi chú` +
      (p.date ? `; ngày hoàn thành ${p.date} lấy từ ghi chú.` : '.'),
    hint: p.date
      ? `Nếu đúng thì không cần sửa; có thể ghi ngày ${p.date} vào cột ${LABELS.vi.field.completedOn}.`
      : 'Nếu đúng thì không cần sửa.',
  }),
  'missing-column': (p) => ({
    message: `Bảng chưa có cột ${p.field}.`,
    hint: `Thêm cột ${p.field} vào bảng, hoặc chỉ định cột trong thẻ Cấu trúc.`,
  }),
};

const EN: Record<FindingCode, Text> = {
  'header-not-found': () => ({
    message: 'No task or indicator appendix table was recognised on this sheet.',
    hint: 'Check the column header row (e.g. Tên nhiệm vụ, Đơn vị chủ trì, Thời hạn; or Chỉ tiêu, Đơn vị tính) or set the structure in the Structure tab.',
  }),
  'missing-required': (p) => ({ message: `${p.field} is missing.`, hint: `Enter the ${p.field} for this row.` }),
  'invalid-date': (p) => ({
    message: p.impossible ? `Not a real date: “${p.value}”.` : `Cannot read the date “${p.value}”.`,
    hint: 'Write dates day first, e.g. 31/12/2025, or tháng 12/2025, Quý IV/2025, Năm 2026.',
  }),
  'deadline-unspecified': (p) => ({
    message: `The deadline “${p.value}” names no date.`,
    hint: 'Give a day, month, quarter or year so progress can be tracked.',
  }),
  'invalid-status': (p) => ({
    message: `The status “${p.value}” is not a known status.`,
    hint: p.suggestion ? statusHintEn(p.suggestion) : 'Use one of: Đã hoàn thành, Đang thực hiện, Chưa thực hiện.',
  }),
  'completed-without-date': () => ({
    message: 'The task is done but has no actual completion date.',
    hint: 'Enter the actual completion date so on-time or late completion can be decided.',
  }),
  'completion-in-future': (p) => ({
    message: `The completion date ${p.date} is after the report date ${p.asOf}.`,
    hint: 'Check the completion date or the report date.',
  }),
  'status-date-conflict': (p) => ({
    message: `There is a completion date ${p.date} but the status is “${p.value}”.`,
    hint: 'Set the status to “Đã hoàn thành” or remove the completion date.',
  }),
  'status-claim-conflict': (p) => ({
    message:
      p.actually === 'late'
        ? `Written “${p.value}”, but with the deadline ${p.deadline} the task is late.`
        : `Written “${p.value}”, but with the deadline ${p.deadline} the task is not late.`,
    hint: 'Make the status agree with the deadline and the completion date.',
  }),
  'completed-late': (p) => ({
    message: `Completed on ${p.date}, after the deadline ${p.deadline}.`,
    hint: 'Counted as completed late in the report.',
  }),
  'due-soon': (p) => ({
    message: `Due soon: ${p.days} day(s) left until the deadline ${p.deadline}, not done yet.`,
    hint: 'Follow up so it is done in time, or ask to move the deadline early.',
  }),
  overdue: (p) => ({
    message: `Past the deadline ${p.deadline} and not done.`,
    hint: 'Update the progress, or ask the assigning body to move the deadline.',
  }),
  'duplicate-task': (p) => ({
    message: `Same name and lead unit as the task in row ${p.row}.`,
    hint: 'Remove the duplicate row, or make clear how the two tasks differ.',
  }),
  'invalid-number': (p) => ({
    message: `The actual value “${p.value}” is not a number.`,
    hint: 'Enter a number (e.g. 85 or 85%), or Đạt/Không đạt for yes/no indicators.',
  }),
  'percent-out-of-range': (p) => ({
    message: `The share ${p.value} is outside 0–100%.`,
    hint: 'Check the figure: a share must be between 0 and 100%.',
  }),
  'invalid-target': (p) => ({
    message: `Cannot read the target “${p.value}”.`,
    hint: 'Write targets like 80%, ≥ 95%, trên 90%, dưới 5%, 20-22%, Phấn đấu đạt 3%, Đạt; leave empty or “-” when a year has none.',
  }),
  'missing-unit': () => ({
    message: 'The indicator has no unit of measure.',
    hint: 'Enter the unit, e.g. %, người, hồ sơ.',
  }),
  'unknown-unit-name': (p) => ({
    message: `“${p.value}” is not in the unit directory.`,
    hint: p.closest ? `Did you mean “${p.closest}”?` : 'Check the unit name against the directory.',
  }),
  'legacy-encoding': () => ({
    message: 'The text is typed in an old encoding (TCVN3/VNI) and shows wrong accents.',
    hint: 'Convert it to Unicode (e.g. Unikey → conversion tool) and enter the cell again.',
  }),
  'status-has-details': (p) => ({
    message:
      `Read the status “${p.status}” at the start of the cell; the rest is a note` +
      (p.date ? `; the completion date ${p.date} was taken from the note.` : '.'),
    hint: p.date
      ? `Nothing to fix if this is right; the date ${p.date} may also go in the ${LABELS.en.field.completedOn} column.`
      : 'Nothing to fix if this is right.',
  }),
  'missing-column': (p) => ({
    message: `The table has no ${p.field} column.`,
    hint: `Add a ${p.field} column to the table, or map it in the Structure tab.`,
  }),
};

/**
 * What a message reads: the field's word in the language, the value and the details. Every
 * property, always in this order: the message functions then read one hidden class, where spreading
 * each check's own details gave them a dozen shapes, on tens of thousands of findings.
 */
export function messageParams(lang: Lang, field: string | null, value: string, details: MessageDetails): MessageParams {
  return {
    field: field ? fieldLabel(field, LABELS[lang]) : undefined,
    value,
    date: details.date,
    deadline: details.deadline,
    asOf: details.asOf,
    row: details.row,
    closest: details.closest,
    impossible: details.impossible,
    actually: details.actually,
    status: details.status,
    days: details.days,
    suggestion: details.suggestion,
  };
}

export function findingText(code: FindingCode, lang: Lang, params: MessageParams): { message: string; hint: string } {
  return (lang === 'en' ? EN : VI)[code](params);
}
