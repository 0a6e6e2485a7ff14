import type { IndicatorCategory, TaskCategory } from './analysis';
import type { Severity } from './findings';
import type { Lang } from './options';

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

export const SEVERITY_LABELS: Record<Lang, Record<Severity, string>> = {
  vi: { error: 'Lỗi', warning: 'Cảnh báo', info: 'Lưu ý' },
  en: { error: 'Error', warning: 'Warning', info: 'Note' },
};
