import type { FindingCode } from '../checks/findings';
import type { Lang } from '../settings/options';

/**
 * A short name for each finding code (SPEC §6), for people: the "Kiểm tra" sheet shows it where a
 * Vietnamese report would otherwise show `missing-required`. The code itself stays stable for machines.
 */
export const FINDING_CODE_LABELS: Record<Lang, Record<FindingCode, string>> = {
  vi: {
    'header-not-found': 'Không nhận ra bảng',
    'missing-required': 'Thiếu thông tin bắt buộc',
    'invalid-date': 'Ngày không hợp lệ',
    'deadline-unspecified': 'Thời hạn chưa cụ thể',
    'invalid-status': 'Trạng thái không rõ',
    'completed-without-date': 'Hoàn thành chưa ghi ngày',
    'completion-in-future': 'Ngày hoàn thành sau ngày báo cáo',
    'status-date-conflict': 'Có ngày hoàn thành nhưng chưa xong',
    'status-claim-conflict': 'Ghi đúng/quá hạn trái với ngày',
    'completed-late': 'Hoàn thành quá hạn',
    overdue: 'Quá hạn',
    'duplicate-task': 'Nhiệm vụ trùng',
    'invalid-number': 'Số liệu không hợp lệ',
    'percent-out-of-range': 'Tỷ lệ ngoài 0–100%',
    'invalid-target': 'Mục tiêu không đọc được',
    'missing-unit': 'Thiếu đơn vị tính',
    'unknown-unit-name': 'Đơn vị không có trong danh mục',
    'legacy-encoding': 'Phông chữ cũ (TCVN3/VNI)',
    'status-has-details': 'Trạng thái kèm ghi chú',
    'missing-column': 'Bảng thiếu cột',
    'due-soon': 'Sắp đến hạn',
  },
  en: {
    'header-not-found': 'Table not recognised',
    'missing-required': 'Required value missing',
    'invalid-date': 'Invalid date',
    'deadline-unspecified': 'Deadline not specific',
    'invalid-status': 'Unknown status',
    'completed-without-date': 'Done, no completion date',
    'completion-in-future': 'Completed after report date',
    'status-date-conflict': 'Completion date, not done',
    'status-claim-conflict': 'On time/late claim contradicts dates',
    'completed-late': 'Completed late',
    overdue: 'Overdue',
    'duplicate-task': 'Duplicate task',
    'invalid-number': 'Invalid number',
    'percent-out-of-range': 'Share outside 0–100%',
    'invalid-target': 'Target not readable',
    'missing-unit': 'Unit missing',
    'unknown-unit-name': 'Unit not in directory',
    'legacy-encoding': 'Legacy font (TCVN3/VNI)',
    'status-has-details': 'Status with details',
    'missing-column': 'Table lacks a column',
    'due-soon': 'Due soon',
  },
};
