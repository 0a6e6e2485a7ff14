import fc from 'fast-check';
import { collapseWhitespace, plainLower, plainWords } from '../../src/engine/text/plainText';
import { cellText, fold, nfc, squash } from '../../src/engine/text/text';
import { anyCell, anyString, RUNS } from './cellArbitraries';

const NFD = (s: string) => s.normalize('NFD');

describe('nfc', () => {
  it('composes decomposed Vietnamese', () => {
    expect(nfc('Tho\u031B\u0300i ha\u0323n')).toBe('Thời hạn');
    expect(nfc('Thời hạn')).toBe('Thời hạn');
  });
});

describe('squash', () => {
  it.each([
    ['  Thời hạn\nhoàn thành ', 'Thời hạn hoàn thành'],
    ['Đang thực \nhiện', 'Đang thực hiện'],
    ['a\t\tb', 'a b'],
    ['a\u00A0b', 'a b'],
    ['a\u200Bb', 'a b'],
    ['a\u2060\u200B b', 'a b'],
    ['a\r\n\r\nb', 'a b'],
    ['\u3000x\u202F y\uFEFF', 'x y'],
    ['UBND đặc khu \nCát Hải', 'UBND đặc khu Cát Hải'],
    ['“Một cửa số”, 100%; ≥ 95 – 2,5…', '“Một cửa số”, 100%; ≥ 95 – 2,5…'],
    ['', ''],
    [' \n\t ', ''],
  ])('squash(%j) = %j', (input, expected) => {
    expect(squash(input)).toBe(expected);
  });

  it('composes decomposed input and keeps diacritics', () => {
    expect(squash(NFD(' Phòng  Văn hóa '))).toBe('Phòng Văn hóa');
  });
});

describe('fold', () => {
  it.each([
    ['  Thời hạn\nhoàn thành ', 'thoi han hoan thanh'],
    ['Đơn vị chủ trì, theo dõi đánh giá', 'don vi chu tri theo doi danh gia'],
    ['ĐƠN VỊ TÍNH', 'don vi tinh'],
    ['Thoi han', 'thoi han'],
    ['Trạng thái\nthực hiện', 'trang thai thuc hien'],
    ['Phòng Văn hoá – Xã hội', 'phong van hoa xa hoi'],
    ['Ủy ban / Uỷ ban', 'uy ban uy ban'],
    ['Số TT', 'so tt'],
    ['(1)', '1'],
    ['99,09%', '99 09'],
    ['ÐÔNG', 'dong'],
    ['Quý Ⅳ', 'quy iv'],
    ['ﬁle', 'file'],
    ['Ｔháng１２', 'thang12'],
    ['a\u00A0\u200Bb', 'a b'],
    ['Kết quả thực hiện', 'ket qua thuc hien'],
    ['Dữ liệu – “mở”', 'du lieu mo'],
    ['--', ''],
    ['', ''],
  ])('fold(%j) = %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('folds decomposed and precomposed input identically', () => {
    for (const s of ['Thời hạn hoàn thành', 'Đơn vị chủ trì', 'Nguyễn Thị Hằng', 'ỨNG DỤNG', 'Hoà/Hòa']) {
      expect(fold(NFD(s))).toBe(fold(s));
      expect(fold(s.normalize('NFKD'))).toBe(fold(s));
    }
  });

  it('keeps letters of other scripts and astral letters', () => {
    expect(fold('Tiếng 日本 𝐀')).toBe('tieng 日本 a');
    expect(fold('a😀b')).toBe('a b');
  });

  it('never throws, and its output is lower-case words separated by single spaces', () => {
    fc.assert(
      fc.property(anyString, (s) => {
        const folded = fold(s);
        expect(folded).toBe(folded.trim());
        expect(folded).not.toMatch(/ {2}/);
        expect(fold(folded)).toBe(folded);
        expect(fold(NFD(s))).toBe(folded);
      }),
      RUNS,
    );
  });
});

describe('plainLower', () => {
  it('drops diacritics and case but keeps punctuation, unifying dashes', () => {
    expect(plainLower(' Quý IV/2025 ')).toBe('quy iv/2025');
    expect(plainLower('≥ 95,5%')).toBe('≥ 95,5%');
    expect(plainLower('20 – 22 %')).toBe('20 - 22 %');
    expect(plainLower('2026 − 2030')).toBe('2026 - 2030');
    expect(plainLower('tháng 12/ \n2025')).toBe('thang 12/ 2025');
    expect(plainLower(NFD('Đạt trên 3,5%'))).toBe('dat tren 3,5%');
  });

  it('plainWords is fold', () => {
    fc.assert(fc.property(anyString, (s) => plainWords(s) === fold(s)), RUNS);
  });
});

describe('collapseWhitespace', () => {
  it('leaves tidy text as it is and tidies the rest', () => {
    expect(collapseWhitespace('a b')).toBe('a b');
    expect(collapseWhitespace(' a  b ')).toBe('a b');
    expect(collapseWhitespace('a\nb')).toBe('a b');
    expect(collapseWhitespace('\u200B')).toBe('');
  });
});

describe('cellText', () => {
  it.each([
    [null, ''],
    [undefined, ''],
    [{ v: null }, ''],
    [{ v: 'Đã hoàn thành' }, 'Đã hoàn thành'],
    [{ v: 0.85, fmt: '0%', text: '85%' }, '85%'],
    [{ v: 46022, fmt: 'dd/mm/yyyy', text: '31/12/2025' }, '31/12/2025'],
    [{ v: 1440 }, '1440'],
    [{ v: 0.5 }, '0.5'],
    [{ v: true }, 'true'],
    [{ v: false }, 'false'],
    [{ v: '#REF!', err: true as const }, '#REF!'],
    [{ v: '#N/A', err: true as const, text: '#N/A' }, '#N/A'],
    [{ v: 5, text: '' }, ''],
  ])('cellText(%j) = %j', (cell, expected) => {
    expect(cellText(cell)).toBe(expected);
  });

  it('never throws on any cell-shaped value', () => {
    fc.assert(fc.property(anyCell, (cell) => typeof cellText(cell) === 'string'), RUNS);
  });
});
