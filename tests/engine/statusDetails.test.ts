import { isStatusText, parseStatus } from '../../src/engine/values/status';
import { analyze } from '../../src/engine/analyzeWorkbook';
import { sheet, workbook } from './snapshotBuilder';

describe('a status followed by details (SPEC §4.3)', () => {
  it.each([
    ['Đã hoàn thành (Quyết định số 12/QĐ-UBND ngày 15/3/2026)', 'done', 'Đã hoàn thành', '(Quyết định số 12/QĐ-UBND ngày 15/3/2026)', '2026-03-15'],
    ['Đã hoàn thành (Kế hoạch số 15/KH-UBND)', 'done', 'Đã hoàn thành', '(Kế hoạch số 15/KH-UBND)', undefined],
    ['Đang thực hiện, dự kiến hoàn thành tháng 5/2026', 'in_progress', 'Đang thực hiện', 'dự kiến hoàn thành tháng 5/2026', undefined],
    ['Chưa thực hiện do chưa có kinh phí', 'not_started', 'Chưa thực hiện', 'do chưa có kinh phí', undefined],
    ['Đã hoàn thành ngày 05/3/2026', 'done', 'Đã hoàn thành', 'ngày 05/3/2026', '2026-03-05'],
    ['Hoàn thành tháng 3/2026', 'done', 'Hoàn thành', 'tháng 3/2026', '2026-03-01'],
    ['Đã hoàn thành ngày 5 tháng 3 năm 2026', 'done', 'Đã hoàn thành', 'ngày 5 tháng 3 năm 2026', '2026-03-05'],
    ['Đã hoàn \nthành\nĐã báo cáo UBND', 'done', 'Đã hoàn thành', 'Đã báo cáo UBND', undefined],
    ['Đang thực hiện: chờ thẩm định', 'in_progress', 'Đang thực hiện', 'chờ thẩm định', undefined],
    ['Đang triển khai - đã khảo sát 3 xã', 'in_progress', 'Đang triển khai', 'đã khảo sát 3 xã', undefined],
    ['Đang thực hiện (đạt 70%), chờ kinh phí', 'in_progress', 'Đang thực hiện', '(đạt 70%), chờ kinh phí', undefined],
    ['Chưa thực hiện vì chưa có hướng dẫn', 'not_started', 'Chưa thực hiện', 'vì chưa có hướng dẫn', undefined],
    ['Đã thực hiện theo Kế hoạch 20/KH-UBND', 'done', 'Đã thực hiện', 'theo Kế hoạch 20/KH-UBND', undefined],
    ['- Hoàn thành; đã nghiệm thu', 'done', 'Hoàn thành', 'đã nghiệm thu', undefined],
    ['DA HOAN THANH (QD so 5)', 'done', 'Đã hoàn thành', '(QD so 5)', undefined],
  ])('%j → %s, details kept', (text, status, phrase, details, completedOn) => {
    const parsed = parseStatus(text);
    expect(parsed).toMatchObject({ status, phrase, details });
    expect(parsed?.completedOn).toBe(completedOn);
    expect(isStatusText(text)).toBe(false);
  });

  it('keeps the qualifier of the longest phrase, and its claim', () => {
    expect(parseStatus('Hoàn thành đúng hạn (QĐ số 12)')).toMatchObject({ status: 'done', claim: 'on_time', phrase: 'Hoàn thành đúng hạn' });
    expect(parseStatus('Đang thực hiện quá hạn do thiếu vốn')).toMatchObject({ status: 'in_progress', claim: 'late' });
  });

  it('a date after a status that is not done is not a completion date', () => {
    expect(parseStatus('Đang thực hiện, dự kiến ngày 30/6/2026')?.completedOn).toBeUndefined();
  });

  it('an impossible date in the details is no completion date; the status still stands', () => {
    expect(parseStatus('Đã hoàn thành ngày 31/02/2026')).toMatchObject({ status: 'done', details: 'ngày 31/02/2026' });
    expect(parseStatus('Đã hoàn thành ngày 31/02/2026')?.completedOn).toBeUndefined();
  });

  it.each([
    ['another word', 'Tạm dừng'],
    ['Hoàn thiện is not Hoàn thành', 'Hoàn thiện hồ sơ'],
    ['a typo glued to the status', 'Hoàn thànhh'],
    ['a status word in the middle of a sentence', 'Nhiệm vụ đã hoàn thành (QĐ 12)'],
    ['a status word followed by words that are no note', 'Hoàn thành rà soát, cấu trúc lại thủ tục'],
    ['a full stop is no separator: a report sentence', 'Đã hoàn thành. Đặc khu đã số hóa hồ sơ'],
    ['a progress figure that contradicts the status', 'Hoàn thành 80%, đã báo cáo'],
    ['an impossible progress figure', 'Đang thực hiện 1000%, x'],
    ['not a §4.1 phrase', 'Chưa hoàn thành do thiếu kinh phí'],
  ])('%s stays unknown: %j', (_why, text) => {
    expect(parseStatus(text)).toEqual({ status: 'unknown', claim: null });
  });
});

