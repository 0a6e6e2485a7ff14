import { z } from 'zod';
import { analyzeOptionsSchema, dueSoonDaysSchema, isoDateSchema, langSchema, sheetOverrideSchema, type AnalyzeOptionsInput } from './options';

/**
 * What the add-in stores with the workbook. Read back through this schema (readSettingsValue in
 * storedSettings.ts): a workbook may have been edited by hand or by an older version, and bad
 * settings must never break a check. Built on first use (z.lazy): the CLI never reads stored
 * settings, and building zod schemas is start-up time.
 */
export const settingsSchema = z.lazy(() => z.object({
  asOf: isoDateSchema.optional(),
  year: z.number().int().min(1900).max(2200).optional(),
  subject: z.string().min(1).optional(),
  units: z.array(z.string()).optional(),
  lang: langSchema.optional(),
  overrides: z.array(sheetOverrideSchema).optional(),
  /** SPEC §6 due-soon window in days (default 30). */
  dueSoonDays: dueSoonDaysSchema.optional(),
  /** SPEC §10: the report period chosen beside the date ("2026-Q1"); asOf is then its last day. */
  period: analyzeOptionsSchema.shape.period,
}));
export type Settings = z.infer<typeof settingsSchema>;

/** Today in the local time zone, as yyyy-mm-dd: the report date when none is stored. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** What the engine is asked for in Excel: the stored settings with their defaults. */
export function optionsFromSettings(settings: Settings, today: string = todayIso()): AnalyzeOptionsInput {
  const options: AnalyzeOptionsInput = {
    asOf: settings.asOf ?? today,
    lang: settings.lang ?? 'vi',
    overrides: settings.overrides ?? [],
  };
  if (settings.year !== undefined) options.year = settings.year;
  if (settings.subject !== undefined) options.subject = settings.subject;
  if (settings.units !== undefined) options.units = settings.units;
  if (settings.dueSoonDays !== undefined) options.dueSoonDays = settings.dueSoonDays;
  if (settings.period !== undefined) options.period = settings.period;
  return options;
}
