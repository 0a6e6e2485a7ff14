/**
 * `--json` output written in pieces of UTF-8: the same text as JSON.stringify(value, null, 2), but a
 * report of a million rows is never one string of hundreds of megabytes (and its UTF-8 copy) in memory.
 *
 * Each small piece (a finding, a key) is encoded straight into a buffer of about 1 MB. Gathering the
 * pieces into a string first made a rope of thousands of parts per megabyte, which Node encodes on a
 * slow path: 150 ms of a 1.6 s `check --json` on 50,000 rows (16 MB of output) went to that alone.
 */

/**
 * A buffer is handed to `write` when the next piece might not fit in what is left of it. Small,
 * since it is filled again once written out, and each fresh megabyte costs 256 page faults.
 */
const BUFFER_BYTES = 1 << 20;
/** A UTF-16 code unit never takes more than three bytes of UTF-8 (a surrogate pair takes four for two). */
const MAX_BYTES_PER_UNIT = 3;

/**
 * `write` returns true when it is done with the bytes (they are written out, nothing keeps them):
 * the buffer is then filled again instead of a new one being taken. Fresh memory costs the system
 * a page fault every 4 KB: ~45 ms of the 180 ms `--json` took on 50,000 rows (14 MB).
 */
export function writeJson(value: unknown, write: (bytes: Uint8Array) => boolean | void): void {
  let buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  let used = 0;
  const out = (text: string) => {
    const room = text.length * MAX_BYTES_PER_UNIT;
    if (used + room > buffer.length) {
      const done = used > 0 && write(buffer.subarray(0, used)) === true;
      if (!done || room > buffer.length) buffer = Buffer.allocUnsafe(Math.max(BUFFER_BYTES, room));
      used = 0;
    }
    used += buffer.write(text, used, 'utf8');
  };
  emit(value, '', out);
  out('\n');
  if (used > 0) write(buffer.subarray(0, used));
}

/** Arrays up to this length are walked into item by item. */
const SHORT_ARRAY = 64;

function emitWhole(value: unknown, indent: string, out: (text: string) => void): void {
  // JSON text never holds a raw line break (strings escape it), so indenting after each is safe.
  const text = JSON.stringify(value, null, 2) ?? 'null';
  out(indent === '' ? text : text.replace(/\n/g, `\n${indent}`));
}

function emit(value: unknown, indent: string, out: (text: string) => void): void {
  if (!isContainer(value)) return emitWhole(value, indent, out);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return out('[]');
    // A long array holds many small items (findings, rows): each is written whole, which is
    // quicker than walking into it; a short one may hold large items (one report per file).
    const walk = value.length <= SHORT_ARRAY ? emit : emitWhole;
    out('[');
    for (let i = 0; i < value.length; i++) {
      out(i === 0 ? `\n${inner}` : `,\n${inner}`);
      const item: unknown = value[i];
      // As JSON.stringify: what JSON cannot hold is null inside an array.
      walk(item === undefined || typeof item === 'function' || typeof item === 'symbol' ? null : item, inner, out);
    }
    return out(`\n${indent}]`);
  }
  let first = true;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
    out(first ? `{\n${inner}${JSON.stringify(key)}: ` : `,\n${inner}${JSON.stringify(key)}: `);
    first = false;
    emit(item, inner, out);
  }
  out(first ? '{}' : `\n${indent}}`);
}

/** Arrays and plain objects are written piece by piece; anything else (with its toJSON) as JSON.stringify writes it. */
function isContainer(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}
