import type { Capabilities } from './capabilities';
import { excelErrorCode } from './excelErrorCode';
import { FeatureUnavailableError } from './featureUnavailableError';
import { SheetNameTakenError } from './sheetNameTakenError';

type Lang = 'vi' | 'en';

interface Message {
  vi: string;
  en: string;
}

/** The reasons the user can act on, by OfficeExtension.Error code (Excel.ErrorCodes). */
const BY_CODE: Record<string, Message> = {
  AccessDenied: {
    vi: 'Excel không cho phép thay đổi: trang tính hoặc sổ làm việc đang được bảo vệ. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại.',
    en: 'Excel refused the change: the sheet or workbook is protected. Unprotect it (Review › Unprotect Sheet) and try again.',
  },
  InvalidOperation: {
    vi: 'Excel không cho phép thao tác này, thường vì trang tính đang được bảo vệ hoặc vùng ô đang bị khóa. Hãy bỏ bảo vệ trang tính rồi thử lại.',
    en: 'Excel does not allow this operation, usually because the sheet is protected or the cells are locked. Unprotect the sheet and try again.',
  },
  InvalidOperationInCellEditMode: {
    vi: 'Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để kết thúc việc sửa ô rồi thử lại.',
    en: 'Excel is editing a cell. Press Enter or Esc to finish editing, then try again.',
  },
  RequestPayloadSizeLimitExceeded: {
    vi: 'Dữ liệu quá lớn để gửi cho Excel trong một lần (Excel trên web giới hạn 5 MB). Hãy thử với ít dữ liệu hơn, hoặc dùng Excel trên máy tính.',
    en: 'Too much data to send to Excel at once (Excel on the web allows 5 MB). Try with less data, or use Excel on the desktop.',
  },
  ResponsePayloadSizeLimitExceeded: {
    vi: 'Trang tính quá lớn để đọc trong một lần (Excel trên web giới hạn 5 MB). Hãy chỉ kiểm tra trang tính đang mở, hoặc dùng Excel trên máy tính.',
    en: 'The sheet is too large to read at once (Excel on the web allows 5 MB). Check only the active sheet, or use Excel on the desktop.',
  },
  ItemNotFound: {
    vi: 'Không tìm thấy trang tính hoặc ô cần dùng — có thể nó vừa bị xóa hoặc đổi tên. Hãy chạy kiểm tra lại.',
    en: 'The sheet or cell was not found — it may have just been deleted or renamed. Run the check again.',
  },
  ItemAlreadyExists: {
    vi: 'Đã có một trang tính trùng tên. Hãy đổi tên hoặc xóa trang tính đó rồi thử lại.',
    en: 'A sheet with the same name already exists. Rename or delete it and try again.',
  },
  InvalidArgument: {
    vi: 'Excel không chấp nhận địa chỉ ô hoặc dữ liệu được gửi tới. Hãy chạy kiểm tra lại; nếu lỗi còn, hãy báo cho bộ phận hỗ trợ.',
    en: 'Excel did not accept the cell address or data it was given. Run the check again; if it persists, contact support.',
  },
  InvalidReference: {
    vi: 'Tham chiếu ô không hợp lệ cho thao tác này. Hãy chạy kiểm tra lại.',
    en: 'The cell reference is not valid for this operation. Run the check again.',
  },
  MergedRangeConflict: {
    vi: 'Thao tác vướng vào các ô đã gộp (merge). Hãy bỏ gộp các ô liên quan rồi thử lại.',
    en: 'The operation conflicts with merged cells. Unmerge them and try again.',
  },
  ApiNotFound: {
    vi: 'Phiên bản Excel này chưa hỗ trợ chức năng cần dùng. Hãy cập nhật Microsoft 365 hoặc dùng Excel trên web.',
    en: 'This version of Excel does not support the function needed. Update Microsoft 365 or use Excel on the web.',
  },
  ActivityLimitReached: {
    vi: 'Excel đang bận hoặc đã đạt giới hạn xử lý. Hãy đợi một lát rồi thử lại.',
    en: 'Excel is busy or reached its activity limit. Wait a moment and try again.',
  },
  RequestAborted: {
    vi: 'Thao tác bị gián đoạn (sổ làm việc thay đổi hoặc kết nối bị ngắt). Hãy thử lại.',
    en: 'The operation was interrupted (the workbook changed or the connection dropped). Try again.',
  },
  Conflict: {
    vi: 'Có người khác đang sửa cùng vùng dữ liệu. Hãy đợi một lát rồi thử lại.',
    en: 'Someone else is editing the same data. Wait a moment and try again.',
  },
};

