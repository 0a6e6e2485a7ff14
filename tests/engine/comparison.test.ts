import { analyze } from '../../src/engine/analyzeWorkbook';
import { comparePeriods } from '../../src/engine/periods/comparison';
import type { Change } from '../../src/engine/periods/changes';
import { periodRecordOf } from '../../src/engine/periods/periodRecord';
import { sheet, workbook, type TestCell } from './snapshotBuilder';

const TASKS = ['STT', 'Mã nhiệm vụ', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái', 'Ngày hoàn thành thực tế'];
const INDICATORS = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Kết quả thực hiện', 'Cơ quan chủ trì'];
const PREVIOUS = '2026-01-14';
const CURRENT = '2026-02-14';

type Row = [code: string, name: string, lead: string, deadline: TestCell, status: string, completed?: TestCell];
const tasks = (asOf: string, rows: (Row | [string])[]) =>
  analyze(workbook(sheet('PL1', [TASKS, ...rows.map((r) => (r.length === 1 ? [r[0]] : [1, ...r].map((c) => c ?? null)))])), { asOf });
const indicators = (asOf: string, rows: TestCell[][]) => analyze(workbook(sheet('CT', [INDICATORS, ...rows])), { asOf });
const brief = (changes: Change[]) => changes.map((c) => `${c.code}@${c.cell}:${c.before ?? '-'}→${c.after ?? '-'}`);

describe('comparison with the previous period (SPEC §11)', () => {
  describe('matching', () => {
    it('a renamed task keeps its code: one row, no added/removed', () => {
      const before = tasks(PREVIOUS, [['NV01', 'Số hóa hồ sơ', 'Phòng Kinh tế', '31/12/2026', 'Đang thực hiện']]);
      const after = tasks(CURRENT, [['NV01', 'Số hóa toàn bộ hồ sơ hành chính', 'Phòng Kinh tế', '31/12/2026', 'Đang thực hiện']]);
      expect(comparePeriods(before, after).changes).toEqual([]);
    });

    it('without a code a renamed task is one removed and one added', () => {
      const before = tasks(PREVIOUS, [['', 'Số hóa hồ sơ', 'Phòng Kinh tế', '31/12/2026', 'Đang thực hiện']]);
      const after = tasks(CURRENT, [['', 'Số hóa toàn bộ hồ sơ', 'Phòng Kinh tế', '31/12/2026', 'Đang thực hiện']]);
      expect(comparePeriods(before, after).changes.map((c) => `${c.code}@${c.cell}`)).toEqual(['added@C2', 'removed@C2']);
    });

    it('a moved row is matched by folded name and lead, and points at its new cell', () => {
      const before = tasks(PREVIOUS, [
        ['', 'Số hóa hồ sơ', 'Phòng Kinh tế', '31/12/2026', 'Đang thực hiện'],
        ['', 'Tập huấn', 'Văn phòng', '31/12/2026', 'Đang thực hiện'],
      ]);
      const after = tasks(CURRENT, [
        ['', 'Tập huấn', 'Văn phòng', '31/12/2026', 'Đang thực hiện'],
        ['', 'SO HOA HO SO', 'Phòng Kinh tế', '30/06/2026', 'Đang thực hiện'],
      ]);
      expect(brief(comparePeriods(before, after).changes)).toEqual(['deadline-changed@C3:2026-12-31→2026-06-30']);
    });

    it('the same name in two sections pairs section with section, even when the sections swap places', () => {
      const a = (deadline: string): (Row | [string])[] => [['A. Kế hoạch 15'], ['', 'Tuyên truyền', 'Văn phòng', deadline, 'Đang thực hiện']];
      const b = (deadline: string): (Row | [string])[] => [['B. Kế hoạch 20'], ['', 'Tuyên truyền', 'Văn phòng', deadline, 'Đang thực hiện']];
      const before = tasks(PREVIOUS, [...a('30/06/2026'), ...b('30/09/2026')]);
      const after = tasks(CURRENT, [...b('31/10/2026'), ...a('30/06/2026')]);
      expect(brief(comparePeriods(before, after).changes)).toEqual(['deadline-changed@C3:2026-09-30→2026-10-31']);
    });

    it('a new lead with the same unique name is still the same task (name alone, when unique)', () => {
      const before = tasks(PREVIOUS, [['', 'Tập huấn', 'Văn phòng', '31/12/2026', 'Đang thực hiện']]);
      const after = tasks(CURRENT, [['', 'Tập huấn', 'Phòng Văn hóa', '31/12/2026', 'Đang thực hiện']]);
      expect(comparePeriods(before, after).changes).toEqual([]);
    });

    it('a code present in one period only: the row is matched by name instead', () => {
      const before = tasks(PREVIOUS, [['', 'Tập huấn', 'Văn phòng', '31/12/2026', 'Đang thực hiện']]);
      const after = tasks(CURRENT, [['NV09', 'Tập huấn', 'Văn phòng', '31/12/2026', 'Đã hoàn thành', '01/02/2026']]);
      expect(brief(comparePeriods(before, after).changes)).toEqual(['newly-done@C2:in_progress→done_on_time']);
    });
  });

  describe('every change code, and a near miss', () => {
    const one = (before: Row, after: Row) =>
      brief(comparePeriods(tasks(PREVIOUS, [before]), tasks(CURRENT, [after])).changes);

    it('newly-done; a task done in both periods is not newly done', () => {
      expect(one(['NV1', 'A', 'VP', '31/12/2026', 'Đang thực hiện'], ['NV1', 'A', 'VP', '31/12/2026', 'Đã hoàn thành', '01/02/2026']))
        .toEqual(['newly-done@C2:in_progress→done_on_time']);
      expect(one(['NV1', 'A', 'VP', '31/12/2026', 'Đã hoàn thành', '01/01/2026'], ['NV1', 'A', 'VP', '31/12/2026', 'Đã hoàn thành', '01/01/2026']))
        .toEqual([]);
    });

    it('newly-overdue (the deadline passed between the two dates); still overdue is not new', () => {
      expect(one(['NV1', 'A', 'VP', '31/01/2026', 'Đang thực hiện'], ['NV1', 'A', 'VP', '31/01/2026', 'Đang thực hiện']))
        .toEqual(['newly-overdue@C2:in_progress→overdue']);
      expect(one(['NV1', 'A', 'VP', '31/12/2025', 'Đang thực hiện'], ['NV1', 'A', 'VP', '31/12/2025', 'Đang thực hiện'])).toEqual([]);
    });

    it('status-regressed: done → in progress, in progress → not started; not started → in progress is progress', () => {
      expect(one(['NV1', 'A', 'VP', '31/12/2026', 'Đã hoàn thành'], ['NV1', 'A', 'VP', '31/12/2026', 'Đang thực hiện']))
        .toEqual(['status-regressed@C2:done→in_progress']);
      expect(one(['NV1', 'A', 'VP', '31/12/2026', 'Đang thực hiện'], ['NV1', 'A', 'VP', '31/12/2026', 'Chưa thực hiện']))
        .toEqual(['status-regressed@C2:in_progress→not_started']);
      expect(one(['NV1', 'A', 'VP', '31/12/2026', 'Chưa thực hiện'], ['NV1', 'A', 'VP', '31/12/2026', 'Đang thực hiện'])).toEqual([]);
    });

    it('deadline-changed; the same day written another way, and "Hằng năm" in a new year, are not changes', () => {
      expect(one(['NV1', 'A', 'VP', '31/12/2026', 'Đang thực hiện'], ['NV1', 'A', 'VP', '31/03/2027', 'Đang thực hiện']))
        .toEqual(['deadline-changed@C2:2026-12-31→2027-03-31']);
      expect(one(['NV1', 'A', 'VP', '31/12/2026', 'Đang thực hiện'], ['NV1', 'A', 'VP', { date: '2026-12-31' }, 'Đang thực hiện'])).toEqual([]);
      const annual = comparePeriods(
        tasks('2025-12-11', [['NV1', 'A', 'VP', 'Hằng năm', 'Đang thực hiện']]),
        tasks('2026-01-14', [['NV1', 'A', 'VP', 'Hằng năm', 'Đang thực hiện']]),
      );
      expect(annual.changes).toEqual([]);
    });

    it('completion-date-changed on a task done in both periods; a date added to a done task is not', () => {
      expect(one(['NV1', 'A', 'VP', '31/12/2026', 'Đã hoàn thành', '05/01/2026'], ['NV1', 'A', 'VP', '31/12/2026', 'Đã hoàn thành', '10/01/2026']))
        .toEqual(['completion-date-changed@C2:2026-01-05→2026-01-10']);
      expect(one(['NV1', 'A', 'VP', '31/12/2026', 'Đã hoàn thành'], ['NV1', 'A', 'VP', '31/12/2026', 'Đã hoàn thành', '10/01/2026']))
        .toEqual([]);
    });

    it('added / removed, with severities info / warning, removed pointing at the previous cell', () => {
      const changes = comparePeriods(
        tasks(PREVIOUS, [['NV1', 'A', 'VP', '31/12/2026', 'Đang thực hiện'], ['NV2', 'B', 'VP', '31/12/2026', 'Đang thực hiện']]),
        tasks(CURRENT, [['NV1', 'A', 'VP', '31/12/2026', 'Đang thực hiện'], ['NV3', 'C', 'VP', '31/12/2026', 'Đang thực hiện']]),
      ).changes;
      expect(changes.map((c) => `${c.code}:${c.severity}@${c.cell}:${c.name}`)).toEqual(['added:info@C3:C', 'removed:warning@C3:B']);
    });

    it('indicator-newly-met and actual-changed; the same actual value is no change', () => {
      const before = indicators(PREVIOUS, [[1, 'Tỷ lệ hồ sơ trực tuyến', '%', '80%', '70%', 'VP']]);
      const after = indicators(CURRENT, [[1, 'Tỷ lệ hồ sơ trực tuyến', '%', '80%', '85%', 'VP']]);
      expect(brief(comparePeriods(before, after).changes)).toEqual([
        'indicator-newly-met@B2:in_progress→done', 'actual-changed@B2:70%→85%',
      ]);
      expect(comparePeriods(after, indicators(CURRENT, [[1, 'Tỷ lệ hồ sơ trực tuyến', '%', '80%', '85%', 'VP']])).changes).toEqual([]);
    });

    it('the same value written two ways is no change: a percent cell read from a file, Excel\'s text, another locale\'s decimal point', () => {
      const cell = { v: 0.125, fmt: '0.0%' };
      const fromFile = indicators(CURRENT, [[1, 'Tỷ lệ hồ sơ trực tuyến', '%', '80%', cell, 'VP']]);
      expect(fromFile.indicators[0].actual).toBe('12,5%');
      for (const written of ['12,5%', '12.5%']) {
        const excel = indicators(PREVIOUS, [[1, 'Tỷ lệ hồ sơ trực tuyến', '%', '80%', written, 'VP']]);
        expect(comparePeriods(excel, fromFile).changes).toEqual([]);
      }
      const other = indicators(PREVIOUS, [[1, 'Tỷ lệ hồ sơ trực tuyến', '%', '80%', '12,5', 'VP']]);
      expect(brief(comparePeriods(other, fromFile).changes)).toEqual(['actual-changed@B2:12,5→12,5%']);
    });

    it('target-changed for the same evaluation year', () => {
      const before = indicators(PREVIOUS, [[1, 'Số hồ sơ', 'hồ sơ', '100', '', 'VP']]);
      const after = indicators(CURRENT, [[1, 'Số hồ sơ', 'hồ sơ', '120', '', 'VP']]);
      expect(brief(comparePeriods(before, after).changes)).toEqual(['target-changed@B2:100→120']);
    });
  });

  it('deltas of every §7 count and the sentence (counts written as in §7)', () => {
    const before = tasks(PREVIOUS, [
      ['NV1', 'A', 'VP', '31/12/2026', 'Đang thực hiện'],
      ['NV2', 'B', 'VP', '31/01/2026', 'Đang thực hiện'],
      ['NV3', 'C', 'VP', '31/12/2026', 'Đang thực hiện'],
    ]);
    const after = tasks(CURRENT, [
      ['NV1', 'A', 'VP', '31/12/2026', 'Đã hoàn thành', '01/02/2026'],
      ['NV2', 'B', 'VP', '31/01/2026', 'Đang thực hiện'],
      ['NV4', 'D', 'VP', '30/06/2026', 'Chưa thực hiện'],
    ]);
    const comparison = comparePeriods(before, after, { previousFile: 'T1.xlsx', currentFile: 'T2.xlsx' });
    expect(comparison.delta.tasks).toEqual({ total: 0, done_on_time: 1, done_late: 0, in_progress: -3, overdue: 1, not_started: 1, unknown: 0 });
    expect(comparison.previous).toEqual({ file: 'T1.xlsx', asOf: PREVIOUS });
    expect(comparison.sentence).toBe(
      'So với kỳ trước (số liệu đến ngày 14/01/2026): hoàn thành thêm 01 nhiệm vụ/0 chỉ tiêu, 01 nhiệm vụ chuyển sang quá hạn, ' +
        '01 nhiệm vụ mới, 01 nhiệm vụ không còn trong danh sách; 0 nhiệm vụ thay đổi thời hạn.',
    );
    // A stored record compares exactly as the analysis it was made from.
    expect(comparePeriods(periodRecordOf(before), after, { previousFile: 'T1.xlsx', currentFile: 'T2.xlsx' })).toEqual(comparison);
  });

  it('the sentence writes "0 nhiệm vụ/chỉ tiêu" when nothing was completed', () => {
    const same = tasks(PREVIOUS, [['NV1', 'A', 'VP', '31/12/2026', 'Đang thực hiện']]);
    expect(comparePeriods(same, same).sentence).toBe(
      'So với kỳ trước (số liệu đến ngày 14/01/2026): hoàn thành thêm 0 nhiệm vụ/chỉ tiêu, 0 nhiệm vụ chuyển sang quá hạn, ' +
        '0 nhiệm vụ mới, 0 nhiệm vụ không còn trong danh sách; 0 nhiệm vụ thay đổi thời hạn.',
    );
  });
});
