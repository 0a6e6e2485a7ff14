/**
 * `--json` output written in pieces of UTF-8: the same text as JSON.stringify(value, null, 2), but a
 * report of a million rows is never one string of hundreds of megabytes (and its UTF-8 copy) in memory.
 *
 * Each piece is encoded straight into a buffer of about 1 MB (jsonBytes.ts). Gathering the pieces into
 * a string first made a rope of thousands of parts per megabyte, which Node encodes on a slow path:
 * 150 ms of a 1.6 s `check --json` on 50,000 rows (16 MB of output) went to that alone.
 */
import { memoize } from '../engine';
import { encode, JsonBytes } from './jsonBytes';

/** `write` returns true when it is done with the bytes: the buffer is then filled again. */
export function writeJson(value: unknown, write: (bytes: Uint8Array) => boolean | void): void {
  const out = new JsonBytes(write);
  emit(value, '', out);
  out.text('\n');
  out.end();
}

/** Arrays up to this length are walked into item by item. */
const SHORT_ARRAY = 64;

function emit(value: unknown, indent: string, out: JsonBytes): void {
  if (!isContainer(value)) return emitWhole(value, indent, out);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return out.text('[]');
    // A long array holds many small items (findings, rows), each written whole; a short one may
    // hold large items (one report per file), walked into.
    const keys = value.length <= SHORT_ARRAY ? undefined : new MemberKeys(`${inner}  `);
    const firstItem = encode(`\n${inner}`);
    const nextItem = encode(`,\n${inner}`);
    out.text('[');
    for (let i = 0; i < value.length; i++) {
      out.bytes(i === 0 ? firstItem : nextItem);
      const item: unknown = value[i];
      // As JSON.stringify: what JSON cannot hold is null inside an array.
      const json = item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item;
      if (keys === undefined) emit(json, inner, out);
      else if (!emitFlat(json, keys, out)) emitWhole(json, inner, out);
    }
    return out.text(`\n${indent}]`);
  }
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    out.text(first ? `{\n${inner}${JSON.stringify(key)}: ` : `,\n${inner}${JSON.stringify(key)}: `);
    first = false;
    emit(item, inner, out);
  }
  out.text(first ? '{}' : `\n${indent}}`);
}

/**
 * An item of a long array that is a plain object of strings, numbers, booleans and nulls (a
 * finding), written member by member: the keys and the long texts it repeats (message, hint) are
 * copied as bytes encoded once. JSON.stringify made ~75 MB of strings for 40,000 findings, and a
 * young generation kept small (src/xlsx/youngGeneration.ts) collects every megabyte of them.
 * False, having written nothing, for any other item.
 */
function emitFlat(value: unknown, keys: MemberKeys, out: JsonBytes): boolean {
  if (!isContainer(value) || Array.isArray(value)) return false;
  const members = value as Record<string, unknown>;
  for (const key in members) {
    if (!Object.prototype.hasOwnProperty.call(members, key)) continue;
    const item = members[key];
    if (item !== null && typeof item === 'object') return false;
    if (typeof item === 'bigint') return false;
  }
  let first = true;
  for (const key in members) {
    if (!Object.prototype.hasOwnProperty.call(members, key)) continue;
    const item = members[key];
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    out.bytes(keys.bytes(key, first));
    first = false;
    if (typeof item === 'string') out.string(item);
    else out.text(JSON.stringify(item));
  }
  if (first) out.text('{}');
  else out.bytes(keys.end);
  return true;
}

/**
 * `{\n    "key": ` or `,\n    "key": ` as UTF-8 for each key of the items of one array, at their
 * depth, and the `\n  }` closing each.
 */
class MemberKeys {
  readonly end: Uint8Array;
  // Keys are a handful per array; a map of items with ever new keys starts again past 256.
  private readonly known = memoize((key: string) => {
    const member = `\n${this.indent}${JSON.stringify(key)}: `;
    return { first: encode(`{${member}`), next: encode(`,${member}`) };
  }, 256);

  constructor(private readonly indent: string) {
    this.end = encode(`\n${indent.slice(2)}}`);
  }

  bytes(key: string, first: boolean): Uint8Array {
    const bytes = this.known(key);
    return first ? bytes.first : bytes.next;
  }
}

function emitWhole(value: unknown, indent: string, out: JsonBytes): void {
  if (indent === '') return out.text(JSON.stringify(value, null, 2) ?? 'null');
  // Wrapped in as many arrays as it is deep, JSON.stringify indents the value itself, and the part
  // between the wrappers is a slice of that text, not a copy of each line re-indented.
  const depth = indent.length / 2;
  let wrapped: unknown = value;
  for (let i = 0; i < depth; i++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  out.text(text.slice(wrapperLength(depth, true), text.length - wrapperLength(depth, false)));
}

/** `[\n  [\n    ` before a value wrapped `depth` deep, `\n  ]\n]` after it. */
function wrapperLength(depth: number, before: boolean): number {
  let length = before ? 2 * depth : 0;
  for (let k = 0; k < depth; k++) length += 2 * k + 2;
  return length;
}

/** Arrays and plain objects are written piece by piece; anything else (with its toJSON) as JSON.stringify writes it. */
function isContainer(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
