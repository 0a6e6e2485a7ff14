/** The command line's help: the general help, each command's, the options and the exit codes (vi, en). */
import { periodMessagesEn, periodMessagesVi } from './periodMessages';
import type { CliLang, CommandName } from './messages';

const EXIT_VI = `Mã thoát:
  0  không có lỗi (có thể có cảnh báo, lưu ý)
  1  phụ lục có lỗi cần sửa
  2  không đọc/ghi được tệp, hoặc tham số dòng lệnh sai`;

const EXIT_EN = `Exit codes:
  0  no errors (there may be warnings or notes)
  1  the appendices have errors to fix
  2  a file could not be read or written, or bad command-line arguments`;

const OPTIONS_VI = {
  asOf: '  --as-of NGÀY         Ngày báo cáo: 11/12/2025 hoặc 2025-12-11 (mặc định: hôm nay)',
  period: periodMessagesVi.optionLines.period,
  sinceLast: periodMessagesVi.optionLines.sinceLast,
  year: '  --year YYYY          Năm đánh giá chỉ tiêu khi có mục tiêu theo từng năm (1900–2200)',
  units: '  --units TỆP          Danh mục đơn vị: tệp văn bản UTF-8, mỗi dòng một tên đơn vị',
  subject: '  --subject "VĂN BẢN"  Chủ thể của câu báo cáo (mặc định: "Đơn vị"), vd "UBND xã A"',
  json: '  --json               In báo cáo dạng JSON thay cho văn bản (nhiều tệp: một mảng JSON)',
  output: '  -o, --output TỆP     Tệp kết quả (.xlsx; .xlsm cho tệp có macro)',
  lang: '  --lang vi|en         Ngôn ngữ thông báo (mặc định: vi)',
  help: '  -h, --help           Xem hướng dẫn này',
  version: '  -v, --version        Xem phiên bản',
};

const OPTIONS_EN = {
  asOf: '  --as-of DATE         Report date: 11/12/2025 (day first) or 2025-12-11 (default: today)',
  period: periodMessagesEn.optionLines.period,
  sinceLast: periodMessagesEn.optionLines.sinceLast,
  year: '  --year YYYY          Evaluation year for per-year indicator targets (1900–2200)',
  units: '  --units FILE         Unit directory: a UTF-8 text file, one unit name per line',
  subject: '  --subject "TEXT"     Subject of the report sentence (default: "Đơn vị"), e.g. "UBND xã A"',
  json: '  --json               Print the report as JSON instead of text (several files: a JSON array)',
  output: '  -o, --output FILE    Output file (.xlsx; .xlsm for a workbook with macros)',
  lang: '  --lang vi|en         Language of the messages (default: vi)',
  help: '  -h, --help           Show this help',
  version: '  -v, --version        Show the version',
};

const ANALYZE_OPTS = ['asOf', 'period', 'year', 'units', 'subject', 'json', 'lang'] as const;

function optionLines(table: Record<string, string>, keys: readonly string[]): string {
  return keys.map((k) => table[k]).join('\n');
}

const HELP_VI: Record<CommandName, string> = {
  compare: periodMessagesVi.compareHelp,
  rollup: periodMessagesVi.rollupHelp,
  check: `Cách dùng: phuluc check TỆP.xlsx... [tùy chọn]

Đọc các phụ lục nhiệm vụ, chỉ tiêu trong từng tệp, kiểm tra và in: cấu trúc nhận ra trên mỗi
trang, danh sách lỗi/cảnh báo theo ô (kèm gợi ý sửa), số liệu tổng hợp và câu báo cáo.
Tệp đầu vào không bị thay đổi.

Tùy chọn:
${optionLines(OPTIONS_VI, [...ANALYZE_OPTS, 'sinceLast', 'help'])}

${EXIT_VI}

Ví dụ:
  phuluc check bao-cao.xlsx --as-of 2025-12-11
  phuluc check pl1.xlsx pl2.xlsx --units don-vi.txt --subject "UBND đặc khu"
  phuluc check bao-cao.xlsx --json > ket-qua.json`,
  summarize: `Cách dùng: phuluc summarize TỆP.xlsx -o KẾT-QUẢ.xlsx [tùy chọn]

Ghi một bản sao của sổ làm việc, thêm trang "Tổng hợp" (số liệu và câu báo cáo) và trang
"Kiểm tra" (danh sách lỗi, có liên kết tới từng ô). Tệp gốc không bị thay đổi. Chạy lại trên
tệp kết quả sẽ thay hai trang này, không thêm bản thứ hai. Tệp KẾT-QUẢ đã có sẽ bị ghi đè.

Tùy chọn:
${optionLines(OPTIONS_VI, ['output', ...ANALYZE_OPTS, 'help'])}

${EXIT_VI}

Ví dụ:
  phuluc summarize bao-cao.xlsx -o bao-cao.tong-hop.xlsx --as-of 2025-12-11
  phuluc summarize bao-cao.xlsx -o tong-hop.xlsx --subject "UBND xã A" --units don-vi.txt`,
  template: `Cách dùng: phuluc template -o MẪU.xlsx [--lang vi|en]

Tạo một tệp phụ lục mẫu gồm trang nhiệm vụ và trang chỉ tiêu: tiêu đề cột chuẩn, định dạng
ngày, danh sách chọn trạng thái, dòng tiêu đề cố định.

Tùy chọn:
${optionLines(OPTIONS_VI, ['output', 'lang', 'help'])}

${EXIT_VI}

Ví dụ:
  phuluc template -o phu-luc-mau.xlsx`,
};

