import { analyze } from '../../src/engine/analyzeWorkbook';
import { periodRecordOf, type PeriodRecord } from '../../src/engine/periods/periodRecord';
import {
  MAX_PERIOD_RECORDS, PERIOD_RECORD_SHEET, planPeriodRecordSheet, previousRecord, readPeriodRecords, withPeriodRecord,
} from '../../src/engine/periods/recordSheet';
import type { SheetPlan } from '../../src/engine/sheets/writePlan';
import type { SheetSnapshot } from '../../src/engine/workbook/snapshot';
import { sheet, workbook } from './snapshotBuilder';

const TASKS = ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái'];
const record = (asOf: string, rows = 1): PeriodRecord =>
  periodRecordOf(analyze(workbook(sheet('PL', [TASKS, ...Array.from({ length: rows }, (_, i) => [i + 1, `Nhiệm vụ ${i}`, 'VP', '31/12/2026', 'Đang thực hiện'])])), { asOf }));

/** What a host reads back from a written record sheet. */
function snapshotOf(plan: SheetPlan): SheetSnapshot {
  return { name: plan.name, rows: plan.values.map((row) => row.map((v) => (v === null ? null : { v }))), merges: [], visibility: 'veryHidden' };
}

describe('the period record (SPEC §11), stored in a very hidden sheet of the product', () => {
  it('round-trips through the sheet, is very hidden, and is never analysed as an appendix', () => {
    const records = [record('2026-01-14'), record('2026-02-14')];
    const plan = planPeriodRecordSheet(records, []);
    expect(plan.name).toBe(PERIOD_RECORD_SHEET);
    expect(plan.visibility).toBe('veryHidden');
    const stored = snapshotOf(plan);
    expect(readPeriodRecords(workbook(stored))).toEqual({ records, unreadable: false });
    const analysis = analyze(workbook(sheet('PL', [TASKS, [1, 'A', 'VP', '31/12/2026', 'Đang thực hiện']]), stored), { asOf: '2026-03-14' });
    expect(analysis.workbookSheets).toEqual([{ name: 'PL', own: false }, { name: PERIOD_RECORD_SHEET, own: true }]);
    expect(analysis.findings).toEqual([]);
  });

  it('a record longer than one cell is cut into cells of at most 32,000 characters, none starting with "="', () => {
    const big = record('2026-01-14', 600);
    const plan = planPeriodRecordSheet([big], []);
    const cells = plan.values[1].slice(1) as string[];
    expect(cells.length).toBeGreaterThan(1);
    expect(cells.every((c) => c.length <= 32000 && !c.startsWith('='))).toBe(true);
    expect(readPeriodRecords(workbook(snapshotOf(plan))).records).toEqual([big]);
  });

  it('a re-run for the same report date replaces that record; never more than 12 are kept', () => {
    let records: PeriodRecord[] = [];
    for (let month = 1; month <= 14; month++) records = withPeriodRecord(records, record(`2026-${String(month % 12 + 1).padStart(2, '0')}-14`));
    expect(records).toHaveLength(MAX_PERIOD_RECORDS);
    const again = withPeriodRecord(records, record('2026-05-14', 3));
    expect(again).toHaveLength(MAX_PERIOD_RECORDS);
    expect(again.filter((r) => r.asOf === '2026-05-14').map((r) => r.rows.length)).toEqual([3]);
    expect(previousRecord(again, '2026-05-20')?.asOf).toBe('2026-05-14');
    expect(previousRecord(again, '2026-05-14')?.asOf).toBe('2026-04-14');
    expect(previousRecord(again, '2026-01-01')).toBeUndefined();
  });

  it('an unreadable record is left out with a notice, never fatal', () => {
    const plan = planPeriodRecordSheet([record('2026-01-14')], []);
    const stored = snapshotOf(plan);
    stored.rows.push([{ v: '2026-02-14' }, { v: '{"version":1,"asOf":"2026-02-14","rows":[{"kind":"task"}]}' }]);
    stored.rows.push([{ v: '2026-03-14' }, { v: '{not json' }]);
    const read = readPeriodRecords(workbook(stored));
    expect(read.unreadable).toBe(true);
    expect(read.records.map((r) => r.asOf)).toEqual(['2026-01-14']);
    expect(readPeriodRecords(workbook(sheet('PL', [TASKS])))).toEqual({ records: [], unreadable: false });
  });
});
