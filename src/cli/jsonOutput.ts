/**
 * `--json` output written in pieces: the same text as JSON.stringify(value, null, 2), but a report
 * of a million rows is never one string of hundreds of megabytes (and its UTF-8 copy) in memory.
 */

/** Pieces are handed to `write` once about this many characters have gathered. */
const PIECE = 1 << 20;

export function writeJson(value: unknown, write: (text: string) => void): void {
  let pending = '';
  const out = (text: string) => {
    pending += text;
    if (pending.length >= PIECE) {
      write(pending);
      pending = '';
    }
  };
  emit(value, '', out);
  out('\n');
  if (pending) write(pending);
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
