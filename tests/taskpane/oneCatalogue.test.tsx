/**
 * Every face names a severity, a finding code, a field and a sheet kind with the engine catalogue's
 * word (LABELS): the pane, the command line's report and the "Kiểm tra" sheet are made from one real
 * analysis and compared word for word, so they cannot drift apart again.
 */
import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import type { Analysis, Severity } from '../../src/engine';
import { formatHumanReport } from '../../src/cli/humanReport';
import { LITE } from '../../src/lite/liteStrings';
import { sheet, workbook } from '../engine/snapshotBuilder';
import { engineMock, renderPane, resetMocks, runCheck } from './fixtures';

jest.mock('../../src/excel', () => require('./mocks').excelModule());
jest.mock('../../src/engine', () => require('./mocks').engineModule());

const engine: typeof import('../../src/engine') = jest.requireActual('../../src/engine');
const { LABELS } = engine;

/** One finding of each severity: an impossible date, an overdue task, a task done late. */
const ANALYSIS: Analysis = engine.analyze(
  workbook(
    sheet('PL1', [
      ['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái', 'Ngày hoàn thành thực tế'],
      ['Số hóa hồ sơ', 'Phòng Kinh tế', '31/02/2025', 'Đang thực hiện', null],
      ['Cải cách thủ tục', 'Phòng Kinh tế', '30/09/2025', 'Đang thực hiện', null],
      ['Chuyển đổi số', 'Phòng Kinh tế', '30/09/2025', 'Đã hoàn thành', '15/10/2025'],
    ]),
  ),
  { asOf: '2025-12-11' },
);
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

beforeEach(() => {
  resetMocks();
  engineMock.analyze.mockReturnValue(ANALYSIS);
});

test('the analysis has a finding of every severity, so each face has each word to show', () => {
  expect(new Set(ANALYSIS.findings.map((f) => f.severity))).toEqual(new Set(SEVERITIES));
});

test('the pane shows the catalogue’s severities, counts and finding codes', async () => {
  const { user } = await renderPane();
  await runCheck(user);
  const count = (s: Severity) => ANALYSIS.findings.filter((f) => f.severity === s).length;
  const counts = screen.getByRole('list', { name: 'Mức độ' });
  expect(within(counts).getAllByRole('listitem').map((li) => li.textContent)).toEqual(
    SEVERITIES.map((s) => LABELS.vi.severityCount[s](count(s))),
  );
  // Each finding's first line: its cell, then its severity badge.
  const firstLines = [...screen.getByRole('region', { name: 'PL1' }).querySelectorAll('li > button')].map((b) => b.querySelector('span')?.textContent);
  expect(firstLines).toEqual(ANALYSIS.findings.map((f) => `${f.cell}${LABELS.vi.severity[f.severity]}`));
  const codeOptions = within(screen.getByRole('combobox', { name: 'Loại phát hiện' })).getAllByRole('option').slice(1);
  expect(codeOptions.map((o) => o.textContent?.replace(/ \(\d+\)$/, ''))).toEqual(
    [...new Set(ANALYSIS.findings.map((f) => f.code))].map((c) => LABELS.vi.findingCode[c]),
  );
});

test.each(['vi', 'en'] as const)('the command line (%s) shows the catalogue’s severities, fields, sheet kind and tally', (lang) => {
  const analysis = { ...ANALYSIS, lang };
  const words = LABELS[lang];
  const text = formatHumanReport(analysis, 'bao-cao.xlsx', lang);
  for (const f of analysis.findings) {
    expect(text).toContain(`[${words.severity[f.severity]}] ${f.cell} · ${words.field[f.field as 'deadline']}`);
  }
  expect(text).toContain(`"PL1": ${words.sheetKind.tasks}`);
  expect(text).toContain(`${words.tableKind.tasks}:`);
  expect(text).toContain(`${words.rowName.tasks} A`);
  expect(text).toContain(engine.severityTally({ error: 1, warning: 1, info: 1 }, lang));
});

test('the "Kiểm tra" sheet shows the catalogue’s severity and finding code on each finding', () => {
  const plan = engine.planIssueSheet(ANALYSIS);
  const rows = plan.values.filter((row) => typeof row[0] === 'number');
  expect(rows.map((row) => [row[3], row[4]])).toEqual(
    ANALYSIS.findings.map((f) => [LABELS.vi.severity[f.severity], LABELS.vi.findingCode[f.code]]),
  );
});

test('task categories: the pane’s count table, the command line and the "Tổng hợp" sheet use the catalogue’s names', async () => {
  const { user } = await renderPane();
  await runCheck(user);
  await user.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
  const table = screen.getByRole('table', { name: 'Nhiệm vụ' });
  const names = within(table).getAllByRole('rowheader').map((h) => h.textContent).slice(0, -1);
  expect(names).toEqual(engine.TASK_CATEGORIES.map((c) => LABELS.vi.taskCategory[c]));

  const text = formatHumanReport(ANALYSIS, 'bao-cao.xlsx', 'vi');
  expect(text).toContain(`${LABELS.vi.taskCategory.overdue} ${ANALYSIS.summary.tasks.overdue}`);

  const sheetTexts = engine.planSummarySheet(ANALYSIS).values.flat();
  for (const c of engine.TASK_CATEGORIES) expect(sheetTexts).toContain(LABELS.vi.taskCategory[c]);
});

test('the light pane has no severity words of its own', () => {
  expect(Object.keys(LITE)).not.toContain('severity');
});
