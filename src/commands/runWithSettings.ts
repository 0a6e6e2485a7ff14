import { analyze, optionsFromSettings } from '../engine';
import type { Analysis, Settings, WritePlan } from '../engine';
import { applyWritePlan, readWorkbookSnapshot } from '../excel';

/**
 * What a ribbon command does with the settings stored in the workbook, which its caller has read
 * already (it needs their language to explain a failure): analyses the workbook and writes what
 * `makePlan` plans from the analysis. Nothing is written unless reading, analysing and planning
 * all succeeded, and applyWritePlan itself never leaves a half-written sheet: a failure leaves the
 * workbook as it was.
 */
export async function runWithSettings(makePlan: (analysis: Analysis) => WritePlan, settings: Settings): Promise<void> {
  const snapshot = await readWorkbookSnapshot();
  const analysis = analyze(snapshot, optionsFromSettings(settings));
  await applyWritePlan(makePlan(analysis));
}
