import { analyze } from '../../src/engine/analyzeWorkbook';
import { seed002pl2, seed002pl3, seed004 } from './seedLayouts';
import { sheet, workbook } from './snapshotBuilder';

// due-soon (a finding on most tasks due 31/12/2025) has its own tests (dueSoon.test.ts); switched off here with a window of 0 days.
const AS_OF = '2025-12-11';

describe('analyze: summary per sheet, group and lead unit (SPEC §7)', () => {
  const analysis = analyze(workbook(seed004(), seed002pl3()), { asOf: AS_OF, dueSoonDays: 0, subject: 'UBND đặc khu' });

  it('counts the seed 004 tasks by category', () => {
    const sheet004 = analysis.summary.sheets.find((s) => s.sheet === 'NQ57 - Kết quả');
    expect(sheet004?.tasks).toEqual({ total: 8, done_on_time: 5, done_late: 0, in_progress: 2, overdue: 1, not_started: 0, unknown: 0 });
  });

  it('counts each section as its own group', () => {
    const groups = analysis.summary.groups.filter((g) => g.sheet === 'NQ57 - Kết quả').map((g) => [g.group.slice(0, 2), g.tasks.total]);
    expect(groups).toEqual([['A.', 2], ['B.', 2], ['C.', 4]]);
  });

  it('leaves plan tasks (no status column) out of the counts and the sentence', () => {
    const pl3 = analysis.summary.sheets.find((s) => s.sheet === 'PL3');
    expect(pl3?.tasks.total).toBe(0);
    expect(analysis.tasks.filter((t) => t.plan)).toHaveLength(2);
    expect(analysis.summary.tasks).toMatchObject({ total: 8, unknown: 0 });
    expect(analysis.summary.sentence).toBe(
      'UBND đặc khu được giao 08 nhiệm vụ và 0 chỉ tiêu, đã và đang thực hiện 08 nhiệm vụ và 0 chỉ tiêu, ' +
        'hoàn thành 05 nhiệm vụ/0 chỉ tiêu, trong hạn 02 nhiệm vụ/0 chỉ tiêu, quá hạn 01 nhiệm vụ/0 chỉ tiêu; ' +
        'chưa triển khai 0 nhiệm vụ/chỉ tiêu.',
    );
  });

  it('groups lead units written differently under one name, and lists only the leads of counted rows', () => {
    const leads = analysis.summary.byLead.map((l) => [l.lead, l.tasks.total]);
    expect(leads).toEqual([['UBND đặc khu Cát Hải', 8]]);
  });
});

