/**
 * @jest-environment jsdom
 *
 * The ribbon's function commands: Kiểm tra / Tổng hợp run the engine with the stored settings,
 * write one sheet, and always call event.completed() — also when something fails, in which case
 * nothing is written and a dialog (notice.html) says why, or when the stored settings were
 * unreadable, in which case the dialog says the sheet was written with the defaults. jsdom: the
 * commands and the dialog page are browser code (window.location, document).
 */
import type { Analysis, WorkbookSnapshot, WritePlan } from '../src/engine';

jest.mock('../src/excel', () => ({
  readStoredSettings: jest.fn(),
  readWorkbookSnapshot: jest.fn(),
  applyWritePlan: jest.fn(),
  describeExcelError: jest.fn((_error: unknown, lang: string) => `explained in ${lang}`),
}));
jest.mock('../src/engine', () => ({
  ...jest.requireActual('../src/engine'),
  analyze: jest.fn(),
  planIssueSheet: jest.fn(() => ({ name: 'Kiểm tra' })),
  planSummaryWithRecord: jest.fn(() => ({ summary: { name: 'Tổng hợp' }, record: { name: 'PhuLuc_KyBaoCao' }, records: [] })),
}));

import * as engine from '../src/engine';
import * as excel from '../src/excel';

type Handler = (event: Office.AddinCommands.Event) => void;
type DialogCallback = (result: { status: string; value?: unknown; error?: { code: number } }) => void;
const handlers = new Map<string, Handler>();
const onReady = jest.fn((callback?: () => void) => {
  callback?.();
  return Promise.resolve({});
});
const ui = {
  displayDialogAsync: jest.fn<void, [string, object, DialogCallback]>(),
  messageParent: jest.fn(),
};
const isSetSupported = jest.fn((_name: string, _version: string) => true);
(globalThis as unknown as { Office: unknown }).Office = {
  onReady,
  actions: { associate: (name: string, handler: Handler) => handlers.set(name, handler) },
  context: { ui, requirements: { isSetSupported } },
  EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
  AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
};
const { runCommand, COMMANDS, SETTINGS_UNREADABLE } = require('../src/commands/commands') as typeof import('../src/commands/commands');
const { noticeUrl, MAX_NOTICE_URL } = require('../src/commands/notice') as typeof import('../src/commands/notice');
const onReadyCallsAtLoad = onReady.mock.calls.length;
const { readNotice, renderNotice, NOTICE_TEXT } = require('../src/commands/noticePage') as typeof import('../src/commands/noticePage');

const snapshot = { sheets: [] } as unknown as WorkbookSnapshot;
const analysis = { findings: [] } as unknown as Analysis;

function fakeEvent() {
  let done: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const completed = jest.fn(() => done());
  return { event: { completed } as unknown as Office.AddinCommands.Event, completed, finished };
}

/** Office opens the dialog; the test decides when and how the person closes it. */
function openingDialog() {
  const events = new Map<string, (arg: unknown) => void>();
  const dialog = { close: jest.fn(), addEventHandler: jest.fn((type: string, h: (arg: unknown) => void) => events.set(type, h)) };
  let opened: (url: string) => void = () => undefined;
  const url = new Promise<string>((resolve) => (opened = resolve));
  ui.displayDialogAsync.mockImplementationOnce((address, _options, callback) => {
    callback({ status: 'succeeded', value: dialog });
    opened(address);
  });
  return { dialog, events, url };
}

function failingAnalysis() {
  jest.mocked(engine.analyze).mockImplementation(() => {
    throw new Error('boom');
  });
}

