import '@testing-library/jest-dom';
import { act, screen, waitFor } from '@testing-library/react';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { isDarkBackground, officeTheme } from '../../src/taskpane/theme';
import { todayIso } from '../../src/engine';
import { SNAPSHOT, engineMock, excelMock, makeAnalysis, renderPane, resetMocks, runCheck } from './fixtures';

jest.mock('../../src/excel', () => require('./mocks').excelModule());
jest.mock('../../src/engine', () => require('./mocks').engineModule());

beforeEach(resetMocks);

test('loads the stored settings at start and checks with them', async () => {
  excelMock.readStoredSettings.mockResolvedValue({
    settings: { asOf: '2025-12-11', year: 2030, subject: 'UBND đặc khu' },
    unreadable: false,
  });
  const { user } = await renderPane();
  expect(screen.getByLabelText('Số liệu tính đến ngày')).toHaveValue('11/12/2025');
  expect(screen.getByLabelText('Năm đánh giá')).toHaveValue('2030');
  expect(screen.getByLabelText('Chủ thể của câu báo cáo')).toHaveValue('UBND đặc khu');

  await runCheck(user);
  expect(engineMock.analyze).toHaveBeenCalledWith(SNAPSHOT, {
    asOf: '2025-12-11',
    year: 2030,
    subject: 'UBND đặc khu',
    lang: 'vi',
    overrides: [],
  });
});

test('defaults: report date today, year automatic, subject Đơn vị', async () => {
  const { user } = await renderPane();
  expect(screen.getByLabelText('Số liệu tính đến ngày')).toHaveValue(todayIso().split('-').reverse().join('/'));
  expect(screen.getByLabelText('Năm đánh giá')).toHaveValue('');
  expect(screen.getByLabelText('Chủ thể của câu báo cáo')).toHaveAttribute('placeholder', 'Đơn vị');
  await runCheck(user);
  expect(engineMock.analyze).toHaveBeenCalledWith(SNAPSHOT, { asOf: todayIso(), lang: 'vi', overrides: [] });
});

test('unreadable stored settings: defaults, and the pane says so (in the pane language) until closed', async () => {
  excelMock.readStoredSettings.mockResolvedValue({ settings: {}, unreadable: true });
  const { user } = await renderPane();
  expect(screen.getByLabelText('Số liệu tính đến ngày')).toHaveValue(todayIso().split('-').reverse().join('/'));
  expect(screen.getByText(/^Không đọc được thiết lập đã lưu trong sổ tính này/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'English' }));
  expect(screen.getByText(/^The settings stored in this workbook could not be read/)).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Close' }));
  expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
  await runCheck(user, 'Check');
  expect(engineMock.analyze).toHaveBeenCalledWith(SNAPSHOT, { asOf: todayIso(), lang: 'en', overrides: [] });
});

test('header changes are saved with the workbook when the field is left', async () => {
  const { user } = await renderPane();
  await user.type(screen.getByLabelText('Chủ thể của câu báo cáo'), 'UBND đặc khu');
  expect(excelMock.saveSettings).not.toHaveBeenCalled();
  await user.tab();
  expect(excelMock.saveSettings).toHaveBeenLastCalledWith({ subject: 'UBND đặc khu' });

  await user.type(screen.getByLabelText('Năm đánh giá'), '2030{Enter}');
  expect(excelMock.saveSettings).toHaveBeenLastCalledWith({ subject: 'UBND đặc khu', year: 2030 });

  const date = screen.getByLabelText('Số liệu tính đến ngày');
  await user.clear(date);
  await user.type(date, '11/12/2025');
  await user.tab();
  expect(excelMock.saveSettings).toHaveBeenLastCalledWith({ subject: 'UBND đặc khu', year: 2030, asOf: '2025-12-11' });
});

test('the report date is typed day first; a month or an impossible day is refused', async () => {
  const { user } = await renderPane();
  const date = screen.getByLabelText('Số liệu tính đến ngày');
  expect(date).toHaveAttribute('placeholder', '11/12/2025');
  for (const [text, message] of [
    ['31/02/2025', 'Ngày này không có thật (tháng đó không có ngày này).'],
    ['tháng 12/2025', 'Nhập một ngày theo dạng ngày/tháng/năm, ví dụ 11/12/2025.'],
  ]) {
    await user.clear(date);
    await user.type(date, text);
    await user.tab();
    expect(screen.getByText(message)).toBeInTheDocument();
  }
  expect(excelMock.saveSettings).not.toHaveBeenCalled();
  await user.clear(date);
  await user.type(date, '1/7/2026{Enter}');
  expect(excelMock.saveSettings).toHaveBeenLastCalledWith({ asOf: '2026-07-01' });
});

test('results computed with another date are marked while the date field holds an invalid or new date', async () => {
  excelMock.readStoredSettings.mockResolvedValue({ settings: { asOf: '2025-12-11' }, unreadable: false });
  const { user } = await renderPane();
  await runCheck(user);
  const stale = 'Kết quả bên dưới tính đến ngày 11/12/2025, không phải ngày đang nhập.';
  expect(screen.queryByText(stale)).not.toBeInTheDocument();
  const date = screen.getByLabelText('Số liệu tính đến ngày');
  await user.clear(date);
  await user.type(date, '31/02/2025');
  await user.tab();
  expect(screen.getByText(stale)).toBeInTheDocument();
  await user.clear(date);
  await user.type(date, '11/12/2025');
  expect(screen.queryByText(stale)).not.toBeInTheDocument();
});

