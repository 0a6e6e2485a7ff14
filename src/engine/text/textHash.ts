/**
 * A 32-bit FNV-1a hash of a text in lower case, equal to hashing `text.toLowerCase()` without
 * building that string. The duplicate-task rule (checks/duplicateTasks.ts) hashes every task name
 * of a sheet: 50,000 long names lower-cased and joined into Map keys cost more than the rest of
 * the row's checks together. Equal hashes do not prove equal texts: callers compare the texts.
 */

export const HASH_SEED = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Per UTF-16 unit: its lower case, where that is one unit whatever surrounds it; NOT_SIMPLE where it
 * is not; 0 while not yet looked up (U+0000 is then looked up each time, harmlessly).
 */
const lowerOf = new Uint16Array(0x10000);
/** U+FFFF is not a character: no text needs it to hash fast. */
const NOT_SIMPLE = 0xffff;
/** Σ lower-cases to ς at the end of a word and to σ elsewhere: it depends on its neighbours. */
const CAPITAL_SIGMA = 0x03a3;

function learnLowerOf(code: number): number {
  const isSurrogate = code >= 0xd800 && code <= 0xdfff;
  const lower = String.fromCharCode(code).toLowerCase();
  // İ lower-cases to two units ("i̇"), and a surrogate only as half of a pair.
  const simple = !isSurrogate && code !== CAPITAL_SIGMA && code !== NOT_SIMPLE && lower.length === 1;
  return (lowerOf[code] = simple ? lower.charCodeAt(0) : NOT_SIMPLE);
}

/** FNV-1a over the UTF-16 units of `text` lower-cased; `seed` chains a hash over several texts. */
export function lowerCaseHash(text: string, seed = HASH_SEED): number {
  // As an int32 from the start: the seed is above 2^31, and a hash that starts as a double stays one.
  let hash = seed | 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let lower = lowerOf[code];
    if (lower === 0 || lower === NOT_SIMPLE) {
      lower = learnLowerOf(code);
      if (lower === NOT_SIMPLE) return unitsHash(text.toLowerCase(), seed);
    }
    hash = Math.imul(hash ^ lower, FNV_PRIME);
  }
  return hash >>> 0;
}

/** FNV-1a over the UTF-16 units of `text` as they are. */
function unitsHash(text: string, seed: number): number {
  let hash = seed | 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}
