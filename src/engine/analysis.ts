import type { Due } from './summary/categories';
import type { Finding } from './checks/findings';
import type { SheetKind, TableKind } from './layout/fields';
import type { Lang } from './settings/options';
import type { ReportPeriod } from './periods/reportPeriod';

export const TASK_CATEGORIES = ['done_on_time', 'done_late', 'in_progress', 'overdue', 'not_started', 'unknown'] as const;
export type TaskCategory = (typeof TASK_CATEGORIES)[number];

export const INDICATOR_CATEGORIES = ['done', 'in_progress', 'overdue', 'not_started', 'unknown'] as const;
export type IndicatorCategory = (typeof INDICATOR_CATEGORIES)[number];

export type TaskCounts = { total: number } & Record<TaskCategory, number>;
export type IndicatorCounts = { total: number } & Record<IndicatorCategory, number>;

/** When a planned task falls due relative to the report date R (SPEC §2.1: plans are summarised by deadline). */
export const DEADLINE_BUCKETS = ['already_due', 'due_this_year', 'due_later', 'ongoing', 'no_deadline'] as const;
export type DeadlineBucket = (typeof DEADLINE_BUCKETS)[number];
export type DeadlineCounts = { total: number } & Record<DeadlineBucket, number>;

/** One table inside a sheet: a header and the rows under it (seed 004 has three in one sheet). */
export interface TableBlock {
  kind: TableKind;
  /** 1-based Excel rows of the header (one or two). */
  headerRows: number[];
  /** The folded text of its first header row: finds the table again for a stored override (layout/tableAnchor.ts). */
  signature?: string;
  /** field → 0-based column. */
  columns: Record<string, number>;
  /** Per-year targets: year → 0-based column (SPEC §2.2, §5.2). */
  targetYears: Record<number, number>;
  /**
   * Per-year results beside the per-year targets (SPEC §2.2 turn 2): year → 0-based column. The
   * evaluation year's result is the actual; the table is then a progress table, not a plan.
   */
  resultYears?: Record<number, number>;
  /** The year of a single target column, when its header names one ("Đến năm 2030"). */
  targetYear?: number;
  /** 0-based rows of the data (section rows included), inclusive. */
  firstRow: number;
  lastRow: number;
}

export interface SheetStructure {
  name: string;
  kind: SheetKind;
  blocks: TableBlock[];
  /** True when the user's override decided the structure. */
  overridden: boolean;
}

/** Plan rows (`plan: true`) are validated like any other but stay out of the progress counts (SPEC §2.1). */
export interface TaskRow {
  sheet: string;
  /** 0-based row. */
  row: number;
  group: string | null;
  name: string;
  lead: string;
  category: TaskCategory;
  /** Canonical written status; null on a plan sheet, which has no status column. */
  status: 'done' | 'in_progress' | 'not_started' | 'unknown' | null;
  /** True when the sheet has no status column (a plan, SPEC §2.1). */
  plan: boolean;
  /** The deadline as it stands in the report year. */
  due: Due;
  /** Address of the name cell ("B7"): where a comparison (SPEC §11) points. */
  cell: string;
  /** The task's code when the table has a code column, else "" (SPEC §11 matches on it first). */
  code: string;
  /**
   * The deadline as written, resolved but not tied to a year: an ISO date, "annual" (Hằng năm) or
   * "ongoing"; null when unreadable. Compared between periods (deadline-changed) without the report
   * year moving "Hằng năm" from 31/12/2025 to 31/12/2026.
   */
  deadline: string | null;
  /** Completion day (ISO) when read. */
  completedOn: string | null;
}

export interface IndicatorRow {
  sheet: string;
  row: number;
  group: string | null;
  name: string;
  lead: string;
  category: IndicatorCategory;
  evaluationYear: number | null;
  /** Address of the name cell ("B7"). */
  cell: string;
  /** The actual value as the user sees it, "" when empty (SPEC §11 actual-changed). */
  actual: string;
  /** The evaluation year's target as written, "" when none (SPEC §11 target-changed). */
  target: string;
  /** True when the table has no actual column: a plan of targets, not a progress report (SPEC §2.2). */
  plan: boolean;
  /** Each year's result as the cell shows it, where the table has per-year results (SPEC §2.2 turn 2). */
  results?: Record<number, string>;
}

export interface SheetResult {
  structure: SheetStructure;
  /** Data rows (tasks + indicators) read on the sheet. */
  rows: number;
}

export interface GroupSummary {
  sheet: string;
  group: string;
  tasks: TaskCounts;
  indicators: IndicatorCounts;
  /** The SPEC §7 sentence for this group's tasks and indicators only (seed 001 writes one per source plan). */
  sentence: string;
}

export interface LeadSummary {
  lead: string;
  tasks: TaskCounts;
  indicators: IndicatorCounts;
  /** The SPEC §7 sentence with the unit itself as subject: how a department reports for itself. */
  sentence: string;
}

export interface SheetSummary {
  sheet: string;
  tasks: TaskCounts;
  indicators: IndicatorCounts;
  /** The SPEC §7 sentence for this sheet's tasks and indicators only, with the chosen subject. */
  sentence: string;
}

export interface PlanLeadSummary {
  lead: string;
  byDeadline: DeadlineCounts;
}

/** The indicators of a plan sheet (no actual column): how many, whose, and which year's targets apply (SPEC §5.2). */
export interface PlanIndicators {
  total: number;
  byLead: { lead: string; total: number }[];
  /** The evaluation years of its indicators, ascending; an indicator without any target adds none. */
  years: number[];
}

/**
 * A plan sheet (tasks without a status column, or indicators without an actual column): its tasks by
 * deadline, in all and per lead unit, and its indicators per lead unit. Either part may be empty.
 */
export interface PlanSummary {
  sheet: string;
  byDeadline: DeadlineCounts;
  byLead: PlanLeadSummary[];
  indicators: PlanIndicators;
}

export interface Summary {
  tasks: TaskCounts;
  indicators: IndicatorCounts;
  sheets: SheetSummary[];
  groups: GroupSummary[];
  byLead: LeadSummary[];
  sentence: string;
  /** Only the sheets that hold plan rows (tasks or indicators), in sheet order; empty when there are none. */
  plans: PlanSummary[];
  /**
   * True when the workbook holds plan rows and not a single progress row: the counts and sentences are
   * then all zero, and the reports say why rather than leave a row of zeros unexplained.
   */
  plansOnly: boolean;
  /** SPEC §6 due-soon: progress tasks not done whose deadline falls within `dueSoonDays` after R; outside the sentence. */
  dueSoon: number;
  dueSoonDays: number;
}

export interface Analysis {
  /** Every sheet of the workbook, and whether the product wrote it (it is then not analysed). */
  workbookSheets: { name: string; own: boolean }[];
  asOf: string;
  /** SPEC §10: the report period asked for, shown beside the report date. */
  period?: ReportPeriod;
  subject: string;
  lang: Lang;
  sheets: SheetResult[];
  tasks: TaskRow[];
  indicators: IndicatorRow[];
  findings: Finding[];
  summary: Summary;
}
