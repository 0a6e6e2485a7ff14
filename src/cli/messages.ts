/**
 * The command line's own sentences, in Vietnamese (default) and English: argument errors, run-time
 * messages and the lines of the text report. Help is in helpText.ts; the words for the engine's keys
 * (severities, categories, fields, kinds) are the engine's catalogue, LABELS.
 */
import { HELP } from './helpText';

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
  seeIssueSheet(sheet: string): string;
  // human report
  fileHeading(file: string, asOf: string): string;
  sheetHeading(name: string, kind: string, rows: number | null): string;
  block(kind: string, headerRows: number[], columns: string): string;
  overridden: string;
  noIssues: string;
  hintPrefix: string;
  summaryHeading: string;
  tasksLine(total: number, parts: string): string;
  indicatorsLine(total: number, parts: string): string;
  checkLine(tally: string): string;
  groupLabel(sheet: string, group: string): string;
  plansHeading: string;
  planLine(scope: string, count: string, parts: string): string;
  planIndicatorsHeading: string;
  planIndicatorLine(scope: string, count: string, years: number[]): string;
  noSheets: string;
  targetYear(year: string): string;
  formatDate(iso: string): string;
}

function pad2(n: string): string {
  return n.padStart(2, '0');
}

export const vi: Messages = {
  help: HELP.vi.general,
  commandHelp: (cmd) => HELP.vi.command[cmd],
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
  seeIssueSheet: (s) => `chi tiết ở trang "${s}"`,
  fileHeading: (file, asOf) => `Tệp: ${file} — ngày báo cáo ${asOf}`,
  sheetHeading: (name, kind, rows) => `Trang "${name}": ${kind}` + (rows === null ? '' : `, ${rows} dòng dữ liệu`),
  block: (kind, headerRows, columns) => `${kind}: tiêu đề ở dòng ${headerRows.join('–')}; cột ${columns}`,
  overridden: '(cấu trúc do người dùng chỉ định)',
  noIssues: 'Không có vấn đề.',
  hintPrefix: 'Gợi ý:',
  summaryHeading: 'Tổng hợp',
  tasksLine: (total, parts) => `Nhiệm vụ: ${total}${parts ? ` — ${parts}` : ''}`,
  indicatorsLine: (total, parts) => `Chỉ tiêu: ${total}${parts ? ` — ${parts}` : ''}`,
  checkLine: (tally) => `Kết quả kiểm tra: ${tally}`,
  groupLabel: (sheet, group) => `Trang "${sheet}", mục ${group}`,
  plansHeading: 'Trang kế hoạch (không có cột trạng thái), nhiệm vụ theo thời hạn:',
  planLine: (scope, count, parts) => `${scope}: ${count}${parts ? ` — ${parts}` : ''}`,
  planIndicatorsHeading: 'Trang kế hoạch (không có cột kết quả thực hiện), chỉ tiêu theo đơn vị chủ trì:',
  planIndicatorLine: (scope, count, years) => `${scope}: ${count}${years.length > 0 ? ` — mục tiêu năm ${years.join(', ')}` : ''}`,
  noSheets: 'Sổ làm việc không có trang tính nào có dữ liệu.',
  targetYear: (y) => `Mục tiêu ${y}`,
  formatDate: (iso) => {
    const [y, m, d] = iso.split('-');
    return d && m && y ? `${pad2(d)}/${pad2(m)}/${y}` : iso;
  },
};

export const en: Messages = {
  help: HELP.en.general,
  commandHelp: (cmd) => HELP.en.command[cmd],
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
  seeIssueSheet: (s) => `details on the "${s}" sheet`,
  fileHeading: (file, asOf) => `File: ${file} — report date ${asOf}`,
  sheetHeading: (name, kind, rows) =>
    `Sheet "${name}": ${kind}` + (rows === null ? '' : `, ${rows} data ${rows === 1 ? 'row' : 'rows'}`),
  block: (kind, headerRows, columns) => `${kind}: header on row ${headerRows.join('–')}; columns ${columns}`,
  overridden: '(structure set by the user)',
  noIssues: 'No issues.',
  hintPrefix: 'Hint:',
  summaryHeading: 'Summary',
  tasksLine: (total, parts) => `Tasks: ${total}${parts ? ` — ${parts}` : ''}`,
  indicatorsLine: (total, parts) => `Indicators: ${total}${parts ? ` — ${parts}` : ''}`,
  checkLine: (tally) => `Check result: ${tally}`,
  groupLabel: (sheet, group) => `Sheet "${sheet}", section ${group}`,
  plansHeading: 'Plan sheets (no status column), tasks by deadline:',
  planLine: (scope, count, parts) => `${scope}: ${count}${parts ? ` — ${parts}` : ''}`,
  planIndicatorsHeading: 'Plan sheets (no actual result column), indicators by lead unit:',
  planIndicatorLine: (scope, count, years) => `${scope}: ${count}${years.length > 0 ? ` — targets for ${years.join(', ')}` : ''}`,
  noSheets: 'The workbook has no sheet with data.',
  targetYear: (y) => `Target ${y}`,
  formatDate: (iso) => iso,
};

export function messages(lang: CliLang): Messages {
  return lang === 'en' ? en : vi;
}
