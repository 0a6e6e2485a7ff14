import fc from 'fast-check';
import { deadlineDate, parseDeadlineText, readDateCell, type Deadline } from '../../src/engine/values/deadlines';
import { isoToSerial, serialToIso } from '../../src/engine/values/calendar';
import { isDateFormat } from '../../src/engine/values/numberFormat';
import { anyCell, anyNumber, anyString, RUNS } from './cellArbitraries';

const date = (iso: string): Deadline => ({ kind: 'date', date: iso });
const IMPOSSIBLE: Deadline = { kind: 'invalid', impossible: true };
const UNREADABLE: Deadline = { kind: 'invalid', impossible: false };

describe('parseDeadlineText: every form of SPEC §3.2', () => {
  it.each([
    // that day
    ['31/12/2025', '2025-12-31'],
    ['31-12-2025', '2025-12-31'],
    ['31.12.2025', '2025-12-31'],
    ['1/7/2025', '2025-07-01'],
    ['01/07/2025', '2025-07-01'],
    ['2025-06-30', '2025-06-30'],
    ['2025-06-15 00:00:00', '2025-06-15'],
    ['2025-06-15T08:30:00', '2025-06-15'],
    ['31/12/2025 00:00', '2025-12-31'],
    ['ngày 31 tháng 12 năm 2025', '2025-12-31'],
    ['Ngày 1 tháng 7 năm 2025', '2025-07-01'],
    ['Trước ngày 15/6/2025', '2025-06-15'],
    ['Chậm nhất ngày 30/9/2026', '2026-09-30'],
    ['Chậm nhất là ngày 30/9/2026.', '2026-09-30'],
    ['Hoàn thành trước 31/12/2025', '2025-12-31'],
    // last day of the month
    ['tháng 12/2025', '2025-12-31'],
    ['Tháng 12 năm 2025', '2025-12-31'],
    ['T12/2025', '2025-12-31'],
    ['12/2025', '2025-12-31'],
    ['tháng 7 năm 2025', '2025-07-31'],
    ['Tháng 10/2025', '2025-10-31'],
    ['tháng 6/2025', '2025-06-30'],
    ['tháng 2/2025', '2025-02-28'],
    ['tháng 2/2024', '2024-02-29'],
    ['tháng 2 năm 2000', '2000-02-29'],
    ['Trong tháng 9/2025', '2025-09-30'],
    ['Thang 12/2025', '2025-12-31'],
    // last day of the quarter
    ['Quý IV/2025', '2025-12-31'],
    ['Quý 4 năm 2025', '2025-12-31'],
    ['Q4/2025', '2025-12-31'],
    ['Quý I/2026', '2026-03-31'],
    ['Quý II/2026', '2026-06-30'],
    ['Quý III năm 2026', '2026-09-30'],
    ['quý 1/2026', '2026-03-31'],
    ['Q2/2026', '2026-06-30'],
    ['Quý IV - 2025', '2025-12-31'],
    // half years, years, periods
    ['6 tháng đầu năm 2026', '2026-06-30'],
    ['6 tháng cuối năm 2025', '2025-12-31'],
    ['Năm 2026', '2026-12-31'],
    ['2026', '2026-12-31'],
    ['Trong năm 2026', '2026-12-31'],
    ['Cuối năm 2025', '2025-12-31'],
    ['2026 - 2030', '2030-12-31'],
    ['2026-2030', '2030-12-31'],
    ['2026 – 2030', '2030-12-31'],
    ['Giai đoạn 2026-2030', '2030-12-31'],
    ['Giai đoạn 2026 - 2030', '2030-12-31'],
    ['Từ 01/7/2025 đến 31/12/2025', '2025-12-31'],
    ['tháng 10/2025 - tháng 12/2025', '2025-12-31'],
    // several months or quarters of one year
    ['Tháng 10-12/2025', '2025-12-31'],
    ['Tháng 10 - 12/2025', '2025-12-31'],
    ['tháng 7 đến tháng 9 năm 2025', '2025-09-30'],
    ['Quý III-IV/2025', '2025-12-31'],
    ['Quý I và II năm 2026', '2026-06-30'],
    ['Q.IV/2025', '2025-12-31'],
    // broken across lines, as in seed 004
    ['30-\n09-\n20\n25', '2025-09-30'],
    ['31-\n05-\n20\n25', '2025-05-31'],
    ['tháng 12/ \n2025', '2025-12-31'],
    ['tháng \n12/2025', '2025-12-31'],
    ['tháng 7 năm \n2025', '2025-07-31'],
    ['Thang\n10/2025', '2025-10-31'],
    // two-digit years are 20xx; day first always
    ['30/9/25', '2025-09-30'],
    ['5/6/26', '2026-06-05'],
    ['12/11/2025', '2025-11-12'],
    ['  31/12/2025  ', '2025-12-31'],
    ['31/12/2025.', '2025-12-31'],
  ])('%j → %s', (text, iso) => {
    expect(parseDeadlineText(text)).toMatchObject(date(iso));
  });

  it.each([
    ['31/12/2025', undefined],
    ['ngày 31 tháng 12 năm 2025', undefined],
    ['tháng 12/2025', '2025-12-01'],
    ['tháng 7 năm 2025', '2025-07-01'],
    ['Quý IV/2025', '2025-10-01'],
    ['6 tháng đầu năm 2026', '2026-01-01'],
    ['6 tháng cuối năm 2025', '2025-07-01'],
    ['Năm 2026', '2026-01-01'],
    ['Giai đoạn 2026-2030', '2026-01-01'],
    ['Tháng 10-12/2025', '2025-10-01'],
    ['Quý III-IV/2025', '2025-07-01'],
    ['Từ 01/7/2025 đến 31/12/2025', '2025-07-01'],
  ])('%j names a period that begins on %s', (text, from) => {
    expect((parseDeadlineText(text) as { from?: string }).from).toBe(from);
  });

  it.each([
    ['Hằng năm', 'annual'],
    ['Hàng năm', 'annual'],
    ['Định kỳ hằng năm', 'annual'],
    ['Định kỳ hàng năm', 'annual'],
    ['HẰNG NĂM', 'annual'],
    ['hang nam', 'annual'],
    ['Hằng  \nnăm.', 'annual'],
    ['Năm 2025 và các năm tiếp theo', 'annual'],
    ['Thường xuyên', 'ongoing'],
    ['Liên tục', 'ongoing'],
    ['THƯỜNG XUYÊN', 'ongoing'],
    ['Thuong xuyen', 'ongoing'],
    ['Thuong xuyén', 'ongoing'],
    ['Thường xuyên, liên tục', 'ongoing'],
    ['Thường xuyên, hằng năm', 'ongoing'],
    ['Hằng quý', 'ongoing'],
    ['Hằng tháng', 'ongoing'],
    ['Định kỳ', 'ongoing'],
    ['Định kỳ 6 tháng', 'ongoing'],
    ['Định kỳ 6 tháng, hằng năm', 'ongoing'],
    ['6 tháng/lần', 'ongoing'],
    ['Theo thời gian tại các Nghị quyết, Quyết định, Kế hoạch đã phê duyệt', 'reference'],
    ['Theo tiến độ của thành phố', 'reference'],
    ['Theo Kế hoạch số 238/KH-UBND ngày 13/9/2025', 'reference'],
    ['Theo yêu cầu', 'reference'],
    ['theo', 'reference'],
    ['Thực hiện theo thời gian tại văn bản', 'reference'],
    ['Đảm bảo theo tiến độ chung', 'reference'],
  ])('%j → %s', (text, kind) => {
    expect(parseDeadlineText(text)).toEqual({ kind });
  });

  it.each<[string, Deadline]>([
    ['31/12 hằng năm', { kind: 'annual', month: 12, day: 31 }],
    ['Trước ngày 15/12 hằng năm', { kind: 'annual', month: 12, day: 15 }],
    ['Hằng năm, trước ngày 30/6', { kind: 'annual', month: 6, day: 30 }],
    ['Hằng năm (trước 30/6)', { kind: 'annual', month: 6, day: 30 }],
    ['ngày 30 tháng 6 hàng năm', { kind: 'annual', month: 6, day: 30 }],
    ['Tháng 6 hằng năm', { kind: 'annual', month: 6 }],
    ['Quý II hằng năm', { kind: 'annual', month: 6 }],
    ['Quý IV định kỳ hằng năm', { kind: 'annual', month: 12 }],
  ])('%j recurs every year on its day', (text, expected) => {
    expect(parseDeadlineText(text)).toEqual(expected);
  });

  it.each(['31/04 hằng năm', '29/02 hằng năm', 'Tháng 13 hằng năm', 'Quý V hằng năm'])('%j recurs on a day that does not exist', (text) => {
    expect(parseDeadlineText(text)).toEqual(IMPOSSIBLE);
  });

  it.each(['Tháng 12-10/2025', 'Quý IV-II/2025', 'Báo cáo hằng năm', 'Hằng năm trước 31/12/2025'])('%j is unreadable', (text) => {
    expect(parseDeadlineText(text)).toEqual(UNREADABLE);
  });

  it.each(['31/02/2025', '29/02/2025', '32/1/2025', '0/1/2025', '31/4/2025', '1/13/2025', '1/0/2025',
    'tháng 13/2025', 'tháng 0/2025', '13/2025', 'Tháng 10-13/2025', 'Quý III-V/2025', 'Quý V/2025', 'Quý 5/2025', 'Q0/2025', 'ngày 30 tháng 2 năm 2026',
    '2025-02-30', '31/12/1899', 'Năm 1800', '29/02/2100'])('%j is not a real date', (text) => {
    expect(parseDeadlineText(text)).toEqual(IMPOSSIBLE);
  });

  it.each(['46022', '123', 'abc', 'Sớm', '31/12', 'Ngày 31 tháng 12', '12/25', '-', '?', 'Quý IV', 'tháng 12',
    '2030 - 2026', '31/12/2025; 30/6/2026', 'Hing nim', 'Đang thực hiện', '2025.5', 'Năm 2025 nếu có kinh phí',
    'The', 'Theodore 2025', '6 tháng'])('%j is unreadable', (text) => {
    expect(parseDeadlineText(text)).toEqual(UNREADABLE);
  });

  it.each(['', ' ', '\n', '\u00A0\u200B', '\t \r\n'])('%j is blank', (text) => {
    expect(parseDeadlineText(text)).toBeNull();
  });
});

