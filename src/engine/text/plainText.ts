/**
 * Vietnamese text without its diacritics, in lower case, so that "Hằng năm", "HÀNG NĂM" and
 * "Hang nam" (typed without a Vietnamese keyboard) meet. Precomposed (NFC) and decomposed (NFD)
 * input give the same result.
 *
 * Every parser reads its cells through here, so this runs on every cell of every row: instead of
 * normalising whole strings, each character is folded once, through a table filled on first use.
 */

// \s already covers tabs, line breaks, NBSP and the Unicode spaces; the rest are the invisible
// separators that text pasted from Word or the web carries.
const SPACE_RUN = /[\s\u180E\u200B\u2060]+/g;
const SPACE_CHARACTER = /^[\s\u180E\u200B\u2060]$/;
/** Anything collapseWhitespace would change: spacing other than single inner spaces. */
const UNTIDY_SPACING = /[^\S ]|[\u180E\u200B\u2060]| {2}|^ | $/;
const COMBINING_MARKS = /\p{M}/gu;
// "Ð" (Icelandic eth) is what many keyboards produce when the user means "Đ".
const D_WITH_STROKE = /[đð]/g;
// Hyphens, en and em dashes and the minus sign all mean "-" in a date range, a target or a number.
const DASH = /[\u2010-\u2015\u2212]/g;
const NOT_LETTER_OR_DIGIT_RUN = /[^\p{L}\p{N}]+/gu;

/** A space in the folded output; separators collapse into one. */
const SEPARATOR = ' ';

/**
 * One character folded two ways. `plain`: lower case, diacritics removed, punctuation kept (every
 * dash as "-"), a space for whitespace. `words`: letters and digits only, a space for anything
 * else. Both are empty for a combining mark.
 */
function foldCharacter(character: string): { plain: string; words: string } {
  if (SPACE_CHARACTER.test(character)) return { plain: SEPARATOR, words: SEPARATOR };
  // NFKD rather than NFD so that OCR ligatures ("ﬁ"), full-width forms and "Ⅳ" read as plain letters.
  const plain = character
    .normalize('NFKD')
    .toLowerCase()
    .replace(COMBINING_MARKS, '')
    .replace(D_WITH_STROKE, 'd')
    .replace(DASH, '-');
  if (plain === '') return { plain, words: '' };
  return { plain, words: plain.replace(NOT_LETTER_OR_DIGIT_RUN, ' ').trim() || SEPARATOR };
}

/**
 * Character → one of its foldings, each character computed once: BMP code units in pages of 256
 * allocated on first use, the rest in a map. Pages because one 64K-entry array took ~2 ms to
 * allocate at start-up, and text touches only a few pages (ASCII, Latin-1, Vietnamese, punctuation).
 */
interface FoldTable {
  fold: (character: string) => string;
  pages: ((string | undefined)[] | undefined)[];
  astral: Map<string, string>;
}

const PAGE_BITS = 8;
const PAGE_SIZE = 1 << PAGE_BITS;

function foldTable(fold: (character: string) => string): FoldTable {
  return { fold, pages: new Array<(string | undefined)[] | undefined>(0x10000 >> PAGE_BITS), astral: new Map() };
}

function foldCodeUnit(table: FoldTable, unit: number): string {
  let page = table.pages[unit >> PAGE_BITS];
  if (page === undefined) {
    page = new Array<string | undefined>(PAGE_SIZE);
    table.pages[unit >> PAGE_BITS] = page;
  }
  let piece = page[unit & (PAGE_SIZE - 1)];
  if (piece === undefined) {
    piece = table.fold(String.fromCharCode(unit));
    page[unit & (PAGE_SIZE - 1)] = piece;
  }
  return piece;
}

const PLAIN = foldTable((character) => foldCharacter(character).plain);
const WORDS = foldTable((character) => foldCharacter(character).words);

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Folds every character of `s` through `table`, with separators collapsed and the ends trimmed. */
function foldEach(s: string, table: FoldTable): string {
  let out = '';
  let separatorPending = false;
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    let piece: string | undefined;
    if (isHighSurrogate(unit) && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) {
      const character = s.slice(i, i + 2);
      i++;
      piece = table.astral.get(character);
      if (piece === undefined) {
        piece = table.fold(character);
        table.astral.set(character, piece);
      }
    } else {
      piece = foldCodeUnit(table, unit);
    }
    if (piece === SEPARATOR) {
      separatorPending = out !== '';
    } else if (piece !== '') {
      if (separatorPending) out += SEPARATOR;
      separatorPending = false;
      out += piece;
    }
  }
  return out;
}

/** Every run of whitespace or invisible separators becomes one space; the ends are trimmed. */
export function collapseWhitespace(s: string): string {
  return UNTIDY_SPACING.test(s) ? s.replace(SPACE_RUN, ' ').trim() : s;
}

/** Lower case, diacritics removed (đ → d), punctuation kept (dashes as "-"), whitespace collapsed, trimmed. */
export function plainLower(s: string): string {
  return foldEach(s, PLAIN);
}

/** Lower case, diacritics removed, every run of non-letters/digits one space, trimmed. */
export function plainWords(s: string): string {
  return foldEach(s, WORDS);
}
