import { join } from 'node:path';
import { ensureBuilt, ROOT, runCli } from './run';

/** The summary part of `phuluc check` on the bundled sample, on the real command. */
describe('phuluc check: group sentences and plan sheets in the human report', () => {
  beforeAll(() => ensureBuilt(), 180_000);
  const check = (...extra: string[]) =>
    runCli(['check', join('samples', 'phu-luc-mau.xlsx'), '--as-of', '2025-12-11', '--subject', 'UBND đặc khu', ...extra], { cwd: ROOT }).stdout;

  it('writes each group sentence after the workbook sentence, in sheet order', () => {
    const lines = check().split('\n');
    const sentenceAt = lines.findIndex((l) => l.startsWith('UBND đặc khu được giao 51 nhiệm vụ và 64 chỉ tiêu'));
    expect(lines.slice(sentenceAt + 1, sentenceAt + 5)).toEqual([
      '',
      'Câu báo cáo theo từng mục:',
      '  Trang "NQ57 - Kết quả", mục A. Nhiệm vụ theo Kế hoạch số 01-KH/BCĐ ngày 26/8/2025 của Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số về thực hiện Kế hoạch số 02-KH/BCĐTW',
      '    UBND đặc khu được giao 05 nhiệm vụ và 0 chỉ tiêu, đã và đang thực hiện 05 nhiệm vụ và 0 chỉ tiêu, hoàn thành 04 nhiệm vụ/0 chỉ tiêu, trong hạn 01 nhiệm vụ/0 chỉ tiêu, quá hạn 0 nhiệm vụ/chỉ tiêu; chưa triển khai 0 nhiệm vụ/chỉ tiêu.',
    ]);
    const sheets = lines.filter((l) => l.startsWith('  Trang "')).map((l) => /^ {2}Trang "([^"]+)"/.exec(l)?.[1]);
    expect([...new Set(sheets)]).toEqual(['NQ57 - Kết quả', 'PL1 Chỉ tiêu NQ71', 'PL2 Chỉ tiêu 5 năm', 'PL3 Nhiệm vụ chung', 'PL4 Nhiệm vụ khác', 'KQ Chỉ tiêu NQ71']);
    expect(sheets).toHaveLength(17);
  });

  it('ends with the plan sheets by deadline, in all, per sheet and per lead unit', () => {
    const out = check();
    expect(out.slice(out.indexOf('\nTrang kế hoạch'))).toBe(
      [
        '',
        'Trang kế hoạch (không có cột trạng thái), nhiệm vụ theo thời hạn:',
        '  Toàn bộ: 13 nhiệm vụ — Đã đến hạn 1, Đến hạn trong năm 2025 9, Thường xuyên 2, Chưa rõ thời hạn 1',
        '  PL3 Nhiệm vụ chung: 4 nhiệm vụ — Đã đến hạn 1, Đến hạn trong năm 2025 1, Thường xuyên 2',
        '    UBND đặc khu, các cơ quan chuyên môn: 2 nhiệm vụ — Thường xuyên 2',
        '    UBND đặc khu, các cơ quan chuyên môn, trung tâm PV HCC: 2 nhiệm vụ — Đã đến hạn 1, Đến hạn trong năm 2025 1',
        '  PL4 Nhiệm vụ khác: 9 nhiệm vụ — Đến hạn trong năm 2025 8, Chưa rõ thời hạn 1',
        '    Phòng Văn hóa - Xã hội, Trung tâm Sự nghiệp công: 2 nhiệm vụ — Đến hạn trong năm 2025 2',
        '    Phòng Văn hóa - Xã hội: 5 nhiệm vụ — Đến hạn trong năm 2025 5',
        '    Các cơ quan chuyên môn, các đơn vị trực thuộc UBND đặc khu: 2 nhiệm vụ — Đến hạn trong năm 2025 1, Chưa rõ thời hạn 1',
        '',
      ].join('\n'),
    );
  });

  it('labels both in English with --lang en', () => {
    const out = check('--lang', 'en');
    expect(out).toContain('\nReport sentence per section:\n  Sheet "NQ57 - Kết quả", section A. ');
    expect(out).toContain('\nPlan sheets (no status column), tasks by deadline:\n  All: 13 tasks — Already due 1, Due in 2025 9, Ongoing 2, No clear deadline 1\n');
  });
});
