import { parseDeadlineText, type Deadline } from '../../src/engine/values/deadlines';

/**
 * Every deadline and completion-date text that appears in the appendix tables of the seeds, exactly
 * as written there (line breaks included), with what a reader of the document takes it to mean.
 * Seed 002's OCR lost its diacritics; the forms are given as typed in the original and as OCR read them.
 */
const day = (iso: string): Deadline => ({ kind: 'date', date: iso });
const month = (iso: string, from: string): Deadline => ({ kind: 'date', date: iso, from });

describe('deadline forms found in the seeds', () => {
  it.each<[string, string, Deadline]>([
    // seed 002, Phụ lục 3 and 4, column "Thời gian thực hiện/hoàn thành" / "Thời hạn hoàn thành"
    ['002 PL3 I.1', 'Thường\nxuyên', { kind: 'ongoing' }],
    ['002 PL3 I.1 (OCR)', 'Thuong\nXuyén', { kind: 'ongoing' }],
    ['002 PL3 II.1', 'Tháng\n10/2025', month('2025-10-31', '2025-10-01')],
    ['002 PL3 II.2', 'Tháng\n12/2025', month('2025-12-31', '2025-12-01')],
    ['002 PL4 I.1', 'Hằng năm', { kind: 'annual' }],
    ['002 PL4 I.3 (OCR)', 'Hang nam', { kind: 'annual' }],
    ['002 PL4 I.6', 'Tháng\n12/2025', month('2025-12-31', '2025-12-01')],
    ['002 PL4 II.1', 'Hằng năm', { kind: 'annual' }],
    ['002 PL4 II.5', 'Theo thời\ngian tại các\nNghị quyết,\nQuyết định,\nKế hoạch đã\nphê duyệt', { kind: 'reference' }],
    ['002 PL4 II.5 (OCR)', 'Theo thoi\ngian tai cac\nNghi quyét,\nQuyeét dinh,\nKé hoach da\nphé duyét', { kind: 'reference' }],
    ['002 text', '2026 - 2030', month('2030-12-31', '2026-01-01')],
    // seed 004, column "Thời hạn"
    ['004 A', '31/12/2025', day('2025-12-31')],
    ['004 B', '30/06/2026', day('2026-06-30')],
    ['004 B', '30/09/2025', day('2025-09-30')],
    ['004 B', '31/05/2025', day('2025-05-31')],
    ['004 C', '31/08/2025', day('2025-08-31')],
    ['004 C', '31-07-2025', day('2025-07-31')],
    ['004 C', '30-09-2025', day('2025-09-30')],
    ['004 C', '26-06-2025', day('2025-06-26')],
    ['004 C', '30-06-2025', day('2025-06-30')],
    ['004 C', '20-06-2025', day('2025-06-20')],
    ['004 C', '31-12-2025', day('2025-12-31')],
    ['004 C', '08/06/2025', day('2025-06-08')],
    // seed 004, column "Ngày hoàn thành thực tế", wrapped inside the cell
    ['004 A', 'tháng 7 năm \n2025', month('2025-07-31', '2025-07-01')],
    ['004 A', 'tháng 12/ \n2025', month('2025-12-31', '2025-12-01')],
    ['004 A', 'tháng \n12/2025', month('2025-12-31', '2025-12-01')],
    ['004 B', '30-\n09-\n20\n25', day('2025-09-30')],
    ['004 B', '31-\n05-\n20\n25', day('2025-05-31')],
    ['004 C', 'tháng 12/2025', month('2025-12-31', '2025-12-01')],
  ])('seed %s: %j', (_where, text, expected) => {
    expect(parseDeadlineText(text)).toEqual(expected);
  });
});
