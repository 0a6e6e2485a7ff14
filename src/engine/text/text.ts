/** Text as shown, as compared, and as read from a cell. */
import { collapseWhitespace, plainWords } from './plainText';
import type { CellSnapshot } from '../workbook/snapshot';

export function nfc(s: string): string {
  return s.normalize('NFC');
}

/** NFC with whitespace (line breaks, NBSP, zero-width spaces …) collapsed to single spaces and trimmed. */
export function squash(s: string): string {
  return collapseWhitespace(s.normalize('NFC'));
}

/**
 * The matching key of a text: lower case, no diacritics, words separated by single spaces.
 * fold('  Thời hạn\nhoàn thành ') === 'thoi han hoan thanh'.
 */
export function fold(s: string): string {
  return plainWords(s);
}

/** What the user sees in the cell: its displayed text, else its raw value as text. */
export function cellText(cell: CellSnapshot | null | undefined): string {
  if (!cell) return '';
  if (typeof cell.text === 'string') return cell.text;
  const value = cell.v;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
