import type { Lang } from '../engine';

/** The Check tab and the pane's notices after a write or a highlight. "Trang tính" is Excel's own word for a worksheet. */
const vi = {
  check: {
    activeOnly: 'Chỉ kiểm tra trang tính đang mở',
    run: 'Kiểm tra',
    reading: 'Đang đọc bảng tính…',
    readingRows: 'Đang đọc {read}/{total} dòng…',
    total: '{n} phát hiện',
    filterSeverity: 'Mức độ',
    filterCode: 'Loại phát hiện',
    all: 'Tất cả',
    highlight: 'Đánh dấu',
    clearHighlight: 'Xóa đánh dấu',
    writeIssues: 'Ghi danh sách vào trang tính “Kiểm tra”',
    none: 'Không có phát hiện nào.',
    noneFiltered: 'Không có phát hiện nào khớp bộ lọc.',
    selectHint: 'Bấm vào một phát hiện để chọn ô đó trong Excel.',
    value: 'Giá trị: {value}',
    hint: 'Cách sửa: {hint}',
    groupCount: '{n} phát hiện',
    more: 'và {n} phát hiện khác',
    showMore: 'Hiện thêm {n}',
  },
  notices: {
    written: 'Đã ghi trang tính: {sheets}.',
    highlighted: 'Đã đánh dấu ô của {n} phát hiện.',
    cleared: 'Đã xóa đánh dấu.',
    protectedSheets:
      'Trang tính đang được bảo vệ nên không thay đổi được đánh dấu: {sheets}. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ Trang tính) rồi thử lại.',
    settingsUnreadable:
      'Không đọc được thiết lập đã lưu trong sổ tính này (có thể do sửa tay hoặc phiên bản khác), nên đang dùng thiết lập mặc định. Hãy nhập lại ngày báo cáo và các thiết lập khác.',
  },
};

export const CHECK_STRINGS: Record<Lang, typeof vi> = {
  vi,
  en: {
    check: {
      activeOnly: 'Check the active sheet only',
      run: 'Check',
      reading: 'Reading the workbook…',
      readingRows: 'Reading row {read} of {total}…',
      total: '{n} findings',
      filterSeverity: 'Severity',
      filterCode: 'Finding type',
      all: 'All',
      highlight: 'Highlight',
      clearHighlight: 'Clear highlights',
      writeIssues: 'Write the list to the “Kiểm tra” sheet',
      none: 'No findings.',
      noneFiltered: 'No findings match the filters.',
      selectHint: 'Select a finding to go to its cell in Excel.',
      value: 'Value: {value}',
      hint: 'How to fix: {hint}',
      groupCount: '{n} findings',
      more: 'and {n} more findings',
      showMore: 'Show {n} more',
    },
    notices: {
      written: 'Written: {sheets}.',
      highlighted: 'Highlighted the cells of {n} findings.',
      cleared: 'Highlights cleared.',
      protectedSheets:
        'These sheets are protected, so their highlights could not change: {sheets}. Unprotect them (Review › Unprotect Sheet) and try again.',
      settingsUnreadable:
        'The settings stored in this workbook could not be read (edited by hand or by another version), so the defaults are in use. Enter the report date and other settings again.',
    },
  },
};
