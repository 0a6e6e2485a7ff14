/** Messages and help of the period commands (SPEC §10–§12): compare, rollup, --period, --since-last. */
import type { CliLang } from './messages';

export interface PeriodMessages {
  optionLines: { period: string; previousAsOf: string; sinceLast: string };
  compareHelp: string;
  rollupHelp: string;
  generalLines: string;
  periodAndAsOf: string;
  badPeriod(value: string): string;
  missingCompareFiles: string;
  missingRollupFiles: string;
  noPreviousDate: string;
  noStoredRecord(file: string): string;
  recordUnreadable(file: string): string;
  outputIsInput(file: string): string;
  nothingRead: string;
  emptyFolder(folder: string): string;
  rollupWrote(file: string, units: number, unreadable: number): string;
}

const OPTIONS = {
  vi: {
    period: '  --period KỲ          Kỳ báo cáo: 2026-03 | 2026-Q1 | 2026-H1 | 2026-H2 | 2026 (ngày báo cáo = ngày 14 cuối kỳ)',
    previousAsOf: '  --previous-as-of YYYY-MM-DD  Ngày báo cáo của kỳ trước',
    sinceLast: '  --since-last         So với kỳ trước đã lưu trong tệp (lệnh check)',
  },
  en: {
    period: '  --period P           Report period: 2026-03 | 2026-Q1 | 2026-H1 | 2026-H2 | 2026 (report date = its last day, the 14th)',
    previousAsOf: '  --previous-as-of YYYY-MM-DD  Report date of the previous period',
    sinceLast: '  --since-last         Compare with the previous period stored in the file (check)',
  },
};

const EXIT = {
  vi: 'Mã thoát: 0 không có lỗi, 1 có lỗi cần sửa, 2 không đọc/ghi được tệp hoặc tham số sai.',
  en: 'Exit codes: 0 no errors, 1 errors to fix, 2 a file could not be read or written, or bad arguments.',
};

export const periodMessagesVi: PeriodMessages = {
  optionLines: OPTIONS.vi,
  compareHelp: `Cách dùng: phuluc compare KỲ-TRƯỚC.xlsx KỲ-NÀY.xlsx [--json] [--as-of D | --period KỲ] [--previous-as-of D]

So sánh báo cáo kỳ này với kỳ trước (SPEC §11): câu so sánh, rồi các thay đổi theo mã, kèm ô.
Ngày báo cáo kỳ trước lấy từ --previous-as-of, nếu không có thì từ bản ghi kỳ báo cáo lưu trong
KỲ-TRƯỚC.xlsx, nếu không có thì là cuối kỳ liền trước --period.

Tùy chọn:
${OPTIONS.vi.period}
${OPTIONS.vi.previousAsOf}
  --as-of, --year, --units, --subject, --json, --lang như lệnh check

${EXIT.vi}

Ví dụ:
  phuluc compare thang-01.xlsx thang-02.xlsx --period 2026-02`,
  rollupHelp: `Cách dùng: phuluc rollup TỆP|THƯ-MỤC... -o TONG-HOP.xlsx [--json] [--as-of D | --period KỲ] [--units TỆP] [--subject "VĂN BẢN"]

Tổng hợp sổ làm việc của nhiều đơn vị (SPEC §12): mỗi đơn vị một dòng (số liệu, số lỗi, câu báo
cáo), dòng tổng cộng và câu báo cáo chung, các nhiệm vụ quá hạn của mọi đơn vị, các tệp không đọc
được. Thư mục: mọi tệp .xlsx/.xlsm trong đó, theo tên. Tệp không đọc được chỉ được liệt kê.

${EXIT.vi} (2 chỉ khi không đọc được tệp nào)

Ví dụ:
  phuluc rollup bao-cao-cac-xa/ -o tong-hop.xlsx --period 2026-Q1 --subject "UBND đặc khu"`,
  generalLines: `  phuluc compare KỲ-TRƯỚC.xlsx KỲ-NÀY.xlsx         So sánh với kỳ trước
  phuluc rollup TỆP|THƯ-MỤC... -o TONG-HOP.xlsx   Tổng hợp nhiều đơn vị`,
  periodAndAsOf: 'chỉ dùng một trong hai tùy chọn --as-of và --period',
  badPeriod: (v) => `kỳ báo cáo "${v}" không hợp lệ (vd 2026-03, 2026-Q1, 2026-H1, 2026-H2, 2026)`,
  missingCompareFiles: 'lệnh compare cần đúng hai tệp: KỲ-TRƯỚC.xlsx KỲ-NÀY.xlsx',
  missingRollupFiles: 'thiếu tệp hoặc thư mục cần tổng hợp',
  noPreviousDate: 'không biết ngày báo cáo kỳ trước: thêm --previous-as-of YYYY-MM-DD hoặc --period',
  noStoredRecord: (f) => `${f} chưa lưu kỳ báo cáo nào trước ngày này (chạy phuluc summarize mỗi kỳ để lưu)`,
  recordUnreadable: (f) => `có bản ghi kỳ báo cáo trong ${f} không đọc được, đã bỏ qua`,
  outputIsInput: (f) => `không ghi đè lên tệp đầu vào ${f}`,
  nothingRead: 'không đọc được tệp nào',
  emptyFolder: (d) => `thư mục ${d} không có tệp .xlsx nào`,
  rollupWrote: (f, n, u) => `Đã ghi ${f}: ${n} đơn vị` + (u > 0 ? `, ${u} tệp không đọc được` : ''),
};

