import { analyze } from '../../src/engine/analyzeWorkbook';
import { settingsSchema } from '../../src/engine/settings/settings';
import { buildOverride, formOf, replaceOverride, storedOverride } from '../../src/engine/settings/structureOverride';
import type { SheetOverride } from '../../src/engine/settings/options';
import { sheet, workbook, type TestCell } from './snapshotBuilder';

const AS_OF = '2025-12-11';
/** Two tables; the second's status column is headed "Đánh giá", which detection does not know. */
const TWO_TABLES: TestCell[][] = [
  ['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái', null],
  ['Số hóa hồ sơ', 'Phòng Kinh tế', '31/12/2025', 'Đang thực hiện', null],
  ['B. Nhiệm vụ khác', null, null, null, null],
  ['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Ghi chú', 'Đánh giá'],
  ['Cải cách thủ tục', 'Phòng Nội vụ', '30/11/2025', 'đã báo cáo', 'Đã hoàn thành'],
];
const run = (rows: TestCell[][], overrides: SheetOverride[] = []) => analyze(workbook(sheet('PL', rows)), { asOf: AS_OF, overrides });

/** The user sets the second table's status column to E in the Cấu trúc tab. */
function secondTableOverride(): SheetOverride {
  const structure = run(TWO_TABLES).sheets[0].structure;
  const shown = formOf(structure, 1);
  const override = buildOverride(structure, 1, undefined, shown, { ...shown, columns: { ...shown.columns, status: 'E' } });
  if (!override) throw new Error('no override');
  return override;
}

describe('structure overrides for every table (SPEC §2)', () => {
  it('formOf shows the chosen table', () => {
    const structure = run(TWO_TABLES).sheets[0].structure;
    expect(formOf(structure, 0)).toEqual({ kind: 'tasks', headerRows: '1', columns: { name: 'A', lead: 'B', deadline: 'C', status: 'D' } });
    expect(formOf(structure, 1)).toMatchObject({ kind: 'tasks', headerRows: '4' });
    expect(formOf(structure, 1).columns.status).toBeUndefined();
  });

  it('the second table is corrected, the first left as detected', () => {
    const override = secondTableOverride();
    expect(override).toMatchObject({ sheet: 'PL', headerRows: [4], table: { ordinal: 1, row: 4 } });
    expect(settingsSchema.safeParse({ overrides: [override] }).success).toBe(true);
    expect(run(TWO_TABLES).tasks.map((t) => [t.name, t.plan])).toEqual([['Số hóa hồ sơ', false], ['Cải cách thủ tục', true]]);
    const a = run(TWO_TABLES, [override]);
    expect(a.tasks.map((t) => [t.name, t.plan, t.category])).toEqual([
      ['Số hóa hồ sơ', false, 'in_progress'], ['Cải cách thủ tục', false, 'done_on_time'],
    ]);
    expect(a.sheets[0].structure.blocks.map((b) => b.columns.status)).toEqual([3, 4]);
  });

  it('survives rows inserted above the table', () => {
    const override = secondTableOverride();
    const inserted = [['PHỤ LỤC', null, null, null, null], [null, null, null, null, null], ['(kèm theo Báo cáo số 12)', null, null, null, null], ...TWO_TABLES];
    const a = run(inserted, [override]);
    expect(a.sheets[0].structure.blocks.map((b) => [b.headerRows, b.columns.status])).toEqual([[[4], 3], [[7], 4]]);
    expect(a.tasks.map((t) => [t.name, t.category])).toEqual([['Số hóa hồ sơ', 'in_progress'], ['Cải cách thủ tục', 'done_on_time']]);
  });

  it('an override stored for the whole sheet before tables were told apart is still read, for the first table', () => {
    const old: SheetOverride = { sheet: 'PL', headerRows: [1], columns: { name: 'A', lead: 'B', deadline: 'C', status: 'D' } };
    expect(settingsSchema.safeParse({ overrides: [old] }).success).toBe(true);
    expect(storedOverride([old], 'PL', 0)).toBe(old);
    expect(storedOverride([old], 'PL', 1)).toBeUndefined();
    expect(run(TWO_TABLES, [old]).sheets[0].structure.blocks[0].columns.status).toBe(3);
  });

  it('replaceOverride changes one table and keeps the others', () => {
    const second = secondTableOverride();
    const first: SheetOverride = { sheet: 'PL', kind: 'tasks' };
    const other: SheetOverride = { sheet: 'CT', kind: 'none' };
    expect(replaceOverride([first, second, other], 'PL', 1, null)).toEqual([first, other]);
    expect(replaceOverride([first, other], 'PL', 1, second)).toEqual([first, other, second]);
  });

  it('marking one table "none" drops only that table', () => {
    const structure = run(TWO_TABLES).sheets[0].structure;
    const shown = formOf(structure, 1);
    const none = buildOverride(structure, 1, undefined, shown, { ...shown, kind: 'none' });
    expect(run(TWO_TABLES, none ? [none] : []).tasks.map((t) => t.name)).toEqual(['Số hóa hồ sơ']);
  });
});
