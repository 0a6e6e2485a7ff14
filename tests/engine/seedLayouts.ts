import { sheet, type TestCell } from './snapshotBuilder';

/**
 * Small transcriptions of the seeds' appendix layouts (the full ones are in samples/), each with the
 * layout facts of SPEC §2.3 that the reader must handle.
 */

/** Seed 004: three sections, each with its own header row and column set, in one sheet. */
export function seed004() {
  const rows: TestCell[][] = [
    ['A. Nhiệm vụ theo Kế hoạch số 01-KH/BCĐ ngày 26/8/2025 của Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số về thực hiện Kế hoạch số 02-KH/BCĐTW'],
    ['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả', 'Mô tả', 'Ngày hoàn \nthành thực tế'],
    ['Hoàn thành rà soát, cấu trúc lại các thủ tục hành chính chuyển từ thủ công trên giấy sang môi trường điện tử.', 'UBND đặc khu \nCát Hải', { date: '2025-12-31' }, 'Đã hoàn thành', 'Đã rà soát, chuẩn hóa và công bố danh mục 369 thủ tục hành chính thuộc thẩm quyền giải quyết', 'tháng 12/ \n2025'],
    ['Tiếp tục đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo quy định, phục vụ tái sử dụng thông tin, dữ liệu.', 'UBND đặc khu \nCát Hải', { date: '2025-12-31' }, 'Đang thực hiện', 'Từ 01/7/2025 đến 11/12/2025, 99,09% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến', null],
    [],
    ['B. Nhiệm vụ giao tại Phụ lục 3 của Kế hoạch số 238/KH-UBND ngày 13/9/2025 của Ủy ban nhân dân thành phố'],
    ['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái \nthực hiện', 'Kết quả thực hiện', 'Ngày \nhoàn \nthành \nthực tế'],
    ['Xây dựng, triển khai đề án ứng dụng IoT trong một số ngành, lĩnh vực', 'UBND đặc khu \nCát Hải', { date: '2025-09-30' }, 'Đã hoàn \nthành', 'Đặc khu đã bước đầu triển khai ứng dụng các giải pháp công nghệ số', '30-\n09-\n20\n25'],
    ['Tổ chức ứng dụng trí tuệ nhân tạo dựa trên dữ liệu lớn trong các ngành, lĩnh vực quan trọng', 'UBND đặc khu \nCát Hải', { date: '2025-12-31' }, 'Đang thực \nhiện', 'Đặc khu Cát Hải đã bước đầu triển khai ứng dụng các công nghệ thông minh', null],
    ['C. Nhiệm vụ tại các Thông báo kết luận phiên họp Ban chỉ đạo Trung ương'],
    ['Mã nhiệm \nvụ', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Văn bản giao \nnhiệm vụ', 'Thời hạn', 'Kết quả', 'Mô tả', 'Ngày hoàn \nthành thực tế'],
    [null, 'Rà soát, hoàn thiện quy trình thủ tục hành chính đáp ứng điều kiện thực hiện dịch vụ công trực tuyến toàn trình', 'UBND đặc khu \nCát Hải', 'Thông báo số 14-TB/TGV ngày 21/4/2025', '2025-06-30', 'Đã hoàn thành', 'Đặc khu đã công bố danh mục TTHC đủ điều kiện thực hiện DVCTT toàn trình', '30-06-2025'],
    [null, 'Rà soát, hoàn thiện quy trình thủ tục hành chính đáp ứng điều kiện thực hiện dịch vụ công trực tuyến toàn trình', 'UBND đặc khu \nCát Hải', 'Thông báo số 14-TB/TGV ngày 21/4/2025', '2025-06-30', 'Đã hoàn thành', 'Đặc khu Cát Hải đã tổ chức rà soát toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết', null],
    ['182_TBKL_NQ57', '(1) Phát huy vai trò người đứng đầu tại cơ quan, đơn vị', 'UBND đặc khu \nCát Hải', 'Thông báo số 04-TB/BCĐTW ngày 30/5/2025', null, 'Đã hoàn thành', 'UBND Đặc khu Cát Hải đã tổ chức quán triệt, triển khai Nghị quyết số 57-NQ/TW', null],
    [null, 'Các cơ quan, bộ, ngành và địa phương khẩn trương rà soát việc thực hiện các nhiệm vụ được giao', 'UBND đặc khu \nCát Hải', 'Thông báo số 27-TB/TGV ngày 08/06/2025', '2025-06-15 00:00:00', 'Đang thực \nhiện', 'Đặc khu Cát Hải đã tổ chức rà soát toàn bộ các nhiệm vụ được giao', null],
  ];
  return sheet('NQ57 - Kết quả', rows);
}

/** Seed 002, Phụ lục 1: title rows, a two-row header with "Đến năm 2030" over "Kết quả", roman sections. */
export function seed002pl1() {
  return sheet(
    'PL1',
    [
      ['PHỤ LỤC 1'],
      ['CÁC CHỈ TIÊU CỤ THỂ THEO NGHỊ QUYẾT 71/NQ-CP'],
      ['TT', 'Chỉ tiêu', 'Đơn vị', 'Đến năm 2030', 'Cơ quan chủ trì theo dõi, đánh giá'],
      [null, null, null, 'Kết quả', null],
      ['(1)', '(2)', '(3)', '(4)', '(5)'],
      ['I. Chỉ tiêu về thực hiện thủ tục hành chính, dịch vụ công và chỉ đạo, điều hành, quản trị nội bộ trên môi trường điện tử'],
      [1, 'Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp', '%', '≥95', 'Trung tâm Phục vụ hành chính công'],
      [2, 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', '%', 100, 'Trung tâm Phục vụ hành chính công'],
      ['II', 'Hạ tầng số'],
      [1, 'Chi ngân sách hằng năm cho phát triển KHCN, ĐMST, CĐS', '% tổng chi NSNN', 'Phấn đấu đạt 3%', 'Phòng Kinh tế'],
      [2, 'Tỷ lệ người sử dụng có khả năng truy nhập băng rộng cố định với tốc độ trên 1Gb/s', '%', '100%', 'Phòng Văn hóa - Xã hội'],
    ],
    ['A1:E1', 'A2:E2', 'A3:A4', 'B3:B4', 'C3:C4', 'E3:E4', 'A6:E6'],
  );
}

/**
 * Seed 002, Phụ lục 1 turned into a progress report: a "Kết quả thực hiện" column added and not yet
 * filled in. Its indicators are counted (not started); without the column they would be a plan. The
 * target is headed "Mục tiêu", as on the sample's results sheet, since "Kết quả" beside "Kết quả thực
 * hiện" names no target.
 */
export function seed002pl1Progress() {
  return sheet(
    'PL1',
    [
      ['PHỤ LỤC 1'],
      ['CÁC CHỈ TIÊU CỤ THỂ THEO NGHỊ QUYẾT 71/NQ-CP'],
      ['TT', 'Chỉ tiêu', 'Đơn vị', 'Đến năm 2030', 'Cơ quan chủ trì theo dõi, đánh giá', 'Kết quả thực hiện'],
      [null, null, null, 'Mục tiêu', null, null],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
      ['I. Chỉ tiêu về thực hiện thủ tục hành chính, dịch vụ công và chỉ đạo, điều hành, quản trị nội bộ trên môi trường điện tử'],
      [1, 'Tỷ lệ sử dụng dịch vụ công trực tuyến của người dân và doanh nghiệp', '%', '≥95', 'Trung tâm Phục vụ hành chính công', null],
      [2, 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', '%', 100, 'Trung tâm Phục vụ hành chính công', null],
      ['II', 'Hạ tầng số'],
      [1, 'Chi ngân sách hằng năm cho phát triển KHCN, ĐMST, CĐS', '% tổng chi NSNN', 'Phấn đấu đạt 3%', 'Phòng Kinh tế', null],
      [2, 'Tỷ lệ người sử dụng có khả năng truy nhập băng rộng cố định với tốc độ trên 1Gb/s', '%', '100%', 'Phòng Văn hóa - Xã hội', null],
    ],
    ['A1:F1', 'A2:F2', 'A3:A4', 'B3:B4', 'C3:C4', 'E3:E4', 'F3:F4', 'A6:F6'],
  );
}

/** Seed 002, Phụ lục 2: one target column per year, sections, "Sản phẩm đầu ra". */
export function seed002pl2() {
  return sheet('PL2', [
    ['PHỤ LỤC 2: CÁC CHỈ TIÊU THEO DÕI ĐÁNH GIÁ THEO GIAI ĐOẠN 05 NĂM'],
    ['Stt', 'Chỉ tiêu', 'Năm 2025', 'Năm 2030', 'Năm 2035', 'Năm 2040', 'Năm 2045', 'Cơ quan chủ trì theo dõi, đánh giá', 'Sản phẩm đầu ra'],
    ['I. Phát triển hạ tầng'],
    ['1.', 'Tỷ lệ phủ sóng 5G trên địa bàn đặc khu (theo chỉ tiêu của thành phố).', '>60%', '100%', '100%', '100%', '100%', 'Phòng Văn hóa - Xã hội', 'Số liệu báo cáo'],
    ['4.', 'Tỷ lệ phủ sóng 6G tại khu công nghiệp, cảng biển trên địa bàn đặc khu (theo chỉ tiêu của thành phố).', '-', '-', '100%', '100%', '100%', 'Phòng Văn hóa - Xã hội', 'Số liệu báo cáo'],
    ['III. Phát triển khoa học, công nghệ'],
    ['21', 'Tốc độ đổi mới công nghệ trung bình', '-', '20-22%', '-', '-', '-', 'Phòng Văn hóa - Xã hội', 'Số liệu báo cáo'],
  ], ['A1:I1']);
}

/** Seed 002, Phụ lục 3: a plan (no status column), long headers with remarks in parentheses. */
export function seed002pl3() {
  return sheet('PL3', [
    ['PHỤ LỤC 3: PHÂN CÔNG CÁC NHIỆM VỤ CHUNG CỦA ĐẶC KHU'],
    ['Stt', 'Tên nhiệm vụ (Nghị quyết 57-NQ/TW ngày 22/12/2024)', 'Nhiệm vụ tương ứng (Nghị quyết 71 và các Thông báo kết luận Phiên họp BCĐTW)', 'Stt nhiệm vụ trong NQ 71', 'Đơn vị chủ trì, theo dõi đánh giá', 'Kết quả cần đạt', 'Thời hạn hoàn thành'],
    ['I', 'NÂNG CAO NHẬN THỨC, ĐỘT PHÁ VỀ ĐỔI MỚI TƯ DUY, XÁC ĐỊNH QUYẾT TÂM CHÍNH TRỊ MẠNH MẼ'],
    [1, 'Nhiệm vụ CĐS, phát triển KHCN, ĐMST được xác định cụ thể trong chương trình, kế hoạch công tác hằng năm', 'Đưa nhiệm vụ CĐS, phát triển KHCN, ĐMST trong chương trình, kế hoạch công tác hằng năm', 6, 'UBND đặc khu, các cơ quan chuyên môn', 'Kế hoạch công tác', 'Thường xuyên'],
    ['II', 'KHẨN TRƯƠNG, QUYẾT LIỆT HOÀN THIỆN THỂ CHẾ'],
    [1, 'Phối hợp với Sở ngành thành phố sửa đổi, bổ sung, hoàn thiện đồng bộ các quy định pháp luật', 'Hoàn thành số hóa quy trình nghiệp vụ nội bộ', 48, 'UBND đặc khu, các cơ quan chuyên môn, trung tâm PV HCC', 'Hoàn thành số hóa', 'Tháng 10/2025'],
  ], ['B3:G3', 'B5:G5']);
}

/** Seed 002, Phụ lục 4, typed without diacritics (as OCR and some keyboards give it). */
export function seed002pl4NoDiacritics() {
  return sheet('PL4', [
    ['Stt', 'Noi dung cong viec', 'Co quan chu tri', 'Co quan phoi hop', 'San pham dau ra', 'Thoi gian thuc hien/hoan thanh'],
    ['I', 'Nâng cao nhận thức, đổi mới tư duy'],
    [1, 'Công tác thông tin, tuyên truyền trên các phương tiện thông tin đại chúng', 'Phòng Văn hóa - Xã hội, Trung tâm Dịch vụ tổng hợp', 'Các cơ quan chuyên môn', 'Tin, bài, phóng sự', 'Hằng năm'],
    [6, 'Xây dựng quy tắc ứng xử trên môi trường số cho cán bộ, công chức, viên chức và người lao động khác.', 'Phòng Văn hóa - Xã hội', 'Các cơ quan chuyên môn', 'Quy tắc', 'Tháng 12/2025'],
    [2, 'Tiếp tục thực hiện các nhiệm vụ, giải pháp tại Kết luận số 312-KL/TU ngày 15/02/2024', 'Các cơ quan chuyên môn', 'Các cơ quan chuyên môn', 'Báo cáo/Kế hoạch/Số liệu', 'Theo thời gian tại các Nghị quyết, Quyết định, Kế hoạch đã phê duyệt'],
  ]);
}
