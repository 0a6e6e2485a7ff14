import { z } from 'zod';
import { columnLetter } from '../workbook/address';
import type { Analysis, TableBlock } from '../analysis';

const taskCounts = z.object({
  total: z.number().int(), done_on_time: z.number().int(), done_late: z.number().int(),
  in_progress: z.number().int(), overdue: z.number().int(), not_started: z.number().int(), unknown: z.number().int(),
});
const indicatorCounts = z.object({
  total: z.number().int(), done: z.number().int(), in_progress: z.number().int(),
  overdue: z.number().int(), not_started: z.number().int(), unknown: z.number().int(),
});
const deadlineCounts = z.object({
  total: z.number().int(), already_due: z.number().int(), due_this_year: z.number().int(),
  due_later: z.number().int(), ongoing: z.number().int(), no_deadline: z.number().int(),
});

/** The machine-readable report (SPEC §8). Field names are stable: add, never rename. */
export const reportSchema = z.object({
  file: z.string(),
  asOf: z.string(),
  sheets: z.array(z.object({
    name: z.string(), kind: z.enum(['tasks', 'indicators', 'none']),
    headerRows: z.array(z.number().int()), columns: z.record(z.string(), z.string()), rows: z.number().int(),
    /** Each table of the sheet; a sheet may hold several with different columns (seed 004). */
    blocks: z.array(z.object({
      kind: z.enum(['tasks', 'indicators']), headerRows: z.array(z.number().int()),
      columns: z.record(z.string(), z.string()), firstRow: z.number().int(), lastRow: z.number().int(),
    })),
    overridden: z.boolean(),
  })),
  /** Indicators of tables with a result column per year (SPEC §2.2 turn 2): each year's result as shown. */
  indicators: z.array(z.object({
    sheet: z.string(), row: z.number().int(), name: z.string(), evaluationYear: z.number().int().nullable(),
    results: z.record(z.string(), z.string()),
  })).optional(),
  issues: z.array(z.object({
    sheet: z.string(), cell: z.string(), field: z.string().nullable(), code: z.string(),
    severity: z.enum(['error', 'warning', 'info']), value: z.string(), message: z.string(), hint: z.string(),
  })),
  summary: z.object({
    tasks: taskCounts,
    indicators: indicatorCounts,
    groups: z.array(z.object({
      sheet: z.string(), group: z.string(), tasks: taskCounts, indicators: indicatorCounts, sentence: z.string(),
    })),
    /** Each lead unit's sentence has the unit's name as its subject. */
    byLead: z.array(z.object({ lead: z.string(), tasks: taskCounts, indicators: indicatorCounts, sentence: z.string() })),
    sheets: z.array(z.object({ sheet: z.string(), tasks: taskCounts, indicators: indicatorCounts, sentence: z.string() })),
    sentence: z.string(),
    /**
     * Plan sheets, left out of every count above: tasks without a status column by deadline against
     * asOf (before it, by 31/12 of its year, later, ongoing, unknown); indicators without an actual
     * column per lead unit, with the years of the targets they are evaluated against.
     */
    plans: z.array(z.object({
      sheet: z.string(), byDeadline: deadlineCounts,
      byLead: z.array(z.object({ lead: z.string(), byDeadline: deadlineCounts })),
      indicators: z.object({
        total: z.number().int(),
        byLead: z.array(z.object({ lead: z.string(), total: z.number().int() })),
        years: z.array(z.number().int()),
      }),
    })),
    /** Plan rows only, no progress rows: every count and sentence above is zero. */
    plansOnly: z.boolean(),
    /** SPEC §6 due-soon: tasks not done due within `due_soon_days` after asOf; not part of the sentence. */
    due_soon: z.number().int(),
    due_soon_days: z.number().int(),
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
