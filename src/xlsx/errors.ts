/**
 * Why a workbook could not be read or written, as a typed error with a Vietnamese and an
 * English message. Callers show `messageIn(lang)`; nothing here ever carries a stack trace
 * to the user.
 */

export type XlsxErrorCode =
  | 'not-found'
  | 'is-directory'
  | 'permission'
  | 'empty-file'
  | 'not-xlsx'
  | 'legacy-xls'
  | 'encrypted'
  | 'corrupt'
  | 'not-a-file'
  | 'too-large'
  | 'beyond-sheet-limits'
  | 'same-file'
  | 'out-dir-missing'
  | 'out-locked'
  | 'write-failed'
  | 'sheet-taken';

export type XlsxErrorLang = 'vi' | 'en';

const MESSAGES: Record<XlsxErrorCode, { vi: string; en: string }> = {
  'not-found': { vi: 'không tìm thấy tệp', en: 'file not found' },
  'is-directory': { vi: 'đây là một thư mục, không phải tệp', en: 'this is a folder, not a file' },
  permission: { vi: 'không có quyền truy cập tệp', en: 'permission denied' },
  'empty-file': { vi: 'tệp rỗng (0 byte), không phải tệp Excel .xlsx', en: 'the file is empty (0 bytes), not an Excel .xlsx file' },
  'not-xlsx': {
    vi: 'không phải tệp Excel .xlsx (có thể là .csv, .txt, .pdf hoặc định dạng khác); hãy mở trong Excel và lưu lại dưới dạng .xlsx',
    en: 'not an Excel .xlsx file (perhaps .csv, .txt, .pdf or another format); open it in Excel and save it as .xlsx',
  },
  'legacy-xls': {
    vi: 'tệp Excel 97-2003 (.xls) không được hỗ trợ; hãy mở trong Excel và lưu lại dưới dạng .xlsx',
    en: 'Excel 97-2003 (.xls) files are not supported; open it in Excel and save it as .xlsx',
  },
  encrypted: {
    vi: 'tệp được bảo vệ bằng mật khẩu (đã mã hóa); hãy mở trong Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại',
    en: 'the file is password-protected (encrypted); open it in Excel, remove the password (File › Info › Protect Workbook) and save it again',
  },
  corrupt: {
    vi: 'tệp .xlsx bị hỏng hoặc không đọc được; hãy thử mở trong Excel và lưu lại',
    en: 'the .xlsx file is damaged or unreadable; try opening it in Excel and saving it again',
  },
  'not-a-file': {
    vi: 'không phải tệp thông thường (ống dẫn, thiết bị …); hãy chỉ ra một tệp .xlsx',
    en: 'not a regular file (a pipe, a device …); name an .xlsx file',
  },
  'too-large': {
    vi: 'tệp .xlsx giải nén ra lớn bất thường, vượt xa mọi sổ tính thật (có thể là tệp độc hại); không đọc',
    en: 'the .xlsx file inflates to an abnormal size, far beyond any real workbook (possibly malicious); not read',
  },
  'beyond-sheet-limits': {
    vi: 'tệp .xlsx có dòng hoặc cột vượt quá giới hạn của Excel (1.048.576 dòng × 16.384 cột); tệp bị hỏng',
    en: "the .xlsx file has a row or column beyond Excel's limits (1,048,576 rows × 16,384 columns); the file is damaged",
  },
  'same-file': {
    vi: 'tệp kết quả trùng với tệp đầu vào; hãy chọn tên khác để không ghi đè lên tệp gốc',
    en: 'the output file is the input file; choose another name so the original is not overwritten',
  },
  'out-dir-missing': { vi: 'thư mục để ghi tệp kết quả không tồn tại', en: 'the folder for the output file does not exist' },
  'out-locked': {
    vi: 'không ghi đè được tệp kết quả (có thể tệp đang mở trong Excel); hãy đóng tệp rồi chạy lại',
    en: 'cannot replace the output file (it may be open in Excel); close it and try again',
  },
  'write-failed': { vi: 'không ghi được tệp kết quả', en: 'could not write the output file' },
  'sheet-taken': {
    vi: 'đã có một trang cùng tên mà Phụ lục không ghi ra; trang của người dùng không bao giờ bị thay, hãy đổi tên trang đó',
    en: 'a sheet of that name exists that Phụ lục did not write; a user sheet is never replaced, rename it',
  },
};

export class XlsxError extends Error {
  readonly code: XlsxErrorCode;
  /** The file concerned, as the caller named it. */
  readonly path: string;
  /** Low-level reason (e.g. the zip library's message), for --debug style output only. */
  readonly detail?: string;

  constructor(code: XlsxErrorCode, path: string, detail?: string) {
    super(`${path}: ${MESSAGES[code].vi}`);
    this.name = 'XlsxError';
    this.code = code;
    this.path = path;
    this.detail = detail;
  }

  /** "path: message" in the given language, on one line. */
  messageIn(lang: XlsxErrorLang): string {
    return `${this.path}: ${MESSAGES[this.code][lang]}`;
  }
}

export function isXlsxError(e: unknown): e is XlsxError {
  return e instanceof XlsxError;
}
