import { parseUnitList } from '../../src/engine/values/units';

describe('a unit directory written one name a line', () => {
  it('keeps each name once, trimmed, in the order written', () => {
    expect(parseUnitList('Phòng Kinh tế\n\n  Phòng Văn hóa - Xã hội \nPhòng Kinh tế')).toEqual(['Phòng Kinh tế', 'Phòng Văn hóa - Xã hội']);
  });

  it('splits Windows and old Mac line breaks too', () => {
    expect(parseUnitList('UBND xã\r\nPhòng Kinh tế\rVăn phòng HĐND và UBND\r\n')).toEqual(['UBND xã', 'Phòng Kinh tế', 'Văn phòng HĐND và UBND']);
  });

  it('writes names in NFC, so a decomposed spelling is the same name', () => {
    const decomposed = 'Phòng Văn hóa - Xã hội'.normalize('NFD');
    expect(parseUnitList(`${decomposed}\nPhòng Văn hóa - Xã hội`)).toEqual(['Phòng Văn hóa - Xã hội']);
  });

  it('reads blank text as no names', () => {
    expect(parseUnitList('')).toEqual([]);
    expect(parseUnitList(' \n\t\n')).toEqual([]);
  });
});
