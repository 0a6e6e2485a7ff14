import { settingsSchema, type Settings } from '../engine';

/**
 * Settings travel with the workbook in Office.context.document.settings (Office Common API, so it
 * also works on Excel 2016), as one JSON string under one key.
 */
export const SETTINGS_KEY = 'phuluc.settings';

export interface StoredSettings {
  settings: Settings;
  /** Something was stored but could not be read (hand-edited, another version): defaults are in
   * use, and the user should know why their report date or columns are gone. */
  unreadable: boolean;
}

/** Never throws: a missing value reads as no settings, an unreadable one as no settings, flagged. */
export async function readStoredSettings(): Promise<StoredSettings> {
  let raw: unknown;
  try {
    raw = Office.context.document.settings.get(SETTINGS_KEY);
  } catch {
    return { settings: {}, unreadable: false };
  }
  if (raw === null || raw === undefined) return { settings: {}, unreadable: false };
  const parsed = settingsSchema.safeParse(typeof raw === 'string' ? parseJson(raw) : raw);
  return parsed.success ? { settings: parsed.data, unreadable: false } : { settings: {}, unreadable: true };
}

/** The stored settings, or none when they are missing or unreadable. */
export async function loadSettings(): Promise<Settings> {
  return (await readStoredSettings()).settings;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Validates (a bad value must never reach the workbook), stores and saves the settings. */
export async function saveSettings(settings: Settings): Promise<void> {
  const valid = settingsSchema.parse(settings);
  const store = Office.context.document.settings;
  store.set(SETTINGS_KEY, JSON.stringify(valid));
  await new Promise<void>((resolve, reject) => {
    store.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Failed) reject(result.error);
      else resolve();
    });
  });
}
