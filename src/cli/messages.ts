/** Every text the command line prints, in Vietnamese (default) and English. */
import { periodMessagesEn, periodMessagesVi } from './periodMessages';
import type { DeadlineBucket, IndicatorCategory, Severity, SheetStructure, TaskCategory } from '../engine';
import {
  ALL_LABEL, DEADLINE_BUCKET_LABELS, GROUP_SENTENCES_HEADING, INDICATOR_CATEGORY_LABELS, LEAD_SENTENCES_HEADING, PLANS_ONLY_NOTICE,
  SEVERITY_LABELS, TASK_CATEGORY_LABELS,
} from '../engine';


type SheetKind = SheetStructure['kind'];

export type CliLang = 'vi' | 'en';
export type CommandName = 'check' | 'summarize' | 'template' | 'compare' | 'rollup';
export const COMMANDS: readonly CommandName[] = ['check', 'summarize', 'template', 'compare', 'rollup'];

export interface Messages {
  // help
  help(version: string): string;
  commandHelp(cmd: CommandName): string;
  // argument errors (one line each; the caller appends the --help hint)
  noCommand: string;
  unknownCommand(cmd: string): string;
  unknownOption(opt: string): string;
  optionNeedsValue(opt: string): string;
  optionTakesNoValue(opt: string): string;
  optionNotForCommand(opt: string, cmd: CommandName): string;
  badOptionValue(opt: string, value: string): string;
  dateDoesNotExist(opt: string, value: string): string;
  missingFile(cmd: CommandName): string;
  tooManyFiles(cmd: CommandName): string;
  unexpectedArgument(arg: string, cmd: CommandName): string;
  missingOutput(cmd: CommandName): string;
  seeHelp(cmd?: CommandName): string;
  // units file
  unitsNotFound(path: string): string;
  unitsNotText(path: string): string;
  // run-time
  analysisFailed(file: string, reason: string): string;
  reportInvalid(file: string, reason: string): string;
  unexpected(reason: string): string;
  wrote(path: string): string;
  outputKind(path: string, extension: string): string;
  templateWrote(path: string): string;
  issueTally(errors: number, warnings: number, infos: number): string;
  seeIssueSheet(sheet: string): string;
  // human report
  fileHeading(file: string, asOf: string): string;
  sheetHeading(name: string, kind: SheetKind, rows: number): string;
  block(kind: 'tasks' | 'indicators', headerRows: number[], columns: string): string;
  overridden: string;
  noIssues: string;
  hintPrefix: string;
  summaryHeading: string;
  tasksLine(total: number, parts: string): string;
  indicatorsLine(total: number, parts: string): string;
  checkLine(tally: string): string;
  groupSentencesHeading: string;
  groupLabel(sheet: string, group: string): string;
  leadSentencesHeading: string;
  plansHeading: string;
  allPlans: string;
  planLine(scope: string, total: number, parts: string): string;
  planIndicatorsHeading: string;
  planIndicatorLine(scope: string, total: number, years: number[]): string;
  plansOnly: string;
  deadlineBucket(year: number): Record<DeadlineBucket, string>;
  noSheets: string;
  targetYear(year: string): string;
  severity: Record<Severity, string>;
  taskCategory: Record<TaskCategory, string>;
  indicatorCategory: Record<IndicatorCategory, string>;
  field: Record<string, string>;
  formatDate(iso: string): string;
}

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

function pad2(n: string): string {
  return n.padStart(2, '0');
}

