import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as engine from '../../src/engine';
import type {
  Analysis,
  Finding,
  FindingCode,
  DeadlineCounts,
  IndicatorCounts,
  PlanSummary,
  SheetPlan,
  SheetStructure,
  TaskCounts,
  WorkbookSnapshot,
} from '../../src/engine';
import * as excel from '../../src/excel';
import type { Capabilities } from '../../src/excel';
import { FINDING_SEVERITY } from '../../src/engine/checks/findings';
import { App } from '../../src/taskpane/App';

// Fluent UI in jsdom renders slowly on a loaded CI machine; the pane's tests are not about speed.
jest.setTimeout(20_000);

export const excelMock = jest.mocked(excel);
export const engineMock = jest.mocked(engine);

export const ALL_CAPABILITIES: Capabilities = {
  conditionalFormats: true,
  freezePanes: true,
  dataValidation: true,
  rangeAreas: true,
  pageLayout: true,
  mergedAreas: true,
};

export const SENTENCE =
  'UBND đặc khu được giao 11 nhiệm vụ và 23 chỉ tiêu, đã và đang thực hiện 11 nhiệm vụ và 23 chỉ tiêu, hoàn thành 06 nhiệm vụ/17 chỉ tiêu, trong hạn 05 nhiệm vụ/06 chỉ tiêu, quá hạn 0 nhiệm vụ/chỉ tiêu; chưa triển khai 0 nhiệm vụ/chỉ tiêu.';

export const SNAPSHOT: WorkbookSnapshot = {
  sheets: [
    { name: 'PL 1', rows: [[{ v: 'PHỤ LỤC 1' }]], merges: [] },
    { name: 'PL 2', rows: [[{ v: 'PHỤ LỤC 2' }]], merges: [] },
  ],
};

export function taskCounts(counts: Partial<Omit<TaskCounts, 'total'>>): TaskCounts {
  const full = { done_on_time: 0, done_late: 0, in_progress: 0, overdue: 0, not_started: 0, unknown: 0, ...counts };
  return { total: Object.values(full).reduce((a, b) => a + b, 0), ...full };
}

export function indicatorCounts(counts: Partial<Omit<IndicatorCounts, 'total'>>): IndicatorCounts {
  const full = { done: 0, in_progress: 0, overdue: 0, not_started: 0, unknown: 0, ...counts };
  return { total: Object.values(full).reduce((a, b) => a + b, 0), ...full };
}

export const GROUP_SENTENCES = [
  'UBND đặc khu được giao 05 nhiệm vụ và 0 chỉ tiêu, đã và đang thực hiện 05 nhiệm vụ và 0 chỉ tiêu, hoàn thành 03 nhiệm vụ/0 chỉ tiêu, trong hạn 02 nhiệm vụ/0 chỉ tiêu, quá hạn 0 nhiệm vụ/chỉ tiêu; chưa triển khai 0 nhiệm vụ/chỉ tiêu.',
  'UBND đặc khu được giao 06 nhiệm vụ và 0 chỉ tiêu, đã và đang thực hiện 06 nhiệm vụ và 0 chỉ tiêu, hoàn thành 03 nhiệm vụ/0 chỉ tiêu, trong hạn 03 nhiệm vụ/0 chỉ tiêu, quá hạn 0 nhiệm vụ/chỉ tiêu; chưa triển khai 0 nhiệm vụ/chỉ tiêu.',
];

const SHEET_SENTENCES = [
  'UBND đặc khu được giao 11 nhiệm vụ và 0 chỉ tiêu, đã và đang thực hiện 11 nhiệm vụ và 0 chỉ tiêu, hoàn thành 06 nhiệm vụ/0 chỉ tiêu, trong hạn 05 nhiệm vụ/0 chỉ tiêu, quá hạn 0 nhiệm vụ/chỉ tiêu; chưa triển khai 0 nhiệm vụ/chỉ tiêu.',
  'UBND đặc khu được giao 0 nhiệm vụ và 23 chỉ tiêu, đã và đang thực hiện 0 nhiệm vụ và 23 chỉ tiêu, hoàn thành 0 nhiệm vụ/17 chỉ tiêu, trong hạn 0 nhiệm vụ/06 chỉ tiêu, quá hạn 0 nhiệm vụ/chỉ tiêu; chưa triển khai 0 nhiệm vụ/chỉ tiêu.',
];

export const LEAD_SENTENCES = [
  'Phòng Văn hóa - Xã hội được giao 05 nhiệm vụ và 11 chỉ tiêu, đã và đang thực hiện 05 nhiệm vụ và 11 chỉ tiêu, hoàn thành 04 nhiệm vụ/09 chỉ tiêu, trong hạn 01 nhiệm vụ/02 chỉ tiêu, quá hạn 0 nhiệm vụ/chỉ tiêu; chưa triển khai 0 nhiệm vụ/chỉ tiêu.',
  'Phòng Kinh tế được giao 06 nhiệm vụ và 12 chỉ tiêu, đã và đang thực hiện 06 nhiệm vụ và 12 chỉ tiêu, hoàn thành 02 nhiệm vụ/08 chỉ tiêu, trong hạn 04 nhiệm vụ/04 chỉ tiêu, quá hạn 0 nhiệm vụ/chỉ tiêu; chưa triển khai 0 nhiệm vụ/chỉ tiêu.',
];

