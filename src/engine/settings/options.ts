import { z } from 'zod';
import type { SheetKind } from '../layout/fields';
import { parsePeriod } from '../periods/reportPeriod';

/** How the user corrected detection for one sheet (stored with the workbook, SPEC §2). */
export const sheetOverrideSchema = z.object({
  sheet: z.string().min(1),
  /** "none" marks the sheet as not an appendix. */
  kind: z.enum(['tasks', 'indicators', 'none']).optional(),
  /** 1-based Excel rows of the header. */
  headerRows: z.array(z.number().int().positive()).min(1).optional(),
  /** field → column letter, e.g. { "deadline": "D" }. */
  columns: z.record(z.string(), z.string().regex(/^[A-Z]{1,3}$/)).optional(),
  /**
   * The one table of the sheet this override corrects; absent in overrides stored before tables
   * could be told apart, which correct the sheet's first table. `signature` is the folded text of
   * the header row the table was detected at (1-based `row`): it finds the table again after rows
   * are inserted above it, and every stored row moves by as much.
   */
  table: z
    .object({ ordinal: z.number().int().nonnegative(), signature: z.string(), row: z.number().int().positive() })
    .optional(),
});
export type SheetOverride = z.infer<typeof sheetOverrideSchema>;

export const langSchema = z.enum(['vi', 'en']);
export type Lang = z.infer<typeof langSchema>;

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a calendar date');

export const DEFAULT_DUE_SOON_DAYS = 30;
export const dueSoonDaysSchema = z.number().int().min(0).max(366);

/** Everything the engine needs besides the workbook. Validated wherever it crosses a boundary. */
export const analyzeOptionsSchema = z.object({
  /** Report date R (SPEC §4.2), ISO yyyy-mm-dd. */
  asOf: isoDateSchema,
  /** Evaluation year for per-year indicator targets, when the user picks one (SPEC §5.2). */
  year: z.number().int().min(1900).max(2200).optional(),
  subject: z.string().min(1).default('Đơn vị'),
  /** Unit directory: known lead unit names. */
  units: z.array(z.string()).optional(),
  lang: langSchema.default('vi'),
  overrides: z.array(sheetOverrideSchema).default([]),
  /** SPEC §6 due-soon: a task not done whose deadline falls within this many days after R. */
  dueSoonDays: dueSoonDaysSchema.default(DEFAULT_DUE_SOON_DAYS),
  /** SPEC §10 report period ("2026-Q1"), shown wherever the report date is; asOf is then normally its last day. */
  period: z.string().refine((s) => parsePeriod(s) !== null, 'not a report period').optional(),
});
export type AnalyzeOptionsInput = z.input<typeof analyzeOptionsSchema>;
export type AnalyzeOptions = z.output<typeof analyzeOptionsSchema>;

export type { SheetKind };
