/**
 * SPEC §11 period record: what the product keeps of one report so that the next one can be read
 * against it — the report date and, per progress row, its key, status, deadline, completion date,
 * category and actual value. Stored in the workbook (recordSheet.ts) and validated on reading.
 */
import { z } from 'zod';
import { INDICATOR_CATEGORIES, TASK_CATEGORIES, type Analysis } from '../analysis';
import { isoDateSchema } from '../settings/options';

/**
 * Built on first use, inside z.lazy: only reading a stored record needs it, and building zod schemas
 * is start-up time every other command would pay.
 */
export const periodRecordSchema = z.lazy(() => {
  const recordRowBase = {
    sheet: z.string(),
    /** Address of the row's name cell. */
    cell: z.string(),
    group: z.string().nullable(),
    name: z.string(),
    lead: z.string(),
  };
  const recordTaskSchema = z.object({
    ...recordRowBase,
    kind: z.literal('task'),
    code: z.string(),
    status: z.enum(['done', 'in_progress', 'not_started', 'unknown']),
    category: z.enum(TASK_CATEGORIES),
    /** ISO date, "annual[-m[-d]]", "ongoing", or null when unreadable. */
    deadline: z.string().nullable(),
    completedOn: isoDateSchema.nullable(),
  });
  const recordIndicatorSchema = z.object({
    ...recordRowBase,
    kind: z.literal('indicator'),
    category: z.enum(INDICATOR_CATEGORIES),
    evaluationYear: z.number().int().nullable(),
    actual: z.string(),
    target: z.string(),
  });
  return z.object({
    version: z.literal(1),
    asOf: isoDateSchema,
    /** SPEC §10 period key ("2026-Q1") when the report was made for one. */
    period: z.string().optional(),
    rows: z.array(z.discriminatedUnion('kind', [recordTaskSchema, recordIndicatorSchema])),
  });
});

export type PeriodRecord = z.infer<typeof periodRecordSchema>;
export type RecordTask = Extract<RecordRow, { kind: 'task' }>;
export type RecordIndicator = Extract<RecordRow, { kind: 'indicator' }>;
export type RecordRow = PeriodRecord['rows'][number];

/**
 * The record of one analysis. Plan rows are left out: they have no status or actual value, and the
 * deltas must agree with the §7 counts, which leave them out too.
 */
export function periodRecordOf(analysis: Analysis, period?: string): PeriodRecord {
  const rows: RecordRow[] = [];
  for (const t of analysis.tasks) {
    if (t.plan || t.status === null) continue;
    rows.push({
      kind: 'task', sheet: t.sheet, cell: t.cell, group: t.group, name: t.name, lead: t.lead, code: t.code,
      status: t.status, category: t.category, deadline: t.deadline, completedOn: t.completedOn,
    });
  }
  for (const i of analysis.indicators) {
    if (i.plan) continue;
    rows.push({
      kind: 'indicator', sheet: i.sheet, cell: i.cell, group: i.group, name: i.name, lead: i.lead,
      category: i.category, evaluationYear: i.evaluationYear, actual: i.actual, target: i.target,
    });
  }
  return period === undefined ? { version: 1, asOf: analysis.asOf, rows } : { version: 1, asOf: analysis.asOf, period, rows };
}

export function isPeriodRecord(value: Analysis | PeriodRecord): value is PeriodRecord {
  return 'version' in value && 'rows' in value;
}
