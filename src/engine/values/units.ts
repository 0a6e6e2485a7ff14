/** Names of government units, compared the way staff write them (abbreviated, with or without diacritics), and the user's directory of them. */
import { editDistance } from '../text/editDistance';
import { memoize } from './memo';
import { fold } from '../text/text';

export interface UnitMatch {
  known: boolean;
  closest: string | null;
}

/** Abbreviations that are never ordinary words, matched in any case. */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['ubnd', 'uy ban nhan dan'],
  ['hdnd', 'hoi dong nhan dan'],
  ['mttq', 'mat tran to quoc'],
  ['ubmttq', 'uy ban mat tran to quoc'],
  ['ub', 'uy ban'],
  ['tt', 'trung tam'],
  ['pv', 'phuc vu'],
  ['hcc', 'hanh chinh cong'],
  ['pvhcc', 'phuc vu hanh chinh cong'],
  ['ttpvhcc', 'trung tam phuc vu hanh chinh cong'],
  ['cqcm', 'co quan chuyen mon'],
  ['vp', 'van phong'],
  ['vhxh', 'van hoa xa hoi'],
  ['vh', 'van hoa'],
  ['xh', 'xa hoi'],
  ['bcd', 'ban chi dao'],
  ['dvsn', 'don vi su nghiep'],
  ['tckh', 'tai chinh ke hoach'],
  ['tnmt', 'tai nguyen moi truong'],
  ['gddt', 'giao duc dao tao'],
  ['ldtbxh', 'lao dong thuong binh xa hoi'],
  ['qldt', 'quan ly do thi'],
  ['ktht', 'kinh te ha tang'],
]);

/** Abbreviations that are also ordinary words in lower case ("ca", "p"): only their upper-case form expands. */
const UPPER_CASE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['CA', 'cong an'],
  ['P', 'phong'],
]);

/** "KT" is also "ký thay" or "kiểm tra"; after "phòng" it is the economic department. */
const AFTER_PHONG: ReadonlyMap<string, string> = new Map([['kt', 'kinh te']]);

const WORD = /[\p{L}\p{N}]+/gu;
/** "và" and "&" join unit names inconsistently ("HĐND và UBND", "HĐND&UBND"), so neither counts. */
const CONJUNCTION = 'va';
/** Between the units of a cell that names several; "và" and "-" also occur inside one unit's name. */
const UNIT_LIST_SEPARATOR = /[,;]/;
/** A name within this share of the longer key's length (in edits) is close enough to suggest. */
const CLOSENESS = 0.4;

/** The words of `name` as written, in step with the words of fold(name); null when they differ. */
function writtenWords(name: string, wordCount: number): string[] | null {
  const words = Array.from(name.normalize('NFC').matchAll(WORD), (match) => match[0]);
  return words.length === wordCount ? words : null;
}

function keyOf(name: string): string {
  const folded = fold(name);
  if (folded === '') return '';
  const words = folded.split(' ');
  // Case matters only for the few abbreviations that are also ordinary words.
  const written = words.some((word) => UPPER_CASE_ABBREVIATIONS.has(word.toUpperCase()))
    ? writtenWords(name, words.length)
    : null;
  const expanded: string[] = [];
  let previous: string | undefined;
  words.forEach((word, i) => {
    const expansion =
      (written && UPPER_CASE_ABBREVIATIONS.get(written[i])) ||
      (previous === 'phong' && AFTER_PHONG.get(word)) ||
      ABBREVIATIONS.get(word) ||
      word;
    if (expansion !== CONJUNCTION) expanded.push(expansion);
    previous = expansion;
  });
  return expanded.join(' ');
}

/** Unit names repeat on thousands of rows: each distinct spelling is keyed once. */
const keyOfRepeatedName = memoize(keyOf);

/**
 * The comparison key of a unit name: folded, abbreviations expanded, "và" dropped.
 * 'Phòng VHXH', 'P. VH-XH' and 'Phòng Văn hoá – Xã hội' share one key.
 */
export function unitKey(name: string): string {
  return keyOfRepeatedName(name);
}

/**
 * A lookup against the user's directory of unit names. Unknown names get the closest entry as a
 * suggestion when one is within 40% of the longer key in edits. Known names report their entry.
 */
export function createUnitDirectory(names: string[]): (name: string) => UnitMatch {
  const entryOfKey = new Map<string, string>();
  for (const entry of names) {
    const key = unitKey(entry);
    if (key !== '' && !entryOfKey.has(key)) entryOfKey.set(key, entry);
  }

  function closestEntry(key: string): string | null {
    let closest: string | null = null;
    let closestDistance = Infinity;
    for (const [entryKey, entry] of entryOfKey) {
      const allowed = CLOSENESS * Math.max(key.length, entryKey.length);
      // The distance is at least the difference in length: skip the work when that is already too far.
      if (Math.abs(key.length - entryKey.length) > allowed) continue;
      const distance = editDistance(key, entryKey);
      if (distance < closestDistance && distance <= allowed) {
        closest = entry;
        closestDistance = distance;
      }
    }
    return closest;
  }

  function matchOne(name: string): UnitMatch {
    const key = unitKey(name);
    const known = entryOfKey.get(key);
    if (known !== undefined) return { known: true, closest: known };
    return { known: false, closest: key === '' ? null : closestEntry(key) };
  }

  // Lead units repeat on thousands of rows: each distinct spelling is matched once.
  const match = memoize((name: string): UnitMatch => {
    const whole = matchOne(name);
    if (whole.known) return whole;
    // "UBND đặc khu, các cơ quan chuyên môn" names several units: each must be in the directory.
    const parts = name.split(UNIT_LIST_SEPARATOR).filter((part) => unitKey(part) !== '');
    if (parts.length < 2) return whole;
    const matches = parts.map(matchOne);
    return matches.find((part) => !part.known) ?? matches[0];
  });
  return (name) => ({ ...match(name) });
}

/**
 * A unit directory written one name a line, as typed in the pane or read from a --units file:
 * names trimmed and in NFC (so they show as the user wrote them), blank lines and repeats dropped.
 */
export function parseUnitList(text: string): string[] {
  const names = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim().normalize('NFC'))
    .filter((line) => line !== '');
  return [...new Set(names)];
}
