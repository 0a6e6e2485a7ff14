import { analyze, optionsFromSettings } from '../engine';
import type { Analysis, Settings, WorkbookSnapshot, WritePlan } from '../engine';
import { applyWritePlan, readWorkbookSnapshot } from '../excel';

/**
 * What a ribbon command does with the settings stored in the workbook, which its caller has read
 * already (it needs their language to explain a failure): analyses the workbook and writes what
 * `makePlan` plans from the analysis. Nothing is written unless reading, analysing and planning
 * all succeeded, and applyWritePlan itself never leaves a half-written sheet: a failure leaves the
 * workbook as it was.
 */
/** A command's plan, from the analysis and the snapshot it was made from (the period records are in it). */
export type CommandPlan = (analysis: Analysis, snapshot: WorkbookSnapshot) => WritePlan;

export async function runWithSettings(makePlan: CommandPlan, settings: Settings): Promise<void> {
  const snapshot = await readWorkbookSnapshot();
  const analysis = analyze(snapshot, optionsFromSettings(settings));
  await applyWritePlan(makePlan(analysis, snapshot));
}
