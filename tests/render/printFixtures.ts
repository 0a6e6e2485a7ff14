/**
 * Every kind of workbook the product writes, made with the real command into `dir`, for the
 * LibreOffice render test: the summary of the sample; the summary of a workbook with many long
 * findings and long group names; a second month's summary (with "So với kỳ trước"); the template;
 * a roll-up over several units, one of them unreadable.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { addTaskSheet, writeWorkbook } from '../cli/fixtures';
import { runCli } from '../cli/run';

const SAMPLE = resolve(__dirname, '../../samples/phu-luc-mau.xlsx');

type Row = (string | number | null)[];

const LONG_LEAD = 'Phòng Văn hóa - Xã hội phối hợp với Trung tâm Phục vụ hành chính công và Văn phòng HĐND - UBND';
const LONG_GROUP = (n: number) =>
  `${'ABCDEFGH'[n]}. Nhiệm vụ theo Kế hoạch số 0${n + 1}-KH/BCĐ ngày 15/3/2025 của Ban Chỉ đạo về phát triển khoa học, ` +
  'công nghệ, đổi mới sáng tạo và chuyển đổi số trên địa bàn đặc khu giai đoạn 2025 - 2030';

/** 60 tasks in 3 long-named sections, most with a finding: bad dates, statuses, missing leads, duplicates. */
function manyFindingRows(): Row[] {
  const rows: Row[] = [];
  for (let g = 0; g < 3; g++) {
    rows.push([LONG_GROUP(g), null, null, null, null]);
    for (let i = 0; i < 20; i++) {
      const n = g * 20 + i + 1;
      const name = `Triển khai nhiệm vụ số ${n} về xây dựng, cập nhật cơ sở dữ liệu chuyên ngành và kết nối, chia sẻ dữ liệu với hệ thống thông tin giải quyết thủ tục hành chính`;
      const kind = n % 5;
      rows.push([
        n, name, kind === 3 ? null : n % 2 ? LONG_LEAD : 'Văn phòng',
        kind === 0 ? '31/02/2025' : kind === 1 ? 'Theo thời gian tại các Nghị quyết của Hội đồng nhân dân thành phố' : '30/09/2025',
        kind === 2 ? 'Tạm dừng do chưa bố trí được kinh phí thực hiện theo kế hoạch' : kind === 4 ? 'Hoàn thành đúng hạn' : 'Đang thực hiện',
      ]);
    }
  }
  return rows;
}

/** Month 1 and 2 of one unit: in month 2 one task is done, one overdue, one new. */
const JANUARY: Row[] = [
  [1, 'Số hóa hồ sơ hành chính của các phòng chuyên môn, đơn vị sự nghiệp trực thuộc', 'Văn phòng', '31/12/2026', 'Đang thực hiện'],
  [2, 'Tập huấn chuyển đổi số cho cán bộ, công chức', 'Phòng Văn hóa - Xã hội', '31/01/2026', 'Đang thực hiện'],
];
const FEBRUARY: Row[] = [
  [1, 'Số hóa hồ sơ hành chính của các phòng chuyên môn, đơn vị sự nghiệp trực thuộc', 'Văn phòng', '31/12/2026', 'Đã hoàn thành'],
  [2, 'Tập huấn chuyển đổi số cho cán bộ, công chức', 'Phòng Văn hóa - Xã hội', '31/01/2026', 'Đang thực hiện'],
  [3, 'Lắp đặt hệ thống camera giám sát an ninh trật tự tại các tuyến đường chính', 'Công an đặc khu', '30/06/2026', 'Chưa thực hiện'],
];

function expectCode(args: string[], codes: number[]): void {
  const r = runCli(args);
  if (r.code === null || !codes.includes(r.code)) throw new Error(`phuluc ${args.join(' ')} → ${r.code}: ${r.stderr}`);
}

export interface PrintFixtures {
  /** Summaries: file → its product sheets. */
  summaries: string[];
  template: string;
  rollup: string;
}

export async function buildPrintFixtures(dir: string): Promise<PrintFixtures> {
  const f = (name: string) => join(dir, name);
  await writeWorkbook(f('nhieu-loi.xlsx'), (w) => addTaskSheet(w, 'PL1', manyFindingRows()));
  await writeWorkbook(f('thang-1.xlsx'), (w) => addTaskSheet(w, 'PL1', JANUARY));
  expectCode(['summarize', SAMPLE, '-o', f('mau.out.xlsx'), '--as-of', '2025-12-11'], [0, 1]);
  expectCode(['summarize', f('nhieu-loi.xlsx'), '-o', f('nhieu-loi.out.xlsx'), '--as-of', '2025-12-11'], [0, 1]);
  expectCode(['summarize', f('thang-1.xlsx'), '-o', f('thang-1.out.xlsx'), '--period', '2026-01'], [0, 1]);
  // February's figures typed into January's summarized copy: the period record stays, so "So với kỳ trước" appears.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(f('thang-1.out.xlsx'));
  wb.removeWorksheet(wb.getWorksheet('PL1')?.id ?? 0);
  addTaskSheet(wb, 'PL1', FEBRUARY);
  await wb.xlsx.writeFile(f('thang-2.xlsx'));
  expectCode(['summarize', f('thang-2.xlsx'), '-o', f('thang-2.out.xlsx'), '--period', '2026-02'], [0, 1]);
  expectCode(['template', '-o', f('mau-trong.xlsx')], [0]);

  mkdirSync(f('don-vi'), { recursive: true });
  await writeWorkbook(f('don-vi/xa-a.xlsx'), (w) => addTaskSheet(w, 'PL1', JANUARY));
  await writeWorkbook(f('don-vi/xa-b.xlsx'), (w) => addTaskSheet(w, 'PL1', FEBRUARY));
  await writeWorkbook(f('don-vi/xa-c-co-ten-tep-rat-dai-cua-mot-don-vi.xlsx'), (w) => addTaskSheet(w, 'PL1', manyFindingRows()));
  writeFileSync(f('don-vi/hong.xlsx'), 'not a workbook');
  expectCode(['rollup', f('don-vi'), '-o', f('tong-hop-don-vi.xlsx'), '--period', '2026-02', '--subject', 'UBND đặc khu'], [0, 1]);

  return {
    summaries: ['mau.out.xlsx', 'nhieu-loi.out.xlsx', 'thang-2.out.xlsx'].map(f),
    template: f('mau-trong.xlsx'),
    rollup: f('tong-hop-don-vi.xlsx'),
  };
}
