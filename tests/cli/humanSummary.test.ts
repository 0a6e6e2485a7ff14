import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeWorkbook } from './fixtures';
import { ensureBuilt, ROOT, runCli } from './run';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-cli-plans-'));
const PLANS_ONLY = join(dir, 'ke-hoach.xlsx');
const NOTICE_VI =
  'Các bảng chỉ có kế hoạch (chưa có cột Trạng thái / Kết quả thực hiện) nên câu báo cáo chưa có gì để đếm; thêm cột đó để theo dõi tiến độ.';

/** The summary part of `phuluc check` on the bundled sample, on the real command. */
describe('phuluc check: group sentences and plan sheets in the human report', () => {
  beforeAll(async () => {
    ensureBuilt();
    // A plan of tasks (no Trạng thái) and a plan of indicators (no Kết quả thực hiện): nothing to count.
    await writeWorkbook(PLANS_ONLY, (wb) => {
      wb.addWorksheet('KH nhiệm vụ').addRows([
        ['STT', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'],
        [1, 'Xây dựng kế hoạch chuyển đổi số năm 2026', 'Phòng Văn hóa - Xã hội', '31/03/2026'],
      ]);
      wb.addWorksheet('KH chỉ tiêu').addRows([
        ['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Năm 2025', 'Năm 2030', 'Cơ quan chủ trì'],
        [1, 'Tỷ lệ hồ sơ giải quyết trực tuyến', '%', '≥ 80%', '≥ 95%', 'Trung tâm Phục vụ hành chính công'],
        [2, 'Tỷ lệ phủ sóng 5G', '%', '-', '100%', 'Phòng Văn hóa - Xã hội'],
      ]);
    });
  }, 180_000);
  const check = (...extra: string[]) =>
    runCli(['check', join('samples', 'phu-luc-mau.xlsx'), '--as-of', '2025-12-11', '--subject', 'UBND đặc khu', ...extra], { cwd: ROOT }).stdout;

  it('writes each group sentence after the workbook sentence, in sheet order', () => {
    const lines = check().split('\n');
    // Only the progress sheets count: PL1–PL4 are plans.
    const sentenceAt = lines.findIndex((l) => l.startsWith('UBND đặc khu được giao 38 nhiệm vụ và 07 chỉ tiêu'));
    expect(lines.slice(sentenceAt + 1, sentenceAt + 5)).toEqual([
      '',
      'Câu báo cáo theo từng mục:',
      '  Trang "NQ57 - Kết quả", mục A. Nhiệm vụ theo Kế hoạch số 01-KH/BCĐ ngày 26/8/2025 của Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số về thực hiện Kế hoạch số 02-KH/BCĐTW',
      '    UBND đặc khu được giao 05 nhiệm vụ và 0 chỉ tiêu, đã và đang thực hiện 05 nhiệm vụ và 0 chỉ tiêu, hoàn thành 04 nhiệm vụ/0 chỉ tiêu, trong hạn 01 nhiệm vụ/0 chỉ tiêu, quá hạn 0 nhiệm vụ/chỉ tiêu; chưa triển khai 0 nhiệm vụ/chỉ tiêu.',
    ]);
    const sheets = lines.filter((l) => l.startsWith('  Trang "')).map((l) => /^ {2}Trang "([^"]+)"/.exec(l)?.[1]);
    expect([...new Set(sheets)]).toEqual(['NQ57 - Kết quả', 'KQ Chỉ tiêu NQ71']);
    expect(sheets).toHaveLength(6);
    expect(lines).not.toContain(NOTICE_VI);
  });

  it('ends with the plan sheets: tasks by deadline, in all, per sheet and per lead unit; then indicators per lead unit', () => {
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
        'Trang kế hoạch (không có cột kết quả thực hiện), chỉ tiêu theo đơn vị chủ trì:',
        '  PL1 Chỉ tiêu NQ71: 23 chỉ tiêu — mục tiêu năm 2030',
        '    Trung tâm PV Hành chính công: 5 chỉ tiêu',
        '    Văn phòng HĐND & UBND đặc khu: 3 chỉ tiêu',
        '    Phòng Kinh tế: 1 chỉ tiêu',
        '    Phòng Văn hóa - Xã hội: 14 chỉ tiêu',
        '  PL2 Chỉ tiêu 5 năm: 34 chỉ tiêu — mục tiêu năm 2025, 2030, 2035',
        '    Phòng Văn hóa - Xã hội: 22 chỉ tiêu',
        '    Phòng Kinh tế: 1 chỉ tiêu',
        '    Trung tâm PV hành chính công: 5 chỉ tiêu',
        '    Phòng Văn hóa - Xã hội; các cơ quan chuyên môn UBND đặc khu: 2 chỉ tiêu',
        '    Phòng Văn hóa - Xã hội; Phòng Kinh tế.: 1 chỉ tiêu',
        '    Công an đặc khu: 1 chỉ tiêu',
        '    Công an xã; các cơ quan chuyên môn UBND đặc khu: 1 chỉ tiêu',
        '    Các cơ quan chuyên môn UBND đặc khu: 1 chỉ tiêu',
        '',
      ].join('\n'),
    );
  });

  it('writes each lead unit’s own sentence, the unit its subject, after the group sentences', () => {
    const lines = check().split('\n');
    const heading = lines.indexOf('Câu báo cáo theo từng đơn vị chủ trì:');
    expect(heading).toBeGreaterThan(lines.indexOf('Câu báo cáo theo từng mục:'));
    expect(lines.slice(heading + 1, heading + 3)).toEqual([
      '  UBND đặc khu Cát Hải',
      '    UBND đặc khu Cát Hải được giao 38 nhiệm vụ và 0 chỉ tiêu, đã và đang thực hiện 37 nhiệm vụ và 0 chỉ tiêu, hoàn thành 23 nhiệm vụ/0 chỉ tiêu, trong hạn 07 nhiệm vụ/0 chỉ tiêu, quá hạn 04 nhiệm vụ/0 chỉ tiêu; chưa triển khai 0 nhiệm vụ/chỉ tiêu.',
    ]);
    expect(lines.slice(heading + 3, heading + 5)).toEqual([
      '  Trung tâm PV Hành chính công',
      expect.stringMatching(/^ {4}Trung tâm PV Hành chính công được giao 0 nhiệm vụ và 02 chỉ tiêu, /),
    ]);
  });

  it('labels both in English with --lang en', () => {
    const out = check('--lang', 'en');
    expect(out).toContain('\nReport sentence per section:\n  Sheet "NQ57 - Kết quả", section A. ');
    expect(out).toContain('\nReport sentence per lead unit:\n  UBND đặc khu Cát Hải\n    UBND đặc khu Cát Hải được giao 38 nhiệm vụ');
    expect(out).toContain('\nPlan sheets (no status column), tasks by deadline:\n  All: 13 tasks — Already due 1, Due in 2025 9, Ongoing 2, No clear deadline 1\n');
    expect(out).toContain('\nPlan sheets (no actual result column), indicators by lead unit:\n  PL1 Chỉ tiêu NQ71: 23 indicators — targets for 2030\n');
  });

  it('says why the sentence counts nothing when the workbook holds plans only', () => {
    const plansOnly = (...extra: string[]) => runCli(['check', PLANS_ONLY, '--as-of', '2025-12-11', ...extra]).stdout;
    const out = plansOnly();
    expect(out).toContain([
      'Tổng hợp',
      '  Nhiệm vụ: 0',
      '  Chỉ tiêu: 0',
      '  Kết quả kiểm tra: 0 lỗi, 0 cảnh báo, 0 lưu ý',
      '',
      'Đơn vị được giao 0 nhiệm vụ và 0 chỉ tiêu, đã và đang thực hiện 0 nhiệm vụ và 0 chỉ tiêu, hoàn thành 0 nhiệm vụ/chỉ tiêu, trong hạn 0 nhiệm vụ/chỉ tiêu, quá hạn 0 nhiệm vụ/chỉ tiêu; chưa triển khai 0 nhiệm vụ/chỉ tiêu.',
      NOTICE_VI,
      '',
      'Trang kế hoạch (không có cột trạng thái), nhiệm vụ theo thời hạn:',
    ].join('\n'));
    expect(out).toContain('\n  KH chỉ tiêu: 2 chỉ tiêu — mục tiêu năm 2025, 2030\n    Trung tâm Phục vụ hành chính công: 1 chỉ tiêu\n');
    expect(plansOnly('--lang', 'en')).toContain(
      '\nThe tables hold plans only (no Status / Actual result column), so the report sentence has nothing to count yet; add that column to track progress.\n',
    );
  });

  it('says "1 task" and "1 indicator" in English, not "1 tasks" or "1 indicators"', () => {
    const out = runCli(['check', PLANS_ONLY, '--as-of', '2025-12-11', '--lang', 'en']).stdout;
    expect(out).toContain([
      'Plan sheets (no status column), tasks by deadline:',
      '  All: 1 task — Due after 2025 1',
      '  KH nhiệm vụ: 1 task — Due after 2025 1',
      '    Phòng Văn hóa - Xã hội: 1 task — Due after 2025 1',
      '',
      'Plan sheets (no actual result column), indicators by lead unit:',
      '  KH chỉ tiêu: 2 indicators — targets for 2025, 2030',
      '    Trung tâm Phục vụ hành chính công: 1 indicator',
      '    Phòng Văn hóa - Xã hội: 1 indicator',
      '',
    ].join('\n'));
  });
});
