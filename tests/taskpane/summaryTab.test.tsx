import '@testing-library/jest-dom';
import { screen, within } from '@testing-library/react';
import {
  ALL_CAPABILITIES,
  GROUP_SENTENCES,
  LEAD_SENTENCES,
  PLANS,
  SENTENCE,
  engineMock,
  expectCapabilityNote,
  excelMock,
  indicatorCounts,
  makeAnalysis,
  renderPane,
  resetMocks,
  runCheck,
  taskCounts,
} from './fixtures';

import { sheet, workbook } from '../engine/snapshotBuilder';

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
  const textareas = document.querySelectorAll('textarea').length;
  let copied: string | undefined;
  document.execCommand = jest.fn((command: string) => {
    const area = document.body.lastElementChild;
    copied = command === 'copy' && area instanceof HTMLTextAreaElement ? area.value : undefined;
    return true;
  });

  await user.click(screen.getByRole('button', { name: 'Sao chép' }));
  expect(await screen.findByText('Đã sao chép câu báo cáo.')).toBeInTheDocument();
  expect(copied).toBe(SENTENCE);
  expect(document.querySelectorAll('textarea')).toHaveLength(textareas);
});

test('says how to copy by hand when no way of copying works', async () => {
  const { user } = await openSummary();
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
  document.execCommand = jest.fn(() => false);
  await user.click(screen.getByRole('button', { name: 'Sao chép' }));
  expect(await screen.findByText('Không sao chép được. Hãy chọn câu ở ô trên rồi nhấn Ctrl+C.')).toBeInTheDocument();
});

function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

describe('Sao chép cho Word', () => {
  const actual = jest.requireActual('../../src/engine');
  /** The real Tổng hợp plan of a small analysis: a title, the sentence, a bordered table with a header row. */
  const realPlan = () => {
    const analysis = actual.analyze(
      workbook(sheet('PL1', [['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái'], ['Số hóa', 'Phòng Kinh tế', '31/12/2025', 'Đã hoàn thành']])),
      { asOf: '2025-12-11' },
    );
    return { analysis, plan: actual.planSummarySheet(analysis) };
  };

  test('puts HTML tables with borders and bold headers beside plain text, through ClipboardItem', async () => {
    const { plan, analysis } = realPlan();
    engineMock.planSummarySheet.mockReturnValue(plan);
    const written: Record<string, Blob>[] = [];
    class FakeClipboardItem {
      constructor(readonly items: Record<string, Blob>) {}
    }
    (globalThis as { ClipboardItem?: unknown }).ClipboardItem = FakeClipboardItem;
    const { user } = await openSummary();
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { write: jest.fn(async (items: FakeClipboardItem[]) => void written.push(...items.map((i) => i.items))) },
    });
    try {
      await user.click(screen.getByRole('button', { name: 'Sao chép cho Word' }));
      expect(await screen.findByText(/Đã sao chép các câu báo cáo và bảng tổng hợp/)).toBeInTheDocument();
    } finally {
      delete (globalThis as { ClipboardItem?: unknown }).ClipboardItem;
    }
    const html = await blobText(written[0]['text/html']);
    const text = await blobText(written[0]['text/plain']);
    expect(html).toContain("font-family:'Times New Roman'");
    expect(html).toMatch(/<table[^>]*><tr><th[^>]*border:1px solid #000000[^>]*font-weight:bold[^>]*>Phạm vi<\/th>/);
    expect(html).toContain(`>${analysis.summary.sentence}</p>`);
    expect(html).not.toContain('Bảng do Phụ lục tạo');
    expect(text).toContain(analysis.summary.sentence);
    expect(text).toContain('Phạm vi\tTổng số\tHoàn thành đúng hạn');
    expect(text).toContain('Toàn bộ\t1\t1\t0');
  });

  test('falls back to a copy event that sets text/html when the webview has no ClipboardItem', async () => {
    const { plan } = realPlan();
    engineMock.planSummarySheet.mockReturnValue(plan);
    const { user } = await openSummary();
    const data = new Map<string, string>();
    document.execCommand = jest.fn((command: string) => {
      const event = Object.assign(new Event('copy', { cancelable: true }), {
        clipboardData: { setData: (type: string, value: string) => data.set(type, value) },
      });
      document.dispatchEvent(event);
      return command === 'copy';
    });
    await user.click(screen.getByRole('button', { name: 'Sao chép cho Word' }));
    expect(await screen.findByText(/Đã sao chép các câu báo cáo và bảng tổng hợp/)).toBeInTheDocument();
    expect(data.get('text/html')).toContain('<table');
    expect(data.get('text/plain')).toContain('Phạm vi\tTổng số');
  });
});

