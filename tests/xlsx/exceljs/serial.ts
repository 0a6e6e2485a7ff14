/**
 * JavaScript Date ↔ Excel serial number. ExcelJS turns date cells into Dates with
 * serial = 25569 + ms / 86 400 000 (25569 already counts Excel's fictitious 29/02/1900, the
 * 1900 leap-year bug); this is its exact inverse, so the snapshot holds the serial that is
 * stored in the file — the same number Office.js returns.
 */

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_SERIAL_1900 = 25_569;
/** Days between the 1900 and 1904 date systems. */
const DATE1904_OFFSET = 1_462;

export function dateToSerial(date: Date, date1904 = false): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL_1900 - (date1904 ? DATE1904_OFFSET : 0);
  // ExcelJS rounds to the millisecond when it builds the Date; undo float noise from that.
  const rounded = Math.round(serial * 1e9) / 1e9;
  return Number.isFinite(rounded) ? rounded : Number.NaN;
}
