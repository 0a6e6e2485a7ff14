import { LABELS, type Lang } from '../engine';
import { CHECK_STRINGS } from './checkStrings';
import { SETUP_STRINGS } from './setupStrings';
import { SUMMARY_STRINGS } from './summaryStrings';

/**
 * Every word the pane shows, per language: its own sentences here and in the files per tab, and,
 * as `labels`, the engine's catalogue of words for severities, categories, fields, codes and kinds
 * (the same object the command line and the written sheets use). Both languages have the same keys;
 * `{name}` marks a value filled in by `fill`. Finding messages and the report sentence come from the
 * analysis, in the language it was made in.
 */
export const vi = {
  labels: LABELS.vi,
  appName: 'Phụ lục',
  loading: 'Đang tải thiết lập…',
  switchLanguage: 'English',
  dismiss: 'Đóng',
  stale: 'Thiết lập đã thay đổi. Bấm “Kiểm tra” để cập nhật kết quả.',
  staleDate: 'Kết quả bên dưới tính đến ngày {date}, không phải ngày đang nhập.',
  needAnalysis: 'Chưa có kết quả. Hãy bấm “Kiểm tra” ở thẻ Kiểm tra trước.',
  header: {
    asOf: 'Số liệu tính đến ngày',
    asOfInvalid: 'Nhập một ngày theo dạng ngày/tháng/năm, ví dụ 11/12/2025.',
    asOfImpossible: 'Ngày này không có thật (tháng đó không có ngày này).',
    year: 'Năm đánh giá',
    yearPlaceholder: 'Tự động',
    yearHint: 'Để trống để tự chọn theo ngày báo cáo.',
    yearInvalid: 'Nhập năm từ 1900 đến 2200.',
    subject: 'Chủ thể của câu báo cáo',
    subjectPlaceholder: 'Đơn vị',
  },
  tabs: {
    label: 'Chức năng',
    check: 'Kiểm tra',
    summary: 'Tổng hợp',
    structure: 'Cấu trúc',
    template: 'Mẫu',
  },
  ...CHECK_STRINGS.vi,
  summary: SUMMARY_STRINGS.vi,
  ...SETUP_STRINGS.vi,
};

export type Strings = typeof vi;

export const en: Strings = {
  labels: LABELS.en,
  appName: 'Phụ lục',
  loading: 'Loading settings…',
  switchLanguage: 'Tiếng Việt',
  dismiss: 'Close',
  stale: 'Settings have changed. Select “Check” to update the results.',
  staleDate: 'The results below are as of {date}, not the date being entered.',
  needAnalysis: 'No results yet. Select “Check” on the Check tab first.',
  header: {
    asOf: 'Data as of',
    asOfInvalid: 'Enter one day, day first, e.g. 11/12/2025.',
    asOfImpossible: 'This date does not exist (that month has no such day).',
    year: 'Evaluation year',
    yearPlaceholder: 'Automatic',
    yearHint: 'Leave empty to choose it from the report date.',
    yearInvalid: 'Enter a year from 1900 to 2200.',
    subject: 'Subject of the report sentence',
    subjectPlaceholder: 'Đơn vị',
  },
  tabs: {
    label: 'Functions',
    check: 'Check',
    summary: 'Summary',
    structure: 'Structure',
    template: 'Template',
  },
  ...CHECK_STRINGS.en,
  summary: SUMMARY_STRINGS.en,
  ...SETUP_STRINGS.en,
};

export const STRINGS: Record<Lang, Strings> = { vi, en };

/** Fills `{name}` placeholders: fill('{n} phát hiện', { n: 3 }) → '3 phát hiện'. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
