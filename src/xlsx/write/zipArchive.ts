/**
 * Reads and writes the zip container of an OOXML package without touching the parts it does not
 * change: a kept entry's compressed bytes are copied as they are (same CRC, same sizes), so a part
 * the writer does not own comes out byte for byte. Only new parts are compressed (fflate).
 * No Node API: Uint8Array in, Uint8Array out.
 */
import { deflateSync, inflateSync } from 'fflate';
import { crc32 } from './crc32';

export interface ZipEntry {
  /** Part name as stored, e.g. "xl/workbook.xml". */
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  crc: number;
  size: number;
  /** The entry's data exactly as stored in the archive (compressed when method is 8). */
  stored: Uint8Array;
  /** DOS time and date of the entry, kept as the producer wrote them. */
  time: number;
  date: number;
  /** General-purpose flags, without the data-descriptor bit (sizes are always in the header here). */
  flags: number;
  externalAttributes: number;
}

export class ZipFormatError extends Error {}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL = 0x06054b50;
const ZIP64_END = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const UTF8_FLAG = 0x0800;
const DATA_DESCRIPTOR_FLAG = 0x0008;
const ENCRYPTED_FLAG = 0x0001;

/** Every entry of the archive, in the order of its central directory. */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const locator = end - 20;
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR) {
    const zip64End = Number(view.getBigUint64(locator + 8, true));
    if (view.getUint32(zip64End, true) !== ZIP64_END) throw new ZipFormatError('bad zip64 end record');
    count = Number(view.getBigUint64(zip64End + 32, true));
    offset = Number(view.getBigUint64(zip64End + 48, true));
  }
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_HEADER) {
      throw new ZipFormatError('bad central directory');
    }
    const flags = view.getUint16(offset + 8, true);
    if (flags & ENCRYPTED_FLAG) throw new ZipFormatError('encrypted zip entry');
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const sizes = {
      compressed: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      local: view.getUint32(offset + 42, true),
    };
    readZip64Extra(view, offset + 46 + nameLength, extraLength, sizes);
    const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    const local = sizes.local;
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new ZipFormatError(`bad local header for ${name}`);
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + sizes.compressed > bytes.length) throw new ZipFormatError(`truncated entry ${name}`);
    entries.push({
      name,
      method: view.getUint16(offset + 10, true),
      time: view.getUint16(offset + 12, true),
      date: view.getUint16(offset + 14, true),
      crc: view.getUint32(offset + 16, true),
      size: sizes.size,
      stored: bytes.subarray(dataStart, dataStart + sizes.compressed),
      flags: flags & ~DATA_DESCRIPTOR_FLAG,
      externalAttributes: view.getUint32(offset + 38, true),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL) return i;
  }
  throw new ZipFormatError('no end of central directory');
}

/** Sizes and offsets stored as 0xFFFFFFFF live in the zip64 extra field, in this order. */
function readZip64Extra(
  view: DataView,
  start: number,
  length: number,
  sizes: { compressed: number; size: number; local: number },
): void {
  for (let p = start; p + 4 <= start + length; ) {
    const id = view.getUint16(p, true);
    const len = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const next = () => {
        const v = Number(view.getBigUint64(q, true));
        q += 8;
        return v;
      };
      if (sizes.size === 0xffffffff) sizes.size = next();
      if (sizes.compressed === 0xffffffff) sizes.compressed = next();
      if (sizes.local === 0xffffffff) sizes.local = next();
      return;
    }
    p += 4 + len;
  }
}

/** The uncompressed bytes of an entry. */
export function entryBytes(entry: ZipEntry): Uint8Array {
  if (entry.method === 0) return entry.stored;
  if (entry.method === 8) return inflateSync(entry.stored, { out: new Uint8Array(entry.size) });
  throw new ZipFormatError(`unsupported compression method ${entry.method} in ${entry.name}`);
}

export function entryText(entry: ZipEntry): string {
  return new TextDecoder().decode(entryBytes(entry));
}

/** A new deflated entry (the writer's own parts and the few it edits). */
export function newEntry(name: string, content: Uint8Array | string, like?: ZipEntry): ZipEntry {
  const data = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const { time, date } = like ?? dosNow();
  return {
    name,
    method: 8,
    crc: crc32(data),
    size: data.length,
    stored: deflateSync(data, { level: 6 }),
    time,
    date,
    flags: UTF8_FLAG,
    externalAttributes: like?.externalAttributes ?? 0,
  };
}

function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** The archive of these entries, in this order; sizes above 4 GB are refused (never in a workbook). */
export function writeZip(entries: ZipEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const localSize = entries.reduce((sum, e, i) => sum + 30 + names[i].length + e.stored.length, 0);
  const centralSize = names.reduce((sum, n) => sum + 46 + n.length, 0);
  if (localSize + centralSize > 0xffffffff || entries.length > 0xffff) throw new ZipFormatError('archive too large');
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let p = 0;
  entries.forEach((e, i) => {
    offsets.push(p);
    view.setUint32(p, LOCAL_HEADER, true);
    view.setUint16(p + 4, e.method === 8 ? 20 : 10, true);
    writeCommonFields(view, p + 6, e);
    view.setUint16(p + 26, names[i].length, true);
    view.setUint16(p + 28, 0, true);
    out.set(names[i], p + 30);
    out.set(e.stored, p + 30 + names[i].length);
    p += 30 + names[i].length + e.stored.length;
  });
  const centralStart = p;
  entries.forEach((e, i) => {
    view.setUint32(p, CENTRAL_HEADER, true);
    view.setUint16(p + 4, 20, true);
    view.setUint16(p + 6, e.method === 8 ? 20 : 10, true);
    writeCommonFields(view, p + 8, e);
    view.setUint16(p + 28, names[i].length, true);
    view.setUint32(p + 38, e.externalAttributes, true);
    view.setUint32(p + 42, offsets[i], true);
    out.set(names[i], p + 46);
    p += 46 + names[i].length;
  });
  view.setUint32(p, END_OF_CENTRAL, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p - centralStart, true);
  view.setUint32(p + 16, centralStart, true);
  return out;
}

/** flags, method, time, date, CRC, compressed and uncompressed size: the same in both headers. */
function writeCommonFields(view: DataView, p: number, e: ZipEntry): void {
  view.setUint16(p, e.flags, true);
  view.setUint16(p + 2, e.method, true);
  view.setUint16(p + 4, e.time, true);
  view.setUint16(p + 6, e.date, true);
  view.setUint32(p + 8, e.crc, true);
  view.setUint32(p + 12, e.stored.length, true);
  view.setUint32(p + 16, e.size, true);
}