function deadlineCounts(counts: Partial<Omit<DeadlineCounts, 'total'>>): DeadlineCounts {
  const full = { already_due: 0, due_this_year: 0, due_later: 0, ongoing: 0, no_deadline: 0, ...counts };
  return { total: Object.values(full).reduce((a, b) => a + b, 0), ...full };
}

const NO_PLAN_INDICATORS = { total: 0, byLead: [], years: [] };

/** Two plan sheets of tasks (SPEC §2.1) by deadline, and one of indicators without actual values (SPEC §2.2) by lead unit. */
export const PLANS: PlanSummary[] = [
  {
    sheet: 'PL3 Nhiệm vụ chung',
    byDeadline: deadlineCounts({ already_due: 1, ongoing: 2, due_later: 1 }),
    byLead: [
      { lead: 'UBND đặc khu, các cơ quan chuyên môn', byDeadline: deadlineCounts({ already_due: 1, ongoing: 2 }) },
      { lead: 'Phòng Kinh tế', byDeadline: deadlineCounts({ due_later: 1 }) },
    ],
    indicators: NO_PLAN_INDICATORS,
  },
  {
    sheet: 'PL4 Nhiệm vụ khác',
    byDeadline: deadlineCounts({ due_this_year: 3, no_deadline: 2 }),
    byLead: [{ lead: 'Phòng Văn hóa - Xã hội', byDeadline: deadlineCounts({ due_this_year: 3, no_deadline: 2 }) }],
    indicators: NO_PLAN_INDICATORS,
  },
  {
    sheet: 'PL2 Chỉ tiêu 5 năm',
    byDeadline: deadlineCounts({}),
    byLead: [],
    indicators: {
      total: 5,
      byLead: [{ lead: 'Phòng Kinh tế', total: 3 }, { lead: 'Phòng Văn hóa - Xã hội', total: 2 }],
      years: [2025, 2030],
    },
  },
];

