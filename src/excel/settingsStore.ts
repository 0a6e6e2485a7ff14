import { readSettingsValue, type Settings, settingsSchema, type StoredSettings } from '../engine';

/**
 * Settings travel with the workbook in Office.context.document.settings (Office Common API, so it
 * also works on Excel 2016), as one JSON string under one key.
 */
export const SETTINGS_KEY = 'phuluc.settings';

/**
 * Never throws: see readSettingsValue; a host that cannot give the value reads as none stored.
 * Office gives each runtime (the pane, the ribbon commands) its own copy of the settings, taken
 * when it started: the copy is refreshed from the document first, so a command never works with
 * settings older than what the pane saved last. Where refreshing fails, the copy is all there is.
 */
export async function readStoredSettings(): Promise<StoredSettings> {
  let raw: unknown;
  try {
    const store = Office.context.document.settings;
    await refreshed(store);
    raw = store.get(SETTINGS_KEY);
  } catch {
    raw = undefined;
  }
  return readSettingsValue(raw);
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

function refreshed(store: Office.Settings): Promise<void> {
  return new Promise((resolve) => {
    if (typeof store.refreshAsync !== 'function') {
      resolve();
      return;
    }
    store.refreshAsync(() => resolve());
  });
}
