import { settingsSchema, type Settings } from './settings';

export interface StoredSettings {
  settings: Settings;
  /** Something was stored but could not be read (hand-edited, another version): defaults are in
   * use, and the user should know why their report date or columns are gone. */
  unreadable: boolean;
}

/**
 * The settings a workbook holds, from the value stored under the add-in's key: a JSON string, or
 * an object from an older version. Never throws: a missing value reads as no settings, an
 * unreadable one as no settings, flagged.
 */
export function readSettingsValue(raw: unknown): StoredSettings {
  if (raw === null || raw === undefined) return { settings: {}, unreadable: false };
  const parsed = settingsSchema.safeParse(typeof raw === 'string' ? parseJson(raw) : raw);
  return parsed.success ? { settings: parsed.data, unreadable: false } : { settings: {}, unreadable: true };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The key the add-in stores its settings under (Office document settings; a snapshot's documentSettings). */
export const STORED_SETTINGS_KEY = 'phuluc.settings';
