/**
 * Short texts that repeat down a sheet (lead units, statuses, written deadlines) decoded once: a
 * text run's bytes are hashed and, when the same bytes were seen recently, the string already
 * made is returned. A million rows then hold a few strings for their units instead of a million,
 * and skip the UTF-8 decoder's call for each. Direct-mapped and bounded: a sheet of unique texts
 * costs a hash per run and never grows it.
 */
import { textOf } from './xmlText';

/** Longer runs (task names, reports) rarely repeat. */
const MAX_CACHED_BYTES = 80;
const SLOTS = 4096;

export class TextCache {
  private readonly keys: (Uint8Array | undefined)[] = new Array(SLOTS);
  private readonly texts: string[] = new Array(SLOTS);

  /** textOf(buf, s, e, false), from the cache when the same bytes were decoded before. */
  text(buf: Uint8Array, s: number, e: number): string {
    const length = e - s;
    if (length > MAX_CACHED_BYTES) return textOf(buf, s, e, false);
    let h = 0x811c9dc5;
    for (let i = s; i < e; i++) h = Math.imul(h ^ buf[i], 0x01000193);
    const slot = (h ^ (h >>> 16)) & (SLOTS - 1);
    const key = this.keys[slot];
    if (key !== undefined && key.length === length) {
      let same = true;
      for (let i = 0; i < length; i++) {
        if (key[i] !== buf[s + i]) {
          same = false;
          break;
        }
      }
      if (same) return this.texts[slot];
    }
    const text = textOf(buf, s, e, false);
    this.keys[slot] = buf.slice(s, e);
    this.texts[slot] = text;
    return text;
  }
}