function columnIndex(cell: string): number {
  const letters = /^[A-Z]+/.exec(cell)?.[0] ?? 'A';
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

export function finding(sheet: string, cell: string, code: FindingCode, value: string, message: string, hint = ''): Finding {
  return {
    sheet,
    cell,
    row: Number(/\d+$/.exec(cell)?.[0]) - 1,
    col: columnIndex(cell),
    field: null,
    code,
    severity: FINDING_SEVERITY[code],
    value,
    message,
    hint,
  };
}

export const FINDINGS: Finding[] = [
  finding('PL 1', 'D7', 'invalid-date', '31/02/2025', 'Thời hạn "31/02/2025" không phải ngày có thật.', 'Sửa thành ngày có thật, ví dụ 28/02/2025.'),
  finding('PL 1', 'E9', 'invalid-status', 'Đang làm', 'Trạng thái "Đang làm" không thuộc danh mục.', 'Dùng: Đã hoàn thành, Đang thực hiện, Chưa thực hiện.'),
  finding('PL 1', 'B12', 'duplicate-task', 'Rà soát, hoàn thiện quy trình thủ tục hành chính', 'Nhiệm vụ trùng với dòng 8.', 'Xóa một dòng hoặc gộp nội dung.'),
  finding('PL 1', 'D10', 'completed-late', '30/09/2025', 'Hoàn thành sau thời hạn 15/09/2025.'),
  finding('PL 2', 'C5', 'missing-unit', '', 'Chỉ tiêu chưa có đơn vị tính.', 'Nhập đơn vị tính, ví dụ %.'),
];

export const STRUCTURES: SheetStructure[] = [
  {
    name: 'PL 1',
    kind: 'tasks',
    overridden: false,
    blocks: [
      {
        kind: 'tasks',
        headerRows: [3, 4],
        columns: { stt: 0, name: 1, lead: 2, deadline: 3, status: 4 },
        targetYears: {},
        firstRow: 4,
        lastRow: 20,
      },
    ],
  },
  {
    name: 'PL 2',
    kind: 'indicators',
    overridden: false,
    blocks: [
      {
        kind: 'indicators',
        headerRows: [3],
        columns: { stt: 0, name: 1, unit: 2, target: 3, actual: 4, lead: 5 },
        targetYears: {},
        firstRow: 3,
        lastRow: 30,
      },
    ],
  },
];

/** An analysis as the engine would return it for a two-sheet workbook (the SPEC §7 example). */
export function makeAnalysis(changes: Partial<Analysis> = {}): Analysis {
  const tasks = taskCounts({ done_on_time: 5, done_late: 1, in_progress: 5 });
  const indicators = indicatorCounts({ done: 17, in_progress: 6 });
  return {
    workbookSheets: [
      { name: 'PL 1', own: false },
      { name: 'PL 2', own: false },
    ],
    asOf: '2025-12-11',
    subject: 'UBND đặc khu',
    lang: 'vi',
    sheets: STRUCTURES.map((structure) => ({ structure, rows: 10 })),
    tasks: [],
    indicators: [],
    findings: FINDINGS,
    summary: {
      tasks,
      indicators,
      sheets: [
        { sheet: 'PL 1', tasks, indicators: indicatorCounts({}), sentence: SHEET_SENTENCES[0] },
        { sheet: 'PL 2', tasks: taskCounts({}), indicators, sentence: SHEET_SENTENCES[1] },
      ],
      groups: [
        { sheet: 'PL 1', group: 'A. Nhiệm vụ theo Kế hoạch số 01-KH/BCĐ', tasks: taskCounts({ done_on_time: 3, in_progress: 2 }), indicators: indicatorCounts({}), sentence: GROUP_SENTENCES[0] },
        { sheet: 'PL 1', group: 'B. Nhiệm vụ theo Kế hoạch số 02-KH/BCĐ', tasks: taskCounts({ done_on_time: 2, done_late: 1, in_progress: 3 }), indicators: indicatorCounts({}), sentence: GROUP_SENTENCES[1] },
      ],
      byLead: [
        { lead: 'Phòng Văn hóa - Xã hội', tasks: taskCounts({ done_on_time: 4, in_progress: 1 }), indicators: indicatorCounts({ done: 9, in_progress: 2 }), sentence: LEAD_SENTENCES[0] },
        { lead: 'Phòng Kinh tế', tasks: taskCounts({ done_on_time: 1, done_late: 1, in_progress: 4 }), indicators: indicatorCounts({ done: 8, in_progress: 4 }), sentence: LEAD_SENTENCES[1] },
      ],
      sentence: SENTENCE,
      plans: [],
      plansOnly: false,
      dueSoon: 0,
      dueSoonDays: 30,
    },
    ...changes,
  };
}

export function sheetPlan(name: string): SheetPlan {
  return { name, values: [[name]], columnWidths: [20], merges: [], formats: [] };
}

/** Default behaviour of every mocked call: a cooperative Excel with every feature. */
export function resetMocks(): void {
  jest.clearAllMocks();
  excelMock.getCapabilities.mockReset().mockReturnValue(ALL_CAPABILITIES);
  excelMock.readWorkbookSnapshot.mockReset().mockResolvedValue(SNAPSHOT);
  // A plan made from the workbook's sheet names is made from those of SNAPSHOT; the plan written comes back.
  excelMock.applyWritePlan
    .mockReset()
    .mockImplementation(async (source) => (typeof source === 'function' ? source(SNAPSHOT.sheets.map((sheet) => sheet.name)) : source));
  excelMock.highlightFindings.mockReset().mockImplementation(async (findings) => ({ highlighted: findings.length, protectedSheets: [] }));
  excelMock.clearHighlights.mockReset().mockResolvedValue({ protectedSheets: [] });
  excelMock.selectCell.mockReset().mockResolvedValue(undefined);
  excelMock.readStoredSettings.mockReset().mockResolvedValue({ settings: {}, unreadable: false });
  excelMock.saveSettings.mockReset().mockResolvedValue(undefined);
  excelMock.describeExcelError
    .mockReset()
    .mockImplementation((error, lang) => `${lang === 'vi' ? 'Excel báo lỗi' : 'Excel error'}: ${String((error as Error).message)}`);
  engineMock.analyze.mockReset().mockReturnValue(makeAnalysis());
  engineMock.planIssueSheet.mockReset().mockReturnValue(sheetPlan('Kiểm tra'));
  engineMock.planSummarySheet.mockReset().mockReturnValue(sheetPlan('Tổng hợp'));
  engineMock.planTemplate.mockReset().mockImplementation((kinds) => ({ sheets: kinds.map((k) => sheetPlan(`Mẫu ${k}`)) }));
}

/** Renders the pane as index.tsx does and waits until the stored settings are loaded. */
export async function renderPane() {
  // Fluent's many atomic classes make user-event's pointer-events check (getComputedStyle) slow.
  const user = userEvent.setup({ pointerEventsCheck: 0 });
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );
  await screen.findByRole('tablist');
  return { user, ...view };
}

/** Runs a check from the Kiểm tra tab and waits for its results. */
export async function runCheck(user: ReturnType<typeof userEvent.setup>, label = 'Kiểm tra') {
  await user.click(screen.getByRole('button', { name: label }));
  await screen.findByRole('list', { name: /^(Mức độ|Severity)$/ });
}

/** The title of every note about what this Excel cannot do. */
export const CAPABILITY_TITLE = 'Bản Excel này chưa hỗ trợ:';

/**
 * A capability note says the feature in plain Vietnamese, with no API set in the sentence; the
 * ExcelApi set is in the note's tooltip only, for whoever supports the user.
 */
export function expectCapabilityNote(sentence: RegExp, apiSet: string): void {
  const body = screen.getByText(sentence);
  expect(body.textContent).not.toContain('ExcelApi');
  expect(body.closest('[title]')).toHaveAttribute('title', `Cần ExcelApi ${apiSet}`);
}