beforeEach(() => {
  jest.clearAllMocks();
  jest.mocked(excel.readStoredSettings).mockResolvedValue({
    settings: { asOf: '2025-12-11', subject: 'UBND đặc khu', lang: 'en' },
    unreadable: false,
  });
  jest.mocked(excel.readWorkbookSnapshot).mockResolvedValue(snapshot);
  jest.mocked(excel.applyWritePlan).mockImplementation(async (source) => source as WritePlan);
  jest.mocked(engine.analyze).mockReturnValue(analysis);
  // Unless a test opens one: Office refuses the dialog (12007: another dialog is open).
  ui.displayDialogAsync.mockImplementation((_url, _options, callback) => callback({ status: 'failed', error: { code: 12007 } }));
  isSetSupported.mockReturnValue(true);
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => jest.restoreAllMocks());

test('registers both ribbon functions and waits for Office', () => {
  expect([...handlers.keys()].sort()).toEqual(['checkWorkbook', 'summarizeWorkbook']);
  expect(Object.keys(COMMANDS).sort()).toEqual(['checkWorkbook', 'summarizeWorkbook']);
  expect(onReadyCallsAtLoad).toBe(1);
});

test('Kiểm tra analyses with the stored settings and writes the issue sheet, without a dialog', async () => {
  const { event, completed, finished } = fakeEvent();
  handlers.get('checkWorkbook')?.(event);
  await finished;
  expect(engine.analyze).toHaveBeenCalledWith(snapshot, {
    asOf: '2025-12-11',
    subject: 'UBND đặc khu',
    lang: 'en',
    overrides: [],
  });
  expect(engine.planIssueSheet).toHaveBeenCalledWith(analysis);
  expect(excel.applyWritePlan).toHaveBeenCalledWith({ sheets: [{ name: 'Kiểm tra' }] });
  expect(completed).toHaveBeenCalledTimes(1);
  expect(ui.displayDialogAsync).not.toHaveBeenCalled();
  expect(console.error).not.toHaveBeenCalled();
  expect(console.warn).not.toHaveBeenCalled();
});

test('Tổng hợp writes the summary sheet and the period record beside it, as the pane and phuluc summarize do', async () => {
  const { event, completed, finished } = fakeEvent();
  handlers.get('summarizeWorkbook')?.(event);
  await finished;
  expect(engine.planSummaryWithRecord).toHaveBeenCalledWith(analysis, []);
  expect(excel.applyWritePlan).toHaveBeenCalledWith({ sheets: [{ name: 'Tổng hợp' }, { name: 'PhuLuc_KyBaoCao' }] });
  expect(completed).toHaveBeenCalledTimes(1);
});

test('without a stored report date, today is used', async () => {
  jest.mocked(excel.readStoredSettings).mockResolvedValue({ settings: {}, unreadable: false });
  const { event, finished } = fakeEvent();
  handlers.get('checkWorkbook')?.(event);
  await finished;
  expect(engine.analyze).toHaveBeenCalledWith(snapshot, { asOf: engine.todayIso(), lang: 'vi', overrides: [] });
  expect(ui.displayDialogAsync).not.toHaveBeenCalled();
});

test('with unreadable stored settings, the sheet is written with the defaults, a dialog says so and the command completes without waiting for the person', async () => {
  jest.mocked(excel.readStoredSettings).mockResolvedValue({ settings: {}, unreadable: true });
  const { dialog, events, url } = openingDialog();
  const { event, completed } = fakeEvent();
  const running = runCommand(event, COMMANDS.summarizeWorkbook);
  const address = new URL(await url);
  expect(engine.analyze).toHaveBeenCalledWith(snapshot, { asOf: engine.todayIso(), lang: 'vi', overrides: [] });
  expect(excel.applyWritePlan).toHaveBeenCalledWith({ sheets: [{ name: 'Tổng hợp' }, { name: 'PhuLuc_KyBaoCao' }] });
  expect(address.pathname).toBe('/notice.html');
  expect(readNotice(address.search)).toEqual({ lang: 'vi', kind: 'done', message: SETTINGS_UNREADABLE });
  expect(SETTINGS_UNREADABLE).toMatch(/^Không đọc được thiết lập đã lưu .*thiết lập mặc định.*Hãy mở ngăn Phụ lục/);
  expect(console.warn).toHaveBeenCalledWith(`Phụ lục: ${SETTINGS_UNREADABLE}`);
  expect(console.error).not.toHaveBeenCalled();
  await running;
  expect(completed).toHaveBeenCalledTimes(1);
  expect(dialog.close).not.toHaveBeenCalled();
  events.get('dialogMessageReceived')?.({ message: 'close' });
  expect(dialog.close).toHaveBeenCalledTimes(1);
});

test('with unreadable stored settings and a failure, the dialog explains the failure', async () => {
  jest.mocked(excel.readStoredSettings).mockResolvedValue({ settings: {}, unreadable: true });
  failingAnalysis();
  const { events, url } = openingDialog();
  const { event, completed } = fakeEvent();
  const running = runCommand(event, COMMANDS.checkWorkbook);
  expect(readNotice(new URL(await url).search)).toEqual({ lang: 'vi', kind: 'failed', message: 'explained in vi' });
  expect(excel.applyWritePlan).not.toHaveBeenCalled();
  expect(ui.displayDialogAsync).toHaveBeenCalledTimes(1);
  await running;
  expect(completed).toHaveBeenCalledTimes(1);
  expect(events.has('dialogMessageReceived')).toBe(true);
});

test('a failure writes nothing, shows the explanation in a dialog, and completes once the dialog is open (Office times out a command that waits)', async () => {
  failingAnalysis();
  const { events, url } = openingDialog();
  const { event, completed } = fakeEvent();
  const running = runCommand(event, COMMANDS.checkWorkbook);
  const address = new URL(await url);
  expect(address.pathname).toBe('/notice.html');
  expect(readNotice(address.search)).toEqual({ lang: 'en', kind: 'failed', message: 'explained in en' });
  expect(excel.applyWritePlan).not.toHaveBeenCalled();
  expect(excel.describeExcelError).toHaveBeenCalledWith(expect.any(Error), 'en');
  expect(console.error).toHaveBeenCalledWith('Phụ lục: explained in en', expect.any(Error));
  // The person has not closed the dialog: the command is done all the same.
  await running;
  expect(completed).toHaveBeenCalledTimes(1);
  expect(events.has('dialogMessageReceived')).toBe(true);
});

test("the dialog's Đóng button closes it after the command has completed", async () => {
  jest.mocked(excel.applyWritePlan).mockRejectedValue(new Error('AccessDenied'));
  const { dialog, events } = openingDialog();
  const { event, completed } = fakeEvent();
  await runCommand(event, COMMANDS.summarizeWorkbook);
  expect(completed).toHaveBeenCalledTimes(1);
  events.get('dialogMessageReceived')?.({ message: 'close' });
  expect(dialog.close).toHaveBeenCalledTimes(1);
});

test.each<[string, () => void]>([
  ['Office refuses the dialog', () => undefined],
  ['Excel has no dialogs (no DialogApi 1.1)', () => isSetSupported.mockReturnValue(false)],
  [
    'opening the dialog throws',
    () =>
      ui.displayDialogAsync.mockImplementation(() => {
        throw new Error('no dialog here');
      }),
  ],
])('when %s, the failure is still logged and the command completes', async (_what, arrange) => {
  arrange();
  failingAnalysis();
  const { event, completed } = fakeEvent();
  await runCommand(event, COMMANDS.checkWorkbook);
  expect(console.error).toHaveBeenCalledWith('Phụ lục: explained in en', expect.any(Error));
  expect(completed).toHaveBeenCalledTimes(1);
});

describe('notice.html', () => {
  test('the address carries the message and stays within what Office opens, shortening only long messages', () => {
    const page = 'https://phuluc.example.gov.vn/commands.html';
    const short = 'Không ghi được vì trang tính đang được bảo vệ.';
    expect(readNotice(new URL(noticeUrl(page, short, 'vi', 'failed')).search)).toEqual({ lang: 'vi', kind: 'failed', message: short });
    expect(readNotice(new URL(noticeUrl(page, short, 'en', 'done')).search)).toEqual({ lang: 'en', kind: 'done', message: short });
    const long = 'Trang tính đang được bảo vệ — hãy bỏ bảo vệ rồi chạy lại. '.repeat(40);
    const href = noticeUrl(page, long, 'en', 'failed');
    expect(href.length).toBeLessThanOrEqual(MAX_NOTICE_URL);
    expect(href.startsWith('https://phuluc.example.gov.vn/notice.html?')).toBe(true);
    const { message } = readNotice(new URL(href).search);
    expect(message.endsWith('…')).toBe(true);
    expect(long.startsWith(message.slice(0, -1))).toBe(true);
    expect(message.length).toBeGreaterThan(100);
  });

  test('shows the title, the message as text (never markup) and a close button in the chosen language', () => {
    const close = jest.fn();
    renderNotice(document, '?lang=en&message=%3Cb%3Esheet%3C%2Fb%3E%20is%20protected', close);
    expect(document.documentElement.lang).toBe('en');
    expect(document.querySelector('h1')?.textContent).toBe(NOTICE_TEXT.en.title.failed);
    expect(document.title).toBe('Phụ lục could not finish the command');
    expect(document.querySelector('p')?.textContent).toBe('<b>sheet</b> is protected');
    expect(document.querySelector('b')).toBeNull();
    const button = document.querySelector('button');
    expect(button?.textContent).toBe('Close');
    button?.click();
    expect(close).toHaveBeenCalledTimes(1);

    renderNotice(document, '?message=x', close);
    expect(document.querySelector('h1')?.textContent).toBe(NOTICE_TEXT.vi.title.failed);
    expect(document.querySelector('button')?.textContent).toBe('Đóng');

    // A sheet written with default settings is reported as done, with a note; any other kind reads as a failure.
    renderNotice(document, '?kind=done&message=x', close);
    expect(document.querySelector('h1')?.textContent).toBe('Phụ lục đã thực hiện lệnh, xin lưu ý');
    expect(document.title).toBe(NOTICE_TEXT.vi.title.done);
    expect(readNotice('?kind=other').kind).toBe('failed');
  });

  test('on the page, the button asks the command to close the dialog', () => {
    jest.isolateModules(() => {
      require('../src/commands/noticePage');
    });
    document.querySelector('button')?.click();
    expect(ui.messageParent).toHaveBeenCalledWith('close');
  });
});
