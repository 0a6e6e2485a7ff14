/**
 * Text typed in the pre-Unicode Vietnamese encodings — TCVN3 (ABC, .VnTime fonts) and VNI-Windows —
 * and now shown in a Unicode font as mojibake: "Ph¸t triÓn" (TCVN3) or "Phaùt trieån" (VNI) for
 * "Phát triển". Such a cell reads correctly only on a machine that still has the old fonts.
 *
 * A word is evidence of an old encoding when, as written, it is not a Vietnamese syllable but, decoded
 * from TCVN3 or VNI, it is one. Correct Unicode text, English and symbols (%, ×, °, ®) never decode
 * into syllables, so they are left alone.
 */
import { isVietnameseSyllable } from './vietnameseSyllable';

/** Tone marks in the order TCVN3 lays out each vowel's row: huyền, hỏi, ngã, sắc, nặng. */
const TONES_IN_TCVN3_ORDER = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'];

/** Each vowel: its own TCVN3 code (null when it is the ASCII letter) and the codes of its five tones. */
const TCVN3_VOWEL_ROWS: ReadonlyArray<readonly [string, number | null, readonly number[]]> = [
  ['a', null, [0xb5, 0xb6, 0xb7, 0xb8, 0xb9]],
  ['ă', 0xa8, [0xbb, 0xbc, 0xbd, 0xbe, 0xc6]],
  ['â', 0xa9, [0xc7, 0xc8, 0xc9, 0xca, 0xcb]],
  ['e', null, [0xcc, 0xce, 0xcf, 0xd0, 0xd1]],
  ['ê', 0xaa, [0xd2, 0xd3, 0xd4, 0xd5, 0xd6]],
  ['i', null, [0xd7, 0xd8, 0xdc, 0xdd, 0xde]],
  ['o', null, [0xdf, 0xe1, 0xe2, 0xe3, 0xe4]],
  ['ô', 0xab, [0xe5, 0xe6, 0xe7, 0xe8, 0xe9]],
  ['ơ', 0xac, [0xea, 0xeb, 0xec, 0xed, 0xee]],
  ['u', null, [0xef, 0xf1, 0xf2, 0xf3, 0xf4]],
  ['ư', 0xad, [0xf5, 0xf6, 0xf7, 0xf8, 0xf9]],
  ['y', null, [0xfa, 0xfb, 0xfc, 0xfd, 0xfe]],
];
/** đ, and the seven capitals TCVN3 has beyond ASCII: it has no toned capitals. */
const TCVN3_OTHER_LETTERS: ReadonlyArray<readonly [number, string]> = [
  [0xae, 'đ'], [0xa1, 'Ă'], [0xa2, 'Â'], [0xa3, 'Ê'], [0xa4, 'Ô'], [0xa5, 'Ơ'], [0xa6, 'Ư'], [0xa7, 'Đ'],
];

/** VNI writes a letter as its base followed by a mark character; the mark's case follows the base's. */
const VNI_TONE_MARKS: ReadonlyArray<readonly [string, string]> = [
  ['ù', '\u0301'], ['ø', '\u0300'], ['û', '\u0309'], ['õ', '\u0303'], ['ï', '\u0323'],
];
const VNI_CIRCUMFLEX_MARKS: ReadonlyArray<readonly [string, string]> = [
  ['â', ''], ['á', '\u0301'], ['à', '\u0300'], ['å', '\u0309'], ['ã', '\u0303'], ['ä', '\u0323'],
];
const VNI_BREVE_MARKS: ReadonlyArray<readonly [string, string]> = [
  ['ê', ''], ['é', '\u0301'], ['è', '\u0300'], ['ú', '\u0309'], ['ü', '\u0303'], ['ë', '\u0323'],
];
/** VNI letters that take one character: the toned i's, ơ, ư, đ and ỵ. */
const VNI_SINGLE_LETTERS: ReadonlyArray<readonly [string, string]> = [
  ['ì', 'ì'], ['í', 'í'], ['æ', 'ỉ'], ['ó', 'ĩ'], ['ò', 'ị'],
  ['ô', 'ơ'], ['ö', 'ư'], ['ñ', 'đ'], ['î', 'ỵ'],
];
/** VNI's own characters for ơ and ư, which take tone marks like a base vowel. */
const VNI_HORN_BASES: ReadonlyArray<readonly [string, string]> = [['ô', 'ơ'], ['ö', 'ư']];