describe('parseDeadlineText properties', () => {
  const validDate = fc
    .record({ year: fc.integer({ min: 1900, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .filter(({ year, month, day }) => day <= new Date(Date.UTC(year, month, 0)).getUTCDate());
  const pad = (n: number) => String(n).padStart(2, '0');

  it('reads back any real date in every way it is commonly written', () => {
    fc.assert(
      fc.property(validDate, ({ year, month, day }) => {
        const iso = `${year}-${pad(month)}-${pad(day)}`;
        for (const written of [
          `${day}/${month}/${year}`,
          `${pad(day)}-${pad(month)}-${year}`,
          `${pad(day)}.${pad(month)}.${year}`,
          iso,
          `${iso} 00:00:00`,
          `ngày ${day} tháng ${month} năm ${year}`,
          `Trước ngày ${day}/${month}/${year}`,
        ]) {
          expect(parseDeadlineText(written)).toEqual(date(iso));
        }
      }),
      RUNS,
    );
  });

  it('reads any month as its last day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        const iso = `${year}-${pad(month)}-${pad(last)}`;
        for (const written of [`tháng ${month}/${year}`, `Tháng ${month} năm ${year}`, `T${month}/${year}`, `${month}/${year}`]) {
          expect(parseDeadlineText(written)).toEqual({ ...date(iso), from: `${year}-${pad(month)}-01` });
        }
      }),
      RUNS,
    );
  });

  it('never rolls an impossible day over', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1901, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 99 }), (year, month, day) => {
        const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
        fc.pre(day > last);
        expect(parseDeadlineText(`${day}/${month}/${year}`)).toEqual(IMPOSSIBLE);
      }),
      RUNS,
    );
  });

  it('never throws, and every date it returns is a real ISO date', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const deadline = parseDeadlineText(s);
        if (deadline?.kind === 'date') expect(Number.isNaN(isoToSerial(deadline.date))).toBe(false);
      }),
      RUNS,
    );
  });
});

