import { planIssueSheet, planSummaryWithRecord, readPeriodRecords } from '../engine';
import type { Lang } from '../engine';
import { describeExcelError, readStoredSettings } from '../excel';
import { showNotice } from './notice';
import type { NoticeKind } from './noticePage';
import { runWithSettings, type CommandPlan } from './runWithSettings';

/**
 * The ribbon's function commands (manifest.xml, <FunctionName>): Kiểm tra writes the issue list,
 * Tổng hợp the summary sheet and the period record beside it, as the pane and `phuluc summarize` do
 * (SPEC §11) — both with the settings stored in the workbook, without the pane.
 */
export const COMMANDS: Record<string, CommandPlan> = {
  checkWorkbook: (analysis) => ({ sheets: [planIssueSheet(analysis)] }),
  summarizeWorkbook: (analysis, snapshot) => {
    const { summary, record } = planSummaryWithRecord(analysis, readPeriodRecords(snapshot).records);
    return { sheets: [summary, record] };
  },
};

/**
 * What the pane says when the stored settings cannot be read (taskpane/strings.ts), for a sheet
 * the command has just written with the defaults. Vietnamese only: the language is one of the
 * settings that could not be read, so the command speaks the default language.
 */
export const SETTINGS_UNREADABLE =
  'Không đọc được thiết lập đã lưu trong sổ tính này (có thể do sửa tay hoặc phiên bản khác), nên trang tính vừa ghi dùng thiết lập mặc định (ngày báo cáo là hôm nay). Hãy mở ngăn Phụ lục, nhập lại ngày báo cáo và các thiết lập khác rồi chạy lại lệnh.';

interface Notice {
  kind: NoticeKind;
  lang: Lang;
  message: string;
}

/**
 * Runs one command and always tells Office it is done: a command that never calls
 * event.completed() keeps the button busy until Office times it out.
 * A function command has no UI of its own, so what the person must know opens in a small dialog:
 * a failure, with the explanation the pane would show in the user's language, or a sheet written
 * with default settings because the stored ones were unreadable (the pane warns of that too).
 * Either is also logged, for support and for hosts that cannot show the dialog.
 */
export async function runCommand(
  event: Office.AddinCommands.Event,
  makePlan: CommandPlan,
): Promise<void> {
  try {
    const notice = await run(makePlan);
    if (notice) await tell(notice);
  } finally {
    event.completed();
  }
}

async function run(makePlan: CommandPlan): Promise<Notice | undefined> {
  let lang: Lang = 'vi';
  try {
    const { settings, unreadable } = await readStoredSettings();
    lang = settings.lang ?? 'vi';
    await runWithSettings(makePlan, settings);
    if (!unreadable) return undefined;
    console.warn(`Phụ lục: ${SETTINGS_UNREADABLE}`);
    return { kind: 'done', lang, message: SETTINGS_UNREADABLE };
  } catch (error) {
    const message = describeExcelError(error, lang);
    console.error(`Phụ lục: ${message}`, error);
    return { kind: 'failed', lang, message };
  }
}

/** The dialog failing to open must not make the command fail: the message is in the console already. */
async function tell({ kind, lang, message }: Notice): Promise<void> {
  try {
    await showNotice(message, lang, kind, window.location.href);
  } catch (noticeError) {
    console.error('Phụ lục: the notice dialog could not be shown', noticeError);
  }
}

Office.onReady(() => {
  // Nothing to prepare: the commands read everything they need when they run.
});

for (const [name, makePlan] of Object.entries(COMMANDS)) {
  const handler = (event: Office.AddinCommands.Event) => void runCommand(event, makePlan);
  Office.actions.associate(name, handler);
}
