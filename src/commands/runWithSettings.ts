import { analyze, optionsFromSettings } from '../engine';
import type { Analysis, Settings, WritePlan } from '../engine';
import { applyWritePlan, loadSettings, readWorkbookSnapshot } from '../excel';

/**
 * "Run a check with the settings stored in the workbook" — shared by the ribbon commands and the
 * task pane. No React and no DOM here, so the commands bundle stays small.
 */

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
  const analysis = analyze(snapshot, optionsFromSettings(stored));
  const plan = makePlan(analysis);
  await applyWritePlan(plan);
  return { settings: stored, analysis, plan };
}
