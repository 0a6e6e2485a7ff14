/**
 * Whether a word is a well-formed Vietnamese syllable: initial consonant, rhyme, at most one tone
 * mark, and the tone on a vowel that can carry it. Used to tell real Vietnamese from the same
 * letters in an old encoding.
 */

const VOWELS = 'aăâeêioôơuưy';
const TONE_MARKS = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const CONSONANTS = new Set('bcdđghklmnpqrstvx');

/** Every lower-case vowel, toned or not (NFC), → its toneless vowel. */
const TONELESS_VOWEL = new Map<string, string>();
const TONED_VOWELS = new Set<string>();
for (const vowel of VOWELS) {
  TONELESS_VOWEL.set(vowel, vowel);
  for (const mark of TONE_MARKS) {
    const toned = (vowel + mark).normalize('NFC');
    TONELESS_VOWEL.set(toned, vowel);
    TONED_VOWELS.add(toned);
  }
}

// Longest first, so that "ngh" is tried before "ng" (every prefix is tried anyway).
const INITIALS = [
  'ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr',
  'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', '',
];

/** Toneless rhymes (medial glide + nucleus + final). The "y…" rhymes after "qu" are included. */
const RHYMES = new Set(
  `a ac ach ai am an ang anh ao ap at au ay
   ăc ăm ăn ăng ăp ăt
   âc âm ân âng âp ât âu ây
   e ec em en eng eo ep et
   ê êch êm ên ênh êp êt êu
   i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
   o oc oi om on ong op ot oo ooc oong
   oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oem oen oeo oet
   ô ôc ôi ôm ôn ông ôp ôt
   ơ ơi ơm ơn ơp ơt
   u uc ui um un ung up ut ua uân uâng uât uây uê uêch uênh uơ uôc uôi uôm uôn uông uôt
   uy uya uych uyn uynh uyp uyt uyu uyên uyêt
   ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
   y ych yêm yên yêng yêt yêu ynh yt`.split(/\s+/),
);

/** Two vowels whose tone may sit on either: "hoà"/"hòa", "thuỷ"/"thủy". */
const EITHER_TONE_PAIRS = new Set(['oa', 'oe', 'uy', 'uê', 'uơ']);

function isVowel(letter: string): boolean {
  return VOWELS.includes(letter);
}

/** Where the tone of an open rhyme may sit: the nucleus, which falls before a final glide. */
function isTonePlacementValid(rhyme: string, toneIndex: number): boolean {
  let vowelCount = 0;
  while (vowelCount < rhyme.length && isVowel(rhyme[vowelCount])) vowelCount++;
  if (toneIndex < 0 || vowelCount < 2) return true;
  // Closed rhymes carry the tone on their last vowel ("tiếng", "được", "hoàn").
  if (vowelCount < rhyme.length) return toneIndex === vowelCount - 1;
  if (vowelCount === 3) return toneIndex === 1; // "người", "khoái", "yếu"
  return toneIndex === 0 || EITHER_TONE_PAIRS.has(rhyme);
}

function isRhymeWithTone(rhyme: string, toneIndex: number): boolean {
  return RHYMES.has(rhyme) && isTonePlacementValid(rhyme, toneIndex);
}

/** `word` must be lower case NFC. */
export function isVietnameseSyllable(word: string): boolean {
  let toneless = '';
  let toneIndex = -1;
  for (const letter of word) {
    const vowel = TONELESS_VOWEL.get(letter);
    if (vowel !== undefined) {
      if (TONED_VOWELS.has(letter)) {
        if (toneIndex >= 0) return false;
        toneIndex = toneless.length;
      }
      toneless += vowel;
    } else if (CONSONANTS.has(letter)) {
      toneless += letter;
    } else {
      return false;
    }
  }
  for (const initial of INITIALS) {
    if (!toneless.startsWith(initial)) continue;
    const rhyme = toneless.slice(initial.length);
    const rhymeToneIndex = toneIndex - initial.length;
    if (rhyme === '' ? initial === 'gi' : isRhymeWithTone(rhyme, rhymeToneIndex)) return true;
    // "gi" shares its i with the rhyme: "giếng" is gi + iêng.
    if (initial === 'gi' && isRhymeWithTone(`i${rhyme}`, rhymeToneIndex + 1)) return true;
  }
  return false;
}
