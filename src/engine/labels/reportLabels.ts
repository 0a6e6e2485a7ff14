import type { DeadlineBucket, IndicatorCategory, TaskCategory } from '../analysis';
import type { ChangeCode } from '../periods/changes';
import type { Severity } from '../checks/findings';
import type { Lang } from '../settings/options';

/** Category names as SPEC §4.2 and §5.3 write them, for the sheets the product inserts. */
export const TASK_CATEGORY_LABELS: Record<Lang, Record<TaskCategory, string>> = {
  vi: {
    done_on_time: 'Hoàn thành đúng hạn', done_late: 'Hoàn thành quá hạn', in_progress: 'Đang thực hiện trong hạn',
    overdue: 'Quá hạn', not_started: 'Chưa triển khai', unknown: 'Chưa xác định',
  },
  en: {
    done_on_time: 'Done on time', done_late: 'Done late', in_progress: 'In progress, on time',
    overdue: 'Overdue', not_started: 'Not started', unknown: 'Undetermined',
  },
};

export const INDICATOR_CATEGORY_LABELS: Record<Lang, Record<IndicatorCategory, string>> = {
  vi: {
    done: 'Đạt (hoàn thành)', in_progress: 'Trong hạn (chưa đạt)', overdue: 'Không đạt (quá hạn)',
    not_started: 'Chưa có số liệu', unknown: 'Chưa xác định',
  },
  en: {
    done: 'Met', in_progress: 'Not yet met, on time', overdue: 'Not met, overdue',
    not_started: 'No data yet', unknown: 'Undetermined',
  },
};

/** Deadline buckets of a plan sheet; `year` is the report date's year. */
export const DEADLINE_BUCKET_LABELS: Record<Lang, (year: number) => Record<DeadlineBucket, string>> = {
  vi: (year) => ({
    already_due: 'Đã đến hạn', due_this_year: `Đến hạn trong năm ${year}`, due_later: `Đến hạn sau năm ${year}`,
    ongoing: 'Thường xuyên', no_deadline: 'Chưa rõ thời hạn',
  }),
  en: (year) => ({
    already_due: 'Already due', due_this_year: `Due in ${year}`, due_later: `Due after ${year}`,
    ongoing: 'Ongoing', no_deadline: 'No clear deadline',
  }),
};

/** The line that totals every sheet in scope (the workbook, or all plan sheets), on the sheet and in the CLI alike. */
export const ALL_LABEL: Record<Lang, string> = { vi: 'Toàn bộ', en: 'All' };

/** Heading over each section's own sentence (seed 001 writes one per source plan). */
export const GROUP_SENTENCES_HEADING: Record<Lang, string> = {
  vi: 'Câu báo cáo theo từng mục',
  en: 'Report sentence per section',
};

/** Heading over each lead unit's own sentence, the unit itself its subject. */
export const LEAD_SENTENCES_HEADING: Record<Lang, string> = {
  vi: 'Câu báo cáo theo từng đơn vị chủ trì',
  en: 'Report sentence per lead unit',
};

/** Said under a sentence of zeros when the workbook holds plans only, so the zeros are not taken for the plans' progress. */
export const PLANS_ONLY_NOTICE: Record<Lang, string> = {
  vi: 'Các bảng chỉ có kế hoạch (chưa có cột Trạng thái / Kết quả thực hiện) nên câu báo cáo chưa có gì để đếm; thêm cột đó để theo dõi tiến độ.',
  en: 'The tables hold plans only (no Status / Actual result column), so the report sentence has nothing to count yet; add that column to track progress.',
};

export const SEVERITY_LABELS: Record<Lang, Record<Severity, string>> = {
  vi: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' },
  en: { error: 'Error', warning: 'Warning', info: 'Note' },
};

/** SPEC §6 due-soon, counted beside the sentence: "Sắp đến hạn trong 30 ngày: 03". */
export const DUE_SOON_LABEL: Record<Lang, (days: number) => string> = {
  vi: (days) => `Sắp đến hạn trong ${days} ngày`,
  en: (days) => `Due within ${days} days`,
};

/** SPEC §11 change codes, as the sheets, the CLI and the pane name them. */
export const CHANGE_CODE_LABELS: Record<Lang, Record<ChangeCode, string>> = {
  vi: {
    'newly-done': 'Mới hoàn thành', 'newly-overdue': 'Mới quá hạn', 'status-regressed': 'Trạng thái lùi lại',
    'deadline-changed': 'Thay đổi thời hạn', 'completion-date-changed': 'Thay đổi ngày hoàn thành',
    added: 'Mới thêm', removed: 'Không còn trong danh sách', 'indicator-newly-met': 'Chỉ tiêu mới đạt',
    'actual-changed': 'Thay đổi kết quả', 'target-changed': 'Thay đổi mục tiêu',
  },
  en: {
    'newly-done': 'Newly done', 'newly-overdue': 'Newly overdue', 'status-regressed': 'Status went back',
    'deadline-changed': 'Deadline changed', 'completion-date-changed': 'Completion date changed',
    added: 'Added', removed: 'Removed', 'indicator-newly-met': 'Indicator newly met',
    'actual-changed': 'Actual value changed', 'target-changed': 'Target changed',
  },
};

export const COMPARISON_HEADING: Record<Lang, string> = { vi: 'So với kỳ trước', en: 'Compared with the previous period' };
