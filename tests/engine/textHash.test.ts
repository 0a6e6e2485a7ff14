import fc from 'fast-check';
import { HASH_SEED, lowerCaseHash } from '../../src/engine/text/textHash';
import { anyString, RUNS } from './cellArbitraries';

/** The hash as specified: FNV-1a over the units of the lower-cased text. */
function fnvOfLowerCase(text: string, seed = HASH_SEED): number {
  const lower = text.toLowerCase();
  let hash = seed;
  for (let i = 0; i < lower.length; i++) hash = Math.imul(hash ^ lower.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

describe('lowerCaseHash', () => {
  it('is FNV-1a of the text lower-cased, for any text', () => {
    fc.assert(fc.property(anyString, (text) => lowerCaseHash(text) === fnvOfLowerCase(text)), RUNS);
  });

  it.each([
    ['Số hóa hồ sơ', 'SỐ HÓA HỒ SƠ'],
    ['Phòng Văn hóa - Xã hội', 'PHÒNG VĂN HÓA - XÃ HỘI'],
    // Σ is ς at the end of a word, σ inside it; İ becomes two units: both need the whole text.
    ['ΟΔΟΣ ΣΟΦΙΑΣ', 'οδος σοφιας'],
    ['İstanbul', 'i̇stanbul'],
  ])('gives %s and %s one hash', (a, b) => {
    expect(lowerCaseHash(a)).toBe(lowerCaseHash(b));
    expect(lowerCaseHash(a)).toBe(fnvOfLowerCase(b));
  });

  it('tells texts apart and chains over several texts', () => {
    expect(lowerCaseHash('Số hóa hồ sơ')).not.toBe(lowerCaseHash('Số hóa hồ sở'));
    expect(lowerCaseHash('b', lowerCaseHash('a'))).toBe(lowerCaseHash('ab'));
    expect(lowerCaseHash('b', lowerCaseHash('a'))).not.toBe(lowerCaseHash('a', lowerCaseHash('b')));
  });
});