describe('serialToIso / isoToSerial (Excel 1900 system)', () => {
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [25569, '1970-01-01'],
    [45838, '2025-06-30'],
    [46022, '2025-12-31'],
    [46022.75, '2025-12-31'],
    [2958465, '9999-12-31'],
  ])('serial %p is %s', (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(isoToSerial(iso)).toBe(Math.floor(serial));
  });

  it.each([0, 0.5, -1, 60, 60.5, 2958466, NaN, Infinity, -Infinity])('serial %p has no date', (serial) => {
    expect(serialToIso(serial)).toBeNull();
  });

  it.each(['1900-02-29', '2025-02-29', '2025-13-01', '2025-1-1', '31/12/2025', '', '1899-12-31', '10000-01-01', 'abcd-ef-gh'])(
    '%j has no serial',
    (iso) => {
      expect(isoToSerial(iso)).toBeNaN();
    },
  );

  it('round-trips every serial except the phantom 29/02/1900', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), (serial) => {
        fc.pre(serial !== 60);
        const iso = serialToIso(serial);
        expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(isoToSerial(iso as string)).toBe(serial);
      }),
      RUNS,
    );
  });

  it('agrees with the calendar for serials after 1900-03-01', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const expected = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
        expect(serialToIso(serial)).toBe(expected);
      }),
      RUNS,
    );
  });

  it('never throws on any number or string', () => {
    fc.assert(fc.property(anyNumber, (n) => serialToIso(n) === null || typeof serialToIso(n) === 'string'), RUNS);
    fc.assert(fc.property(anyString, (s) => typeof isoToSerial(s) === 'number'), RUNS);
  });
});

