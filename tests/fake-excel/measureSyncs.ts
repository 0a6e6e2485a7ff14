import type { Finding, SheetPlan, WorkbookSnapshot } from '../../src/engine';
import { applyWritePlan, highlightFindings, readWorkbookSnapshot } from '../../src/excel';
import { installFakeExcel } from './install';

/**
 * Round trips (context.sync calls) the add-in makes on a task appendix of N rows: reading it,
 * and applying the result (highlight every finding + write a summary sheet). For the bench:
 * `syncs_read_1k`, `syncs_read_50k`, `syncs_apply_1k`, `syncs_apply_50k`. No jest, no Node APIs.
 */

export interface SyncCounts {
  read: number;
  highlight: number;
  write: number;
  /** highlight + write */
  apply: number;
}

const HEADER = ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái', 'Ghi chú'];
const UNITS = ['Phòng Văn hóa - Xã hội', 'Phòng Kinh tế', 'Trung tâm Phục vụ hành chính công', 'Văn phòng HĐND và UBND'];
const STATUSES = ['Đã hoàn thành', 'Đang thực hiện', 'Chưa triển khai', 'Hoàn thành quá hạn'];
/** Row of the first task (0-based): a title row, then the header. */
export const FIRST_TASK_ROW = 2;

/** A task appendix like seed 004: title, header, then `rows` tasks with dates as serials. */
export function buildTaskWorkbook(rows: number): WorkbookSnapshot {
  const sheetRows: WorkbookSnapshot['sheets'][number]['rows'] = [
    [{ v: 'PHỤ LỤC: DANH MỤC NHIỆM VỤ THỰC HIỆN NGHỊ QUYẾT 57-NQ/TW' }],
    HEADER.map((v) => ({ v })),
  ];
  for (let i = 0; i < rows; i++) {
    const serial = 45_658 + (i % 365); // 2025
    sheetRows.push([
      { v: i + 1 },
      { v: `Nhiệm vụ số ${i + 1}: rà soát, cập nhật cơ sở dữ liệu chuyên ngành và số hóa hồ sơ` },
      { v: UNITS[i % UNITS.length] },
      { v: serial, fmt: 'dd/mm/yyyy', text: formatSerial(serial) },
      { v: STATUSES[i % STATUSES.length] },
      i % 5 === 0 ? { v: 'Đang chờ ý kiến của Sở' } : null,
    ]);
  }
  return { sheets: [{ name: 'PL 1', rows: sheetRows, merges: [{ top: 0, left: 0, bottom: 0, right: 5 }] }] };
}

function formatSerial(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

/** One finding per task on its deadline, plus scattered status errors and completion notes. */
export function taskFindings(rows: number, sheet = 'PL 1'): Finding[] {
  const findings: Finding[] = [];
  const add = (row: number, col: number, code: Finding['code'], severity: Finding['severity']) =>
    findings.push({
      sheet,
      cell: `${String.fromCharCode(65 + col)}${row + 1}`,
      row,
      col,
      field: null,
      code,
      severity,
      value: '',
      message: '',
      hint: '',
    });
  for (let i = 0; i < rows; i++) {
    const row = FIRST_TASK_ROW + i;
    add(row, 3, 'overdue', 'warning');
    if (i % 10 === 3) add(row, 4, 'invalid-status', 'error');
    if (i % 7 === 1) add(row, 3, 'completed-late', 'info');
  }
  return findings;
}

/** A summary sheet of fixed size, as the engine plans it: its size never depends on the rows. */
export function summaryPlan(): SheetPlan {
  const categories = ['Hoàn thành đúng hạn', 'Hoàn thành quá hạn', 'Đang thực hiện trong hạn', 'Quá hạn', 'Chưa triển khai', 'Chưa xác định'];
  return {
    name: 'Tổng hợp',
    values: [
      ['TỔNG HỢP KẾT QUẢ THỰC HIỆN', null, null, null],
      ['Nội dung', 'Nhiệm vụ', 'Chỉ tiêu', 'Tỷ lệ'],
      ...categories.map((label, i) => [label, i * 3, i, '=IFERROR(B' + (i + 3) + '/SUM(B$3:B$8),0)']),
      ['Tổng', '=SUM(B3:B8)', '=SUM(C3:C8)', null],
    ],
    columnWidths: [40, 12, 12, 10],
    merges: ['A1:D1'],
    rowHeights: [{ row: 1, height: 30 }],
    formats: [
      { range: 'A1:D1', bold: true, fontSize: 14, hAlign: 'center' },
      { range: 'A2:D2', bold: true, fill: '#D9E1F2', border: true, wrap: true, vAlign: 'middle' },
      { range: 'A3:D9', border: true },
      { range: 'D3:D8', numberFormat: '0%' },
    ],
    freezeRows: 2,
    validations: [{ range: 'E3:E8', values: ['Đạt', 'Không đạt'] }],
    position: 'start',
  };
}

export async function measureSyncs(rows: number, options: { excelApi?: string } = {}): Promise<SyncCounts> {
  const fake = installFakeExcel({ excelApi: options.excelApi });
  try {
    fake.loadSnapshot(buildTaskWorkbook(rows));
    fake.resetSyncCount();
    await readWorkbookSnapshot();
    const read = fake.syncCount;
    fake.resetSyncCount();
    await highlightFindings(taskFindings(rows));
    const highlight = fake.syncCount;
    fake.resetSyncCount();
    await applyWritePlan({ sheets: [summaryPlan()] });
    const write = fake.syncCount;
    return { read, highlight, write, apply: highlight + write };
  } finally {
    fake.uninstall();
  }
}

/** The four numbers the bench reports. */
export async function measureBenchSyncs(): Promise<{
  syncs_read_1k: number;
  syncs_read_50k: number;
  syncs_apply_1k: number;
  syncs_apply_50k: number;
}> {
  const small = await measureSyncs(1_000);
  const large = await measureSyncs(50_000);
  return {
    syncs_read_1k: small.read,
    syncs_read_50k: large.read,
    syncs_apply_1k: small.apply,
    syncs_apply_50k: large.apply,
  };
}
