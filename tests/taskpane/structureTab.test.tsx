import '@testing-library/jest-dom';
import { screen, waitFor, within } from '@testing-library/react';
import { buildOverride, formOf, parseHeaderRows } from '../../src/engine/settings/structureOverride';
import { STRUCTURES, SNAPSHOT, engineMock, excelMock, makeAnalysis, renderPane, resetMocks, runCheck } from './fixtures';

jest.mock('../../src/excel', () => require('./mocks').excelModule());
jest.mock('../../src/engine', () => require('./mocks').engineModule());

beforeEach(resetMocks);

async function openStructure() {
  const pane = await renderPane();
  await runCheck(pane.user);
  await pane.user.click(screen.getByRole('tab', { name: 'Cấu trúc' }));
  return pane;
}

/** Expands one sheet and returns its panel. */
async function openSheet(user: Awaited<ReturnType<typeof renderPane>>['user'], sheet: string) {
  const header = screen.getByRole('button', { name: new RegExp(`^${sheet}`) });
  await user.click(header);
  return screen.getByRole('group', { name: sheet });
}

test('shows each sheet with its detected kind, header rows and field → column map', async () => {
  const { user } = await openStructure();
  expect(screen.getByRole('button', { name: /^PL 1/ })).toHaveTextContent('Phụ lục nhiệm vụ, tiêu đề ở dòng 3–4');
  expect(screen.getByRole('button', { name: /^PL 2/ })).toHaveTextContent('Phụ lục chỉ tiêu, tiêu đề ở dòng 3');

  const panel = await openSheet(user, 'PL 1');
  expect(within(panel).getByRole('combobox', { name: 'Loại trang tính' })).toHaveValue('tasks');
  expect(within(panel).getByRole('textbox', { name: 'Dòng tiêu đề' })).toHaveValue('3, 4');
  expect(within(panel).getByRole('textbox', { name: 'Tên nhiệm vụ' })).toHaveValue('B');
  expect(within(panel).getByRole('textbox', { name: 'Thời hạn' })).toHaveValue('D');
  expect(within(panel).getByRole('textbox', { name: 'Ngày hoàn thành thực tế' })).toHaveValue('');
  expect(within(panel).getByRole('button', { name: 'Lưu' })).toBeDisabled();
});

test('a changed column is saved as an override and used by the next check', async () => {
  const { user } = await openStructure();
  const panel = await openSheet(user, 'PL 1');
  const deadline = within(panel).getByRole('textbox', { name: 'Thời hạn' });
  await user.clear(deadline);
  await user.type(deadline, 'e');
  await user.click(within(panel).getByRole('button', { name: 'Lưu' }));

  expect(excelMock.saveSettings).toHaveBeenCalledWith({ overrides: [{ sheet: 'PL 1', columns: { deadline: 'E' } }] });
  expect(await screen.findByText('Thiết lập đã thay đổi. Bấm “Kiểm tra” để cập nhật kết quả.')).toBeInTheDocument();

  await user.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
  await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));
  await waitFor(() => expect(engineMock.analyze).toHaveBeenCalledTimes(2));
  expect(engineMock.analyze).toHaveBeenLastCalledWith(
    SNAPSHOT,
    expect.objectContaining({ overrides: [{ sheet: 'PL 1', columns: { deadline: 'E' } }] }),
  );
});

test('a sheet can be marked as not an appendix', async () => {
  const { user } = await openStructure();
  const panel = await openSheet(user, 'PL 2');
  await user.selectOptions(within(panel).getByRole('combobox', { name: 'Loại trang tính' }), 'none');
  expect(within(panel).queryByRole('textbox', { name: 'Dòng tiêu đề' })).not.toBeInTheDocument();
  await user.click(within(panel).getByRole('button', { name: 'Lưu' }));
  expect(excelMock.saveSettings).toHaveBeenCalledWith({ overrides: [{ sheet: 'PL 2', kind: 'none' }] });
});

test('rejects a column that is not a letter and header rows that are not row numbers', async () => {
  const { user } = await openStructure();
  const panel = await openSheet(user, 'PL 1');
  await user.clear(within(panel).getByRole('textbox', { name: 'Thời hạn' }));
  await user.type(within(panel).getByRole('textbox', { name: 'Thời hạn' }), '4');
  expect(within(panel).getByText('Nhập tên cột bằng chữ cái, ví dụ D.')).toBeInTheDocument();
  expect(within(panel).getByRole('button', { name: 'Lưu' })).toBeDisabled();

  await user.clear(within(panel).getByRole('textbox', { name: 'Thời hạn' }));
  await user.type(within(panel).getByRole('textbox', { name: 'Thời hạn' }), 'D');
  await user.clear(within(panel).getByRole('textbox', { name: 'Dòng tiêu đề' }));
  await user.type(within(panel).getByRole('textbox', { name: 'Dòng tiêu đề' }), 'ba');
  expect(within(panel).getByText('Nhập một hoặc hai số dòng, ví dụ 3 hoặc 3-4.')).toBeInTheDocument();
  expect(within(panel).getByRole('button', { name: 'Lưu' })).toBeDisabled();
  expect(excelMock.saveSettings).not.toHaveBeenCalled();
});