describe('isDateFormat', () => {
  it.each([
    ['dd/mm/yyyy', true],
    ['d/m/yy', true],
    ['yyyy-mm-dd', true],
    ['mmm-yy', true],
    ['mmmm', true],
    ['m/d/yyyy', true],
    ['[$-42A]dd/mm/yyyy', true],
    ['[$-F800]dddd, mmmm dd, yyyy', true],
    ['dd/mm/yyyy hh:mm', true],
    ['"ngày" dd', true],
    ['dd" tháng "mm" năm "yyyy', true],
    ['yyyy"年"m"月"d"日"', true],
    ['General', false],
    ['0.00', false],
    ['0%', false],
    ['#,##0', false],
    ['@', false],
    ['"ngày"', false],
    ['0 "ngày"', false],
    ['0" tháng"', false],
    ['\\d0', false],
    ['[Red]0.00', false],
    ['[$-42A]#,##0', false],
    ['hh:mm', false],
    ['h:mm AM/PM', false],
    ['mm:ss', false],
    ['[h]:mm:ss', false],
    ['[mm]:ss', false],
    ['0.00E+00', false],
    ['_(* #,##0_);_(* (#,##0);_(* "-"_);_(@_)', false],
    ['', false],
    [undefined, false],
  ])('isDateFormat(%j) = %p', (fmt, expected) => {
    expect(isDateFormat(fmt)).toBe(expected);
  });

  it('never throws', () => {
    fc.assert(fc.property(anyString, (s) => typeof isDateFormat(s) === 'boolean'), RUNS);
  });
});

