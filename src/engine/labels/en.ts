import type { Labels } from './labels';

/** One, or more than one: English counts need it; every count is a whole number. */
function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const en: Labels = {
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  severityCount: {
    error: (n) => plural(n, 'error', 'errors'),
    warning: (n) => plural(n, 'warning', 'warnings'),
    info: (n) => plural(n, 'note', 'notes'),
  },
  findingCode: {
    'header-not-found': 'Table not recognised',
    'missing-required': 'Required value missing',
    'invalid-date': 'Invalid date',
    'deadline-unspecified': 'Deadline not specific',
    'invalid-status': 'Unknown status',
    'completed-without-date': 'Done, no completion date',
    'completion-in-future': 'Completed after report date',
    'status-date-conflict': 'Completion date, not done',
    'status-claim-conflict': 'On time/late claim contradicts dates',
    'completed-late': 'Completed late',
    overdue: 'Overdue',
    'duplicate-task': 'Duplicate task',
    'invalid-number': 'Invalid number',
    'percent-out-of-range': 'Share outside 0–100%',
    'invalid-target': 'Target not readable',
    'missing-unit': 'Unit missing',
    'unknown-unit-name': 'Unit not in directory',
    'legacy-encoding': 'Legacy font (TCVN3/VNI)',
    'status-has-details': 'Status with details',
    'missing-column': 'Table lacks a column',
    'due-soon': 'Due soon',
  },
  taskCategory: {
    done_on_time: 'Done on time', done_late: 'Done late', in_progress: 'In progress, on time',
    overdue: 'Overdue', not_started: 'Not started', unknown: 'Undetermined',
  },
  indicatorCategory: {
    done: 'Met', in_progress: 'Not yet met, on time', overdue: 'Not met, overdue',
    not_started: 'No data yet', unknown: 'Undetermined',
  },
  status: { done: 'Done', in_progress: 'In progress', not_started: 'Not started', unknown: 'Undetermined' },
  deadlineBucket: (year) => ({
    already_due: 'Already due', due_this_year: `Due in ${year}`, due_later: `Due after ${year}`,
    ongoing: 'Ongoing', no_deadline: 'No clear deadline',
  }),
  field: {
    stt: 'No.', code: 'Task code', name: 'Task/indicator name', lead: 'Lead unit', support: 'Supporting units',
    sourceDoc: 'Assigning document', deadline: 'Deadline', status: 'Status', expected: 'Expected result',
    report: 'Progress report', completedOn: 'Actual completion date', unit: 'Unit of measure', target: 'Target',
    actual: 'Actual value', output: 'Output',
  },
  rowName: { tasks: 'Task name', indicators: 'Indicator name' },
  itemCount: { tasks: (n) => plural(n, 'task', 'tasks'), indicators: (n) => plural(n, 'indicator', 'indicators') },
  sheetKind: { tasks: 'Task appendix', indicators: 'Indicator appendix', none: 'Not an appendix' },
  tableKind: { tasks: 'Task table', indicators: 'Indicator table' },
  changeCode: {
    'newly-done': 'Newly done', 'newly-overdue': 'Newly overdue', 'status-regressed': 'Status went back',
    'deadline-changed': 'Deadline changed', 'completion-date-changed': 'Completion date changed',
    added: 'Added', removed: 'Removed', 'indicator-newly-met': 'Indicator newly met',
    'actual-changed': 'Actual value changed', 'target-changed': 'Target changed',
  },
  all: 'All',
  groupSentencesHeading: 'Report sentence per section',
  leadSentencesHeading: 'Report sentence per lead unit',
  plansOnlyNotice:
    'The tables hold plans only (no Status / Actual result column), so the report sentence has nothing to count yet; add that column to track progress.',
  dueSoon: (days) => `Due within ${days} days`,
  comparisonHeading: 'Compared with the previous period',
};