test('an impossible year is refused with a message, not saved', async () => {
  const { user } = await renderPane();
  await user.type(screen.getByLabelText('Năm đánh giá'), '20301');
  await user.tab();
  expect(screen.getByText('Nhập năm từ 1900 đến 2200.')).toBeInTheDocument();
  expect(excelMock.saveSettings).not.toHaveBeenCalled();
});

test('the English switch changes the labels, is saved, and the next check is in English', async () => {
  const { user } = await renderPane();
  expect(document.documentElement.lang).toBe('vi');
  await user.click(screen.getByRole('button', { name: 'English' }));

  expect(excelMock.saveSettings).toHaveBeenCalledWith({ lang: 'en' });
  expect(screen.getByRole('tab', { name: 'Check' })).toBeInTheDocument();
  expect(screen.getByRole('tab', { name: 'Summary' })).toBeInTheDocument();
  expect(screen.getByLabelText('Data as of')).toBeInTheDocument();
  expect(screen.queryByRole('tab', { name: 'Kiểm tra' })).not.toBeInTheDocument();
  expect(document.documentElement.lang).toBe('en');

  engineMock.analyze.mockReturnValue(makeAnalysis({ lang: 'en' }));
  await runCheck(user, 'Check');
  expect(engineMock.analyze).toHaveBeenCalledWith(SNAPSHOT, expect.objectContaining({ lang: 'en' }));
  expect(screen.getByText('5 findings')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Tiếng Việt' }));
  expect(screen.getByRole('tab', { name: 'Kiểm tra' })).toBeInTheDocument();
  expect(screen.getByText('Thiết lập đã thay đổi. Bấm “Kiểm tra” để cập nhật kết quả.')).toBeInTheDocument();
});

test('an Excel error shows the describeExcelError text, in the pane language, and can be closed', async () => {
  const error = Object.assign(new Error('The sheet is protected.\n    at stack line'), { code: 'AccessDenied' });
  excelMock.readWorkbookSnapshot.mockRejectedValue(error);
  excelMock.describeExcelError.mockReturnValue('Excel không cho phép thay đổi: trang tính đang được bảo vệ.');
  const { user } = await renderPane();
  await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));

  expect(await screen.findByText('Excel không cho phép thay đổi: trang tính đang được bảo vệ.')).toBeInTheDocument();
  expect(excelMock.describeExcelError).toHaveBeenCalledWith(error, 'vi');
  expect(screen.queryByText(/stack line/)).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Kiểm tra' })).not.toHaveAttribute('aria-disabled');

  await user.click(screen.getByRole('button', { name: 'Đóng' }));
  expect(screen.queryByText('Excel không cho phép thay đổi: trang tính đang được bảo vệ.')).not.toBeInTheDocument();
});

test('an engine failure while planning is reported like an Excel error and writes nothing', async () => {
  engineMock.planSummarySheet.mockImplementation(() => {
    throw new Error('planSummarySheet: being written');
  });
  const { user } = await renderPane();
  await runCheck(user);
  await user.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
  await user.click(screen.getByRole('button', { name: 'Chèn bảng tổng hợp' }));
  expect(await screen.findByText('Excel báo lỗi: planSummarySheet: being written')).toBeInTheDocument();
  expect(excelMock.applyWritePlan).not.toHaveBeenCalled();
});

test('a failed settings save is reported', async () => {
  excelMock.saveSettings.mockRejectedValue(new Error('saveAsync failed'));
  const { user } = await renderPane();
  await user.click(screen.getByRole('button', { name: 'English' }));
  expect(await screen.findByText('Excel error: saveAsync failed')).toBeInTheDocument();
});

test('a success notice stays on the tab it was earned on: changing tab clears it', async () => {
  const { user } = await renderPane();
  await runCheck(user);
  await user.click(screen.getByRole('button', { name: 'Ghi danh sách vào trang tính “Kiểm tra”' }));
  expect(await screen.findByText('Đã ghi trang tính: Kiểm tra.')).toBeInTheDocument();
  await user.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
  expect(screen.queryByText('Đã ghi trang tính: Kiểm tra.')).not.toBeInTheDocument();
});

describe('theme', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  test('dark Office backgrounds are dark, light ones and unreadable ones are not', () => {
    expect(isDarkBackground('#262626')).toBe(true);
    expect(isDarkBackground('#666666')).toBe(true);
    expect(isDarkBackground('#FFFFFF')).toBe(false);
    expect(isDarkBackground('#E6E6E6')).toBe(false);
    expect(isDarkBackground('black')).toBe(false);
  });

  test('follows Office’s theme, light when Office says nothing', () => {
    expect(officeTheme()).toBe(webLightTheme);
    (globalThis as { Office?: unknown }).Office = { context: { officeTheme: { bodyBackgroundColor: '#1F1F1F' } } };
    expect(officeTheme()).toBe(webDarkTheme);
    (globalThis as { Office?: unknown }).Office = { context: {} };
    expect(officeTheme()).toBe(webLightTheme);
  });

  test('index.tsx renders the pane into #root once Office is ready', async () => {
    let ready: (() => void) | undefined;
    (globalThis as { Office?: unknown }).Office = {
      onReady: (callback: () => void) => {
        ready = callback;
      },
      context: { officeTheme: { bodyBackgroundColor: '#FFFFFF' } },
    };
    const root = document.createElement('div');
    root.id = 'root';
    document.body.appendChild(root);
    require('../../src/taskpane/index');
    expect(root).toBeEmptyDOMElement();
    await act(async () => ready?.());
    await waitFor(() => expect(root.querySelector('[role="tablist"]')).not.toBeNull());
    expect(root.firstElementChild).toHaveClass('fui-FluentProvider');
  });
});
