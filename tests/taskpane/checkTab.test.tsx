import '@testing-library/jest-dom';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { WritePlan } from '../../src/engine';
import { CAPABILITY_TITLE, expectCapabilityNote, FINDINGS, SNAPSHOT, engineMock, excelMock, finding, makeAnalysis, renderPane, resetMocks, runCheck } from './fixtures';

jest.mock('../../src/excel', () => require('./mocks').excelModule());
jest.mock('../../src/engine', () => require('./mocks').engineModule());

beforeEach(resetMocks);

/** The finding buttons of one sheet's group (queried by tag: role queries are slow on long lists). */
function findingButtons(sheet: string): HTMLButtonElement[] {
  return [...screen.getByRole('region', { name: sheet }).querySelectorAll<HTMLButtonElement>('li > button')];
}

test('reads the whole workbook, analyses it and shows counts by severity and findings grouped by sheet', async () => {
  const { user } = await renderPane();
  await runCheck(user);

  expect(excelMock.readWorkbookSnapshot).toHaveBeenCalledWith(expect.objectContaining({ activeSheetOnly: false }));
  expect(engineMock.analyze).toHaveBeenCalledWith(SNAPSHOT, expect.objectContaining({ lang: 'vi', overrides: [] }));
  expect(screen.getByText('5 phát hiện')).toBeInTheDocument();
  const counts = screen.getByRole('list', { name: 'Mức độ' });
  expect(within(counts).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['2 lỗi', '2 cảnh báo', '1 lưu ý']);

  const pl1 = findingButtons('PL 1');
  expect(pl1).toHaveLength(4);
  expect(pl1[0]).toHaveTextContent('D7');
  expect(pl1[0]).toHaveTextContent('Thời hạn "31/02/2025" không phải ngày có thật.');
  expect(pl1[0]).toHaveTextContent('Giá trị: 31/02/2025');
  expect(pl1[0]).toHaveTextContent('Cách sửa: Sửa thành ngày có thật, ví dụ 28/02/2025.');
  expect(findingButtons('PL 2')).toHaveLength(1);
});

test('checks only the active sheet when asked', async () => {
  const { user } = await renderPane();
  await user.click(screen.getByRole('checkbox', { name: 'Chỉ kiểm tra trang tính đang mở' }));
  await runCheck(user);
  expect(excelMock.readWorkbookSnapshot).toHaveBeenCalledWith(expect.objectContaining({ activeSheetOnly: true }));
});

test('shows reading progress on a large sheet and keeps buttons disabled until the check ends', async () => {
  let finish: (() => void) | undefined;
  excelMock.readWorkbookSnapshot.mockImplementation(
    (options) =>
      new Promise((resolve) => {
        options?.onProgress?.(5000, 20000);
        finish = () => resolve(SNAPSHOT);
      }),
  );
  const { user } = await renderPane();
  await user.click(screen.getByRole('button', { name: 'Kiểm tra' }));

  expect(await screen.findByText('Đang đọc 5000/20000 dòng…')).toBeInTheDocument();
  expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '0.25');
  expect(screen.getByRole('button', { name: 'Kiểm tra' })).toHaveAttribute('aria-disabled', 'true');

  await act(async () => finish?.());
  expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Kiểm tra' })).not.toHaveAttribute('aria-disabled', 'true');
});

test('clicking a finding selects its cell in Excel, from the keyboard too', async () => {
  const { user } = await renderPane();
  await runCheck(user);
  await user.click(findingButtons('PL 1')[0]);
  expect(excelMock.selectCell).toHaveBeenCalledWith('PL 1', 'D7');

  findingButtons('PL 2')[0].focus();
  await user.keyboard('{Enter}');
  expect(excelMock.selectCell).toHaveBeenLastCalledWith('PL 2', 'C5');
});

test('filters by severity and by code', async () => {
  const { user } = await renderPane();
  await runCheck(user);

  await user.selectOptions(screen.getByRole('combobox', { name: 'Mức độ' }), 'warning');
  expect(findingButtons('PL 1').map((b) => b.querySelector('span')?.textContent)).toEqual(['B12Cảnh báo']);
  expect(findingButtons('PL 2')).toHaveLength(1);

  await user.selectOptions(screen.getByRole('combobox', { name: 'Mức độ' }), 'all');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Loại phát hiện' }), 'invalid-date');
  expect(findingButtons('PL 1')).toHaveLength(1);
  expect(findingButtons('PL 1')[0]).toHaveTextContent('D7');
  expect(screen.queryByRole('region', { name: 'PL 2' })).not.toBeInTheDocument();

  await user.selectOptions(screen.getByRole('combobox', { name: 'Mức độ' }), 'info');
  expect(screen.getByText('Không có phát hiện nào khớp bộ lọc.')).toBeInTheDocument();
});

