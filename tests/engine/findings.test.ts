import { analyze } from '../../src/engine/analyzeWorkbook';
import { FINDING_SEVERITY, type Finding } from '../../src/engine/checks/findings';
import type { AnalyzeOptionsInput } from '../../src/engine/settings/options';
import { sheet, workbook, type TestCell } from './snapshotBuilder';

// due-soon (a finding on most tasks due 31/12/2025) has its own tests (dueSoon.test.ts); switched off here with a window of 0 days.
const AS_OF = '2025-12-11';
const TASK_HEADER = ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái', 'Ngày hoàn thành thực tế'];
const INDICATOR_HEADER = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Kết quả thực hiện', 'Cơ quan chủ trì'];

function taskFindings(rows: TestCell[][], options: Partial<AnalyzeOptionsInput> = {}): Finding[] {
  return analyze(workbook(sheet('PL', [TASK_HEADER, ...rows])), { asOf: AS_OF, dueSoonDays: 0, ...options }).findings;
}
function indicatorFindings(rows: TestCell[][]): Finding[] {
  return analyze(workbook(sheet('CT', [INDICATOR_HEADER, ...rows])), { asOf: AS_OF, dueSoonDays: 0 }).findings;
}
const brief = (fs: Finding[]) => fs.map((f) => `${f.code}@${f.cell}`);

let taskNumber = 0;
/** A task row; each gets its own name unless one is given, so rows are not duplicates of each other. */
const task = (deadline: TestCell, status: TestCell, completed: TestCell = null, name?: string, lead: TestCell = 'Phòng Kinh tế'): TestCell[] =>
  [1, name ?? `Nhiệm vụ số ${++taskNumber}`, lead, deadline, status, completed];