test('says when this Excel cannot set up printing', async () => {
  excelMock.getCapabilities.mockReturnValue({ ...ALL_CAPABILITIES, pageLayout: false });
  await openSummary();
  expectCapabilityNote(/^Thiết lập trang in: A4 ngang.*\(cần Excel 2021, Microsoft 365 hoặc Excel trên web\)\./, '1.9');
});

test('Chèn bảng tổng hợp writes the Tổng hợp sheet plan, and the period record for next period (SPEC §11)', async () => {
  const { user } = await openSummary();
  await user.click(screen.getByRole('button', { name: 'Chèn bảng tổng hợp' }));
  expect(engineMock.planSummarySheet).toHaveBeenCalledWith(makeAnalysis());
  expect(excelMock.applyWritePlan).toHaveBeenCalledWith({
    sheets: [expect.objectContaining({ name: 'Tổng hợp' }), expect.objectContaining({ name: 'PhuLuc_KyBaoCao', visibility: 'veryHidden' })],
  });
  expect(await screen.findByText('Đã ghi trang tính: Tổng hợp.')).toBeInTheDocument();
});

test("shows each group's sentence in its entry, sheet by sheet, each with its own copy button", async () => {
  const { user } = await openSummary();
  const groupA = 'A. Nhiệm vụ theo Kế hoạch số 01-KH/BCĐ';
  const groupB = 'B. Nhiệm vụ theo Kế hoạch số 02-KH/BCĐ';
  expect(screen.queryByRole('textbox', { name: `Câu báo cáo của mục ${groupB}` })).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: new RegExp(`^${groupB}`) }));
  expect(screen.getByRole('textbox', { name: `Câu báo cáo của mục ${groupB}` })).toHaveValue(GROUP_SENTENCES[1]);
  expect(screen.queryByRole('textbox', { name: `Câu báo cáo của mục ${groupA}` })).not.toBeInTheDocument();

  const copyB = screen.getByRole('button', { name: `Sao chép câu báo cáo của mục ${groupB}` });
  expect(copyB).toHaveTextContent('Sao chép');
  await user.click(copyB);
  expect(await navigator.clipboard.readText()).toBe(GROUP_SENTENCES[1]);
  expect(await screen.findByText('Đã sao chép câu báo cáo.')).toBeInTheDocument();
  expect(screen.getAllByText('Đã sao chép câu báo cáo.')).toHaveLength(1);

  await user.click(screen.getByRole('button', { name: new RegExp(`^${groupA}`) }));
  await user.click(screen.getByRole('button', { name: `Sao chép câu báo cáo của mục ${groupA}` }));
  expect(await navigator.clipboard.readText()).toBe(GROUP_SENTENCES[0]);
});

test("shows a lead unit's own sentence in its entry, with its own copy button", async () => {
  const { user } = await openSummary();
  expect(screen.queryByRole('textbox', { name: 'Câu báo cáo của Phòng Kinh tế' })).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: /^Phòng Kinh tế/ }));
  expect(screen.getByRole('textbox', { name: 'Câu báo cáo của Phòng Kinh tế' })).toHaveValue(LEAD_SENTENCES[1]);

  const copy = screen.getByRole('button', { name: 'Sao chép câu báo cáo của Phòng Kinh tế' });
  expect(copy).toHaveTextContent('Sao chép');
  await user.click(copy);
  expect(await navigator.clipboard.readText()).toBe(LEAD_SENTENCES[1]);
  expect(await screen.findByText('Đã sao chép câu báo cáo.')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Sao chép câu báo cáo của Phòng Văn hóa - Xã hội' })).not.toBeInTheDocument();
});

test('shows no group sentences when no sheet has sections', async () => {
  engineMock.analyze.mockReturnValue(makeAnalysis({ summary: { ...makeAnalysis().summary, groups: [] } }));
  await openSummary();
  expect(screen.queryByRole('heading', { name: 'Theo mục' })).not.toBeInTheDocument();
  expect(screen.getAllByRole('button', { name: /^Sao chép( câu|$)/ })).toHaveLength(1);
});

