/** Workbooks in the 1904 date system: their dates are never read 1,462 days (four years) early. */
import { analyze, DATE1904_OFFSET, showsDate1904, type WorkbookSnapshot } from '../../src/engine';
import { serialOf, sheet, workbook } from './snapshotBuilder';

const AS_OF = '2025-12-11';

/** A task list whose deadlines are date cells stored as the 1904 system stores them. */
function tasks1904(text?: (iso: string) => string): WorkbookSnapshot {
  const date = (iso: string) => ({ v: serialOf(iso) - DATE1904_OFFSET, fmt: 'dd/mm/yyyy', ...(text ? { text: text(iso) } : {}) });
  return workbook(
    sheet('PL', [
      ['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái'],
      ['Việc A', 'Phòng Kinh tế', date('2025-06-30'), 'Đang thực hiện'],
      ['Việc B', 'Phòng Kinh tế', date('2026-03-31'), 'Đang thực hiện'],
    ]),
  );
}

describe('analyze on a workbook in the 1904 date system', () => {
  it('reads its date cells as the dates they show', () => {
    const snapshot: WorkbookSnapshot = { ...tasks1904(), date1904: true };
    const analysis = analyze(snapshot, { asOf: AS_OF, dueSoonDays: 0 });
    expect(analysis.findings.map((f) => `${f.code}@${f.cell}:${f.value}`)).toEqual(['overdue@C2:30/06/2025']);
    expect(analysis.tasks.map((t) => t.deadline)).toEqual(['2025-06-30', '2026-03-31']);
  });

  it('reads a date serial that lost its format (General) in the same system', () => {
    const s = sheet('PL', [
      ['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái', 'Ngày hoàn thành'],
      ['Việc A', 'Phòng Kinh tế', serialOf('2026-03-31') - DATE1904_OFFSET, 'Đã hoàn thành', serialOf('2025-11-30') - DATE1904_OFFSET],
      ['Việc B', 'Phòng Kinh tế', 2026, 'Đang thực hiện', null],
    ]);
    const analysis = analyze({ ...workbook(s), date1904: true }, { asOf: AS_OF, dueSoonDays: 0 });
    expect(analysis.tasks.map((t) => [t.deadline, t.completedOn])).toEqual([['2026-03-31', '2025-11-30'], ['2026-12-31', null]]);
  });

  it('leaves the caller’s snapshot as it was', () => {
    const snapshot: WorkbookSnapshot = { ...tasks1904(), date1904: true };
    const before = JSON.stringify(snapshot);
    analyze(snapshot, { asOf: AS_OF, dueSoonDays: 0 });
    expect(JSON.stringify(snapshot)).toBe(before);
  });

  it('without the flag the same serials are four years early (what the flag is for)', () => {
    const analysis = analyze(tasks1904(), { asOf: AS_OF, dueSoonDays: 0 });
    expect(analysis.tasks.map((t) => t.deadline)).toEqual(['2021-06-29', '2022-03-30']);
  });
});

describe('showsDate1904: the date system read from what date cells display', () => {
  const vn = (iso: string) => `${iso.slice(8)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

  it('says 1904 when the text shows the year the 1904 system gives the serial', () => {
    expect(showsDate1904(tasks1904(vn).sheets)).toBe(true);
  });

  it('says 1900 when the text shows the year the 1900 system gives it', () => {
    const s = sheet('PL', [[{ v: serialOf('2025-06-30'), fmt: 'dd/mm/yyyy', text: '30/06/2025' }]]);
    expect(showsDate1904([s])).toBe(false);
  });

  it('cannot tell without a date cell showing a four-digit year', () => {
    const s = sheet('PL', [
      ['Thời hạn', 2025, '30/06/2025'],
      [{ v: 45_000, fmt: 'dd/mm/yy', text: '15/03/23' }, { v: 45_000, fmt: '0', text: '45000' }, { v: '#N/A', err: true, fmt: 'dd/mm/yyyy', text: '#N/A' }],
    ]);
    expect(showsDate1904([s])).toBeUndefined();
    expect(showsDate1904([])).toBeUndefined();
  });
});
