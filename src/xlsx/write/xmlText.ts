/**
 * Surgical edits of XML text: the writer changes a few elements and attributes of a part and
 * leaves every other character as the producer wrote it (no DOM round trip, which would reorder
 * namespaces, drop comments and re-escape text).
 */

/** A start tag (or empty element) found in a part, with where it lies. */
export interface TagMatch {
  text: string;
  start: number;
  end: number;
}

/** Characters XML 1.0 does not allow; Excel writes them as _xHHHH_. */
// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text
    .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
    .replace(INVALID_XML_CHARS, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, code: string) => {
    if (code === 'amp') return '&';
    if (code === 'lt') return '<';
    if (code === 'gt') return '>';
    if (code === 'quot') return '"';
    if (code === 'apos') return "'";
    return String.fromCodePoint(code.startsWith('#x') ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10));
  });
}

/** Start tags `<local …>` or `<prefix:local …>` (attribute values may hold ">"). */
export function findTags(xml: string, local: string, from = 0, to = xml.length): TagMatch[] {
  const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}(?=[\\s/>])(?:[^>"']|"[^"]*"|'[^']*')*>`, 'g');
  re.lastIndex = from;
  const found: TagMatch[] = [];
  for (let m = re.exec(xml); m && m.index < to; m = re.exec(xml)) {
    found.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** The whole element starting at `tag` (itself when empty), up to its end tag. */
export function elementEnd(xml: string, tag: TagMatch, local: string): number {
  if (tag.text.endsWith('/>')) return tag.end;
  const close = new RegExp(`</(?:[A-Za-z_][\\w.-]*:)?${local}\\s*>`, 'g');
  close.lastIndex = tag.end;
  const m = close.exec(xml);
  if (!m) throw new Error(`unclosed <${local}>`);
  return m.index + m[0].length;
}

/** The first element `local` (start, end of start tag, end of element), or undefined. */
export function findElement(xml: string, local: string, from = 0): { tag: TagMatch; end: number } | undefined {
  const tag = findTags(xml, local, from)[0];
  return tag ? { tag, end: elementEnd(xml, tag, local) } : undefined;
}

/** The namespace prefix of a tag ("x:" for `<x:sheet …>`, "" otherwise). */
export function prefixOf(tag: string): string {
  const m = /^<([A-Za-z_][\w.-]*:)?/.exec(tag);
  return m?.[1] ?? '';
}

/** An attribute's value (unescaped), matched by qualified name, e.g. "r:id". */
export function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[2] ?? m[3] ?? '') : undefined;
}

/** The tag with the attribute set (replaced in place, or added before the tag's end). */
export function withAttribute(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${escapeRegExp(name)}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const quoted = `"${escapeXml(value)}"`;
  if (re.test(tag)) return tag.replace(re, (_, head: string) => `${head}${quoted}`);
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close).replace(/\s+$/, '')} ${name}=${quoted}${tag.slice(close)}`;
}

export function withoutAttribute(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*("[^"]*"|'[^']*')`), '');
}

/** The qualified name of the attribute whose local name is `local` and namespace is relationships, e.g. "r:id". */
export function relationshipIdAttribute(tag: string): string | undefined {
  const m = /\s([A-Za-z_][\w.-]*:)?id\s*=/.exec(tag.replace(/\ssheetId\s*=/, ' '));
  return m?.[1] ? `${m[1]}id` : undefined;
}

/** Replaces [start, end) of `text`. */
export function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
