import { Grid } from '../../src/engine/workbook/grid';
import { detectLayout } from '../../src/engine/layout/layout';
import { seed002pl1, seed002pl2, seed002pl3, seed002pl4NoDiacritics, seed004 } from './seedLayouts';
import { sheet } from './snapshotBuilder';
import type { SheetOverride } from '../../src/engine/settings/options';

const layoutOf = (s: ReturnType<typeof sheet>, override?: SheetOverride) =>
  detectLayout(new Grid(s), override ? [override] : []);

describe('sheet detection on the seed layouts (SPEC §2)', () => {
  it('reads seed 004: three sections, each with its own header and columns', () => {
    const { structure, sections } = layoutOf(seed004());
    expect(structure.kind).toBe('tasks');
    expect(structure.blocks.map((b) => b.headerRows)).toEqual([[2], [7], [11]]);
    const [a, b, c] = structure.blocks;
    expect(a.columns).toEqual({ name: 0, lead: 1, deadline: 2, status: 3, report: 4, completedOn: 5 });
    expect(b.columns).toEqual({ name: 0, lead: 1, deadline: 2, status: 3, report: 4, completedOn: 5 });
    expect(c.columns).toEqual({ code: 0, name: 1, lead: 2, sourceDoc: 3, deadline: 4, status: 5, report: 6, completedOn: 7 });
    expect([a.firstRow, a.lastRow, b.firstRow, b.lastRow, c.firstRow, c.lastRow]).toEqual([2, 5, 7, 9, 11, 14]);
    expect([...sections.keys()]).toEqual([0, 5, 9]);
    expect(sections.get(9)).toBe('C. Nhiệm vụ tại các Thông báo kết luận phiên họp Ban chỉ đạo Trung ương');
  });

  it('decides "Kết quả" by its values: statuses in seed 004 A, free text elsewhere', () => {
    const statusResult = layoutOf(seed004()).structure.blocks[0];
    expect(statusResult.columns.status).toBe(3);
    const textResult = layoutOf(sheet('X', [
      ['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái', 'Kết quả'],
      ['Số hóa hồ sơ', 'Phòng Kinh tế', '31/12/2025', 'Đang thực hiện', 'Đã số hóa 9.096 hồ sơ'],
      ['Rà soát thủ tục', 'Phòng Kinh tế', '31/12/2025', 'Đã hoàn thành', 'Đã rà soát 369 thủ tục'],
    ])).structure.blocks[0];
    expect(textResult.columns).toMatchObject({ status: 3, report: 4 });
  });

  it('takes an empty "Kết quả" beside a "Mô tả" column for the status still to be filled in, and alone for a report', () => {
    const rows = (header: string[]) => sheet('X', [header, ['Số hóa hồ sơ', 'Phòng Kinh tế', '31/12/2025']]);
    const beside = layoutOf(rows(['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả', 'Mô tả'])).structure.blocks[0];
    expect(beside.columns).toMatchObject({ status: 3, report: 4 });
    const alone = layoutOf(rows(['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả'])).structure.blocks[0];
    expect(alone.columns).toMatchObject({ report: 3 });
    expect(alone.columns.status).toBeUndefined();
  });

  it('reads Phụ lục 1: title rows, two-row header, the target year from "Đến năm 2030", numbering row', () => {
    const { structure, sections } = layoutOf(seed002pl1());
    expect(structure.kind).toBe('indicators');
    const [block] = structure.blocks;
    expect(block.headerRows).toEqual([3, 4]);
    expect(block.columns).toEqual({ stt: 0, name: 1, unit: 2, target: 3, lead: 4 });
    expect(block.targetYear).toBe(2030);
    expect(block.firstRow).toBe(5);
    expect([...sections.values()]).toEqual([
      'I. Chỉ tiêu về thực hiện thủ tục hành chính, dịch vụ công và chỉ đạo, điều hành, quản trị nội bộ trên môi trường điện tử',
      'II. Hạ tầng số',
    ]);
  });

  it('reads Phụ lục 2: one target column per year', () => {
    const [block] = layoutOf(seed002pl2()).structure.blocks;
    expect(block.targetYears).toEqual({ 2025: 2, 2030: 3, 2035: 4, 2040: 5, 2045: 6 });
    expect(block.columns).toEqual({ stt: 0, name: 1, lead: 7, output: 8 });
  });

  it('reads Phụ lục 3: a plan without status, long headers with remarks', () => {
    const { structure, sections } = layoutOf(seed002pl3());
    expect(structure.kind).toBe('tasks');
    expect(structure.blocks[0].columns).toEqual({ stt: 0, name: 1, lead: 4, expected: 5, deadline: 6 });
    expect(sections.get(2)).toBe('I. NÂNG CAO NHẬN THỨC, ĐỘT PHÁ VỀ ĐỔI MỚI TƯ DUY, XÁC ĐỊNH QUYẾT TÂM CHÍNH TRỊ MẠNH MẼ');
  });

  it('reads years typed as numbers under a merged "Mục tiêu" super-header as per-year target columns', () => {
    const s = sheet('CT', [
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Mục tiêu', null, 'Kết quả thực hiện', 'Cơ quan chủ trì'],
      [null, null, null, 2025, 2030, null, null],
      [1, 'Tỷ lệ hồ sơ trực tuyến', '%', '>60%', '100%', '70%', 'Phòng Kinh tế'],
    ], ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:F2', 'G1:G2']);
    const [block] = layoutOf(s).structure.blocks;
    expect(block).toMatchObject({ headerRows: [1, 2], targetYears: { 2025: 3, 2030: 4 }, firstRow: 2 });
    expect(block.columns).toEqual({ stt: 0, name: 1, unit: 2, actual: 5, lead: 6 });
  });

  it('keeps the first column of a year that a later column names again: the targets, not the results under them', () => {
    const s = sheet('CT', [
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Mục tiêu', null, 'Kết quả thực hiện', null, 'Cơ quan chủ trì'],
      [null, null, null, 'Năm 2025', 'Năm 2030', 'Năm 2025', 'Năm 2030', null],
      [1, 'Tỷ lệ hồ sơ trực tuyến', '%', '>60%', '100%', '70%', null, 'Phòng Kinh tế'],
    ], ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:G1', 'H1:H2']);
    expect(layoutOf(s).structure.blocks[0].targetYears).toEqual({ 2025: 3, 2030: 4 });
  });

  it.each([
    ['Mục tiêu năm 2025', 'Mục tiêu năm 2030'],
    ['Chỉ tiêu năm 2025', 'Chỉ tiêu năm 2030'],
    ['Kế hoạch năm 2025', 'Kế hoạch 2030'],
  ])('reads %j and %j as one target column per year', (first, second) => {
    const s = sheet('CT', [
      ['TT', 'Chỉ tiêu', 'ĐVT', first, second, 'Kết quả thực hiện', 'Cơ quan chủ trì'],
      [1, 'Tỷ lệ hồ sơ trực tuyến', '%', '>60%', '100%', '70%', 'Phòng Kinh tế'],
    ]);
    const [block] = layoutOf(s).structure.blocks;
    expect(block.targetYears).toEqual({ 2025: 3, 2030: 4 });
    expect(block.columns).toEqual({ stt: 0, name: 1, unit: 2, actual: 5, lead: 6 });
  });

  it.each([['Chỉ tiêu năm 2025', 2025], ['Đến năm 2030', 2030], ['Kế hoạch năm 2025', 2025]])(
    'reads a single %j column as the target of that year',
    (label, year) => {
      const s = sheet('CT', [
        ['TT', 'Chỉ tiêu', 'ĐVT', label, 'Kết quả thực hiện', 'Cơ quan chủ trì'],
        [1, 'Tỷ lệ hồ sơ trực tuyến', '%', '≥ 95%', '96%', 'Phòng Kinh tế'],
      ]);
      const [block] = layoutOf(s).structure.blocks;
      expect(block).toMatchObject({ targetYears: {}, targetYear: year });
      expect(block.columns).toEqual({ stt: 0, name: 1, unit: 2, target: 3, actual: 4, lead: 5 });
    },
  );

  it('does not take a data row for a header row because it holds a year-like number', () => {
    const s = sheet('CT', [
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Mục tiêu năm 2025', 'Kết quả thực hiện', 'Cơ quan chủ trì'],
      [1, 'Số hồ sơ tiếp nhận', 'hồ sơ', 2000, 2025, 'Trung tâm Phục vụ hành chính công'],
    ]);
    expect(layoutOf(s).structure.blocks[0]).toMatchObject({ headerRows: [1], firstRow: 1, targetYear: 2025 });
  });

  it('reads headers typed without diacritics', () => {
    const [block] = layoutOf(seed002pl4NoDiacritics()).structure.blocks;
    expect(block.columns).toEqual({ stt: 0, name: 1, lead: 2, support: 3, expected: 4, deadline: 5 });
  });

  it('reads the common headers "Cơ quan, đơn vị chủ trì", "Hạn hoàn thành" and "Tình trạng"', () => {
    const s = sheet('PL', [
      ['STT', 'Nội dung công việc', 'Cơ quan, đơn vị chủ trì', 'Hạn hoàn thành', 'Tình trạng'],
      [1, 'Số hóa hồ sơ', 'Phòng Kinh tế', '31/12/2025', 'Đang thực hiện'],
    ]);
    expect(layoutOf(s).structure.blocks[0].columns).toEqual({ stt: 0, name: 1, lead: 2, deadline: 3, status: 4 });
  });

  it('reports no table on a sheet of notes, and none on an empty sheet', () => {
    expect(layoutOf(sheet('Ghi chú', [['Báo cáo gửi Sở KH&CN trước ngày 15/12'], ['Liên hệ: Phòng Văn hóa - Xã hội']])).structure.kind).toBe('none');
    expect(layoutOf(sheet('Trống', [])).structure.kind).toBe('none');
  });

  it('does not take a title row that mentions "chỉ tiêu" for a header', () => {
    const { structure } = layoutOf(seed002pl1());
    expect(structure.blocks[0].headerRows[0]).toBe(3);
  });

  it('follows an override: not an appendix', () => {
    expect(layoutOf(seed004(), { sheet: 'NQ57 - Kết quả', kind: 'none' }).structure).toMatchObject({ kind: 'none', overridden: true });
  });

  it('follows an override of header row and columns', () => {
    const s = sheet('Tự do', [
      ['Danh sách việc'],
      ['Việc', 'Người làm', 'Hạn'],
      ['Số hóa hồ sơ', 'Phòng Kinh tế', '31/12/2025'],
    ]);
    expect(layoutOf(s).structure.kind).toBe('none');
    const { structure } = layoutOf(s, { sheet: 'Tự do', kind: 'tasks', headerRows: [2], columns: { name: 'A', lead: 'B', deadline: 'C' } });
    expect(structure).toMatchObject({ kind: 'tasks', overridden: true });
    expect(structure.blocks[0]).toMatchObject({ headerRows: [2], columns: { name: 0, lead: 1, deadline: 2 }, firstRow: 2, lastRow: 2 });
  });
});

describe('section rows above the first header', () => {
  it('takes a marked, merged section row above the header as the group, and a title as a title', () => {
    const s = sheet('PL', [
      ['PHỤ LỤC: KẾT QUẢ THỰC HIỆN'],
      ['A. Nhiệm vụ theo Kế hoạch số 01-KH/BCĐ ngày 26/8/2025'],
      ['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả'],
      ['Số hóa hồ sơ', 'UBND đặc khu Cát Hải', '31/12/2025', 'Đã hoàn thành'],
    ], ['A1:D1', 'A2:D2']);
    expect([...layoutOf(s).sections]).toEqual([[1, 'A. Nhiệm vụ theo Kế hoạch số 01-KH/BCĐ ngày 26/8/2025']]);
  });
});
