import fc from 'fast-check';
import { createUnitDirectory, unitKey } from '../../src/engine/values/units';
import { anyString, RUNS } from './cellArbitraries';

describe('unitKey', () => {
  it.each([
    [['Phòng VHXH', 'P. VH-XH', 'Phòng Văn hóa - Xã hội', 'Phòng Văn hoá – Xã hội', 'PHÒNG VĂN HÓA - XÃ HỘI', 'Phong Van hoa -Xa hoi',
      'Phòng VH&XH', 'Phòng Văn hóa và Xã hội'], 'phong van hoa xa hoi'],
    [['UBND đặc khu', 'Ủy ban nhân dân đặc khu', 'Uỷ ban nhân dân đặc khu', 'UBND Đặc khu', 'Ủy ban nhân dân đặc khu'.normalize('NFD')],
      'uy ban nhan dan dac khu'],
    [['UBND đặc khu \nCát Hải', 'Ủy ban nhân dân đặc khu Cát Hải'], 'uy ban nhan dan dac khu cat hai'],
    [['Trung tâm Phục vụ hành chính công', 'TT PV HCC', 'TT PVHCC', 'Trung tâm PVHCC', 'TTPVHCC', 'Trung tam PV Hanh chinh cong'],
      'trung tam phuc vu hanh chinh cong'],
    [['Văn phòng HĐND và UBND đặc khu', 'VP HĐND&UBND đặc khu', 'VP HĐND - UBND đặc khu', 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân đặc khu'],
      'van phong hoi dong nhan dan uy ban nhan dan dac khu'],
    [['Ủy ban MTTQ Việt Nam đặc khu', 'UB MTTQ Việt Nam đặc khu', 'UBMTTQ Việt Nam đặc khu', 'Ủy ban Mặt trận Tổ quốc Việt Nam đặc khu'],
      'uy ban mat tran to quoc viet nam dac khu'],
    [['Phòng Kinh tế', 'Phòng KT', 'P. KT', 'P.KT', 'phòng kt'], 'phong kinh te'],
    [['Công an đặc khu', 'CA đặc khu'], 'cong an dac khu'],
    [['Các cơ quan chuyên môn', 'Các CQCM'], 'cac co quan chuyen mon'],
    [['UBND đặc khu, các cơ quan chuyên môn', 'UBND đặc khu; các CQCM'], 'uy ban nhan dan dac khu cac co quan chuyen mon'],
  ])('%j share the key %j', (names, key) => {
    for (const name of names) expect(unitKey(name)).toBe(key);
  });

  it.each([
    // real words that look like abbreviations stay themselves
    ['Cà Mau', 'ca mau'],
    ['CÀ MAU', 'ca mau'],
    ['Ban ca nhạc', 'ban ca nhac'],
    ['KT. Chủ tịch', 'kt chu tich'],
    ['Tổ kiểm tra KT', 'to kiem tra kt'],
    ['p', 'p'],
    ['Tập thể', 'tap the'],
    ['', ''],
    ['  -  ', ''],
  ])('unitKey(%j) = %j', (name, key) => {
    expect(unitKey(name)).toBe(key);
  });

  it('keeps distinct units apart', () => {
    expect(unitKey('Phòng Kinh tế')).not.toBe(unitKey('Phòng Văn hóa - Xã hội'));
    expect(unitKey('UBND đặc khu')).not.toBe(unitKey('HĐND đặc khu'));
  });

  it('never throws', () => {
    fc.assert(fc.property(anyString, (s) => typeof unitKey(s) === 'string'), RUNS);
  });
});

describe('createUnitDirectory', () => {
  const directory = createUnitDirectory([
    'UBND đặc khu Cát Hải',
    'Phòng Văn hóa - Xã hội',
    'Phòng Kinh tế',
    'Trung tâm Phục vụ hành chính công',
    'Văn phòng HĐND và UBND đặc khu',
    'Công an đặc khu',
    '',
    'Phòng VHXH',
  ]);

  it.each([
    ['Phòng Văn hoá – Xã hội', 'Phòng Văn hóa - Xã hội'],
    ['P. VH-XH', 'Phòng Văn hóa - Xã hội'],
    ['Phòng VHXH', 'Phòng Văn hóa - Xã hội'],
    ['UBND đặc khu \nCát Hải', 'UBND đặc khu Cát Hải'],
    ['Ủy ban nhân dân đặc khu Cát Hải', 'UBND đặc khu Cát Hải'],
    ['TT PVHCC', 'Trung tâm Phục vụ hành chính công'],
    ['VP HĐND&UBND đặc khu', 'Văn phòng HĐND và UBND đặc khu'],
    ['CA đặc khu', 'Công an đặc khu'],
    ['Phòng KT', 'Phòng Kinh tế'],
  ])('%j is known as %j', (name, entry) => {
    expect(directory(name)).toEqual({ known: true, closest: entry });
  });

  it.each([
    ['Phòng Văn hóa Xã hộii', 'Phòng Văn hóa - Xã hội'],
    ['Phòng Kinh tế - Hạ tầng', 'Phòng Kinh tế'],
    ['Trung tâm Phục vụ hành chánh công', 'Trung tâm Phục vụ hành chính công'],
    ['UBND đặc khu Cát Hả', 'UBND đặc khu Cát Hải'],
    ['Công an xã', 'Công an đặc khu'],
  ])('%j is unknown; the closest entry is %j', (name, entry) => {
    expect(directory(name)).toEqual({ known: false, closest: entry });
  });

  it.each(['Sở Khoa học và Công nghệ', 'Bộ Công an', 'x', '', '   '])('%j is unknown with nothing close', (name) => {
    expect(directory(name)).toEqual({ known: false, closest: null });
  });

  it.each([
    ['UBND đặc khu Cát Hải, Phòng VHXH', 'UBND đặc khu Cát Hải'],
    ['Phòng Kinh tế; Công an đặc khu', 'Phòng Kinh tế'],
    ['Phòng Văn hóa - Xã hội, Trung tâm PVHCC,', 'Phòng Văn hóa - Xã hội'],
  ])('%j names several units, all in the directory', (name, first) => {
    expect(directory(name)).toEqual({ known: true, closest: first });
  });

  it.each([
    ['Phòng Kinh tế, Phòng Tài chính', null],
    ['UBND đặc khu Cát Hải; Phòng Kin tế', 'Phòng Kinh tế'],
  ])('%j names a unit that is not in the directory; the hint is for that unit', (name, closest) => {
    expect(directory(name)).toEqual({ known: false, closest });
  });

  it('answers the same name the same way every time, and callers cannot alter its memory', () => {
    const first = directory('Phòng Kinh tế - Hạ tầng');
    first.closest = 'changed';
    expect(directory('Phòng Kinh tế - Hạ tầng')).toEqual({ known: false, closest: 'Phòng Kinh tế' });
  });

  it('an empty directory knows nothing and suggests nothing', () => {
    const empty = createUnitDirectory([]);
    expect(empty('UBND đặc khu')).toEqual({ known: false, closest: null });
  });

  it('never throws, and every name in the directory is known', () => {
    fc.assert(
      fc.property(fc.array(anyString, { maxLength: 6 }), anyString, (names, query) => {
        const lookup = createUnitDirectory(names);
        for (const name of names) {
          if (unitKey(name) !== '') expect(lookup(name).known).toBe(true);
        }
        const match = lookup(query);
        expect(match.closest === null || names.includes(match.closest)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
