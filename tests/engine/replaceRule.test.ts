/** SPEC §9: the one rule of which existing sheet a write may replace, and Excel's name comparison. */
import { replacementFor, sameSheetName, sheetNamedLike } from '../../src/engine';

describe('sameSheetName compares names as Excel does', () => {
  it('ignores case, Vietnamese letters included', () => {
    expect(sameSheetName('Tổng hợp', 'TỔNG HỢP')).toBe(true);
    expect(sameSheetName('tổng hợp', 'Tổng Hợp')).toBe(true);
    expect(sameSheetName('Đầu', 'đầu')).toBe(true);
    expect(sameSheetName('Tổng hợp', 'Tong hop')).toBe(false);
    expect(sameSheetName('Tổng hợp', 'Tổng hợp ')).toBe(false);
  });

  it('takes composed and decomposed accents for the same name', () => {
    expect(sameSheetName('Tổng hợp'.normalize('NFC'), 'Tổng hợp'.normalize('NFD'))).toBe(true);
    expect(sameSheetName('KIỂM TRA'.normalize('NFD'), 'kiểm tra')).toBe(true);
  });

  it('changes case one character for one: ß is not SS (toUpperCase would say it is)', () => {
    expect('ß'.toUpperCase()).toBe('SS');
    expect(sameSheetName('Straße', 'STRASSE')).toBe(false);
    expect(sameSheetName('Straße', 'STRAßE')).toBe(true);
  });
});

describe('replacementFor', () => {
  const existing = [
    { name: 'PL 1', own: false },
    { name: 'TỔNG HỢP', own: true },
    { name: 'tổng hợp (2)', own: false },
  ];

  it('adds a sheet whose name is free', () => {
    expect(replacementFor('Kiểm tra', existing)).toEqual({ kind: 'add' });
  });

  it('replaces the product’s own sheet of that name, whatever its case', () => {
    expect(replacementFor('Tổng hợp', existing)).toEqual({ kind: 'replace', index: 1 });
  });

  it('refuses when the sheet of that name is the user’s, whatever its case', () => {
    expect(replacementFor('Tổng hợp (2)', existing)).toEqual({ kind: 'refuse', index: 2 });
    expect(replacementFor('pl 1', existing)).toEqual({ kind: 'refuse', index: 0 });
  });

  it('finds a name among plain names', () => {
    expect(sheetNamedLike('tổng HỢP', ['PL 1', 'Tổng hợp'])).toBe(1);
    expect(sheetNamedLike('Kiểm tra', ['PL 1'])).toBe(-1);
  });
});