export const periodMessagesEn: PeriodMessages = {
  optionLines: OPTIONS.en,
  compareHelp: `Usage: phuluc compare PREVIOUS.xlsx CURRENT.xlsx [--json] [--as-of D | --period P] [--previous-as-of D]

Reads this period's report against the previous one (SPEC §11): the sentence, then the changes by
code with their cells. The previous report date comes from --previous-as-of, else from the period
record stored in PREVIOUS.xlsx, else the end of the period before --period.

Options:
${OPTIONS.en.period}
${OPTIONS.en.previousAsOf}
  --as-of, --year, --units, --subject, --json, --lang as for check

${EXIT.en}

Example:
  phuluc compare month-01.xlsx month-02.xlsx --period 2026-02`,
  rollupHelp: `Usage: phuluc rollup FILE|FOLDER... -o ROLLUP.xlsx [--json] [--as-of D | --period P] [--units FILE] [--subject "TEXT"]

Rolls up many units' workbooks (SPEC §12): one line per unit (counts, findings, sentence), the total
and the overall sentence, every overdue task across units, the files that could not be read.
A folder means its .xlsx/.xlsm files, by name. An unreadable file is listed, never fatal.

${EXIT.en} (2 only when no file could be read)

Example:
  phuluc rollup unit-reports/ -o rollup.xlsx --period 2026-Q1 --subject "UBND đặc khu"`,
  generalLines: `  phuluc compare PREVIOUS.xlsx CURRENT.xlsx       Compare with the previous period
  phuluc rollup FILE|FOLDER... -o ROLLUP.xlsx     Roll up many units`,
  periodAndAsOf: 'use only one of --as-of and --period',
  badPeriod: (v) => `"${v}" is not a report period (e.g. 2026-03, 2026-Q1, 2026-H1, 2026-H2, 2026)`,
  missingCompareFiles: 'compare takes exactly two files: PREVIOUS.xlsx CURRENT.xlsx',
  missingRollupFiles: 'no file or folder to roll up',
  noPreviousDate: 'the previous report date is unknown: add --previous-as-of YYYY-MM-DD or --period',
  noStoredRecord: (f) => `${f} holds no period record before this date (run phuluc summarize each period to store one)`,
  recordUnreadable: (f) => `a period record in ${f} could not be read and was left out`,
  outputIsInput: (f) => `will not write over the input file ${f}`,
  nothingRead: 'no file could be read',
  emptyFolder: (d) => `the folder ${d} holds no .xlsx file`,
  rollupWrote: (f, n, u) => `Wrote ${f}: ${n} unit(s)` + (u > 0 ? `, ${u} unreadable file(s)` : ''),
};

export function periodMessages(lang: CliLang): PeriodMessages {
  return lang === 'en' ? periodMessagesEn : periodMessagesVi;
}