test('Tự nhận lại removes a stored override and keeps the other settings', async () => {
  excelMock.readStoredSettings.mockResolvedValue({
    settings: {
      subject: 'UBND đặc khu',
      overrides: [
        { sheet: 'PL 1', headerRows: [3, 4] },
        { sheet: 'PL 2', kind: 'indicators' },
      ],
    },
    unreadable: false,
  });
  const { user } = await openStructure();
  expect(screen.getByRole('button', { name: /^PL 1/ })).toHaveTextContent('Đã chỉnh tay');
  const panel = await openSheet(user, 'PL 1');
  await user.click(within(panel).getByRole('button', { name: 'Tự nhận lại' }));
  expect(excelMock.saveSettings).toHaveBeenCalledWith({
    subject: 'UBND đặc khu',
    overrides: [{ sheet: 'PL 2', kind: 'indicators' }],
  });
  expect(screen.getByRole('button', { name: /^PL 1/ })).not.toHaveTextContent('Đã chỉnh tay');
});

describe('buildOverride', () => {
  const shown = formOf(STRUCTURES[0]);

  test('keeps what was stored and adds only what changed', () => {
    const previous = { sheet: 'PL 1', columns: { name: 'B' }, headerRows: [3, 4] };
    const form = { ...shown, columns: { ...shown.columns, deadline: 'f', status: '' } };
    expect(buildOverride(STRUCTURES[0], 0, previous, shown, form)).toEqual({
      sheet: 'PL 1',
      headerRows: [3, 4],
      columns: { name: 'B', deadline: 'F' },
    });
  });

  test('a new kind drops the other kind’s columns; an unchanged form stores nothing', () => {
    const form = { kind: 'indicators' as const, headerRows: '5', columns: { actual: 'G' } };
    expect(buildOverride(STRUCTURES[0], 0, { sheet: 'PL 1', columns: { deadline: 'E' } }, shown, form)).toEqual({
      sheet: 'PL 1',
      kind: 'indicators',
      headerRows: [5],
      columns: { actual: 'G' },
    });
    expect(buildOverride(STRUCTURES[0], 0, undefined, shown, shown)).toBeNull();
  });

  test('parseHeaderRows reads one or two ascending rows', () => {
    expect(parseHeaderRows('3')).toEqual([3]);
    expect(parseHeaderRows('3-4')).toEqual([3, 4]);
    expect(parseHeaderRows(' 3, 4 ')).toEqual([3, 4]);
    expect(parseHeaderRows('4-3')).toBeNull();
    expect(parseHeaderRows('0')).toBeNull();
    expect(parseHeaderRows('3-4-5')).toBeNull();
    expect(parseHeaderRows('')).toBeNull();
  });
});

describe('unit directory', () => {
  test('typed one name a line, saved with the workbook when left, and used by the next check', async () => {
    const { user } = await renderPane();
    await user.click(screen.getByRole('tab', { name: 'Cấu trúc' }));
    const units = screen.getByRole('textbox', { name: 'Danh mục đơn vị' });
    await user.type(units, 'Phòng Kinh tế{Enter}{Enter}  Phòng Văn hóa - Xã hội {Enter}Phòng Kinh tế');
    expect(excelMock.saveSettings).not.toHaveBeenCalled();
    await user.tab();
    expect(excelMock.saveSettings).toHaveBeenLastCalledWith({ units: ['Phòng Kinh tế', 'Phòng Văn hóa - Xã hội'] });

    await user.click(screen.getByRole('tab', { name: 'Kiểm tra' }));
    await runCheck(user);
    expect(engineMock.analyze).toHaveBeenLastCalledWith(SNAPSHOT, expect.objectContaining({ units: ['Phòng Kinh tế', 'Phòng Văn hóa - Xã hội'] }));
  });

  test('shows the stored directory; emptied, it is removed', async () => {
    excelMock.readStoredSettings.mockResolvedValue({ settings: { subject: 'UBND xã', units: ['Phòng Kinh tế'] }, unreadable: false });
    const { user } = await renderPane();
    await user.click(screen.getByRole('tab', { name: 'Cấu trúc' }));
    const units = screen.getByRole('textbox', { name: 'Danh mục đơn vị' });
    expect(units).toHaveValue('Phòng Kinh tế');
    await user.clear(units);
    await user.tab();
    expect(excelMock.saveSettings).toHaveBeenLastCalledWith({ subject: 'UBND xã' });
  });
});

test('every table of a sheet is correctable: the second table’s edit is stored for that table, anchored by its header', async () => {
  const twoTables = {
    ...STRUCTURES[0],
    blocks: [
      { ...STRUCTURES[0].blocks[0], headerRows: [3], lastRow: 9, signature: 'stt|ten nhiem vu|don vi chu tri|thoi han|trang thai' },
      { ...STRUCTURES[0].blocks[0], headerRows: [12], columns: { name: 1, lead: 2, deadline: 3 }, firstRow: 12, lastRow: 20, signature: 'ten nhiem vu|don vi chu tri|thoi han|danh gia' },
    ],
  };
  engineMock.analyze.mockReturnValue(makeAnalysis({ sheets: [{ structure: twoTables, rows: 10 }] }));
  const { user } = await openStructure();
  await user.click(screen.getByRole('button', { name: /^PL 1/ }));
  expect(screen.getByRole('group', { name: 'PL 1 · Bảng 1' })).toBeInTheDocument();
  const second = screen.getByRole('group', { name: 'PL 1 · Bảng 2' });
  expect(within(second).getByText('Bảng 2, tiêu đề ở dòng 12')).toBeInTheDocument();
  expect(within(second).getByRole('textbox', { name: 'Thời hạn' })).toHaveValue('D');
  await user.type(within(second).getByRole('textbox', { name: 'Trạng thái' }), 'E');
  await user.click(within(second).getByRole('button', { name: 'Lưu' }));
  expect(excelMock.saveSettings).toHaveBeenCalledWith({
    overrides: [{
      sheet: 'PL 1', headerRows: [12], columns: { status: 'E' },
      table: { ordinal: 1, row: 12, signature: 'ten nhiem vu|don vi chu tri|thoi han|danh gia' },
    }],
  });
});
