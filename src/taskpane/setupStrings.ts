import type { Lang } from '../engine';

/**
 * The Structure and Templates tabs, the unit directory, and what an older Excel cannot do. The
 * capability notes name Excel versions people know; the ExcelApi set behind each is shown only as
 * the note's tooltip (CapabilityNote), never inside a sentence.
 */
const vi = {
  structure: {
    intro: 'Cách đọc từng trang tính. Nếu nhận sai, hãy sửa rồi bấm Lưu: thay đổi được lưu cùng sổ tính và áp dụng ở lần kiểm tra tiếp theo.',
    kind: 'Loại trang tính',
    headerRows: 'Dòng tiêu đề',
    headerOnRow: 'tiêu đề ở dòng {rows}',
    headerOnRows: 'tiêu đề ở dòng {rows}',
    headerRowsHint: 'Ví dụ: 3 hoặc 3-4',
    headerRowsInvalid: 'Nhập một hoặc hai số dòng, ví dụ 3 hoặc 3-4.',
    columns: 'Cột của từng trường',
    columnPlaceholder: 'Tự động',
    columnInvalid: 'Nhập tên cột bằng chữ cái, ví dụ D.',
    table: 'Bảng {n}',
    overridden: 'Đã chỉnh tay',
    save: 'Lưu',
    reset: 'Tự nhận lại',
  },
  units: {
    label: 'Danh mục đơn vị',
    hint: 'Mỗi dòng một tên. Đơn vị chủ trì không có trong danh mục sẽ được báo ở lần kiểm tra tiếp theo; để trống nếu không dùng.',
    placeholder: 'Phòng Văn hóa - Xã hội',
  },
  template: {
    intro: 'Chèn một trang tính phụ lục trống theo mẫu chuẩn: tiêu đề cột, định dạng ngày, danh sách chọn trạng thái, dòng tiêu đề cố định.',
    tasks: 'Chèn mẫu phụ lục nhiệm vụ',
    indicators: 'Chèn mẫu phụ lục chỉ tiêu',
  },
  capabilities: {
    title: 'Bản Excel này chưa hỗ trợ:',
    tooltip: 'Cần ExcelApi {apiSet}',
    highlight: 'Đánh dấu ô (cần Excel 2019, Microsoft 365 hoặc Excel trên web). Vẫn dùng được: kiểm tra, danh sách phát hiện, chọn ô và ghi trang tính “Kiểm tra”.',
    dropdowns: 'Danh sách chọn trong mẫu (cần Excel 2019, Microsoft 365 hoặc Excel trên web). Mẫu vẫn được chèn đầy đủ, chỉ không có danh sách chọn.',
    merges: 'Đọc ô gộp (cần Excel 2021, Microsoft 365 hoặc Excel trên web). Vẫn kiểm tra được, nhưng ô gộp chỉ được đọc ở ô đầu tiên, nên các dòng còn lại của ô gộp có thể bị báo thiếu thông tin.',
    freeze: 'Cố định dòng tiêu đề (cần Excel 2019, Microsoft 365 hoặc Excel trên web). Trang tính vẫn được ghi đầy đủ, chỉ không cố định dòng tiêu đề.',
    print: 'Thiết lập trang in: A4 ngang, vừa một trang chiều ngang, lặp dòng tiêu đề, số trang (cần Excel 2021, Microsoft 365 hoặc Excel trên web). Trang tính vẫn được ghi đầy đủ; trước khi in, hãy chọn khổ A4 nằm ngang và vừa 1 trang chiều rộng ở thẻ Bố trí Trang.',
  },
};

export const SETUP_STRINGS: Record<Lang, typeof vi> = {
  vi,
  en: {
    structure: {
      intro: 'How each sheet is read. If it is wrong, correct it and select Save: the change is stored with the workbook and used from the next check.',
      kind: 'Sheet kind',
      headerRows: 'Header rows',
      headerOnRow: 'header on row {rows}',
      headerOnRows: 'header on rows {rows}',
      headerRowsHint: 'For example 3 or 3-4',
      headerRowsInvalid: 'Enter one or two row numbers, for example 3 or 3-4.',
      columns: 'Column of each field',
      columnPlaceholder: 'Automatic',
      columnInvalid: 'Enter a column letter, for example D.',
      table: 'Table {n}',
      overridden: 'Set by hand',
      save: 'Save',
      reset: 'Detect again',
    },
    units: {
      label: 'Unit directory',
      hint: 'One name a line. Lead units not in it are reported from the next check; leave empty to skip.',
      placeholder: 'Phòng Văn hóa - Xã hội',
    },
    template: {
      intro: 'Insert a blank appendix sheet in the standard layout: column headers, date formats, a status drop-down and a frozen header row.',
      tasks: 'Insert a task appendix template',
      indicators: 'Insert an indicator appendix template',
    },
    capabilities: {
      title: 'This Excel does not support yet:',
      tooltip: 'Needs ExcelApi {apiSet}',
      highlight: 'Highlighting cells (needs Excel 2019, Microsoft 365 or Excel on the web). Still available: checking, the findings list, going to cells and writing the “Kiểm tra” sheet.',
      dropdowns: 'Drop-down lists in templates (needs Excel 2019, Microsoft 365 or Excel on the web). The template is still inserted in full, without drop-downs.',
      merges: 'Reading merged cells (needs Excel 2021, Microsoft 365 or Excel on the web). Checking still works, but a merged cell is read in its first cell only, so the other rows it covers may be reported as missing values.',
      freeze: 'Freezing the header row (needs Excel 2019, Microsoft 365 or Excel on the web). Sheets are still written in full, without a frozen header.',
      print: 'Print setup: A4 landscape, one page wide, header rows on every page, page numbers (needs Excel 2021, Microsoft 365 or Excel on the web). Sheets are still written in full; before printing, choose A4 landscape and fit to 1 page wide on the Page Layout tab.',
    },
  },
};
