/**
 * The ribbon's function commands: Kiểm tra / Tổng hợp run the engine with the stored settings,
 * write one sheet, and always call event.completed() — also when something fails, in which case
 * nothing is written.
 */
import type { Analysis, WorkbookSnapshot } from '../src/engine';

jest.mock('../src/excel', () => ({
  loadSettings: jest.fn(),
  readWorkbookSnapshot: jest.fn(),
  applyWritePlan: jest.fn(),
  describeExcelError: jest.fn((_error: unknown, lang: string) => `explained in ${lang}`),
}));
jest.mock('../src/engine', () => ({
  ...jest.requireActual('../src/engine'),
  analyze: jest.fn(),
  planIssueSheet: jest.fn(() => ({ name: 'Kiểm tra' })),
  planSummarySheet: jest.fn(() => ({ name: 'Tổng hợp' })),
}));

import * as engine from '../src/engine';
import * as excel from '../src/excel';

type Handler = (event: Office.AddinCommands.Event) => void;
const handlers = new Map<string, Handler>();
const onReady = jest.fn();
(globalThis as unknown as { Office: unknown }).Office = {
  onReady,
  actions: { associate: (name: string, handler: Handler) => handlers.set(name, handler) },
};
const { runCommand, COMMANDS } = require('../src/commands/commands') as typeof import('../src/commands/commands');
const onReadyCallsAtLoad = onReady.mock.calls.length;

const snapshot = { sheets: [] } as unknown as WorkbookSnapshot;
const analysis = { findings: [] } as unknown as Analysis;

function fakeEvent() {
  let done: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (done = resolve));
  const completed = jest.fn(() => done());
  return { event: { completed } as unknown as Office.AddinCommands.Event, completed, finished };
}

beforeEach(() => {
  jest.clearAllMocks();
  jest.mocked(excel.loadSettings).mockResolvedValue({ asOf: '2025-12-11', subject: 'UBND đặc khu', lang: 'en' });
  jest.mocked(excel.readWorkbookSnapshot).mockResolvedValue(snapshot);
  jest.mocked(excel.applyWritePlan).mockResolvedValue(undefined);
  jest.mocked(engine.analyze).mockReturnValue(analysis);
});

test('registers both ribbon functions and waits for Office', () => {
  expect([...handlers.keys()].sort()).toEqual(['checkWorkbook', 'summarizeWorkbook']);
  expect(Object.keys(COMMANDS).sort()).toEqual(['checkWorkbook', 'summarizeWorkbook']);
  expect(onReadyCallsAtLoad).toBe(1);
});

test('Kiểm tra analyses with the stored settings and writes the issue sheet', async () => {
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
});

test('Tổng hợp writes the summary sheet', async () => {
  const { event, completed, finished } = fakeEvent();
  handlers.get('summarizeWorkbook')?.(event);
  await finished;
  expect(engine.planSummarySheet).toHaveBeenCalledWith(analysis);
  expect(excel.applyWritePlan).toHaveBeenCalledWith({ sheets: [{ name: 'Tổng hợp' }] });
  expect(completed).toHaveBeenCalledTimes(1);
});

test('without a stored report date, today is used', async () => {
  jest.mocked(excel.loadSettings).mockResolvedValue({});
  const { event, finished } = fakeEvent();
  handlers.get('checkWorkbook')?.(event);
  await finished;
  expect(engine.analyze).toHaveBeenCalledWith(snapshot, { asOf: engine.todayIso(), lang: 'vi', overrides: [] });
});

test('an engine failure writes nothing, is explained in the stored language, and completes', async () => {
  jest.mocked(engine.analyze).mockImplementation(() => {
    throw new Error('boom');
  });
  const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const { event, completed } = fakeEvent();
  await runCommand(event, COMMANDS.checkWorkbook);
  expect(excel.applyWritePlan).not.toHaveBeenCalled();
  expect(excel.describeExcelError).toHaveBeenCalledWith(expect.any(Error), 'en');
  expect(log).toHaveBeenCalledWith('Phụ lục: explained in en', expect.any(Error));
  expect(completed).toHaveBeenCalledTimes(1);
  log.mockRestore();
});

test('an Excel failure while writing still completes the command', async () => {
  jest.mocked(excel.applyWritePlan).mockRejectedValue(new Error('AccessDenied'));
  const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  const { event, completed } = fakeEvent();
  await runCommand(event, COMMANDS.summarizeWorkbook);
  expect(completed).toHaveBeenCalledTimes(1);
  expect(log).toHaveBeenCalledTimes(1);
  log.mockRestore();
});
