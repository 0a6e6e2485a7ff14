import { startRollup } from '../../src/engine/rollup/rollup';
import { planRollupWorkbook } from '../../src/engine/rollup/rollupSheets';
import type { WorkbookSnapshot } from '../../src/engine/workbook/snapshot';
import { sheet, workbook } from './snapshotBuilder';

const TASKS = ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái'];
const AS_OF = '2026-02-11';
const unitBook = (title: string | null, rows: [string, string][], subject?: string): WorkbookSnapshot => {
  const book = workbook(sheet('PL', [...(title ? [[title], []] : []), TASKS, ...rows.map(([d, s], i) => [i + 1, `Nhiệm vụ ${i}`, 'VP', d, s])]));
  return subject ? { ...book, documentSettings: { 'phuluc.settings': JSON.stringify({ subject }) } } : book;
};

describe('roll-up of many units (SPEC §12)', () => {
  it('names a unit by its stored subject, else its title matched to the directory, else its file name', () => {
    const rollup = startRollup({ asOf: AS_OF, units: ['UBND xã Hòa Bình', 'UBND xã An Phú'] });
    expect(rollup.add('/in/a.xlsx', unitBook('ỦY BAN NHÂN DÂN XÃ AN PHÚ', [['31/12/2026', 'Đang thực hiện']], 'Xã Tân Lập')).unit).toBe('Xã Tân Lập');
    expect(rollup.add('b.xlsx', unitBook('ỦY BAN NHÂN DÂN XÃ AN PHÚ', [['31/12/2026', 'Đang thực hiện']])).unit).toBe('UBND xã An Phú');
    expect(rollup.add('C:\\bao cao\\Xa Hoa Binh.xlsx', unitBook(null, [['31/12/2026', 'Đang thực hiện']])).unit).toBe('Xa Hoa Binh');
  });

  it('two workbooks of the same name stay apart; totals, overall sentence, overdue across units, unreadable files', () => {
    const rollup = startRollup({ asOf: AS_OF, subject: 'Đặc khu' });
    rollup.add('x1.xlsx', unitBook(null, [['31/12/2026', 'Đang thực hiện'], ['31/01/2026', 'Đang thực hiện']], 'Xã A'));
    rollup.addUnreadable('hong.xlsx', 'Tệp bị hỏng');
    rollup.add('x2.xlsx', unitBook(null, [['01/01/2026', 'Chưa thực hiện'], ['31/12/2026', 'Đã hoàn thành']], 'Xã A'));
    const result = rollup.result();
    expect(result.units.map((u) => u.unit)).toEqual(['Xã A (x1.xlsx)', 'Xã A (x2.xlsx)']);
    expect(result.total.tasks).toMatchObject({ total: 4, overdue: 2, in_progress: 1, done_on_time: 1 });
    expect(result.total.sentence).toBe(
      'Đặc khu được giao 04 nhiệm vụ và 0 chỉ tiêu, đã và đang thực hiện 03 nhiệm vụ và 0 chỉ tiêu, hoàn thành 01 nhiệm vụ/0 chỉ tiêu, ' +
        'trong hạn 01 nhiệm vụ/0 chỉ tiêu, quá hạn 02 nhiệm vụ/0 chỉ tiêu; chưa triển khai 0 nhiệm vụ/chỉ tiêu.',
    );
    expect(result.overdue.map((o) => `${o.unit}:${o.cell}:${o.deadline}:${o.daysOverdue}`)).toEqual([
      'Xã A:B2:2026-01-01:41', 'Xã A:B3:2026-01-31:11',
    ]);
    expect(result.unreadable).toEqual([{ file: 'hong.xlsx', reason: 'Tệp bị hỏng' }]);
    const plan = planRollupWorkbook(result, 'vi');
    expect(plan.sheets.map((s) => s.name)).toEqual(['Tổng hợp đơn vị', 'Nhiệm vụ quá hạn', 'Tệp lỗi']);
    expect(plan.sheets.every((s) => s.pageSetup?.orientation === 'landscape' && s.font?.name === 'Times New Roman')).toBe(true);
  });

  it('its sheets are the product’s own: written into an open workbook, a re-run replaces them and no check reads them', () => {
    const { isOwnSheet } = require('../../src/engine/sheets/ownSheets') as typeof import('../../src/engine/sheets/ownSheets');
    const rollup = startRollup({ asOf: AS_OF });
    rollup.add('a.xlsx', unitBook(null, [['31/12/2026', 'Đang thực hiện']], 'Xã A'));
    for (const lang of ['vi', 'en'] as const) {
      for (const planned of planRollupWorkbook(rollup.result(), lang).sheets) {
        const a1 = planned.values[0][0];
        expect(isOwnSheet({ name: planned.name, rows: [[{ v: typeof a1 === 'string' ? a1 : '' }]], merges: [] })).toBe(true);
      }
    }
  });
});
