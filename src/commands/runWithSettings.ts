import { analyze } from '../engine';
import type { Analysis, AnalyzeOptionsInput, Settings, WritePlan } from '../engine';
import { applyWritePlan, loadSettings, readWorkbookSnapshot } from '../excel';

/**
 * "Run a check with the settings stored in the workbook" — shared by the ribbon commands and the
 * task pane. No React and no DOM here, so the commands bundle stays small.
 */

/** Today in the local time zone, as yyyy-mm-dd: the report date when none is stored. */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** What the engine is asked for: the stored settings with their defaults. */
export function analyzeOptions(settings: Settings, today: string = todayIso()): AnalyzeOptionsInput {
  const options: AnalyzeOptionsInput = {
    asOf: settings.asOf ?? today,
    lang: settings.lang ?? 'vi',
    overrides: settings.overrides ?? [],
  };
  if (settings.year !== undefined) options.year = settings.year;
  if (settings.subject !== undefined) options.subject = settings.subject;
  if (settings.units !== undefined) options.units = settings.units;
  return options;
}

export interface CheckRun {
  settings: Settings;
  analysis: Analysis;
  plan: WritePlan;
}

/**
 * Reads the workbook and its stored settings, analyses it and writes what `makePlan` plans from
 * the analysis. Nothing is written unless reading, analysing and planning all succeeded, and
 * applyWritePlan itself never leaves a half-written sheet: a failure leaves the workbook as it was.
 */
export async function runWithSettings(
  makePlan: (analysis: Analysis) => WritePlan,
  settings?: Settings,
): Promise<CheckRun> {
  const stored = settings ?? (await loadSettings());
  const snapshot = await readWorkbookSnapshot();
  const analysis = analyze(snapshot, analyzeOptions(stored));
  const plan = makePlan(analysis);
  await applyWritePlan(plan);
  return { settings: stored, analysis, plan };
}