/** Letters of correct Vietnamese that live in Latin-1: not evidence of anything by themselves. */
const VIETNAMESE_LATIN1_LETTERS = 'àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ';

const TCVN3_LETTER = new Map<string, string>();
for (const [vowel, ownCode, toneCodes] of TCVN3_VOWEL_ROWS) {
  if (ownCode !== null) TCVN3_LETTER.set(String.fromCharCode(ownCode), vowel);
  toneCodes.forEach((code, i) => {
    TCVN3_LETTER.set(String.fromCharCode(code), (vowel + TONES_IN_TCVN3_ORDER[i]).normalize('NFC'));
  });
}
for (const [code, letter] of TCVN3_OTHER_LETTERS) TCVN3_LETTER.set(String.fromCharCode(code), letter);

const VNI_PAIR = new Map<string, string>();
const VNI_SINGLE = new Map<string, string>();
function addVniPairs(base: string, letter: string, marks: ReadonlyArray<readonly [string, string]>): void {
  for (const [mark, tone] of marks) {
    VNI_PAIR.set(base + mark, (letter + tone).normalize('NFC'));
    VNI_PAIR.set(base.toUpperCase() + mark.toUpperCase(), (letter.toUpperCase() + tone).normalize('NFC'));
  }
}
for (const base of 'aeouy') addVniPairs(base, base, VNI_TONE_MARKS);
for (const [base, letter] of VNI_HORN_BASES) addVniPairs(base, letter, VNI_TONE_MARKS);
for (const base of 'aeo') {
  addVniPairs(base, (base + '\u0302').normalize('NFC'), VNI_CIRCUMFLEX_MARKS);
}
addVniPairs('a', 'ă', VNI_BREVE_MARKS);
for (const [code, letter] of VNI_SINGLE_LETTERS) {
  VNI_SINGLE.set(code, letter);
  VNI_SINGLE.set(code.toUpperCase(), letter.toUpperCase());
}

function characterClass(chars: Iterable<string>): string {
  return [...new Set(chars)].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
}

/** Characters of the two encodings that correct Vietnamese text never contains. */
const FOREIGN_TO_VIETNAMESE = [...TCVN3_LETTER.keys(), ...VNI_SINGLE.keys(), ...[...VNI_PAIR.keys()].map((p) => p[1])]
  .filter((c) => !VIETNAMESE_LATIN1_LETTERS.includes(c));

// Signs of an old encoding that Unicode Vietnamese never shows.
/** A character of either encoding that Vietnamese never uses: "Ph¸t", "Tæng", "Hoaøn". */
const FOREIGN_CHARACTER = new RegExp(`[${characterClass(FOREIGN_TO_VIETNAMESE)}]`);
/** A capital inside a lower-case word: TCVN3 codes some small letters as capitals ("triÓn"). */
const CAPITAL_AFTER_SMALL = /[a-z][\u00C0-\u00DE]/;
/** A VNI vowel followed by its mark, a pair Unicode Vietnamese never writes ("caùc", "coâng", "cuõng"). */
const VNI_MARK_PAIR = /[aeAE][àáâãèéêùúõÀÁÂÃÈÉÊÙÚÕ]|[oOuUyYôÔ][ùõÙÕ]|[oO][âÂ]/;
/** A TCVN3 vowel before "i" ("Néi", "thêi", "míi"): also what OCR makes of "với", "mới". */
const TCVN3_VOWEL_BEFORE_I = /[éêíÉÊÍ][iI]/;
/** A quick test that rules out almost all correct text before any word is examined. */
const SUSPICIOUS = new RegExp(
  [FOREIGN_CHARACTER, CAPITAL_AFTER_SMALL, VNI_MARK_PAIR, TCVN3_VOWEL_BEFORE_I].map((r) => r.source).join('|'),
);
// Combining marks (U+0300–U+036F) are part of a word in text that is not yet NFC.
// eslint-disable-next-line no-misleading-character-class
const WORD = /[A-Za-z\u00A1-\u00FF\u0100-\u024F\u0300-\u036F\u1E00-\u1EFF]+/g;
const HAS_LATIN1_SUPPLEMENT = /[\u00A1-\u00FF]/;
const HAS_BEYOND_LATIN1 = /[\u0100-\u{10FFFF}]/u;
const HAS_SMALL_ASCII_LETTER = /[a-z]/;
/** A single mojibake word must be at least this long to count alone ("µm" is a unit, not "àm"). */
const LONE_WORD_MIN_LENGTH = 3;

