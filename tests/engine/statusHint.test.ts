import { analyze } from '../../src/engine/analyzeWorkbook';
import type { Lang } from '../../src/engine/settings/options';
import { suggestStatus } from '../../src/engine/values/statusHint';
import { sheet, workbook } from './snapshotBuilder';

const AS_OF = '2025-12-11';
const OLD_HINT = { vi: 'Dùng một trong các trạng thái: Đã hoàn thành, Đang thực hiện, Chưa thực hiện.', en: 'Use one of: Đã hoàn thành, Đang thực hiện, Chưa thực hiện.' };

/** The invalid-status findings of a one-task sheet whose status cell is `status`. */
function statusFindings(status: string, lang: Lang = 'vi') {
  const s = sheet('PL', [
    ['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái', 'Ngày hoàn thành thực tế'],
    ['Số hóa hồ sơ', 'Phòng Kinh tế', '31/12/2025', status, null],
  ]);
  return analyze(workbook(s), { asOf: AS_OF, lang }).findings.filter((f) => f.code === 'invalid-status');
}

function hint(status: string, lang: Lang = 'vi'): string {
  const findings = statusFindings(status, lang);
  expect(findings).toHaveLength(1);
  return findings[0].hint;
}

describe('the hint of invalid-status says what the status most likely meant (SPEC §4.1, §6)', () => {
  // A status followed by a separator or a word such as "ngày" is read with its details (SPEC §4.3);
  // these run straight into other words, so they stay invalid and the hint says what was meant.
  it('a done status followed by its date: the date goes to the completion date column', () => {
    expect(hint('Đã hoàn thành hồ sơ 30/9/2025')).toBe(
      'Có vẻ là “Đã hoàn thành”: chỉ ghi “Đã hoàn thành” ở cột này, ghi ngày 30/9/2025 vào cột Ngày hoàn thành thực tế.',
    );
    expect(hint('Đã hoàn thành hồ sơ 30/9/2025', 'en')).toBe(
      'Looks like “Đã hoàn thành”: write only “Đã hoàn thành” in this column, and the date 30/9/2025 in the Actual completion date column.',
    );
  });

  it('a status followed by other words: the rest goes to the description column', () => {
    expect(hint('Hoàn thành xong, đã báo cáo')).toBe(
      'Có vẻ là “Hoàn thành”: chỉ ghi “Hoàn thành” ở cột này, ghi phần còn lại vào cột Mô tả/Kết quả thực hiện.',
    );
    expect(hint('Hoàn thành xong, đã báo cáo', 'en')).toBe(
      'Looks like “Hoàn thành”: write only “Hoàn thành” in this column, and the rest in the description or progress report column (Mô tả/Kết quả thực hiện).',
    );
  });

  it('keeps the qualifier that the status carries, and names the status with its diacritics', () => {
    expect(hint('HOAN THANH DUNG HAN va da bao cao UBND')).toBe(
      'Có vẻ là “Hoàn thành đúng hạn”: chỉ ghi “Hoàn thành đúng hạn” ở cột này, ghi phần còn lại vào cột Mô tả/Kết quả thực hiện.',
    );
  });

  it('sends a date to the completion column only after a done status', () => {
    expect(hint('Đang thực hiện từ 01/7/2025')).toBe(
      'Có vẻ là “Đang thực hiện”: chỉ ghi “Đang thực hiện” ở cột này, ghi phần còn lại vào cột Mô tả/Kết quả thực hiện.',
    );
  });

  it('a near-miss typo', () => {
    expect(hint('Đã hoàn thàn')).toBe('Có phải là “Đã hoàn thành”?');
    expect(hint('Đã hoàn thàn', 'en')).toBe('Did you mean “Đã hoàn thành”?');
    expect(hint('Dang thuc hein')).toBe('Có phải là “Đang thực hiện”?');
  });

  it('"Chưa hoàn thành": in progress or not started, only the user can say', () => {
    expect(hint('Chưa hoàn thành')).toBe(
      '“Chưa hoàn thành” chưa cho biết đã bắt đầu hay chưa: chọn “Đang thực hiện” hoặc “Chưa thực hiện”.',
    );
    expect(hint('Chưa hoàn thành', 'en')).toBe(
      '“Chưa hoàn thành” (not completed) does not say whether the work has started: choose “Đang thực hiện” (in progress) or “Chưa thực hiện” (not started).',
    );
  });

  it('"Đang thực hiện - đạt 80%" is a status with its progress, not a finding', () => {
    expect(statusFindings('Đang thực hiện - đạt 80%')).toEqual([]);
  });

  it('a status followed by details is read, not an invalid-status (SPEC §4.3)', () => {
    expect(statusFindings('Đã hoàn thành ngày 30/9/2025')).toEqual([]);
    expect(statusFindings('Hoàn thành (đã báo cáo)')).toEqual([]);
  });

  it.each([
    ['another word', 'Tạm dừng'],
    ['too short to be a slip', 'Hoàn'],
    ['a progress figure that contradicts the status', 'Hoàn thành 80%'],
    ['a status that is not at the start', 'Nhiệm vụ đã hoàn thành'],
  ])('keeps the general hint for %s: %j', (_case, status) => {
    expect(hint(status)).toBe(OLD_HINT.vi);
    expect(hint(status, 'en')).toBe(OLD_HINT.en);
  });
});

describe('suggestStatus', () => {
  it('tells the kinds apart, and stays silent on blank text', () => {
    expect(suggestStatus('Đã hoàn thành ngày 30 / 9 / 2025')).toEqual({ kind: 'extra-words', status: 'Đã hoàn thành', completedOn: '30/9/2025' });
    expect(suggestStatus('Chưa thực hiện do thiếu kinh phí')).toEqual({ kind: 'extra-words', status: 'Chưa thực hiện', completedOn: null });
    expect(suggestStatus('Chưa hoàn thành, đang chờ kinh phí')).toEqual({ kind: 'undecided' });
    expect(suggestStatus('Chưa bắt đầuu')).toEqual({ kind: 'typo', status: 'Chưa bắt đầu' });
    expect(suggestStatus(' - ')).toBeNull();
  });
});
