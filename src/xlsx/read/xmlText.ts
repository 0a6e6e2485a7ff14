/** Strings out of the scanner's bytes: attributes, entity references, Excel's _xHHHH_ escapes. */
import { decodeUtf8 } from './utf8';
import { indexOfByte, XmlDamage } from './xmlScanner';


/** Decodes UTF-8 bytes; short ASCII runs (numbers, references) skip the decoder's call cost. */
export function bytesToString(buf: Uint8Array, s: number, e: number): string {
  if (e - s <= 24) {
    let out = '';
    for (let i = s; i < e; i++) {
      const b = buf[i];
      if (b >= 128) return decodeUtf8(buf, s, e);
      out += String.fromCharCode(b);
    }
    return out;
  }
  return decodeUtf8(buf, s, e);
}

const ENTITY = /&([^;&]*);?/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Replaces entity and character references; an unknown or unterminated one is damage, as in any XML parser. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (whole: string, ref: string) => {
    if (!whole.endsWith(';')) throw new XmlDamage('an unterminated entity reference');
    const named = NAMED[ref];
    if (named !== undefined) return named;
    const code = /^#x[0-9a-fA-F]+$/.test(ref) ? parseInt(ref.slice(2), 16) : /^#[0-9]+$/.test(ref) ? parseInt(ref.slice(1), 10) : NaN;
    if (!(code >= 0 && code <= 0x10ffff)) throw new XmlDamage(`unknown entity &${ref};`);
    return String.fromCodePoint(code);
  });
}

/** Text content: UTF-8, entities decoded (a CDATA section is taken as is). */
export function textOf(buf: Uint8Array, s: number, e: number, cdata: boolean): string {
  const raw = bytesToString(buf, s, e);
  return cdata ? raw : decodeEntities(raw);
}

const EXCEL_ESCAPE = /_x([0-9A-F]{4})_/g;

/** Excel stores characters XML cannot carry (e.g. a carriage return) as _x000D_ in string text. */
export function unescapeExcel(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(EXCEL_ESCAPE, (_: string, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Walks the attributes of one tag without allocating: after `next()` returns true, [ns, ne) is the
 * local name (prefix dropped) and [vs, ve) the raw value between the quotes.
 */
export class AttributeCursor {
  buf: Uint8Array = new Uint8Array(0);
  private pos = 0;
  private end = 0;
  ns = 0;
  ne = 0;
  vs = 0;
  ve = 0;

  reset(buf: Uint8Array, s: number, e: number): this {
    this.buf = buf;
    this.pos = s;
    this.end = e;
    return this;
  }

  next(): boolean {
    const buf = this.buf;
    let i = this.pos;
    const end = this.end;
    while (i < end && isSpace(buf[i])) i++;
    if (i >= end) return false;
    let ns = i;
    while (i < end && buf[i] !== 61 && !isSpace(buf[i])) {
      if (buf[i] === 58) ns = i + 1;
      i++;
    }
    this.ns = ns;
    this.ne = i;
    while (i < end && isSpace(buf[i])) i++;
    if (buf[i] !== 61) throw new XmlDamage('an attribute without a value');
    i++;
    while (i < end && isSpace(buf[i])) i++;
    const q = buf[i];
    if (q !== 34 && q !== 39) throw new XmlDamage('an unquoted attribute value');
    const close = indexOfByte(buf, q, i + 1);
    if (close < 0 || close >= end) throw new XmlDamage('an unterminated attribute value');
    this.vs = i + 1;
    this.ve = close;
    this.pos = close + 1;
    return true;
  }

  /** The current value as text: whitespace normalised and entities decoded, as XML requires. */
  value(): string {
    return decodeEntities(bytesToString(this.buf, this.vs, this.ve).replace(/[\t\n\r]/g, ' '));
  }
}

function isSpace(b: number): boolean {
  return b === 32 || b === 10 || b === 13 || b === 9;
}

/** Every attribute of a tag by local name (for the small parts: workbook, relationships, styles). */
export function attributesOf(cursor: AttributeCursor, buf: Uint8Array, s: number, e: number): Record<string, string> {
  const out: Record<string, string> = {};
  cursor.reset(buf, s, e);
  while (cursor.next()) out[bytesToString(buf, cursor.ns, cursor.ne)] = cursor.value();
  return out;
}
