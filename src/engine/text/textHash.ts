/**
 * A 32-bit FNV-1a hash of a text in lower case, equal to hashing `text.toLowerCase()` without
 * building that string. The duplicate-task rule (checks/duplicateTasks.ts) hashes every task name
 * of a sheet: 50,000 long names lower-cased and joined into Map keys cost more than the rest of
 * the row's checks together. Equal hashes do not prove equal texts: callers compare the texts.
 */

export const HASH_SEED = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Per UTF-16 unit: its lower case + 1 where that is one unit whatever surrounds it; NOT_SIMPLE else; 0 not yet known. */
const lowerPlusOne = new Int32Array(0x10000);
const NOT_SIMPLE = -1;
/** Σ lower-cases to ς at the end of a word and to σ elsewhere: it depends on its neighbours. */
const CAPITAL_SIGMA = 0x03a3;

function learnLowerOf(code: number): number {
  const isSurrogate = code >= 0xd800 && code <= 0xdfff;
  const lower = String.fromCharCode(code).toLowerCase();
  // İ lower-cases to two units ("i̇"), and a surrogate only as half of a pair.
  const simple = !isSurrogate && code !== CAPITAL_SIGMA && lower.length === 1;
  return (lowerPlusOne[code] = simple ? lower.charCodeAt(0) + 1 : NOT_SIMPLE);
}

/** FNV-1a over the UTF-16 units of `text` lower-cased; `seed` chains a hash over several texts. */
export function lowerCaseHash(text: string, seed = HASH_SEED): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let lower = lowerPlusOne[code];
    if (lower === 0) lower = learnLowerOf(code);
    if (lower === NOT_SIMPLE) return unitsHash(text.toLowerCase(), seed);
    hash = Math.imul(hash ^ (lower - 1), FNV_PRIME);
  }
  return hash >>> 0;
}

/** FNV-1a over the UTF-16 units of `text` as they are. */
function unitsHash(text: string, seed: number): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}
