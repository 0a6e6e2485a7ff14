/**
 * Number formats: Excel's built-in format codes by id (the ones the snapshot has always reported,
 * as ExcelJS names them), whether a format shows a date, and the date value as the snapshot holds it.
 */

const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

export function builtInFormat(id: number): string | undefined {
  return BUILT_IN[id];
}

/** A format showing a date or time: date/time letters outside quoted text and [..] sections. */
export function isDateFormat(fmt: string): boolean {
  return /[ymdhMsb]/.test(fmt.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL_1900 = 25_569;
const DATE1904_OFFSET = 1_462;

/**
 * A date cell's serial as the snapshot has always held it (src/xlsx/serial.ts): the stored number
 * rounded to the millisecond; NaN beyond JavaScript's date range. The 1904 system keeps its own
 * serials (Office.js returns them as stored).
 */
export function dateSerial(stored: number, date1904: boolean): number {
  const offset = date1904 ? DATE1904_OFFSET : 0;
  const ms = Math.round((stored - UNIX_EPOCH_SERIAL_1900 + offset) * 24 * 3600 * 1000);
  if (!(Math.abs(ms) <= 8.64e15)) return Number.NaN;
  const serial = ms / MS_PER_DAY + UNIX_EPOCH_SERIAL_1900 - offset;
  const rounded = Math.round(serial * 1e9) / 1e9;
  return Number.isFinite(rounded) ? rounded : Number.NaN;
}
