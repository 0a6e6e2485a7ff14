/**
 * The pane's report periods, comparison with the previous period and roll-up (SPEC §10–§12): the
 * Office.js layer is mocked; the engine is real except analyze of the open workbook (fixtures), so
 * records, comparisons and roll-ups are the engine's own. Picked files are real workbooks read by
 * the browser-capable reader (src/xlsx/read).
 */
import '@testing-library/jest-dom';
import fs from 'fs';
import path from 'path';
import { TextDecoder } from 'util';
import { screen, waitFor, within } from '@testing-library/react';
import type { IndicatorRow, PeriodRecord, TaskRow, WorkbookSnapshot } from '../../src/engine';
import { periodPresets, planPeriodRecordSheet, readPeriodRecords, todayIso } from '../../src/engine';
import { SNAPSHOT, engineMock, excelMock, finding, makeAnalysis, renderPane, resetMocks, runCheck } from './fixtures';

jest.mock('../../src/excel', () => require('./mocks').excelModule());
jest.mock('../../src/engine', () => require('./mocks').engineModule());

// jsdom has no TextDecoder; the browsers the pane runs in do.
Object.assign(globalThis, { TextDecoder });

beforeEach(resetMocks);
// Tests here read real workbooks: a limit far above what they need, not a measure of speed.
jest.setTimeout(60_000);

const SAMPLE = fs.readFileSync(path.join(__dirname, '..', '..', 'samples', 'phu-luc-mau.xlsx'));
/** Reading a real workbook in jsdom is slow on a loaded machine: waits for it are generous, never about speed. */
const READ = { timeout: 15_000 };
const workbookFile = (name: string, bytes: Uint8Array<ArrayBuffer> = new Uint8Array(SAMPLE)) => new File([bytes], name);

function task(cell: string, status: TaskRow['status'], category: TaskRow['category']): TaskRow {
  return {
    sheet: 'PL 1', row: Number(cell.slice(1)) - 1, group: null, name: `Nhiệm vụ ${cell}`, lead: 'Phòng Kinh tế', category, status,
    plan: false, due: { kind: 'date', date: '2025-12-31' }, cell, code: '', deadline: '2025-12-31', completedOn: null,
  };
}

const INDICATOR: IndicatorRow = {
  sheet: 'PL 2', row: 6, group: null, name: 'Tỷ lệ hồ sơ trực tuyến', lead: 'Phòng Kinh tế', category: 'in_progress',
  evaluationYear: 2025, cell: 'B7', actual: '85%', target: '90%', plan: false, results: { 2024: '70%', 2025: '85%' },
};

/** The previous period, as the pane stores it: B5 was in progress, the indicator at 80%. */
const PREVIOUS: PeriodRecord = {
  version: 1,
  asOf: '2025-11-14',
  rows: [
    { kind: 'task', sheet: 'PL 1', cell: 'B5', group: null, name: 'Nhiệm vụ B5', lead: 'Phòng Kinh tế', code: '', status: 'in_progress', category: 'in_progress', deadline: '2025-12-31', completedOn: null },
    { kind: 'task', sheet: 'PL 1', cell: 'B6', group: null, name: 'Nhiệm vụ B6', lead: 'Phòng Kinh tế', code: '', status: 'in_progress', category: 'in_progress', deadline: '2025-12-31', completedOn: null },
    { kind: 'indicator', sheet: 'PL 2', cell: 'B7', group: null, name: 'Tỷ lệ hồ sơ trực tuyến', lead: 'Phòng Kinh tế', category: 'in_progress', evaluationYear: 2025, actual: '80%', target: '90%' },
  ],
};

function withRecord(snapshot: WorkbookSnapshot, records: PeriodRecord[]): WorkbookSnapshot {
  const sheet = planPeriodRecordSheet(records, []);
  return { sheets: [...snapshot.sheets, { name: sheet.name, rows: sheet.values.map((row) => row.map((v) => ({ v }))), merges: [] }] };
}

/** This period: B5 done, B6 still in progress, the indicator at 85% with 2024's result beside it. */
const CURRENT = makeAnalysis({ tasks: [task('B5', 'done', 'done_on_time'), task('B6', 'in_progress', 'in_progress')], indicators: [INDICATOR] });