function decodeTcvn3(word: string): string {
  let decoded = '';
  for (const c of word) decoded += TCVN3_LETTER.get(c) ?? c;
  return decoded;
}

function decodeVni(word: string): string {
  let decoded = '';
  for (let i = 0; i < word.length; i++) {
    const pair = VNI_PAIR.get(word.slice(i, i + 2));
    if (pair !== undefined) {
      decoded += pair;
      i++;
    } else {
      decoded += VNI_SINGLE.get(word[i]) ?? word[i];
    }
  }
  return decoded;
}

/**
 * Real words are lower case, Capitalised or UPPER CASE: never a capital after a small letter. In
 * text typed in capitals they are all capitals: the .VnTimeH fonts show TCVN3's small-letter codes
 * as capitals, so "SỐ" typed that way reads "Sè" in a Unicode font.
 */
function hasWordCase(word: string, inCapitals: boolean): boolean {
  let seenLowerCase = false;
  for (const c of word) {
    if (c !== c.toLowerCase()) {
      if (seenLowerCase) return false;
    } else if (c !== c.toUpperCase()) {
      if (inCapitals) return false;
      seenLowerCase = true;
    }
  }
  return true;
}

/** The length of the syllable a word decodes to from TCVN3 or VNI, or 0 when it is not mojibake. */
function mojibakeLength(word: string): number {
  for (const decoded of [decodeTcvn3(word), decodeVni(word)]) {
    if (isVietnameseSyllable(decoded.toLowerCase())) return decoded.length;
  }
  return 0;
}

/**
 * True for text typed in TCVN3 or VNI and shown as mojibake in a Unicode font.
 *
 * Each word with a Latin-1 letter is Vietnamese (a syllable as written), mojibake (a syllable only
 * once decoded) or unreadable; mojibake must outnumber the other two. A mojibake word is strong
 * evidence when it holds a foreign character, a capital after a small letter or a VNI mark pair.
 * Otherwise it is a TCVN3 vowel before "i" ("véi"), which is also what text that lost its marks
 * looks like (OCR: "phéi hop véi" for "phối hợp với"), so such words count only when they make up
 * half the text.
 */
export function isLegacyEncoded(s: string): boolean {
  if (!SUSPICIOUS.test(s)) return false;
  const inCapitals = !HAS_SMALL_ASCII_LETTER.test(s);
  let words = 0;
  let vietnamese = 0;
  let unreadable = 0;
  let mojibake = 0;
  let strongMojibake = 0;
  let longestMojibake = 0;
  for (const [word] of s.matchAll(WORD)) {
    words++;
    if (!HAS_LATIN1_SUPPLEMENT.test(word)) continue;
    if (HAS_BEYOND_LATIN1.test(word)) {
      vietnamese++;
      continue;
    }
    const wellCased = hasWordCase(word, inCapitals);
    if (wellCased && isVietnameseSyllable(word.toLowerCase())) {
      vietnamese++;
      continue;
    }
    const length = mojibakeLength(word);
    if (length < 2) {
      unreadable++;
      continue;
    }
    mojibake++;
    longestMojibake = Math.max(longestMojibake, length);
    if (!wellCased || FOREIGN_CHARACTER.test(word) || VNI_MARK_PAIR.test(word)) strongMojibake++;
  }
  if (mojibake === 0 || mojibake < vietnamese + unreadable) return false;
  if (strongMojibake === 0 && mojibake * 2 < words) return false;
  return mojibake >= 2 || longestMojibake >= LONE_WORD_MIN_LENGTH;
}
