import { z } from 'zod';
import { columnLetter } from '../workbook/address';
import type { Analysis, TableBlock } from '../analysis';

// One instance of each repeated schema, shared: a zod schema is immutable, and building ~100
// instances was ~10 ms of every command's start (each classic instance binds some forty methods).
const text = z.string();
const count = z.number().int();
const counts = z.array(count);
const textRecord = z.record(text, text);

const taskCounts = z.object({
  total: count, done_on_time: count, done_late: count,
  in_progress: count, overdue: count, not_started: count, unknown: count,
});
const indicatorCounts = z.object({
  total: count, done: count, in_progress: count,
  overdue: count, not_started: count, unknown: count,
});
const deadlineCounts = z.object({
  total: count, already_due: count, due_this_year: count,
  due_later: count, ongoing: count, no_deadline: count,
});

/** The machine-readable report (SPEC §8). Field names are stable: add, never rename. */
export const reportSchema = z.object({
  file: text,
  asOf: text,
  sheets: z.array(z.object({
    name: text, kind: z.enum(['tasks', 'indicators', 'none']),
    headerRows: counts, columns: textRecord, rows: count,
    /** Each table of the sheet; a sheet may hold several with different columns (seed 004). */
    blocks: z.array(z.object({
      kind: z.enum(['tasks', 'indicators']), headerRows: counts,
      columns: textRecord, firstRow: count, lastRow: count,
    })),
    overridden: z.boolean(),
  })),
  /** Indicators of tables with a result column per year (SPEC §2.2 turn 2): each year's result as shown. */
  indicators: z.array(z.object({
    sheet: text, row: count, name: text, evaluationYear: count.nullable(),
    results: textRecord,
  })).optional(),
  issues: z.array(z.object({
    sheet: text, cell: text, field: text.nullable(), code: text,
    severity: z.enum(['error', 'warning', 'info']), value: text, message: text, hint: text,
  })),
  summary: z.object({
    tasks: taskCounts,
    indicators: indicatorCounts,
    groups: z.array(z.object({
      sheet: text, group: text, tasks: taskCounts, indicators: indicatorCounts, sentence: text,
    })),
    /** Each lead unit's sentence has the unit's name as its subject. */
    byLead: z.array(z.object({ lead: text, tasks: taskCounts, indicators: indicatorCounts, sentence: text })),
    sheets: z.array(z.object({ sheet: text, tasks: taskCounts, indicators: indicatorCounts, sentence: text })),
    sentence: text,
    /**
     * Plan sheets, left out of every count above: tasks without a status column by deadline against
     * asOf (before it, by 31/12 of its year, later, ongoing, unknown); indicators without an actual
     * column per lead unit, with the years of the targets they are evaluated against.
     */
    plans: z.array(z.object({
      sheet: text, byDeadline: deadlineCounts,
      byLead: z.array(z.object({ lead: text, byDeadline: deadlineCounts })),
      indicators: z.object({
        total: count,
        byLead: z.array(z.object({ lead: text, total: count })),
        years: counts,
      }),
    })),
    /** Plan rows only, no progress rows: every count and sentence above is zero. */
    plansOnly: z.boolean(),
    /** SPEC §6 due-soon: tasks not done due within `due_soon_days` after asOf; not part of the sentence. */
    due_soon: count,
    due_soon_days: count,
  }),
});
export type Report = z.infer<typeof reportSchema>;

/** The SPEC §8 document for one analysed file. Excel addresses are 1-based letters, as users see them. */
export function toReport(analysis: Analysis, file: string): Report {
  const { summary } = analysis;
  return {
    file,
    asOf: analysis.asOf,
    sheets: analysis.sheets.map(({ structure, rows }) => {
      const blocks = structure.blocks.map((b) => ({
        kind: b.kind,
        headerRows: b.headerRows,
        columns: columnLetters(b),
        firstRow: b.firstRow + 1,
        lastRow: b.lastRow + 1,
      }));
      return {
        name: structure.name,
        kind: structure.kind,
        headerRows: structure.blocks.flatMap((b) => b.headerRows),
        columns: blocks[0]?.columns ?? {},
        rows,
        blocks,
        overridden: structure.overridden,
      };
    }),
    ...yearResults(analysis),
    issues: analysis.findings.map(({ sheet, cell, field, code, severity, value, message, hint }) => ({
      sheet, cell, field, code, severity, value, message, hint,
    })),
    summary: {
      tasks: summary.tasks,
      indicators: summary.indicators,
      groups: summary.groups,
      byLead: summary.byLead,
      sheets: summary.sheets,
      sentence: summary.sentence,
      plans: summary.plans,
      plansOnly: summary.plansOnly,
      due_soon: summary.dueSoon,
      due_soon_days: summary.dueSoonDays,
    },
  };
}

function yearResults(analysis: Analysis): Pick<Report, 'indicators'> {
  const rows = analysis.indicators.filter((i) => i.results !== undefined);
  if (rows.length === 0) return {};
  return {
    indicators: rows.map((i) => ({
      sheet: i.sheet, row: i.row + 1, name: i.name, evaluationYear: i.evaluationYear, results: i.results ?? {},
    })),
  };
}

/** field → column letter; per-year targets as "target[2030]", per-year results as "result[2025]". */
function columnLetters(block: TableBlock): Record<string, string> {
  const letters: Record<string, string> = {};
  for (const [field, col] of Object.entries(block.columns)) letters[field] = columnLetter(col);
  for (const [year, col] of Object.entries(block.targetYears)) letters[`target[${year}]`] = columnLetter(col);
  for (const [year, col] of Object.entries(block.resultYears ?? {})) letters[`result[${year}]`] = columnLetter(col);
  return letters;
}
