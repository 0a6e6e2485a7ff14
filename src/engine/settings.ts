import { z } from 'zod';
import { isoDateSchema, langSchema, sheetOverrideSchema } from './options';

/**
 * What the add-in stores with the workbook. Read back through this schema: a workbook may have
 * been edited by hand or by an older version, and bad settings must never break a check.
 */
export const settingsSchema = z.object({
  asOf: isoDateSchema.optional(),
  year: z.number().int().min(1900).max(2200).optional(),
  subject: z.string().min(1).optional(),
  units: z.array(z.string()).optional(),
  lang: langSchema.optional(),
  overrides: z.array(sheetOverrideSchema).optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** Parses stored settings; anything unreadable falls back to no settings rather than failing. */
export function parseSettings(raw: unknown): Settings {
  const parsed = settingsSchema.safeParse(typeof raw === 'string' ? safeJson(raw) : raw);
  return parsed.success ? parsed.data : {};
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
