import { planIssueSheet, planSummarySheet } from '../engine';
import type { Analysis, Lang, WritePlan } from '../engine';
import { describeExcelError, loadSettings } from '../excel';
import { showNotice } from './notice';
import { runWithSettings } from './runWithSettings';

/**
 * The ribbon's function commands (manifest.xml, <FunctionName>): Kiểm tra writes the issue list,
 * Tổng hợp the summary sheet — both with the settings stored in the workbook, without the pane.
 */
export const COMMANDS: Record<string, (analysis: Analysis) => WritePlan> = {
  checkWorkbook: (analysis) => ({ sheets: [planIssueSheet(analysis)] }),
  summarizeWorkbook: (analysis) => ({ sheets: [planSummarySheet(analysis)] }),
};

/**
 * Runs one command and always tells Office it is done: a command that never calls
 * event.completed() keeps the button busy until Office times it out.
 * A function command has no UI of its own, so a failure opens a small dialog with the explanation
 * the pane would show, in the user's language (and logs it with the error for support).
 */
export async function runCommand(
  event: Office.AddinCommands.Event,
  makePlan: (analysis: Analysis) => WritePlan,
): Promise<void> {
  let lang: Lang = 'vi';
  try {
    const settings = await loadSettings();
    lang = settings.lang ?? 'vi';
    await runWithSettings(makePlan, settings);
  } catch (error) {
    const message = describeExcelError(error, lang);
    console.error(`Phụ lục: ${message}`, error);
    try {
      await showNotice(message, lang, window.location.href);
    } catch (noticeError) {
      console.error('Phụ lục: the notice dialog could not be shown', noticeError);
    }
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  // Nothing to prepare: the commands read everything they need when they run.
});

for (const [name, makePlan] of Object.entries(COMMANDS)) {
  const handler = (event: Office.AddinCommands.Event) => void runCommand(event, makePlan);
  Office.actions.associate(name, handler);
}