const HELP_EN: Record<CommandName, string> = {
  compare: periodMessagesEn.compareHelp,
  rollup: periodMessagesEn.rollupHelp,
  check: `Usage: phuluc check FILE.xlsx... [options]

Reads the task and indicator appendices in each file, checks them and prints: the structure
found on each sheet, the errors/warnings per cell (with a hint to fix them), the summary counts
and the report sentence. The input files are not changed.

Options:
${optionLines(OPTIONS_EN, [...ANALYZE_OPTS, 'sinceLast', 'help'])}

${EXIT_EN}

Examples:
  phuluc check bao-cao.xlsx --as-of 2025-12-11 --lang en
  phuluc check pl1.xlsx pl2.xlsx --units units.txt --subject "UBND đặc khu"
  phuluc check bao-cao.xlsx --json > result.json`,
  summarize: `Usage: phuluc summarize FILE.xlsx -o OUT.xlsx [options]

Writes a copy of the workbook with a "Tổng hợp" sheet (counts and the report sentence) and a
"Kiểm tra" sheet (the issue list, with links to each cell). The input file is not changed.
Running it again on its output replaces those two sheets instead of adding more. An existing
OUT file is overwritten.

Options:
${optionLines(OPTIONS_EN, ['output', ...ANALYZE_OPTS, 'help'])}

${EXIT_EN}

Examples:
  phuluc summarize bao-cao.xlsx -o bao-cao.tong-hop.xlsx --as-of 2025-12-11
  phuluc summarize bao-cao.xlsx -o summary.xlsx --subject "UBND xã A" --units units.txt`,
  template: `Usage: phuluc template -o TEMPLATE.xlsx [--lang vi|en]

Creates a blank appendix workbook with a task sheet and an indicator sheet: standard column
headers, date formats, a status drop-down and a frozen header row.

Options:
${optionLines(OPTIONS_EN, ['output', 'lang', 'help'])}

${EXIT_EN}

Examples:
  phuluc template -o appendix-template.xlsx --lang en`,
};

const GENERAL_HELP: Record<CliLang, (version: string) => string> = {
  vi: (version) => `phuluc ${version} — kiểm tra và tổng hợp phụ lục nhiệm vụ, chỉ tiêu trong tệp Excel (.xlsx)

Cách dùng:
  phuluc check TỆP.xlsx... [tùy chọn]             Kiểm tra phụ lục, in lỗi theo ô và câu báo cáo
  phuluc summarize TỆP.xlsx -o KẾT-QUẢ.xlsx [tùy chọn]
                                                  Ghi bản sao có thêm trang "Tổng hợp" và "Kiểm tra"
  phuluc template -o MẪU.xlsx                     Tạo tệp phụ lục mẫu (nhiệm vụ, chỉ tiêu)
${periodMessagesVi.generalLines}
  phuluc help [LỆNH]                              Xem hướng dẫn chung hoặc của một lệnh

Tùy chọn:
${optionLines(OPTIONS_VI, [...ANALYZE_OPTS, 'output', 'help', 'version'])}

${EXIT_VI}

Ví dụ:
  phuluc check bao-cao.xlsx --as-of 2025-12-11
  phuluc check *.xlsx --json > ket-qua.json
  phuluc summarize bao-cao.xlsx -o bao-cao.tong-hop.xlsx --subject "UBND đặc khu"
  phuluc template -o phu-luc-mau.xlsx
  phuluc check --help          (hướng dẫn chi tiết của lệnh check)`,
  en: (version) => `phuluc ${version} — checks and summarises task and indicator appendices in Excel files (.xlsx)

Usage:
  phuluc check FILE.xlsx... [options]             Check appendices, print issues per cell and the report sentence
  phuluc summarize FILE.xlsx -o OUT.xlsx [options]
                                                  Write a copy with a "Tổng hợp" and a "Kiểm tra" sheet
  phuluc template -o TEMPLATE.xlsx                Create a blank appendix workbook (tasks, indicators)
${periodMessagesEn.generalLines}
  phuluc help [COMMAND]                           Show this help or a command's help

Options:
${optionLines(OPTIONS_EN, [...ANALYZE_OPTS, 'output', 'help', 'version'])}

${EXIT_EN}

Examples:
  phuluc check bao-cao.xlsx --as-of 2025-12-11 --lang en
  phuluc check *.xlsx --json > result.json
  phuluc summarize bao-cao.xlsx -o bao-cao.summary.xlsx --subject "UBND đặc khu"
  phuluc template -o template.xlsx --lang en
  phuluc check --help --lang en   (details of the check command)`,
};

export const HELP: Record<CliLang, { general: (version: string) => string; command: Record<CommandName, string> }> = {
  vi: { general: GENERAL_HELP.vi, command: HELP_VI },
  en: { general: GENERAL_HELP.en, command: HELP_EN },
};
