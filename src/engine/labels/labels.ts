import type { DeadlineBucket, IndicatorCategory, TaskCategory } from '../analysis';
import type { FindingCode, Severity } from '../checks/findings';
import type { IndicatorField, SheetKind, TableKind, TaskField } from '../layout/fields';
import type { ChangeCode } from '../periods/changes';
import type { CanonicalStatus } from '../values/status';

export type Field = TaskField | IndicatorField;

/**
 * The catalogue of words every face shows for the engine's keys: the pane, the light pane, the
 * command line and the sheets the product writes all read them here, so they cannot disagree.
 *
 * One object per language (`vi.ts`, `en.ts`), each typed by this interface, rather than one table
 * per kind of word keyed by language: a translator reads and checks a language whole, in one file,
 * and a new key (a finding code, a category) makes the compiler name exactly those two files.
 * Counts are functions because English needs plurals and Vietnamese does not.
 */
export interface Labels {
  severity: Record<Severity, string>;
  /** "3 lỗi", "1 warning": a count of findings of one severity, as a phrase. */
  severityCount: Record<Severity, (n: number) => string>;
  findingCode: Record<FindingCode, string>;
  /** SPEC §4.2 and §5.3 category names. */
  taskCategory: Record<TaskCategory, string>;
  indicatorCategory: Record<IndicatorCategory, string>;
  /** SPEC §4.1 canonical statuses. */
  status: Record<CanonicalStatus, string>;
  /** Deadline buckets of a plan sheet; `year` is the report date's year. */
  deadlineBucket: (year: number) => Record<DeadlineBucket, string>;
  /** One word per field, for places that do not know the table's kind (a finding's message). */
  field: Record<Field, string>;
  /** The `name` field where the table's kind is known. */
  rowName: Record<TableKind, string>;
  /** "12 nhiệm vụ", "1 indicator". */
  itemCount: Record<TableKind, (n: number) => string>;
  sheetKind: Record<SheetKind, string>;
  tableKind: Record<TableKind, string>;
  /** SPEC §11 change codes. */
  changeCode: Record<ChangeCode, string>;
  /** The line that totals every sheet in scope (the workbook, or all plan sheets). */
  all: string;
  /** Heading over each section's own sentence (seed 001 writes one per source plan). */
  groupSentencesHeading: string;
  /** Heading over each lead unit's own sentence, the unit itself its subject. */
  leadSentencesHeading: string;
  /** Said under a sentence of zeros when the workbook holds plans only, so the zeros are not taken for progress. */
  plansOnlyNotice: string;
  /** SPEC §6 due-soon, counted beside the sentence: "Sắp đến hạn trong 30 ngày". */
  dueSoon: (days: number) => string;
  comparisonHeading: string;
}