describe('validation findings (SPEC §6): each code, and a near case that must not raise it', () => {
  it('header-not-found: once, on a non-empty sheet with no table; not on an empty sheet', () => {
    const fs = analyze(workbook(sheet('Ghi chú', [['Ghi chú'], ['Gửi báo cáo trước 15/12']]), sheet('Trống', [])), { asOf: AS_OF, dueSoonDays: 0 }).findings;
    expect(fs.map((f) => `${f.sheet}:${f.code}@${f.cell}:${f.severity}`)).toEqual(['Ghi chú:header-not-found@A1:warning']);
  });

  it('missing-required: an empty lead or deadline; a filled row has none', () => {
    expect(brief(taskFindings([task('31/12/2025', 'Đang thực hiện', null, 'Số hóa', null), task(null, 'Đang thực hiện')]))).toEqual([
      'missing-required@C2', 'missing-required@D3',
    ]);
    expect(taskFindings([task('31/12/2025', 'Đang thực hiện')])).toEqual([]);
  });

  it('missing-column: a table without a deadline column is reported once, on its header range', () => {
    const rows = [['Tên nhiệm vụ', 'Đơn vị chủ trì'], ['Số hóa', 'Phòng Kinh tế'], ['Cải cách', 'Phòng Nội vụ']];
    const fs = analyze(workbook(sheet('PL', rows)), { asOf: AS_OF }).findings;
    expect(fs.map((f) => `${f.code}@${f.cell}:${f.field}:${f.severity}`)).toEqual(['missing-column@A1:B1:deadline:warning']);
    expect(fs[0]).toMatchObject({ row: 0, col: 0, message: 'Bảng chưa có cột Thời hạn.' });
  });

  it('missing-column: an indicator table with no target column at all is reported once, on its header range', () => {
    const header = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Kết quả thực hiện', 'Cơ quan chủ trì'];
    const fs = analyze(workbook(sheet('CT', [header, [1, 'Tỷ lệ A', '%', '80%', 'Phòng Kinh tế']])), { asOf: AS_OF }).findings;
    expect(fs.map((f) => `${f.code}@${f.cell}:${f.field}:${f.severity}`)).toEqual(['missing-column@A1:E1:target:warning']);
    expect(indicatorFindings([[1, 'Tỷ lệ A', '%', null, '80%', 'Phòng Kinh tế']])).toEqual([]);
  });

  it('missing-column: an indicator table without a unit column says so for the table, not on a header cell', () => {
    const header = ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Kết quả thực hiện', 'Cơ quan chủ trì'];
    const rows = [[1, 'Tỷ lệ A', '80%', '85%', 'Phòng Kinh tế'], [2, 'Tỷ lệ B', '80%', '85%', 'Phòng Kinh tế']];
    const fs = analyze(workbook(sheet('CT', [['BẢNG CHỈ TIÊU'], header, ...rows])), { asOf: AS_OF, lang: 'en' }).findings;
    expect(fs.map((f) => `${f.code}@${f.cell}:${f.field}`)).toEqual(['missing-column@A2:E2:unit']);
    expect(fs[0].message).toBe('The table has no Unit of measure column.');
  });

  it('missing-column: a task table that reports progress but has no status column', () => {
    const rows = [['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Ngày hoàn thành thực tế'], ['Số hóa', 'Phòng Kinh tế', '31/12/2025', null]];
    const fs = analyze(workbook(sheet('PL', rows)), { asOf: AS_OF }).findings;
    expect(fs.map((f) => `${f.code}@${f.cell}:${f.field}`)).toEqual(['missing-column@A1:D1:status']);
    const plan = [['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả cần đạt'], ['Số hóa', 'Phòng Kinh tế', '31/12/2025', 'Báo cáo']];
    expect(analyze(workbook(sheet('PL', plan)), { asOf: AS_OF }).findings).toEqual([]);
  });

  it('invalid-date: unreadable and impossible dates; a real date passes', () => {
    const fs = taskFindings([task('31/02/2025', 'Đang thực hiện'), task('sắp tới', 'Đang thực hiện'), task('29/02/2028', 'Đang thực hiện')]);
    expect(brief(fs)).toEqual(['invalid-date@D2', 'invalid-date@D3']);
    expect(fs[0]).toMatchObject({ value: '31/02/2025', severity: 'error', field: 'deadline', message: 'Ngày không có thật: “31/02/2025”.' });
  });

  it('invalid-date on a completion date', () => {
    expect(brief(taskFindings([task('31/12/2025', 'Đã hoàn thành', '32/07/2025')]))).toEqual(['invalid-date@F2']);
  });

  it('deadline-unspecified: a reference to other documents; "Hằng năm" is a real deadline', () => {
    const fs = taskFindings([task('Theo thời gian tại các Nghị quyết, Quyết định, Kế hoạch đã phê duyệt', 'Đang thực hiện'), task('Hằng năm', 'Đang thực hiện')]);
    expect(brief(fs)).toEqual(['deadline-unspecified@D2']);
  });

  it('invalid-status: a status outside §4.1; "Đang thực \\nhiện" is known', () => {
    const fs = taskFindings([task('31/12/2025', 'Tạm dừng'), task('31/12/2025', 'Đang thực \nhiện')]);
    expect(brief(fs)).toEqual(['invalid-status@E2']);
    expect(fs[0].value).toBe('Tạm dừng');
  });

  it('completed-without-date: done with an empty completion date; done with a date is fine', () => {
    expect(brief(taskFindings([task('31/12/2025', 'Đã hoàn thành'), task('31/12/2025', 'Đã hoàn thành', { date: '2025-11-30' })]))).toEqual([
      'completed-without-date@F2',
    ]);
  });

  it('completed-without-date is not raised when the sheet has no completion column', () => {
    const fs = analyze(workbook(sheet('PL', [['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái'], ['Số hóa', 'Phòng Kinh tế', '31/12/2025', 'Đã hoàn thành']])), { asOf: AS_OF, dueSoonDays: 0 }).findings;
    expect(fs).toEqual([]);
  });

  it('completion-in-future: after the report date; on the report date is fine', () => {
    expect(brief(taskFindings([task('31/12/2025', 'Đã hoàn thành', '12/12/2025'), task('31/12/2025', 'Đã hoàn thành', '11/12/2025')]))).toEqual([
      'completion-in-future@F2',
    ]);
  });

  it('status-date-conflict: a completion date on a task in progress; none on a done task', () => {
    expect(brief(taskFindings([task('31/12/2025', 'Đang thực hiện', '01/12/2025'), task('31/12/2025', 'Đã hoàn thành', '01/12/2025')]))).toEqual([
      'status-date-conflict@E2',
    ]);
  });

  it('status-claim-conflict: "đúng hạn" on a late completion, "quá hạn" on a task still in time', () => {
    const fs = taskFindings([
      task('30/06/2025', 'Hoàn thành đúng hạn', '15/07/2025'),
      task('31/12/2025', 'Đang thực hiện quá hạn'),
      task('30/06/2025', 'Hoàn thành quá hạn', '15/07/2025'),
      task('31/12/2025', 'Đang thực hiện trong hạn'),
    ]);
    expect(brief(fs)).toEqual(['status-claim-conflict@E2', 'completed-late@F2', 'status-claim-conflict@E3', 'completed-late@F4']);
  });

  it('status-claim-conflict without a completion date: a task done before its deadline has come cannot be late', () => {
    const fs = analyze(workbook(sheet('PL', [
      ['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái'],
      ['Việc A', 'Phòng Kinh tế', '31/12/2025', 'Hoàn thành quá hạn'],
      ['Việc B', 'Phòng Kinh tế', '30/06/2025', 'Hoàn thành quá hạn'],
      ['Việc C', 'Phòng Kinh tế', '30/06/2025', 'Hoàn thành đúng hạn'],
    ])), { asOf: AS_OF, dueSoonDays: 0 }).findings;
    expect(brief(fs)).toEqual(['status-claim-conflict@D2']);
  });

  it('status-claim-conflict on a task not started, and on one that is never due', () => {
    const fs = taskFindings([
      task('31/12/2025', 'Chưa triển khai (quá hạn)'),
      task('30/06/2025', 'Chưa thực hiện, trong hạn'),
      task('Thường xuyên', 'Đang thực hiện quá hạn'),
      task('30/06/2025', 'Chưa triển khai (quá hạn)'),
      task('Thường xuyên', 'Đang thực hiện trong hạn'),
    ]);
    expect(brief(fs)).toEqual(['status-claim-conflict@E2', 'status-claim-conflict@E3', 'overdue@D3', 'status-claim-conflict@E4', 'overdue@D5']);
    expect(fs[3].message).toBe('Ghi “Đang thực hiện quá hạn” nhưng theo thời hạn Thường xuyên thì nhiệm vụ chưa quá hạn.');
  });

  it('completed-late (info): done after the deadline; done on the deadline day is on time', () => {
    const fs = taskFindings([task('30/06/2025', 'Đã hoàn thành', '01/07/2025'), task('30/06/2025', 'Đã hoàn thành', '30/06/2025')]);
    expect(fs.map((f) => `${f.code}@${f.cell}:${f.severity}`)).toEqual(['completed-late@F2:info']);
    expect(fs[0].message).toBe('Hoàn thành ngày 01/07/2025, sau thời hạn 30/06/2025.');
  });

  it('overdue: not done and past the deadline; due on the report date is not overdue; ongoing never is', () => {
    const fs = taskFindings([task('10/12/2025', 'Đang thực hiện'), task('11/12/2025', 'Đang thực hiện'), task('Thường xuyên', 'Chưa thực hiện'), task('30/09/2025', 'Chưa triển khai')]);
    // Due on R itself is due soon (dueSoon.test.ts), never overdue.
    expect(brief(fs)).toEqual(['overdue@D2', 'due-soon@D3', 'overdue@D5']);
    expect(fs[0].message).toBe('Đã quá thời hạn 10/12/2025 nhưng chưa hoàn thành.');
  });

  it('duplicate-task: same name and lead (any spacing and case) on the later row; another lead is not a duplicate', () => {
    const fs = taskFindings([
      task('31/12/2025', 'Đang thực hiện', null, 'Rà soát thủ tục hành chính'),
      task('31/12/2025', 'Đang thực hiện', null, 'Rà soát  thủ tục\nhành chính'),
      task('31/12/2025', 'Đang thực hiện', null, 'Rà soát thủ tục hành chính', 'Phòng Văn hóa - Xã hội'),
    ]);
    expect(brief(fs)).toEqual(['duplicate-task@B3']);
    expect(fs[0].message).toBe('Trùng tên và đơn vị chủ trì với nhiệm vụ ở dòng 2.');
  });

  it('invalid-number: an actual value that is not a number; "Đạt" and "85,5%" are fine', () => {
    const fs = indicatorFindings([
      [1, 'Tỷ lệ hồ sơ trực tuyến', '%', '≥ 95%', 'khoảng chín mươi', 'Trung tâm Phục vụ hành chính công'],
      [2, 'Tỷ lệ hồ sơ số hóa', '%', '100%', '85,5%', 'Trung tâm Phục vụ hành chính công'],
      [3, 'Ban hành quy chế', 'Văn bản', 'Đạt', 'Đạt', 'Văn phòng HĐND và UBND'],
    ]);
    expect(brief(fs)).toEqual(['invalid-number@E2']);
  });

  it('percent-out-of-range: a share above 100; 100 itself and a non-share count are fine', () => {
    const fs = indicatorFindings([
      [1, 'Tỷ lệ hồ sơ trực tuyến', '%', '≥ 95%', 120, 'Trung tâm Phục vụ hành chính công'],
      [2, 'Tỷ lệ hồ sơ số hóa', '%', '100%', 100, 'Trung tâm Phục vụ hành chính công'],
      [3, 'Số hồ sơ tiếp nhận', 'hồ sơ', '1.000', 9096, 'Trung tâm Phục vụ hành chính công'],
      [4, 'Tỷ lệ thanh toán trực tuyến', '%', '80%', { percent: 1.2 }, 'Trung tâm Phục vụ hành chính công'],
      [5, 'Tỉ lệ hồ sơ trả kết quả trực tuyến', '%', '80%', 101, 'Trung tâm Phục vụ hành chính công'],
      [6, 'Tỷ lệ tăng trưởng kinh tế số', '%', '20%', 30, 'Phòng Kinh tế'],
    ]);
    expect(brief(fs)).toEqual(['percent-out-of-range@E2', 'percent-out-of-range@E5', 'percent-out-of-range@E6']);
  });

  it('invalid-target: a target the grammar cannot read; "Phấn đấu đạt 3%" and "-" are fine', () => {
    const fs = indicatorFindings([
      [1, 'Tỷ lệ A', '%', 'cao nhất có thể', null, 'Phòng Kinh tế'],
      [2, 'Tỷ lệ B', '%', 'Phấn đấu đạt 3%', null, 'Phòng Kinh tế'],
      [3, 'Tỷ lệ C', '%', '-', null, 'Phòng Kinh tế'],
    ]);
    expect(brief(fs)).toEqual(['invalid-target@D2']);
  });

  it('missing-unit: an indicator without a unit; with one it is fine', () => {
    expect(brief(indicatorFindings([[1, 'Tỷ lệ A', null, '80%', null, 'Phòng Kinh tế'], [2, 'Tỷ lệ B', '%', '80%', null, 'Phòng Kinh tế']]))).toEqual([
      'missing-unit@C2',
    ]);
  });

  it('unknown-unit-name: a lead not in the directory, with the closest entry as hint; abbreviations and accents match', () => {
    const units = ['Phòng Văn hóa - Xã hội', 'Phòng Kinh tế', 'Trung tâm Phục vụ hành chính công'];
    const fs = taskFindings([
      task('31/12/2025', 'Đang thực hiện', null, 'Việc A', 'Phòng VHXH'),
      task('31/12/2025', 'Đang thực hiện', null, 'Việc B', 'Phòng Kin tế'),
    ], { units });
    expect(brief(fs)).toEqual(['unknown-unit-name@C3']);
    expect(fs[0].hint).toBe('Có phải là “Phòng Kinh tế”?');
    expect(brief(taskFindings([task('31/12/2025', 'Đang thực hiện', null, 'Việc C', 'Phong kinh te')], { units }))).toEqual([]);
    expect(brief(taskFindings([task('31/12/2025', 'Đang thực hiện', null, 'Việc B', 'Phòng Kin tế')]))).toEqual([]);
  });

  it('legacy-encoding: TCVN3 text in a cell; Unicode text is fine', () => {
    const fs = taskFindings([task('31/12/2025', 'Đang thực hiện', null, 'Ph¸t triÓn h¹ tÇng sè'), task('31/12/2025', 'Đang thực hiện', null, 'Phát triển hạ tầng số')]);
    expect(brief(fs)).toEqual(['legacy-encoding@B2']);
  });

  it('gives every finding the real sheet address, below title rows and in later sections', () => {
    const s = sheet('PL', [['PHỤ LỤC'], [], TASK_HEADER, task('31/02/2025', 'Đang thực hiện')]);
    expect(brief(analyze(workbook(s), { asOf: AS_OF, dueSoonDays: 0 }).findings)).toEqual(['invalid-date@D4']);
  });

  it('speaks English when asked', () => {
    const [f] = taskFindings([task('31/02/2025', 'Đang thực hiện')], { lang: 'en' });
    expect(f.message).toBe('Not a real date: “31/02/2025”.');
  });
});