test('highlights and clears highlights', async () => {
  const { user } = await renderPane();
  await runCheck(user);
  expect(screen.queryByText(CAPABILITY_TITLE)).not.toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Đánh dấu' }));
  expect(excelMock.highlightFindings).toHaveBeenCalledWith(FINDINGS);
  expect(await screen.findByText('Đã đánh dấu ô của 5 phát hiện.')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Xóa đánh dấu' }));
  expect(excelMock.clearHighlights).toHaveBeenCalledTimes(1);
  expect(await screen.findByText('Đã xóa đánh dấu.')).toBeInTheDocument();
});

test('says which protected sheets kept their highlights, and counts only what was highlighted', async () => {
  excelMock.highlightFindings.mockResolvedValue({ highlighted: 1, protectedSheets: ['PL 1'] });
  excelMock.clearHighlights.mockResolvedValue({ protectedSheets: ['PL 1'] });
  const { user } = await renderPane();
  await runCheck(user);
  const protectedMessage = /^Trang tính đang được bảo vệ nên không thay đổi được đánh dấu: PL 1\. Hãy bỏ bảo vệ \(Xem lại › Bỏ bảo vệ Trang tính\)/;

  await user.click(screen.getByRole('button', { name: 'Đánh dấu' }));
  expect(await screen.findByText('Đã đánh dấu ô của 1 phát hiện.')).toBeInTheDocument();
  expect(screen.getByText(protectedMessage)).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Xóa đánh dấu' }));
  expect(await screen.findByText('Đã xóa đánh dấu.')).toBeInTheDocument();
  expect(screen.getByText(protectedMessage)).toBeInTheDocument();
});

test('without ExcelApi 1.6 the highlight buttons are disabled and the pane says why', async () => {
  excelMock.getCapabilities.mockReturnValue({
    conditionalFormats: false,
    freezePanes: false,
    dataValidation: false,
    rangeAreas: false,
    pageLayout: false,
    mergedAreas: false,
  });
  const { user } = await renderPane();
  await runCheck(user);

  expect(screen.getByRole('button', { name: 'Đánh dấu' })).toBeDisabled();
  expect(screen.getByRole('button', { name: 'Xóa đánh dấu' })).toBeDisabled();
  expectCapabilityNote(/^Đánh dấu ô \(cần Excel 2019, Microsoft 365 hoặc Excel trên web\)\. Vẫn dùng được/, '1.6');
  expectCapabilityNote(/^Đọc ô gộp \(cần Excel 2021, Microsoft 365 hoặc Excel trên web\)\. Vẫn kiểm tra được/, '1.13');
  expect(screen.getByRole('button', { name: 'Ghi danh sách vào trang tính “Kiểm tra”' })).toBeEnabled();
});

test('writes the issue-list sheet, with every button disabled while Excel writes', async () => {
  let finish: (() => void) | undefined;
  excelMock.applyWritePlan.mockImplementation(
    (source) => new Promise<WritePlan>((resolve) => (finish = () => resolve(source as WritePlan))),
  );
  const { user } = await renderPane();
  await runCheck(user);

  await user.click(screen.getByRole('button', { name: 'Ghi danh sách vào trang tính “Kiểm tra”' }));
  expect(engineMock.planIssueSheet).toHaveBeenCalledWith(makeAnalysis());
  expect(excelMock.applyWritePlan).toHaveBeenCalledWith({ sheets: [engineMock.planIssueSheet.mock.results[0].value] });
  for (const name of ['Kiểm tra', 'Đánh dấu', 'Ghi danh sách vào trang tính “Kiểm tra”']) {
    expect(screen.getByRole('button', { name })).toHaveAttribute('aria-disabled', 'true');
  }
  expect(findingButtons('PL 1')[0]).toBeDisabled();

  await act(async () => finish?.());
  expect(await screen.findByText('Đã ghi trang tính: Kiểm tra.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Đánh dấu' })).not.toHaveAttribute('aria-disabled');
});

test('a long list shows 50 findings per sheet, says how many more, and shows more on request', async () => {
  const many = Array.from({ length: 120 }, (_, i) => finding('PL 1', `D${i + 5}`, 'overdue', '30/06/2025', `Quá hạn ${i + 1}`));
  engineMock.analyze.mockReturnValue(makeAnalysis({ findings: many }));
  const { user } = await renderPane();
  await runCheck(user);

  expect(findingButtons('PL 1')).toHaveLength(50);
  expect(screen.getByText('và 70 phát hiện khác')).toBeInTheDocument();
  await user.click(screen.getByText('Hiện thêm 50'));
  expect(screen.getByText('Quá hạn 51').closest('button')).toHaveFocus();
  expect(screen.getByText('và 20 phát hiện khác')).toBeInTheDocument();
  await user.click(screen.getByText('Hiện thêm 20'));
  expect(findingButtons('PL 1')).toHaveLength(120);
  expect(screen.queryByText(/phát hiện khác/)).not.toBeInTheDocument();
});

test('says so when the workbook has no findings', async () => {
  engineMock.analyze.mockReturnValue(makeAnalysis({ findings: [] }));
  const { user } = await renderPane();
  await runCheck(user);
  expect(screen.getByText('Không có phát hiện nào.')).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Đánh dấu' })).toBeDisabled();
});

test('a failed cell selection shows the Excel error', async () => {
  excelMock.selectCell.mockRejectedValue(new Error('ItemNotFound'));
  const { user } = await renderPane();
  await runCheck(user);
  await user.click(findingButtons('PL 1')[0]);
  await waitFor(() => expect(screen.getByText('Excel báo lỗi: ItemNotFound')).toBeInTheDocument());
});