const GENERIC: Message = {
  vi: 'Excel báo lỗi khi thực hiện thao tác. Hãy thử lại; nếu lỗi còn, hãy lưu sổ làm việc, mở lại rồi thử lần nữa.',
  en: 'Excel reported an error. Try again; if it persists, save the workbook, reopen it and try once more.',
};

/** saveSettings validates before writing (zod); its report is for developers, not users. */
const INVALID_SETTINGS: Message = {
  vi: 'Cài đặt không hợp lệ nên chưa được lưu. Hãy kiểm tra lại ngày báo cáo, năm và các cột đã chọn.',
  en: 'The settings are not valid and were not saved. Check the report date, the year and the chosen columns.',
};

const FEATURE_NAMES: Record<keyof Capabilities, Message> = {
  conditionalFormats: { vi: 'đánh dấu ô bằng định dạng có điều kiện', en: 'highlighting cells with conditional formats' },
  freezePanes: { vi: 'cố định dòng tiêu đề', en: 'freezing header rows' },
  dataValidation: { vi: 'danh sách chọn trong ô', en: 'drop-down lists in cells' },
  rangeAreas: { vi: 'thao tác trên nhiều vùng ô cùng lúc', en: 'working on several ranges at once' },
  pageLayout: { vi: 'thiết lập trang in', en: 'print page setup' },
  mergedAreas: { vi: 'đọc các ô đã gộp', en: 'reading merged cells' },
};

/**
 * A message the user can act on, in Vietnamese or English, for anything Excel or this module
 * throws. Never a stack trace: the known Excel error codes get their own explanation, anything
 * else a general one with at most the error's code or first line appended for support.
 */
export function describeExcelError(error: unknown, lang: Lang): string {
  // The requirement set (error.apiSet) is for support, not for the user's sentence: it stays in error.message.
  if (error instanceof FeatureUnavailableError) {
    const feature = FEATURE_NAMES[error.feature][lang];
    return lang === 'vi'
      ? `Bản Excel này chưa hỗ trợ ${feature}. Hãy cập nhật Microsoft 365 hoặc dùng Excel trên web.`
      : `This Excel does not support ${feature} yet. Update Microsoft 365 or use Excel on the web.`;
  }
  if (error instanceof SheetNameTakenError) {
    return lang === 'vi'
      ? `Sổ làm việc có trang tính «${error.sheet}» không do Phụ lục tạo, nên Phụ lục không ghi đè lên nó và chưa ghi gì. Hãy bấm Kiểm tra lại (Phụ lục sẽ dùng một tên khác) hoặc đổi tên trang tính đó.`
      : `The workbook has a sheet "${error.sheet}" that Phụ lục did not create, so it was not overwritten and nothing was written. Run the check again (Phụ lục will use another name) or rename that sheet.`;
  }
  if (error instanceof Error && error.name === 'ZodError') return INVALID_SETTINGS[lang];
  const code = excelErrorCode(error);
  if (code && BY_CODE[code]) return `${BY_CODE[code][lang]} ${codeNote(code, lang)}`;
  const detail = code ?? firstLine(error);
  return detail ? `${GENERIC[lang]} ${detailNote(detail, lang)}` : GENERIC[lang];
}

function codeNote(code: string, lang: Lang): string {
  return lang === 'vi' ? `(Mã lỗi: ${code})` : `(Error code: ${code})`;
}

function detailNote(detail: string, lang: Lang): string {
  return lang === 'vi' ? `(Chi tiết: ${detail})` : `(Details: ${detail})`;
}

/** The first line of an error's message, shortened: enough for support, never a stack. */
function firstLine(error: unknown): string | undefined {
  const message =
    error instanceof Error ? error.message : typeof error === 'string' ? error : undefined;
  const line = message?.split('\n')[0].trim();
  if (!line) return undefined;
  return line.length > 160 ? `${line.slice(0, 157)}…` : line;
}