describe('analyze: indicators (SPEC §5)', () => {
  const header = ['Stt', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2025', 'Năm 2030', 'Kết quả thực hiện', 'Cơ quan chủ trì'];
  const rows = [
    header,
    [1, 'Tỷ lệ phủ sóng 5G trên địa bàn đặc khu', '%', '>60%', '100%', { percent: 0.85 }, 'Phòng Văn hóa - Xã hội'],
    [2, 'Tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến', '%', '≥70%', '≥85%', '65', 'Trung tâm Phục vụ hành chính công'],
    [3, 'Tỷ lệ dữ liệu được số hóa', '%', '-', '>60%', '', 'Phòng Văn hóa - Xã hội'],
    [4, 'Tốc độ đổi mới công nghệ trung bình', '%', '-', '20-22%', 25, 'Phòng Văn hóa - Xã hội'],
    [5, 'Tỷ lệ người dân có chữ ký số', '%', '-', '-', 12, 'Công an đặc khu'],
    [6, 'Quy mô kinh tế số trong GRDP', '%', '30%', '40%', { error: '#REF!' }, 'Phòng Kinh tế'],
  ];
  const categories = (year?: number, asOf = AS_OF) =>
    analyze(workbook(sheet('CT', rows)), { asOf, ...(year ? { year } : {}) }).indicators.map((i) => `${i.category}/${i.evaluationYear}`);

  it('evaluates each indicator against the first year from the report year that has a target', () => {
    expect(categories()).toEqual(['done/2025', 'in_progress/2025', 'not_started/2030', 'done/2030', 'unknown/null', 'unknown/2025']);
  });

  it('marks a target not met as overdue once its year has ended', () => {
    expect(categories(undefined, '2026-01-15')[1]).toBe('in_progress/2030');
    expect(categories(2025, '2026-01-15')[1]).toBe('overdue/2025');
  });

  it('uses the year the user picked', () => {
    expect(categories(2030)).toEqual(['in_progress/2030', 'in_progress/2030', 'not_started/2030', 'done/2030', 'unknown/2030', 'unknown/2030']);
  });

  it('reports an error cell as an invalid number', () => {
    const { findings } = analyze(workbook(sheet('CT', rows)), { asOf: AS_OF, dueSoonDays: 0 });
    expect(findings.map((f) => `${f.code}@${f.cell}:${f.value}`)).toEqual(['invalid-number@F7:#REF!']);
  });

  it('counts indicators into the sentence: measured = done + in progress + overdue', () => {
    const { summary } = analyze(workbook(sheet('CT', rows)), { asOf: AS_OF, dueSoonDays: 0, subject: 'Phòng Văn hóa - Xã hội' });
    expect(summary.indicators).toEqual({ total: 6, done: 2, in_progress: 1, overdue: 0, not_started: 1, unknown: 2 });
    expect(summary.sentence).toContain('đã và đang thực hiện 0 nhiệm vụ và 03 chỉ tiêu, hoàn thành 0 nhiệm vụ/02 chỉ tiêu');
  });

  it('reads per-year targets of the seed 002 Phụ lục 2 layout', () => {
    const { indicators } = analyze(workbook(seed002pl2()), { asOf: AS_OF, dueSoonDays: 0 });
    expect(indicators.map((i) => `${i.category}/${i.evaluationYear}`)).toEqual(['not_started/2025', 'not_started/2035', 'not_started/2030']);
  });
});

describe('analyze: Excel facts (SPEC §2.3)', () => {
  it('gives a lead unit merged down over several tasks to each of them', () => {
    const s = sheet('PL', [
      ['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái'],
      ['Việc A', 'Phòng Kinh tế', '31/12/2025', 'Đang thực hiện'],
      ['Việc B', null, '31/12/2025', 'Đang thực hiện'],
      ['Việc C', null, '31/12/2025', 'Đang thực hiện'],
    ], ['B2:B4']);
    const analysis = analyze(workbook(s), { asOf: AS_OF, dueSoonDays: 0 });
    expect(analysis.findings).toEqual([]);
    expect(analysis.tasks.map((t) => t.lead)).toEqual(['Phòng Kinh tế', 'Phòng Kinh tế', 'Phòng Kinh tế']);
  });

  it('reads dates stored as date cells, text and serial numbers alike', () => {
    const s = sheet('PL', [
      ['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái'],
      ['Việc A', 'Phòng Kinh tế', { date: '2025-06-30' }, 'Đang thực hiện'],
      ['Việc B', 'Phòng Kinh tế', '30/06/2025', 'Đang thực hiện'],
      ['Việc C', 'Phòng Kinh tế', { date: '2025-06-30', fmt: 'yyyy-mm-dd' }, 'Đang thực hiện'],
    ]);
    const { findings } = analyze(workbook(s), { asOf: AS_OF, dueSoonDays: 0 });
    expect(findings.map((f) => `${f.code}@${f.cell}:${f.value}`)).toEqual([
      'overdue@C2:30/06/2025', 'overdue@C3:30/06/2025', 'overdue@C4:30/06/2025',
    ]);
  });

  it('never throws on a sheet of error values and odd cells', () => {
    const s = sheet('Lỗi', [
      ['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái'],
      [{ error: '#REF!' }, { error: '#N/A' }, { error: '#VALUE!' }, { error: '#DIV/0!' }],
      [true, 12, { v: 'x', f: 'A1&"x"' }, 'x'.repeat(30_000)],
    ]);
    const { findings } = analyze(workbook(s), { asOf: AS_OF, dueSoonDays: 0 });
    expect(findings.map((f) => f.code)).toEqual(['invalid-date', 'invalid-status', 'invalid-date', 'invalid-status']);
  });

  it('rejects an impossible report date', () => {
    expect(() => analyze(workbook(), { asOf: '2025-02-31' })).toThrow();
  });
});