test('shows plan sheets by deadline against the report year, per sheet and per lead unit', async () => {
  engineMock.analyze.mockReturnValue(makeAnalysis({ summary: { ...makeAnalysis().summary, plans: PLANS } }));
  const { user } = await openSummary();
  expect(screen.getByRole('heading', { name: 'Trang tính kế hoạch: nhiệm vụ theo thời hạn' })).toBeInTheDocument();
  expect(rows(screen.getByRole('table', { name: 'PL3 Nhiệm vụ chung' }))).toEqual([
    ['Đã đến hạn', '1'],
    ['Đến hạn trong năm 2025', '0'],
    ['Đến hạn sau năm 2025', '1'],
    ['Thường xuyên', '2'],
    ['Chưa rõ thời hạn', '0'],
    ['Tổng số', '4'],
  ]);
  expect(rows(screen.getByRole('table', { name: 'PL4 Nhiệm vụ khác' }))[4]).toEqual(['Chưa rõ thời hạn', '2']);

  const lead = screen.getByRole('button', { name: /^Phòng Kinh tế\s*PL3 Nhiệm vụ chung · 1 nhiệm vụ$/ });
  await user.click(lead);
  expect(rows(await screen.findByRole('table', { name: 'Phòng Kinh tế' }))[2]).toEqual(['Đến hạn sau năm 2025', '1']);
});

test("names the deadline buckets as the engine does, in the analysis's language", async () => {
  engineMock.analyze.mockReturnValue(makeAnalysis({ lang: 'en', asOf: '2026-03-31', summary: { ...makeAnalysis().summary, plans: PLANS } }));
  await openSummary();
  expect(rows(screen.getByRole('table', { name: 'PL3 Nhiệm vụ chung' })).map(([label]) => label)).toEqual([
    'Already due',
    'Due in 2026',
    'Due after 2026',
    'Ongoing',
    'No clear deadline',
    'Tổng số',
  ]);
});

test('shows plan indicators per lead unit with the years of their targets, apart from the counts', async () => {
  engineMock.analyze.mockReturnValue(makeAnalysis({ summary: { ...makeAnalysis().summary, plans: PLANS } }));
  await openSummary();
  expect(screen.getByRole('heading', { name: 'Trang tính kế hoạch: chỉ tiêu theo đơn vị chủ trì' })).toBeInTheDocument();
  expect(rows(screen.getByRole('table', { name: 'PL2 Chỉ tiêu 5 năm · mục tiêu năm 2025, 2030' }))).toEqual([
    ['Phòng Kinh tế', '3'],
    ['Phòng Văn hóa - Xã hội', '2'],
    ['Tổng số', '5'],
  ]);
  // A sheet of plan indicators only has no deadlines to show.
  expect(screen.queryByRole('table', { name: 'PL2 Chỉ tiêu 5 năm' })).not.toBeInTheDocument();
  expect(screen.queryByText(/Các bảng chỉ có kế hoạch/)).not.toBeInTheDocument();
});

test('says why the sentence is all zeros when the workbook holds plans only', async () => {
  engineMock.analyze.mockReturnValue(makeAnalysis({
    summary: {
      ...makeAnalysis().summary,
      tasks: taskCounts({}),
      indicators: indicatorCounts({}),
      groups: [],
      byLead: [],
      plans: PLANS,
      plansOnly: true,
    },
  }));
  await openSummary();
  expect(screen.getByText(
    'Các bảng chỉ có kế hoạch (chưa có cột Trạng thái / Kết quả thực hiện) nên câu báo cáo chưa có gì để đếm; thêm cột đó để theo dõi tiến độ.',
  )).toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: 'Toàn bộ' })).not.toBeInTheDocument();
  expect(screen.getByRole('heading', { name: 'Trang tính kế hoạch: chỉ tiêu theo đơn vị chủ trì' })).toBeInTheDocument();
});

test('shows no plan section when no sheet is a plan', async () => {
  await openSummary();
  expect(screen.queryByRole('heading', { name: 'Trang tính kế hoạch: nhiệm vụ theo thời hạn' })).not.toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: 'Trang tính kế hoạch: chỉ tiêu theo đơn vị chủ trì' })).not.toBeInTheDocument();
});

test('in English, counts are phrases with plurals: "0 tasks, 1 indicator"', async () => {
  excelMock.readStoredSettings.mockResolvedValue({ settings: { lang: 'en' }, unreadable: false });
  const base = makeAnalysis();
  const lead = { lead: 'Phòng Kinh tế', tasks: taskCounts({}), indicators: indicatorCounts({ done: 1 }), sentence: LEAD_SENTENCES[1] };
  engineMock.analyze.mockReturnValue(makeAnalysis({ lang: 'en', summary: { ...base.summary, byLead: [lead] } }));
  const pane = await renderPane();
  await runCheck(pane.user, 'Check');
  await pane.user.click(screen.getByRole('tab', { name: 'Summary' }));
  expect(screen.getByRole('button', { name: /^Phòng Kinh tế/ })).toHaveTextContent('0 tasks, 1 indicator');
  expect(screen.getByRole('button', { name: /^Phòng Kinh tế/ })).not.toHaveTextContent('1 indicators');
});
