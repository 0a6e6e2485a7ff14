/**
 * A sheet far larger than any real appendix goes through analyze whole: nothing in the engine may
 * hold rows, tasks or findings on the call stack (`push(...rows)` throws "Maximum call stack size
 * exceeded" past some 100,000 elements). Cells are shared between rows to keep the test light.
 */
import { analyze, type CellSnapshot, type WorkbookSnapshot } from '../../src/engine';

const ROWS = 300_000;

function largeTaskSheet(): WorkbookSnapshot {
  const header = ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái'].map((v): CellSnapshot => ({ v }));
  const lead: CellSnapshot = { v: 'Phòng Kinh tế' };
  const status: CellSnapshot = { v: 'Đang thực hiện' };
  const future: CellSnapshot = { v: '31/12/2026' };
  const past: CellSnapshot = { v: '30/06/2025' };
  const rows: (CellSnapshot | null)[][] = [header];
  for (let i = 0; i < ROWS; i++) {
    rows.push([{ v: i + 1 }, { v: `Nhiệm vụ số ${i + 1}` }, lead, i % 3 === 0 ? past : future, status]);
  }
  return { sheets: [{ name: 'Nhiệm vụ', rows, merges: [] }] };
}

describe('a sheet of 300,000 tasks', () => {
  // Generous: seconds on a quiet machine, more on a busy one; the test measures nothing.
  it('is analysed whole: every task counted, every overdue one reported', () => {
    const analysis = analyze(largeTaskSheet(), { asOf: '2025-12-11' });
    const overdue = Math.ceil(ROWS / 3);
    expect(analysis.summary.tasks.total).toBe(ROWS);
    expect(analysis.summary.tasks.overdue).toBe(overdue);
    expect(analysis.summary.tasks.in_progress).toBe(ROWS - overdue);
    expect(analysis.findings).toHaveLength(overdue);
    expect(analysis.findings.every((f) => f.code === 'overdue')).toBe(true);
    expect(analysis.findings.at(-1)?.cell).toBe(`D${ROWS - 1}`);
  }, 600_000);
});