describe('finding severities', () => {
  it('are those of the SPEC §6 table, code for code', () => {
    expect(FINDING_SEVERITY).toEqual({
      'header-not-found': 'warning',
      'missing-required': 'error',
      'invalid-date': 'error',
      'deadline-unspecified': 'warning',
      'invalid-status': 'error',
      'completed-without-date': 'warning',
      'completion-in-future': 'error',
      'status-date-conflict': 'warning',
      'status-claim-conflict': 'warning',
      'completed-late': 'info',
      overdue: 'warning',
      'duplicate-task': 'warning',
      'invalid-number': 'error',
      'percent-out-of-range': 'error',
      'invalid-target': 'warning',
      'missing-unit': 'warning',
      'unknown-unit-name': 'warning',
      'legacy-encoding': 'warning',
      'status-has-details': 'info',
      'missing-column': 'warning',
      'due-soon': 'info',
    });
  });
});

describe('completion dates written as a period', () => {
  it('takes "tháng 12/2025" as any day of December: not in the future on 11/12, not late against 31/12', () => {
    expect(taskFindings([task('31/12/2025', 'Đã hoàn thành', 'tháng 12/2025')])).toEqual([]);
  });

  it('still finds a period that begins after the report date, or after the deadline', () => {
    const fs = taskFindings([task('31/12/2025', 'Đã hoàn thành', 'tháng 1/2026'), task('30/11/2025', 'Đã hoàn thành', 'tháng 12/2025')]);
    expect(brief(fs)).toEqual(['completion-in-future@F2', 'completed-late@F2', 'completed-late@F3']);
  });
});