describe('readDateCell', () => {
  it.each([
    [{ v: 46022, fmt: 'dd/mm/yyyy' }, date('2025-12-31')],
    [{ v: 46022.5, fmt: 'dd/mm/yyyy hh:mm' }, date('2025-12-31')],
    [{ v: 45838, fmt: 'mmm-yy' }, date('2025-06-30')],
    [{ v: 46022 }, date('2025-12-31')],
    [{ v: 2026 }, date('2026-12-31')],
    [{ v: 2026, fmt: '0' }, date('2026-12-31')],
    [{ v: 1900 }, date('1900-12-31')],
    [{ v: 2200 }, date('2200-12-31')],
    [{ v: 2026, fmt: 'dd/mm/yyyy' }, date('1905-07-18')],
    [{ v: '31-07-2025' }, date('2025-07-31')],
    [{ v: '30-09-2025' }, date('2025-09-30')],
    [{ v: 'tháng 7 năm 2025' }, { ...date('2025-07-31'), from: '2025-07-01' }],
    [{ v: '2026' }, { ...date('2026-12-31'), from: '2026-01-01' }],
    [{ v: 'Hằng năm' }, { kind: 'annual' }],
    [{ v: 'Thường xuyên' }, { kind: 'ongoing' }],
    [{ v: '31/02/2025' }, IMPOSSIBLE],
    [{ v: 60, fmt: 'dd/mm/yyyy' }, IMPOSSIBLE],
    [{ v: '46022' }, UNREADABLE],
    [{ v: 12 }, UNREADABLE],
    [{ v: 2025.5 }, UNREADABLE],
    [{ v: 3000000, fmt: 'dd/mm/yyyy' }, UNREADABLE],
    [{ v: -5, fmt: 'dd/mm/yyyy' }, UNREADABLE],
    [{ v: NaN }, UNREADABLE],
    [{ v: true }, UNREADABLE],
    [{ v: '#REF!', err: true as const }, UNREADABLE],
    [{ v: '#N/A', err: true as const }, UNREADABLE],
  ])('readDateCell(%j)', (cell, expected) => {
    expect(readDateCell(cell)).toEqual(expected);
  });

  it.each([null, undefined, { v: null }, { v: '' }, { v: '  \n' }])('readDateCell(%j) is blank', (cell) => {
    expect(readDateCell(cell)).toBeNull();
  });

  it('reads any date cell as its day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), fc.double({ min: 0, max: 0.999, noNaN: true }), (day, time) => {
        expect(readDateCell({ v: day + time, fmt: 'dd/mm/yyyy' })).toEqual(date(serialToIso(day) as string));
      }),
      RUNS,
    );
  });

  it('never throws on any cell-shaped value', () => {
    fc.assert(fc.property(anyCell, (cell) => readDateCell(cell) === null || typeof readDateCell(cell) === 'object'), RUNS);
  });
});

describe('deadlineDate', () => {
  it.each([
    [date('2025-06-30'), 2025, '2025-06-30'],
    [date('2025-06-30'), 2031, '2025-06-30'],
    [{ kind: 'annual' }, 2025, '2025-12-31'],
    [{ kind: 'annual' }, 2026, '2026-12-31'],
    [{ kind: 'annual', month: 6, day: 30 }, 2025, '2025-06-30'],
    [{ kind: 'annual', month: 2 }, 2024, '2024-02-29'],
    [{ kind: 'annual', month: 2 }, 2025, '2025-02-28'],
    [{ kind: 'annual' }, 2025.5, null],
    [{ kind: 'annual' }, NaN, null],
    [{ kind: 'annual' }, 99, null],
    [{ kind: 'ongoing' }, 2025, null],
    [{ kind: 'reference' }, 2025, null],
    [IMPOSSIBLE, 2025, null],
    [UNREADABLE, 2025, null],
  ] as [Deadline, number, string | null][])('deadlineDate(%j, %p) = %p', (deadline, year, expected) => {
    expect(deadlineDate(deadline, year)).toBe(expected);
  });
});
