/** The one plan every face writes for Tổng hợp (SPEC §11): the summary, its comparison, the record beside it. */
import { analyze } from '../../src/engine/analyzeWorkbook';
import { LABELS } from '../../src/engine/labels/catalogue';
import { periodRecordOf, type PeriodRecord } from '../../src/engine/periods/periodRecord';
import { planSummaryWithRecord } from '../../src/engine/periods/summaryWithRecord';
import { sheet, workbook } from './snapshotBuilder';

const TASKS = ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái', 'Ngày hoàn thành'];
const month = (asOf: string, status: string, doneOn: string) =>
  analyze(workbook(sheet('PL', [TASKS, [1, 'Số hóa hồ sơ', 'VP', '31/12/2026', status, doneOn]])), { asOf });
const march = (stored: readonly PeriodRecord[]) => planSummaryWithRecord(month('2026-03-14', 'Đã hoàn thành', '01/03/2026'), stored);
const flat = (values: unknown[][]) => values.flat();

describe('planSummaryWithRecord', () => {
  it('without stored records: no comparison, and a record of this period alone, very hidden', () => {
    const plan = march([]);
    expect(plan.comparison).toBeUndefined();
    expect(plan.records.map((r) => r.asOf)).toEqual(['2026-03-14']);
    expect(plan.record.visibility).toBe('veryHidden');
    expect(flat(plan.summary.values)).not.toContain(LABELS.vi.comparisonHeading);
  });

  it('with an earlier record: the comparison in Tổng hợp, both periods in the record; the same date again replaces, never stacks', () => {
    const february = periodRecordOf(month('2026-02-14', 'Đang thực hiện', ''));
    const plan = march([february]);
    expect(plan.comparison?.changes.map((c) => c.code)).toEqual(['newly-done']);
    expect(flat(plan.summary.values)).toContain(LABELS.vi.comparisonHeading);
    expect(plan.records.map((r) => r.asOf)).toEqual(['2026-02-14', '2026-03-14']);
    expect(march(plan.records).records.map((r) => r.asOf)).toEqual(['2026-02-14', '2026-03-14']);
  });
});
