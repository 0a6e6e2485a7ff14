import { z } from 'zod';
import type { Analysis } from './analysis';

const taskCounts = z.object({
  total: z.number().int(), done_on_time: z.number().int(), done_late: z.number().int(),
  in_progress: z.number().int(), overdue: z.number().int(), not_started: z.number().int(), unknown: z.number().int(),
});
const indicatorCounts = z.object({
  total: z.number().int(), done: z.number().int(), in_progress: z.number().int(),
  overdue: z.number().int(), not_started: z.number().int(), unknown: z.number().int(),
});

/** The machine-readable report (SPEC §8). Field names are stable: add, never rename. */
export const reportSchema = z.object({
  file: z.string(),
  asOf: z.string(),
  sheets: z.array(z.object({
    name: z.string(), kind: z.enum(['tasks', 'indicators', 'none']),
    headerRows: z.array(z.number().int()), columns: z.record(z.string(), z.string()), rows: z.number().int(),
  })),
  issues: z.array(z.object({
    sheet: z.string(), cell: z.string(), field: z.string().nullable(), code: z.string(),
    severity: z.enum(['error', 'warning', 'info']), value: z.string(), message: z.string(), hint: z.string(),
  })),
  summary: z.object({
    tasks: taskCounts,
    indicators: indicatorCounts,
    groups: z.array(z.object({ sheet: z.string(), group: z.string(), tasks: taskCounts, indicators: indicatorCounts })),
    byLead: z.array(z.object({ lead: z.string(), tasks: taskCounts, indicators: indicatorCounts })),
    sentence: z.string(),
  }),
});
export type Report = z.infer<typeof reportSchema>;

export function toReport(analysis: Analysis, file: string): Report {
  void analysis;
  void file;
  throw new Error('toReport: being written');
}
