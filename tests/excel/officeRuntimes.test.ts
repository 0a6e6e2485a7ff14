/**
 * @jest-environment jsdom
 *
 * The ribbon commands and the pane as Office runs them, on the strict fake host: each runtime has
 * its own copy of the settings (taken when it starts), and a function command must call
 * event.completed() without waiting for the person, who may leave its dialog open.
 */
import { installFakeExcel, type InstalledFakeExcel } from '../fake-excel';
import { readStoredSettings, saveSettings } from '../../src/excel';

let fake: InstalledFakeExcel;

beforeEach(() => {
  fake = installFakeExcel({ excelApi: '1.1' });
  fake.addSheet('Nhiệm vụ').setCell('A1', { value: 'TT' }).setCell('B1', { value: 'Nội dung nhiệm vụ' });
});
afterEach(() => fake.uninstall());

/** Lets pending promises and zero-delay timers run; never waits on the clock. */
async function settle(rounds = 30): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

test('a command reads what the pane saved after the command runtime started, not its stale copy', async () => {
  const pane = fake.officeNamespace;
  const commands = fake.startRuntime();
  (globalThis as { Office?: unknown }).Office = pane;
  await saveSettings({ asOf: '2025-06-30', lang: 'en' });
  (globalThis as { Office?: unknown }).Office = commands;
  const { settings } = await readStoredSettings();
  expect(settings).toEqual({ asOf: '2025-06-30', lang: 'en' });
});

describe('the ribbon command and its dialog, end to end', () => {
  beforeEach(() => {
    jest.isolateModules(() => require('../../src/commands/commands'));
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => jest.restoreAllMocks());

  test('a failing command opens the dialog and completes while the person leaves it open', async () => {
    fake.failWhen(({ member }) => member === 'WorksheetCollection.add', 'AccessDenied', 'Access denied.');
    const run = fake.ui.runCommand('checkWorkbook');
    await settle();
    const dialog = fake.ui.openDialog;
    expect(dialog?.url).toMatch(/\/notice\.html\?lang=vi&kind=failed&message=/);
    expect(run.isCompleted()).toBe(true);
    expect(fake.hasSheet('Kiểm tra')).toBe(false);
    // The page's Đóng button: the command's handler closes it.
    dialog?.sendMessage('close');
    expect(fake.ui.openDialog).toBeUndefined();
  });

  test('a command that succeeds writes its sheet, opens no dialog and completes', async () => {
    const run = fake.ui.runCommand('summarizeWorkbook');
    await settle();
    expect(run.isCompleted()).toBe(true);
    expect(fake.hasSheet('Tổng hợp')).toBe(true);
    expect(fake.ui.dialogs).toEqual([]);
  });
});