describe('report period (SPEC §10)', () => {
  test('choosing a period sets the report date to its end, is stored, used and shown beside the date', async () => {
    excelMock.readStoredSettings.mockResolvedValue({ settings: { asOf: '2025-12-11' }, unreadable: false });
    const { user } = await renderPane();
    const choice = periodPresets(todayIso()).find((p) => p.kind === 'quarter');
    if (!choice) throw new Error('no quarter preset');
    const select = screen.getByRole('combobox', { name: 'Kỳ báo cáo' });
    expect(select).toHaveValue('free');
    expect(within(select).getByRole('option', { name: 'Ngày tự chọn' })).toBeInTheDocument();
    await user.selectOptions(select, choice.key);

    expect(excelMock.saveSettings).toHaveBeenLastCalledWith({ asOf: choice.to, period: choice.key });
    expect(screen.getByLabelText('Số liệu tính đến ngày')).toHaveValue(choice.to.split('-').reverse().join('/'));

    engineMock.analyze.mockReturnValue(makeAnalysis({ asOf: choice.to, period: choice }));
    await runCheck(user);
    expect(engineMock.analyze).toHaveBeenCalledWith(SNAPSHOT, expect.objectContaining({ asOf: choice.to, period: choice.key }));
    await user.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
    const date = choice.to.split('-').reverse().join('/');
    expect(screen.getByText(`Số liệu tính đến ngày ${date} (${choice.label.vi})`)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: `Câu báo cáo (${choice.label.vi})` })).toBeInTheDocument();
  });

  test('a period stored months ago is still offered; a typed date other than its end leaves the period', async () => {
    excelMock.readStoredSettings.mockResolvedValue({ settings: { asOf: '2024-03-14', period: '2024-Q1' }, unreadable: false });
    const { user } = await renderPane();
    expect(screen.getByRole('combobox', { name: 'Kỳ báo cáo' })).toHaveValue('2024-Q1');
    const date = screen.getByLabelText('Số liệu tính đến ngày');
    await user.clear(date);
    await user.type(date, '11/03/2024{Enter}');
    expect(excelMock.saveSettings).toHaveBeenLastCalledWith({ asOf: '2024-03-11' });
    expect(screen.getByRole('combobox', { name: 'Kỳ báo cáo' })).toHaveValue('free');
  });
});

