import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import { SENTENCE, engineMock, excelMock, makeAnalysis, renderPane, resetMocks, runCheck } from './fixtures';

jest.mock('../../src/excel', () => require('./mocks').excelModule());
jest.mock('../../src/engine', () => require('./mocks').engineModule());

beforeEach(resetMocks);

async function openSummary() {
  const pane = await renderPane();
  await runCheck(pane.user);
  await pane.user.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
  return pane;
}

/** Rows of a counts table as [label, count]. */
function rows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [within(row).getByRole('rowheader').textContent ?? '', within(row).getByRole('cell').textContent ?? '']);
}

test('asks for a check first', async () => {
  const { user } = await renderPane();
  await user.click(screen.getByRole('tab', { name: 'Tổng hợp' }));
  expect(screen.getByText('Chưa có kết quả. Hãy bấm “Kiểm tra” ở thẻ Kiểm tra trước.')).toBeInTheDocument();
});

test('shows the counts by category with the SPEC labels, and the report sentence', async () => {
  await openSummary();
  expect(rows(screen.getByRole('table', { name: 'Nhiệm vụ' }))).toEqual([
    ['Hoàn thành đúng hạn', '5'],
    ['Hoàn thành quá hạn', '1'],
    ['Đang thực hiện trong hạn', '5'],
    ['Quá hạn', '0'],
    ['Chưa triển khai', '0'],
    ['Chưa xác định', '0'],
    ['Tổng số', '11'],
  ]);
  expect(rows(screen.getByRole('table', { name: 'Chỉ tiêu' }))).toEqual([
    ['Đạt (hoàn thành)', '17'],
    ['Trong hạn (chưa đạt)', '6'],
    ['Không đạt (quá hạn)', '0'],
    ['Chưa có số liệu', '0'],
    ['Chưa xác định', '0'],
    ['Tổng số', '23'],
  ]);
  expect(screen.getByRole('textbox', { name: 'Câu báo cáo' })).toHaveValue(SENTENCE);
});

test('shows counts per group and per lead unit on demand', async () => {
  const { user } = await openSummary();
  await user.click(screen.getByRole('button', { name: /^B\. Nhiệm vụ theo Kế hoạch số 02-KH\/BCĐ/ }));
  expect(screen.getAllByRole('table', { name: 'Nhiệm vụ' })).toHaveLength(2);
  expect(screen.getAllByRole('table', { name: 'Chỉ tiêu' })).toHaveLength(1);

  const lead = screen.getByRole('button', { name: /^Phòng Kinh tế/ });
  expect(lead).toHaveTextContent('6 nhiệm vụ, 12 chỉ tiêu');
  await user.click(lead);
  const leadTables = screen.getAllByRole('table', { name: 'Chỉ tiêu' });
  expect(rows(leadTables[1])[0]).toEqual(['Đạt (hoàn thành)', '8']);
});

test('copies the sentence with the clipboard API', async () => {
  const { user } = await openSummary();
  await user.click(screen.getByRole('button', { name: 'Sao chép' }));
  expect(await navigator.clipboard.readText()).toBe(SENTENCE);
  expect(await screen.findByText('Đã sao chép câu báo cáo.')).toBeInTheDocument();
});

test('falls back to execCommand when the webview blocks the clipboard API', async () => {
  const { user } = await openSummary();
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: { writeText: jest.fn().mockRejectedValue(new DOMException('blocked', 'NotAllowedError')) },
  });
  let copied: string | undefined;
  document.execCommand = jest.fn((command: string) => {
    const area = document.body.lastElementChild;
    copied = command === 'copy' && area instanceof HTMLTextAreaElement ? area.value : undefined;
    return true;
  });

  await user.click(screen.getByRole('button', { name: 'Sao chép' }));
  expect(await screen.findByText('Đã sao chép câu báo cáo.')).toBeInTheDocument();
  expect(copied).toBe(SENTENCE);
  expect(document.querySelectorAll('textarea')).toHaveLength(1);
});

test('says how to copy by hand when no way of copying works', async () => {
  const { user } = await openSummary();
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
  document.execCommand = jest.fn(() => false);
  await user.click(screen.getByRole('button', { name: 'Sao chép' }));
  expect(await screen.findByText('Không sao chép được. Hãy chọn câu ở ô trên rồi nhấn Ctrl+C.')).toBeInTheDocument();
});

test('Chèn bảng tổng hợp writes the Tổng hợp sheet plan', async () => {
  const { user } = await openSummary();
  await user.click(screen.getByRole('button', { name: 'Chèn bảng tổng hợp' }));
  expect(engineMock.planSummarySheet).toHaveBeenCalledWith(makeAnalysis());
  expect(excelMock.applyWritePlan).toHaveBeenCalledWith({ sheets: [expect.objectContaining({ name: 'Tổng hợp' })] });
  expect(await screen.findByText('Đã ghi sheet: Tổng hợp.')).toBeInTheDocument();
});