export const vi: Messages = {
  help: (version) => `phuluc ${version} — kiểm tra và tổng hợp phụ lục nhiệm vụ, chỉ tiêu trong tệp Excel (.xlsx)

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
  commandHelp: (cmd) => HELP_VI[cmd],
  noCommand: 'thiếu lệnh (check, summarize hoặc template)',
  unknownCommand: (cmd) => `không có lệnh "${cmd}" (các lệnh: check, summarize, template, compare, rollup, help)`,
  unknownOption: (opt) => `không có tùy chọn ${opt}`,
  optionNeedsValue: (opt) => `tùy chọn ${opt} cần một giá trị`,
  optionTakesNoValue: (opt) => `tùy chọn ${opt} không nhận giá trị`,
  optionNotForCommand: (opt, cmd) => `tùy chọn ${opt} không dùng được với lệnh ${cmd}`,
  badOptionValue: (opt, value) => {
    const expected: Record<string, string> = {
      '--as-of': 'phải là một ngày (năm 1900–2200) viết ngày/tháng/năm hoặc YYYY-MM-DD, ví dụ 11/12/2025 hoặc 2025-12-11',
      '--year': 'phải là một năm từ 1900 đến 2200, ví dụ 2025',
      '--lang': 'phải là vi hoặc en',
      '--output': 'phải là tên tệp .xlsx (hoặc .xlsm, .xltx, .xltm cùng loại với tệp vào), ví dụ ket-qua.xlsx',
      '--subject': 'không được để trống',
      '--units': 'phải là đường dẫn tới tệp danh mục đơn vị',
    };
    return `giá trị "${value}" của ${opt} không hợp lệ: ${expected[opt] ?? 'không đúng dạng'}`;
  },
  dateDoesNotExist: (opt, value) => `ngày "${value}" của ${opt} không có thật (tháng đó không có ngày này)`,
  missingFile: (cmd) => (cmd === 'check' ? 'thiếu tệp cần kiểm tra' : 'thiếu tệp cần tổng hợp'),
  tooManyFiles: () => 'lệnh summarize nhận đúng một tệp đầu vào',
  unexpectedArgument: (arg, cmd) => `lệnh ${cmd} không nhận tham số "${arg}"`,
  missingOutput: (cmd) => `lệnh ${cmd} cần tệp kết quả: -o TÊN-TỆP.xlsx`,
  seeHelp: (cmd) => `Xem hướng dẫn: phuluc ${cmd ? `${cmd} ` : ''}--help`,
  unitsNotFound: (p) => `${p}: không đọc được tệp danh mục đơn vị`,
  unitsNotText: (p) => `${p}: tệp danh mục đơn vị phải là văn bản UTF-8, mỗi dòng một tên đơn vị`,
  analysisFailed: (file, reason) => `${file}: lỗi khi phân tích sổ làm việc: ${reason}`,
  reportInvalid: (file, reason) => `${file}: báo cáo JSON không đúng cấu trúc: ${reason}`,
  unexpected: (reason) => `lỗi không mong đợi: ${reason}`,
  wrote: (p) => `Đã ghi bản tổng hợp: ${p}`,
  outputKind: (p, ext) => `${p}: tệp vào là sổ tính ${ext}, tệp kết quả cũng phải có đuôi ${ext}`,
  templateWrote: (p) => `Đã tạo tệp mẫu: ${p}`,
  issueTally: (e, w, i) => `${e} lỗi, ${w} cảnh báo, ${i} lưu ý`,
  seeIssueSheet: (s) => `chi tiết ở trang "${s}"`,
  fileHeading: (file, asOf) => `Tệp: ${file} — ngày báo cáo ${asOf}`,
  sheetHeading: (name, kind, rows) =>
    `Trang "${name}": ${kind === 'tasks' ? 'phụ lục nhiệm vụ' : kind === 'indicators' ? 'phụ lục chỉ tiêu' : 'không phải phụ lục'}` +
    (kind === 'none' ? '' : `, ${rows} dòng dữ liệu`),
  block: (kind, headerRows, columns) =>
    `${kind === 'tasks' ? 'Bảng nhiệm vụ' : 'Bảng chỉ tiêu'}: tiêu đề ở dòng ${headerRows.join('–')}; cột ${columns}`,
  overridden: '(cấu trúc do người dùng chỉ định)',
  noIssues: 'Không có vấn đề.',
  hintPrefix: 'Gợi ý:',
  summaryHeading: 'Tổng hợp',
  tasksLine: (total, parts) => `Nhiệm vụ: ${total}${parts ? ` — ${parts}` : ''}`,
  indicatorsLine: (total, parts) => `Chỉ tiêu: ${total}${parts ? ` — ${parts}` : ''}`,
  checkLine: (tally) => `Kết quả kiểm tra: ${tally}`,
  groupSentencesHeading: `${GROUP_SENTENCES_HEADING.vi}:`,
  groupLabel: (sheet, group) => `Trang "${sheet}", mục ${group}`,
  leadSentencesHeading: `${LEAD_SENTENCES_HEADING.vi}:`,
  plansHeading: 'Trang kế hoạch (không có cột trạng thái), nhiệm vụ theo thời hạn:',
  allPlans: ALL_LABEL.vi,
  planLine: (scope, total, parts) => `${scope}: ${total} nhiệm vụ${parts ? ` — ${parts}` : ''}`,
  planIndicatorsHeading: 'Trang kế hoạch (không có cột kết quả thực hiện), chỉ tiêu theo đơn vị chủ trì:',
  planIndicatorLine: (scope, total, years) => `${scope}: ${total} chỉ tiêu${years.length > 0 ? ` — mục tiêu năm ${years.join(', ')}` : ''}`,
  plansOnly: PLANS_ONLY_NOTICE.vi,
  deadlineBucket: DEADLINE_BUCKET_LABELS.vi,
  noSheets: 'Sổ làm việc không có trang tính nào có dữ liệu.',
  targetYear: (y) => `Mục tiêu ${y}`,
  severity: SEVERITY_LABELS.vi,
  taskCategory: TASK_CATEGORY_LABELS.vi,
  indicatorCategory: INDICATOR_CATEGORY_LABELS.vi,
  field: {
    stt: 'STT', code: 'Mã', name: 'Tên', lead: 'Chủ trì', support: 'Phối hợp', sourceDoc: 'Văn bản',
    deadline: 'Thời hạn', status: 'Trạng thái', expected: 'Kết quả cần đạt', report: 'Kết quả thực hiện',
    completedOn: 'Ngày hoàn thành', unit: 'Đơn vị tính', target: 'Mục tiêu', actual: 'Thực hiện', output: 'Sản phẩm',
  },
  formatDate: (iso) => {
    const [y, m, d] = iso.split('-');
    return d && m && y ? `${pad2(d)}/${pad2(m)}/${y}` : iso;
  },
};

export const en: Messages = {
  help: (version) => `phuluc ${version} — checks and summarises task and indicator appendices in Excel files (.xlsx)

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
  commandHelp: (cmd) => HELP_EN[cmd],
  noCommand: 'missing command (check, summarize or template)',
  unknownCommand: (cmd) => `unknown command "${cmd}" (commands: check, summarize, template, compare, rollup, help)`,
  unknownOption: (opt) => `unknown option ${opt}`,
  optionNeedsValue: (opt) => `option ${opt} needs a value`,
  optionTakesNoValue: (opt) => `option ${opt} does not take a value`,
  optionNotForCommand: (opt, cmd) => `option ${opt} cannot be used with the ${cmd} command`,
  badOptionValue: (opt, value) => {
    const expected: Record<string, string> = {
      '--as-of': 'must be a date (years 1900–2200) written day/month/year or YYYY-MM-DD, e.g. 11/12/2025 or 2025-12-11',
      '--year': 'must be a year from 1900 to 2200, e.g. 2025',
      '--lang': 'must be vi or en',
      '--output': 'must be an .xlsx file name (or .xlsm, .xltx, .xltm, the same kind as the input), e.g. result.xlsx',
      '--subject': 'must not be empty',
      '--units': 'must be the path of the unit directory file',
    };
    return `invalid value "${value}" for ${opt}: ${expected[opt] ?? 'wrong format'}`;
  },
  dateDoesNotExist: (opt, value) => `the date "${value}" given to ${opt} does not exist (that month has no such day)`,
  missingFile: (cmd) => (cmd === 'check' ? 'missing the file to check' : 'missing the file to summarise'),
  tooManyFiles: () => 'the summarize command takes exactly one input file',
  unexpectedArgument: (arg, cmd) => `the ${cmd} command does not take the argument "${arg}"`,
  missingOutput: (cmd) => `the ${cmd} command needs an output file: -o NAME.xlsx`,
  seeHelp: (cmd) => `See: phuluc ${cmd ? `${cmd} ` : ''}--help --lang en`,
  unitsNotFound: (p) => `${p}: cannot read the unit directory file`,
  unitsNotText: (p) => `${p}: the unit directory must be a UTF-8 text file, one unit name per line`,
  analysisFailed: (file, reason) => `${file}: the workbook could not be analysed: ${reason}`,
  reportInvalid: (file, reason) => `${file}: the JSON report does not match its schema: ${reason}`,
  unexpected: (reason) => `unexpected error: ${reason}`,
  wrote: (p) => `Summary workbook written: ${p}`,
  outputKind: (p, ext) => `${p}: the input is an ${ext} workbook, so the output must end in ${ext} too`,
  templateWrote: (p) => `Template written: ${p}`,
  issueTally: (e, w, i) => `${e} error(s), ${w} warning(s), ${i} note(s)`,
  seeIssueSheet: (s) => `details on the "${s}" sheet`,
  fileHeading: (file, asOf) => `File: ${file} — report date ${asOf}`,
  sheetHeading: (name, kind, rows) =>
    `Sheet "${name}": ${kind === 'tasks' ? 'task appendix' : kind === 'indicators' ? 'indicator appendix' : 'not an appendix'}` +
    (kind === 'none' ? '' : `, ${rows} data ${rows === 1 ? 'row' : 'rows'}`),
  block: (kind, headerRows, columns) =>
    `${kind === 'tasks' ? 'Task table' : 'Indicator table'}: header on row ${headerRows.join('–')}; columns ${columns}`,
  overridden: '(structure set by the user)',
  noIssues: 'No issues.',
  hintPrefix: 'Hint:',
  summaryHeading: 'Summary',
  tasksLine: (total, parts) => `Tasks: ${total}${parts ? ` — ${parts}` : ''}`,
  indicatorsLine: (total, parts) => `Indicators: ${total}${parts ? ` — ${parts}` : ''}`,
  checkLine: (tally) => `Check result: ${tally}`,
  groupSentencesHeading: `${GROUP_SENTENCES_HEADING.en}:`,
  groupLabel: (sheet, group) => `Sheet "${sheet}", section ${group}`,
  leadSentencesHeading: `${LEAD_SENTENCES_HEADING.en}:`,
  plansHeading: 'Plan sheets (no status column), tasks by deadline:',
  allPlans: ALL_LABEL.en,
  planLine: (scope, total, parts) => `${scope}: ${total} ${total === 1 ? 'task' : 'tasks'}${parts ? ` — ${parts}` : ''}`,
  planIndicatorsHeading: 'Plan sheets (no actual result column), indicators by lead unit:',
  planIndicatorLine: (scope, total, years) =>
    `${scope}: ${total} ${total === 1 ? 'indicator' : 'indicators'}${years.length > 0 ? ` — targets for ${years.join(', ')}` : ''}`,
  plansOnly: PLANS_ONLY_NOTICE.en,
  deadlineBucket: DEADLINE_BUCKET_LABELS.en,
  noSheets: 'The workbook has no sheet with data.',
  targetYear: (y) => `Target ${y}`,
  severity: SEVERITY_LABELS.en,
  taskCategory: TASK_CATEGORY_LABELS.en,
  indicatorCategory: INDICATOR_CATEGORY_LABELS.en,
  field: {
    stt: 'No.', code: 'Code', name: 'Name', lead: 'Lead', support: 'Support', sourceDoc: 'Source doc',
    deadline: 'Deadline', status: 'Status', expected: 'Expected result', report: 'Progress report',
    completedOn: 'Completed on', unit: 'Unit', target: 'Target', actual: 'Actual', output: 'Output',
  },
  formatDate: (iso) => iso,
};

export function messages(lang: CliLang): Messages {
  return lang === 'en' ? en : vi;
}