describe('Kỳ trước: comparison with the previous period (SPEC §11)', () => {
  async function openComparison(snapshot: WorkbookSnapshot, activeOnly = false) {
    excelMock.readWorkbookSnapshot.mockResolvedValue(snapshot);
    engineMock.analyze.mockReturnValue(CURRENT);
    const pane = await renderPane();
    if (activeOnly) await pane.user.click(screen.getByRole('checkbox', { name: 'Chỉ kiểm tra trang tính đang mở' }));
    await runCheck(pane.user);
    await pane.user.click(screen.getByRole('tab', { name: 'Kỳ trước' }));
    return pane;
  }

  test('against the record stored in the workbook: sentence, changes by code, a filter, click → its cell', async () => {
    const { user } = await openComparison(withRecord(SNAPSHOT, [PREVIOUS]));
    expect(screen.getByText('So với kỳ đã lưu trong sổ tính, số liệu đến ngày 14/11/2025.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Câu báo cáo so với kỳ trước' })).toHaveValue(
      'So với kỳ trước (số liệu đến ngày 14/11/2025): hoàn thành thêm 01 nhiệm vụ/0 chỉ tiêu, 0 nhiệm vụ chuyển sang quá hạn, ' +
        '0 nhiệm vụ mới, 0 nhiệm vụ không còn trong danh sách; 0 nhiệm vụ thay đổi thời hạn.',
    );
    const done = screen.getByRole('region', { name: 'Mới hoàn thành' });
    expect(within(done).getByRole('heading')).toHaveTextContent('Mới hoàn thành (1)');
    const actual = screen.getByRole('region', { name: 'Thay đổi kết quả' });
    expect(within(actual).getByRole('button')).toHaveTextContent('80% → 85%');
    expect(within(actual).getByRole('button')).toHaveTextContent('Kết quả 2024: 70%');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Loại thay đổi' }), 'actual-changed');
    expect(screen.queryByRole('region', { name: 'Mới hoàn thành' })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Loại thay đổi' }), 'all');

    await user.click(within(screen.getByRole('region', { name: 'Mới hoàn thành' })).getByRole('button', { name: /Nhiệm vụ B5/ }));
    expect(excelMock.selectCell).toHaveBeenCalledWith('PL 1', 'B5');
  });

  test('without a stored period it says how to get one; after an active-sheet-only check it asks for the whole workbook', async () => {
    await openComparison(SNAPSHOT);
    expect(screen.getByText(/^Sổ tính chưa lưu kỳ báo cáo nào trước ngày 11\/12\/2025/)).toBeInTheDocument();
  });

  test('an active-sheet-only check cannot compare', async () => {
    await openComparison({ sheets: [SNAPSHOT.sheets[0], { ...SNAPSHOT.sheets[1], notRead: true }] }, true);
    expect(screen.getByText(/^Để so với kỳ trước, hãy kiểm tra toàn bộ sổ tính/)).toBeInTheDocument();
  });

  test('Chèn bảng tổng hợp writes the summary with its comparison and the period record, kept with the earlier ones', async () => {
    const { user } = await openComparison(withRecord(SNAPSHOT, [PREVIOUS]));
    await user.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
    await user.click(screen.getByRole('button', { name: 'Chèn bảng tổng hợp' }));
    expect(await screen.findByText('Đã ghi trang tính: Tổng hợp.')).toBeInTheDocument();
    expect(engineMock.planSummarySheet).toHaveBeenCalledWith(CURRENT, expect.objectContaining({ previous: { file: '', asOf: '2025-11-14' } }));
    const plan = excelMock.applyWritePlan.mock.calls[0][0];
    if (typeof plan === 'function') throw new Error('a plan was expected');
    expect(plan.sheets.map((s) => [s.name, s.visibility])).toEqual([['Tổng hợp', undefined], ['PhuLuc_KyBaoCao', 'veryHidden']]);
    const stored = readPeriodRecords({ sheets: [{ name: 'PhuLuc_KyBaoCao', rows: plan.sheets[1].values.map((r) => r.map((v) => ({ v }))), merges: [] }] });
    expect(stored.records.map((r) => [r.asOf, r.rows.length])).toEqual([['2025-11-14', 3], ['2025-12-11', 3]]);
  });

  test('on an Excel that cannot hide sheets (2016), the record comes back visible and the pane says what that sheet is', async () => {
    excelMock.applyWritePlan.mockImplementation(async (source) => {
      if (typeof source === 'function') throw new Error('a plan was expected');
      return { sheets: source.sheets.map((sheet) => (sheet.visibility === 'veryHidden' ? { ...sheet, visibility: 'visible' as const } : sheet)) };
    });
    const { user } = await openComparison(withRecord(SNAPSHOT, [PREVIOUS]));
    await user.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
    await user.click(screen.getByRole('button', { name: 'Chèn bảng tổng hợp' }));
    expect(await screen.findByText(/^Đã ghi trang tính: Tổng hợp, PhuLuc_KyBaoCao\. Bản Excel này chưa ẩn được trang tính PhuLuc_KyBaoCao/)).toBeInTheDocument();
  });

  test('compared with a picked file: the previous date found or asked for; an unreadable file in one line', async () => {
    const { user } = await openComparison(SNAPSHOT);
    const previous = makeAnalysis({ asOf: '2025-11-11', tasks: [task('B5', 'in_progress', 'in_progress'), task('B6', 'in_progress', 'in_progress')] });
    engineMock.analyze.mockImplementation((_snapshot, options) => (options?.asOf === '2025-11-11' ? previous : CURRENT));
    const picker = screen.getByLabelText('Chọn tệp kỳ trước…');

    await user.upload(picker, workbookFile('thang-11.xlsx'));
    expect(await screen.findByText(/^Không biết tệp thang-11\.xlsx tính số liệu đến ngày nào/, {}, READ)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Số liệu kỳ trước tính đến ngày'), '11/11/2025');
    await user.upload(picker, workbookFile('thang-11.xlsx'));
    expect(await screen.findByText('So với tệp thang-11.xlsx, số liệu đến ngày 11/11/2025.', {}, READ)).toBeInTheDocument();
    expect(engineMock.analyze).toHaveBeenLastCalledWith(expect.objectContaining({ sheets: expect.any(Array) }), expect.objectContaining({ asOf: '2025-11-11' }));
    expect(screen.getByRole('region', { name: 'Mới hoàn thành' })).toHaveTextContent('Nhiệm vụ B5');

    await user.upload(picker, workbookFile('hong.xlsx', new Uint8Array(Buffer.from('not a workbook'))));
    expect(await screen.findByText(/^Không đọc được tệp hong\.xlsx: /, {}, READ)).toBeInTheDocument();
  });
});

test('other years’ results under a finding on an indicator; due soon beside the counts and in the summary', async () => {
  const summary = { ...CURRENT.summary, dueSoon: 2 };
  engineMock.analyze.mockReturnValue({ ...CURRENT, summary, findings: [finding('PL 2', 'E7', 'invalid-number', '85 %', 'Số liệu không đọc được.')] });
  const { user } = await renderPane();
  await runCheck(user);
  expect(screen.getByRole('button', { name: /Số liệu không đọc được/ })).toHaveTextContent('Kết quả 2024: 70%');
  expect(screen.getByText('Sắp đến hạn trong 30 ngày: 2')).toBeInTheDocument();
  await user.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
  expect(screen.getByText('Sắp đến hạn trong 30 ngày: 2')).toBeInTheDocument();
});

test('the due-soon window is a setting: stored with the workbook and used by the next check', async () => {
  const { user } = await renderPane();
  await user.click(screen.getByRole('tab', { name: 'Cấu trúc' }));
  const days = screen.getByLabelText('Báo “sắp đến hạn” trong (ngày)');
  await user.type(days, '400');
  await user.tab();
  expect(screen.getByText('Nhập số ngày từ 0 đến 366.')).toBeInTheDocument();
  expect(excelMock.saveSettings).not.toHaveBeenCalled();
  await user.clear(days);
  await user.type(days, '15');
  await user.tab();
  expect(excelMock.saveSettings).toHaveBeenLastCalledWith({ dueSoonDays: 15 });
  await user.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
  await runCheck(user);
  expect(engineMock.analyze).toHaveBeenLastCalledWith(SNAPSHOT, expect.objectContaining({ dueSoonDays: 15 }));
});

describe('Nhiều đơn vị: roll-up of several workbooks (SPEC §12)', () => {
  test('one good and one bad file: each file’s progress, the unit table, the unreadable list, and the sheets written', async () => {
    excelMock.readStoredSettings.mockResolvedValue({ settings: { asOf: '2025-12-11', subject: 'UBND đặc khu' }, unreadable: false });
    const { user } = await renderPane();
    await user.click(screen.getByRole('tab', { name: 'Nhiều đơn vị' }));
    await user.upload(screen.getByLabelText('Chọn tệp…'), [workbookFile('xa-an-phu.xlsx'), workbookFile('hong.xlsx', new Uint8Array(Buffer.from('PK not really')))]);

    const files = await screen.findByRole('list', { name: 'Đã đọc 2/2 tệp' }, READ);
    expect(within(files).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['xa-an-phu.xlsxĐã đọc', 'hong.xlsxKhông đọc được']);
    expect(screen.getByText('Số liệu tính đến ngày 11/12/2025')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Từng đơn vị' });
    const rows = within(table).getAllByRole('row').map((row) => within(row).queryByRole('rowheader')?.textContent);
    expect(rows).toEqual([undefined, 'xa-an-phu', 'Tổng cộng']);
    expect((screen.getByRole('textbox', { name: 'Câu báo cáo chung' }) as HTMLTextAreaElement).value).toMatch(/^UBND đặc khu được giao 38 nhiệm vụ/);
    expect(within(screen.getByRole('list', { name: 'Tệp không đọc được' })).getByRole('listitem')).toHaveTextContent(/^hong\.xlsx: .+/);

    await user.click(screen.getByRole('button', { name: 'Ghi các trang tổng hợp vào sổ tính' }));
    await waitFor(() => expect(excelMock.applyWritePlan).toHaveBeenCalledTimes(1));
    const plan = excelMock.applyWritePlan.mock.calls[0][0];
    if (typeof plan === 'function') throw new Error('a plan was expected');
    expect(plan.sheets.map((s) => s.name)).toEqual(['Tổng hợp đơn vị', 'Nhiệm vụ quá hạn', 'Tệp lỗi']);
    expect(await screen.findByText('Đã ghi trang tính: Tổng hợp đơn vị, Nhiệm vụ quá hạn, Tệp lỗi.')).toBeInTheDocument();
  });
});
