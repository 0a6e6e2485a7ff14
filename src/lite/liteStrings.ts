/** The light pane's own words: Vietnamese only, like the full pane's default; severities are the engine's LABELS. */
export const LITE = {
  title: 'Phụ lục — bản gọn',
  why:
    'Excel này hiển thị phần bổ trợ bằng Internet Explorer, nên Phụ lục chạy bản gọn: kiểm tra, ' +
    'xem phát hiện, ghi trang tính Kiểm tra và Tổng hợp, sao chép câu báo cáo.',
  fullPaneAdds:
    'Trên Excel 2019 trở lên, Microsoft 365, Excel trên web hoặc Mac, ngăn đầy đủ có thêm: đặt ngày báo cáo, ' +
    'năm đánh giá, chủ ngữ và danh mục đơn vị; tô màu các ô có phát hiện; số đếm theo trang tính, mục và đơn vị ' +
    'chủ trì; chỉnh cấu trúc bảng; chèn phụ lục mẫu; tiếng Anh; kỳ báo cáo, so với kỳ trước, tổng hợp nhiều đơn vị.',
  asOf: 'Ngày báo cáo: {date}',
  check: 'Kiểm tra',
  writeIssues: 'Ghi trang tính Kiểm tra',
  writeSummary: 'Ghi trang tính Tổng hợp',
  copy: 'Sao chép câu báo cáo',
  copied: 'Đã sao chép câu báo cáo.',
  copyFailed: 'Không sao chép được: hãy chọn câu trong ô rồi nhấn Ctrl+C.',
  checking: 'Đang đọc sổ tính…',
  checked: 'Đã kiểm tra: {n} phát hiện.',
  noFindings: 'Không có phát hiện nào.',
  more: 'Còn {n} phát hiện nữa: xem trang tính Kiểm tra.',
  written: 'Đã ghi trang tính: {sheets}.',
  sentence: 'Câu báo cáo',
  findings: 'Phát hiện',
  settingsUnreadable: 'Không đọc được thiết lập đã lưu trong sổ tính; bản gọn dùng thiết lập mặc định.',
} as const;

/** Puts `{name}` values into a message. */
export function fillLite(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
