/**
 * SPEC §12: whose workbook this is — the stored subject setting, else a unit of the directory named
 * in the title rows, else the file name.
 */
import { readSettingsValue, STORED_SETTINGS_KEY } from '../settings/storedSettings';
import { isOwnSheet } from '../sheets/ownSheets';
import { cellText } from '../text/text';
import { unitKey } from '../values/units';
import type { WorkbookSnapshot } from '../workbook/snapshot';

/** Titles sit above the table: "UBND XÃ A", "PHỤ LỤC … CỦA PHƯỜNG B". */
const TITLE_ROWS = 10;

export function unitNameOf(file: string, snapshot: WorkbookSnapshot, units: readonly string[]): string {
  const stored = readSettingsValue(snapshot.documentSettings?.[STORED_SETTINGS_KEY]).settings.subject?.trim();
  if (stored) return stored;
  return unitInTitles(snapshot, units) ?? fileStem(file);
}

/** The longest directory entry whose words appear in a title cell (abbreviations and diacritics aside). */
function unitInTitles(snapshot: WorkbookSnapshot, units: readonly string[]): string | null {
  const entries = units.map((name) => ({ name, key: ` ${unitKey(name)} ` })).filter((e) => e.key.trim() !== '');
  if (entries.length === 0) return null;
  let best: { name: string; key: string } | null = null;
  for (const sheet of snapshot.sheets) {
    if (isOwnSheet(sheet)) continue;
    for (const row of sheet.rows.slice(0, TITLE_ROWS)) {
      for (const cell of row ?? []) {
        const text = cellText(cell);
        if (text === '') continue;
        const key = ` ${unitKey(text)} `;
        for (const e of entries) if (key.includes(e.key) && (!best || e.key.length > best.key.length)) best = e;
      }
    }
  }
  return best?.name ?? null;
}

/** "/tmp/bao-cao/Xa A.xlsx" → "Xa A" (either slash: the pane passes bare names, the CLI paths). */
export function fileStem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.(xlsx|xlsm)$/i, '') || base;
}
