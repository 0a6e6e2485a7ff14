import fc from 'fast-check';
import { isStatusText, parseStatus, type CanonicalStatus, type StatusClaim } from '../../src/engine/values/status';
import { anyString, RUNS } from './cellArbitraries';

describe('parseStatus: SPEC §4.1', () => {
  it.each([
    ['Đã hoàn thành', 'done', null],
    ['Hoàn thành', 'done', null],
    ['Đã thực hiện', 'done', null],
    ['Hoàn thành đúng hạn', 'done', 'on_time'],
    ['Hoàn thành quá hạn', 'done', 'late'],
    ['Hoàn thành trễ hạn', 'done', 'late'],
    ['Đang thực hiện', 'in_progress', null],
    ['Đang triển khai', 'in_progress', null],
    ['Đang tiến hành', 'in_progress', null],
    ['Đang thực hiện trong hạn', 'in_progress', 'on_time'],
    ['Đang thực hiện quá hạn', 'in_progress', 'late'],
    ['Chưa thực hiện', 'not_started', null],
    ['Chưa triển khai', 'not_started', null],
    ['Chưa bắt đầu', 'not_started', null],
  ])('%j → %s / %s', (text, status, claim) => {
    expect(parseStatus(text)).toEqual({ status, claim });
  });

  it.each([
    // spacing, line breaks, case, diacritics and punctuation as typed
    ['Đang thực \nhiện', 'in_progress', null],
    ['đã thực \nhiện', 'done', null],
    ['Đã hoàn \nthành', 'done', null],
    ['HOÀN THÀNH', 'done', null],
    ['Hoan thanh', 'done', null],
    ['hoàn thành.', 'done', null],
    ['Đang thực hiện;', 'in_progress', null],
    ['- Đã hoàn thành', 'done', null],
    ['  Chưa  triển khai  ', 'not_started', null],
    ['Đã hoàn thành'.normalize('NFD'), 'done', null],
    ['DANG THUC HIEN', 'in_progress', null],
    // qualifiers, in words or in brackets
    ['Hoàn thành (đúng hạn)', 'done', 'on_time'],
    ['Đã hoàn thành đúng hạn', 'done', 'on_time'],
    ['Hoàn thành, quá hạn', 'done', 'late'],
    ['Hoàn thành trong hạn', 'done', 'on_time'],
    ['Hoàn thành trước hạn', 'done', 'on_time'],
    ['Hoàn thành chậm', 'done', 'late'],
    ['Hoàn thành chậm tiến độ', 'done', 'late'],
    ['Đang thực hiện đúng tiến độ', 'in_progress', 'on_time'],
    ['Đang triển khai - chậm tiến độ', 'in_progress', 'late'],
    ['Đang thực hiện (trễ hạn)', 'in_progress', 'late'],
    ['Chưa thực hiện quá hạn', 'not_started', 'late'],
    ['Hoàn thành trước thời hạn', 'done', 'on_time'],
    ['Hoàn thành đúng thời hạn', 'done', 'on_time'],
    ['Hoàn thành vượt tiến độ', 'done', 'on_time'],
    ['Đang thực hiện trong thời hạn', 'in_progress', 'on_time'],
    ['Đang thực hiện (quá thời hạn)', 'in_progress', 'late'],
    ['Hoàn thành trễ thời hạn', 'done', 'late'],
    ['Đã hoàn thành 100%', 'done', null],
    ['Chưa thực hiện được', 'not_started', null],
    // a progress figure that agrees with the status
    ['Đang thực hiện (đạt 70%)', 'in_progress', null],
    ['Đang triển khai 50% - chậm tiến độ', 'in_progress', 'late'],
    ['Chưa thực hiện (0%)', 'not_started', null],
  ])('%j → %s / %s', (text, status, claim) => {
    expect(parseStatus(text)).toEqual({ status, claim });
  });

  it.each([
    'Đã xong?',
    'Tạm dừng',
    'Chưa hoàn thành',
    'Hoàn',
    'thực hiện',
    'Đang',
    'Đạt',
    'x',
    '-',
    '31/12/2025',
    'Hoàn thành đúng hạn quá hạn',
    'Hoàn thành 80%',
    'Đang thực hiện 100%',
    'Chưa thực hiện 20%',
    'Đang thực hiện 1000%',
    'Đang thực hiện thường xuyên',
    'Đặc khu Cát Hải đã hoàn thành tổ chức bộ máy và vận hành chính quyền địa phương theo mô hình 02 cấp',
    'Đã hoàn thành. Đặc khu đã số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
    'Hoàn thành rà soát, cấu trúc lại các thủ tục hành chính',
  ])('%j is unknown', (text) => {
    expect(parseStatus(text)).toEqual({ status: 'unknown', claim: null });
    expect(isStatusText(text)).toBe(false);
  });

  it.each(['', ' ', '\n\t', '\u00A0', '\u200B'])('%j is blank', (text) => {
    expect(parseStatus(text)).toBeNull();
    expect(isStatusText(text)).toBe(false);
  });

  it('isStatusText is true exactly for the known statuses', () => {
    expect(isStatusText('Đang thực \nhiện')).toBe(true);
    expect(isStatusText('Hoàn thành quá hạn')).toBe(true);
    expect(isStatusText('Chưa bắt đầu')).toBe(true);
  });

  it('never throws', () => {
    const statuses: (CanonicalStatus | undefined)[] = ['done', 'in_progress', 'not_started', 'unknown', undefined];
    const claims: StatusClaim[] = ['on_time', 'late', null];
    fc.assert(
      fc.property(anyString, (s) => {
        const parsed = parseStatus(s);
        expect(statuses).toContain(parsed?.status);
        if (parsed) expect(claims).toContain(parsed.claim);
        expect(isStatusText(s)).toBe(!!parsed && parsed.status !== 'unknown');
      }),
      RUNS,
    );
  });
});
