import type { SheetSnapshot } from '../workbook/snapshot';
import { sameSheetName } from '../workbook/sheetNames';
import { cellText } from '../text/text';

/** Titles the product writes in A1 of its own sheets, in both languages: they mark a sheet as its own. */
export const OWN_TITLES = {
  summary: { vi: 'TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ, CHỈ TIÊU', en: 'SUMMARY OF TASKS AND INDICATORS' },
  issues: { vi: 'KẾT QUẢ KIỂM TRA PHỤ LỤC', en: 'APPENDIX CHECK RESULTS' },
  /** The very hidden sheet of period records (SPEC §11): a marker, the same in both languages. */
  periodRecords: { vi: 'PHULUC_KY_BAO_CAO', en: 'PHULUC_KY_BAO_CAO' },
  /** The roll-up's three sheets (SPEC §12): written into the open workbook by the pane, replaced on a re-run. */
  rollupUnits: { vi: 'TỔNG HỢP KẾT QUẢ THỰC HIỆN CỦA CÁC ĐƠN VỊ', en: 'ROLL-UP OF UNITS' },
  rollupOverdue: { vi: 'NHIỆM VỤ QUÁ HẠN CỦA CÁC ĐƠN VỊ', en: 'OVERDUE TASKS ACROSS UNITS' },
  rollupFiles: { vi: 'TỆP KHÔNG ĐỌC ĐƯỢC HOẶC CÓ LỖI', en: 'FILES UNREAD OR WITH ERRORS' },
} as const;

const ALL_OWN_TITLES = new Set<string>(Object.values(OWN_TITLES).flatMap((t) => [t.vi, t.en]));

/** A sheet the product wrote earlier ("Tổng hợp", "Kiểm tra"): replaced on a re-run, never analysed. */
export function isOwnSheet(sheet: SheetSnapshot): boolean {
  return ALL_OWN_TITLES.has(cellText(sheet.rows[0]?.[0]).trim());
}

/**
 * The name for one of the product's sheets: the usual one, unless the user has a sheet of that name
 * of their own, which is never replaced (SPEC §9); then "Tổng hợp (2)" and so on.
 */
export function ownSheetName(base: string, sheets: { name: string; own: boolean }[]): string {
  // Excel's own comparison, so a name it would call taken is never handed to it.
  const usersSheet = (name: string) => sheets.find((s) => sameSheetName(s.name, name))?.own === false;
  let name = base;
  for (let i = 2; usersSheet(name); i++) name = `${base} (${i})`;
  return name;
}
