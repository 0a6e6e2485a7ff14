/**
 * The entries of a zip package (.xlsx) from its central directory, and streaming inflation of one
 * entry with the size and ratio limits enforced while it inflates: a bomb is refused after a few
 * hundred megabytes of work, never held in memory. Inflated in place (fflate) or, given a
 * StreamInflater, on another thread.
 */
import { decodeUtf8 } from './utf8';
import { Inflate } from 'fflate';
import type { ReadLimits } from './limits';
import type { InflatedChunk, InflateStream, StreamInflater } from './streamInflater';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/** A structural problem (damaged zip); the caller turns it into XlsxError 'corrupt'. */
export class ZipDamage extends Error {}

/** The part inflates beyond `limits`; the caller turns it into XlsxError 'too-large'. */
export class InflateLimit extends Error {}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Input handed to the inflater at a time: bounds each output chunk to ratio × this. */
const INPUT_CHUNK = 64 * 1024;

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}
function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 2 ** 32;
}


export function zipEntries(zip: Uint8Array): Map<string, ZipEntry> {
  let eocd = -1;
  for (let i = zip.length - 22; i >= 0 && i >= zip.length - 22 - 65_535; i--) {
    if (u32(zip, i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipDamage('no end of central directory');
  let count = u16(zip, eocd + 10);
  let offset = u32(zip, eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && u32(zip, eocd - 20) === EOCD64_LOCATOR) {
    const at = u64(zip, eocd - 12);
    if (at + 56 > zip.length) throw new ZipDamage('zip64 record out of range');
    count = u64(zip, at + 32);
    offset = u64(zip, at + 48);
  }
  const entries = new Map<string, ZipEntry>();
  let p = offset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > zip.length || u32(zip, p) !== CENTRAL) throw new ZipDamage('bad central directory');
    const flags = u16(zip, p + 8);
    const method = u16(zip, p + 10);
    let compressedSize = u32(zip, p + 20);
    const uncompressed = u32(zip, p + 24);
    const nameLength = u16(zip, p + 28);
    const extraLength = u16(zip, p + 30);
    const commentLength = u16(zip, p + 32);
    let localHeaderOffset = u32(zip, p + 42);
    const name = decodeUtf8(zip, p + 46, p + 46 + nameLength);
    if (compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      // The zip64 extra field lists, in order, only the values set to 0xffffffff above.
      let e = p + 46 + nameLength;
      const end = e + extraLength;
      while (e + 4 <= end) {
        const id = u16(zip, e);
        const size = u16(zip, e + 2);
        if (id === 1) {
          let q = e + 4;
          if (uncompressed === 0xffffffff) q += 8;
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(zip, q);
            q += 8;
          }
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(zip, q);
        }
        e += 4 + size;
      }
    }
    if (flags & 1) throw new ZipDamage(`${name} is encrypted`);
    entries.set(name, { name, method, compressedSize, localHeaderOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflated-byte budget shared by every part of one package. */
export interface InflateBudget {
  limits: ReadLimits;
  totalBytes: number;
}

/** Streams the entry's inflated bytes to `onChunk`; throws InflateLimit past the limits. */
export function inflateEntry(zip: Uint8Array, entry: ZipEntry, budget: InflateBudget, onChunk: (chunk: Uint8Array) => void): void {
  const { start, end } = entryData(zip, entry);
  const take = limitedTaker(entry, budget, onChunk);
  if (entry.method === 0) {
    for (let p = start; p < end; p += INPUT_CHUNK) {
      const stop = Math.min(end, p + INPUT_CHUNK);
      take(zip.subarray(p, stop), stop - start);
    }
    return;
  }
  // The ratio is of the input handed over so far, so a bomb is refused within its first megabytes.
  let consumed = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    take(chunk, consumed);
    if (final) finished = true;
  });
  try {
    if (start === end) inflater.push(new Uint8Array(0), true);
    for (let p = start; p < end; p += INPUT_CHUNK) {
      const stop = Math.min(end, p + INPUT_CHUNK);
      consumed = stop - start;
      inflater.push(zip.subarray(p, stop), stop === end);
    }
  } catch (e) {
    if (e instanceof InflateLimit || !(e instanceof Error) || e.constructor !== Error) throw e;
    throw new ZipDamage(`${entry.name}: ${e.message}`);
  }
  if (!finished) throw new ZipDamage(`${entry.name}: deflate stream ends early`);
}

/**
 * inflateEntry with a deflated entry of `inflater.minCompressedBytes` or more inflated by
 * `inflater` (another thread) while `onChunk` reads the chunk before; smaller or stored entries
 * are inflated in place. The limits are the same: the consumed input is counted in the steps
 * inflateEntry hands over, so a part is refused, or not, as it is there.
 */
export async function inflateEntryWith(
  zip: Uint8Array,
  entry: ZipEntry,
  budget: InflateBudget,
  inflater: StreamInflater,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  if (entry.method !== 8 || entry.compressedSize < inflater.minCompressedBytes) return inflateEntry(zip, entry, budget, onChunk);
  const { start, end } = entryData(zip, entry);
  const take = limitedTaker(entry, budget, onChunk);
  const stream = inflater.open(zip.subarray(start, end));
  try {
    for (let chunk = await nextChunk(stream, entry); chunk; chunk = await nextChunk(stream, entry)) {
      take(chunk.bytes, Math.min(end - start, Math.ceil(chunk.consumed / INPUT_CHUNK) * INPUT_CHUNK));
    }
  } finally {
    stream.cancel();
  }
}

async function nextChunk(stream: InflateStream, entry: ZipEntry): Promise<InflatedChunk | undefined> {
  try {
    return await stream.next();
  } catch (e) {
    // Not deflate, or it ends early: the inflater's own words, as damage.
    throw new ZipDamage(`${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Where the entry's stored bytes are, after its local header. */
export function entryData(zip: Uint8Array, entry: ZipEntry): { start: number; end: number } {
  const at = entry.localHeaderOffset;
  if (at + 30 > zip.length || u32(zip, at) !== LOCAL) throw new ZipDamage(`bad local header for ${entry.name}`);
  const start = at + 30 + u16(zip, at + 26) + u16(zip, at + 28);
  const end = start + entry.compressedSize;
  if (end > zip.length) throw new ZipDamage(`${entry.name} is truncated`);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipDamage(`${entry.name}: compression method ${entry.method}`);
  return { start, end };
}

/** Passes inflated chunks on, counting them against the part's and the package's limits. */
function limitedTaker(entry: ZipEntry, budget: InflateBudget, onChunk: (chunk: Uint8Array) => void): (chunk: Uint8Array, consumed: number) => void {
  const { limits } = budget;
  let inflated = 0;
  return (chunk, consumed) => {
    inflated += chunk.length;
    budget.totalBytes += chunk.length;
    const allowed = Math.min(limits.maxPartBytes, Math.max(limits.ratioFloorBytes, consumed * limits.maxRatio));
    if (inflated > allowed || budget.totalBytes > limits.maxTotalBytes) throw new InflateLimit(`${entry.name} inflates past ${allowed} bytes`);
    if (chunk.length > 0) onChunk(chunk);
  };
}