describe('a status with details in a task table (SPEC §4.3, §6 status-has-details)', () => {
  const AS_OF = '2026-04-01';
  const HEADER = ['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái', 'Ngày hoàn thành thực tế'];
  const run = (status: string, deadline = '31/03/2026', completed: string | null = null, lang: 'vi' | 'en' = 'vi') =>
    analyze(workbook(sheet('PL', [HEADER, ['Số hóa hồ sơ', 'Phòng Kinh tế', deadline, status, completed]])), { asOf: AS_OF, lang });

  it('a date after a done status is the completion date when the completion cell is empty', () => {
    const a = run('Đã hoàn thành ngày 05/3/2026');
    expect(a.tasks.map((t) => t.category)).toEqual(['done_on_time']);
    expect(a.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(['status-has-details@D2']);
    expect(a.findings[0].message).toBe('Đọc trạng thái “Đã hoàn thành” ở đầu ô, phần sau là ghi chú; ngày hoàn thành 05/03/2026 lấy từ ghi chú.');
    expect(run('Đã hoàn thành ngày 05/3/2026', undefined, null, 'en').findings[0].message).toBe(
      'Read the status “Đã hoàn thành” at the start of the cell; the rest is a note; the completion date 05/03/2026 was taken from the note.',
    );
  });

  it('the date decides on-time or late, as a completion date would', () => {
    const a = run('Đã hoàn thành ngày 05/3/2026', '28/02/2026');
    expect(a.tasks.map((t) => t.category)).toEqual(['done_late']);
    expect(a.findings.map((f) => `${f.code}@${f.cell}`)).toEqual(['status-has-details@D2', 'completed-late@D2']);
  });

  it('a filled completion cell wins over the date in the details', () => {
    const a = run('Đã hoàn thành ngày 05/3/2026', '28/02/2026', '20/02/2026');
    expect(a.tasks.map((t) => t.category)).toEqual(['done_on_time']);
    expect(a.findings.map((f) => f.code)).toEqual(['status-has-details']);
    expect(a.findings[0].message).toBe('Đọc trạng thái “Đã hoàn thành” ở đầu ô, phần sau là ghi chú.');
  });

  it('a date in the future of the report date is still an error, on the status cell', () => {
    expect(run('Đã hoàn thành ngày 05/5/2026', '30/06/2026').findings.map((f) => `${f.code}@${f.cell}`)).toEqual([
      'status-has-details@D2', 'completion-in-future@D2',
    ]);
  });

  it('details without a date: the status counts, the note is an info finding', () => {
    const a = run('Chưa thực hiện do chưa có kinh phí', '30/06/2026');
    expect(a.tasks.map((t) => t.category)).toEqual(['not_started']);
    expect(a.findings.map((f) => `${f.code}:${f.severity}`)).toEqual(['status-has-details:info']);
  });

  it.each(['Tạm dừng', 'Hoàn thiện hồ sơ', 'Hoàn thànhh', 'Nhiệm vụ đã hoàn thành ngày 05/3/2026'])('%j stays invalid-status', (status) => {
    const a = run(status);
    expect(a.tasks.map((t) => t.category)).toEqual(['unknown']);
    expect(a.findings.map((f) => f.code)).toEqual(['invalid-status']);
  });
});
