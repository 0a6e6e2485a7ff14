/**
 * A focused streaming XML scanner over UTF-8 bytes: tags and text runs, pushed chunk by chunk as
 * the part inflates. It knows just enough XML for SpreadsheetML (quoted attributes, comments,
 * CDATA, processing instructions; no DTD, which OOXML forbids) and checks that tags nest, so a
 * damaged part is refused. It creates no strings: sinks read names, attributes and text straight
 * from the bytes, so a sheet costs one pass and no object per tag. Its events equal a conformant
 * parser's (saxes) on every test workbook: tests/xlsx/read/xmlScanner.test.ts.
 */

/** Receives the scanner's events; positions index `buf` and are valid during the call only. */
export interface XmlSink {
  /** An open tag; [ns, ne) is its local name (prefix dropped), [as, ae) its attributes. */
  open(buf: Uint8Array, ns: number, ne: number, as: number, ae: number): void;
  close(buf: Uint8Array, ns: number, ne: number): void;
  /** Set while the sink wants text: other text is skipped without being held. */
  wantsText: boolean;
  /** A text run, raw (entities not decoded) unless `cdata`. */
  text(buf: Uint8Array, s: number, e: number, cdata: boolean): void;
}

/** Not well-formed or beyond the token limit; the reader reports the file as damaged. */
export class XmlDamage extends Error {}

const LT = 60;
const GT = 62;
const SLASH = 47;
const QUOTE = 34;
const APOS = 39;
const COLON = 58;
const BANG = 33;
const QUESTION = 63;

function isSpace(b: number): boolean {
  return b === 32 || b === 10 || b === 13 || b === 9;
}

export class XmlScanner {
  private buf = new Uint8Array(64 * 1024);
  private len = 0;
  /** Hashes of the open elements' full names, to check that every close tag matches. */
  private stack = new Int32Array(64);
  private depth = 0;
  private sawRoot = false;

  constructor(
    private readonly sink: XmlSink,
    private readonly maxTokenBytes: number,
  ) {}

  push(chunk: Uint8Array): void {
    if (this.len + chunk.length > this.buf.length) {
      const grown = new Uint8Array(Math.max(this.buf.length * 2, this.len + chunk.length));
      grown.set(this.buf.subarray(0, this.len));
      this.buf = grown;
    }
    this.buf.set(chunk, this.len);
    this.len += chunk.length;
    const used = this.scan();
    this.buf.copyWithin(0, used, this.len);
    this.len -= used;
    if (this.len > this.maxTokenBytes) throw new XmlDamage('a tag or text is longer than any workbook holds');
  }

  end(): void {
    if (this.depth !== 0 || !this.sawRoot) throw new XmlDamage('the document ends before its root element closes');
    for (let i = 0; i < this.len; i++) if (!isSpace(this.buf[i])) throw new XmlDamage('text after the root element');
  }

  /** Handles every complete token in the buffer; returns how many bytes were consumed. */
  private scan(): number {
    const buf = this.buf.subarray(0, this.len);
    const len = this.len;
    const sink = this.sink;
    let pos = 0;
    while (pos < len) {
      if (buf[pos] !== LT) {
        const lt = indexOfByte(buf, LT, pos);
        if (this.depth === 0) this.outsideRoot(buf, pos, lt < 0 ? len : lt);
        if (lt < 0) {
          // Text that no one wants is dropped now, so a run of whitespace is never held.
          return sink.wantsText ? pos : len;
        }
        if (sink.wantsText) sink.text(buf, pos, lt, false);
        pos = lt;
      }
      if (pos + 1 >= len) return pos;
      const next = buf[pos + 1];
      if (next === SLASH) {
        const gt = indexOfByte(buf, GT, pos + 2);
        if (gt < 0) return pos;
        let ne = pos + 2;
        let ns = ne;
        let h = 0;
        while (ne < gt && !isSpace(buf[ne])) {
          const b = buf[ne];
          if (b === COLON) ns = ne + 1;
          h = (Math.imul(h, 31) + b) | 0;
          ne++;
        }
        if (this.depth === 0 || this.stack[this.depth - 1] !== h || ne === pos + 2) throw new XmlDamage('a close tag does not match');
        this.depth--;
        sink.close(buf, ns, ne);
        pos = gt + 1;
      } else if (next === BANG || next === QUESTION) {
        const end = this.special(buf, pos, len);
        if (end < 0) return pos;
        pos = end;
      } else {
        // An open tag: the name, then attributes whose quoted values may hold '>'.
        let i = pos + 1;
        let ns = i;
        let h = 0;
        while (i < len) {
          const b = buf[i];
          if (b === GT || b === SLASH || isSpace(b)) break;
          if (b === COLON) ns = i + 1;
          h = (Math.imul(h, 31) + b) | 0;
          i++;
        }
        const ne = i;
        if (ne === pos + 1 && i < len) throw new XmlDamage('a tag without a name');
        while (i < len) {
          const b = buf[i];
          if (b === GT) break;
          if (b === QUOTE || b === APOS) {
            const close = indexOfByte(buf, b, i + 1);
            if (close < 0) {
              i = len;
              break;
            }
            i = close;
          } else if (b === LT) {
            throw new XmlDamage('"<" inside a tag');
          }
          i++;
        }
        if (i >= len) return pos;
        const selfClosing = buf[i - 1] === SLASH;
        if (this.depth === 0) {
          if (this.sawRoot) throw new XmlDamage('a second root element');
          this.sawRoot = true;
        }
        sink.open(buf, ns, ne, ne, selfClosing ? i - 1 : i);
        if (selfClosing) {
          sink.close(buf, ns, ne);
        } else {
          if (this.depth === this.stack.length) {
            const grown = new Int32Array(this.depth * 2);
            grown.set(this.stack);
            this.stack = grown;
          }
          this.stack[this.depth++] = h;
        }
        pos = i + 1;
      }
    }
    return pos;
  }

  /** A comment, CDATA section or processing instruction at `pos`; returns its end, or -1 when incomplete. */
  private special(buf: Uint8Array, pos: number, len: number): number {
    if (buf[pos + 1] === QUESTION) {
      let gt = buf.indexOf(GT, pos + 2);
      while (gt >= 0 && buf[gt - 1] !== QUESTION) gt = buf.indexOf(GT, gt + 1);
      return gt < 0 ? -1 : gt + 1;
    }
    if (len - pos < 9) return -1;
    if (buf[pos + 2] === 45 && buf[pos + 3] === 45) {
      // <!-- … -->
      let gt = buf.indexOf(GT, pos + 4);
      while (gt >= 0 && !(buf[gt - 1] === 45 && buf[gt - 2] === 45 && gt - 2 >= pos + 4)) gt = buf.indexOf(GT, gt + 1);
      return gt < 0 ? -1 : gt + 1;
    }
    if (startsWithAscii(buf, pos + 2, '[CDATA[')) {
      if (this.depth === 0) throw new XmlDamage('CDATA outside the root element');
      let gt = buf.indexOf(GT, pos + 9);
      while (gt >= 0 && !(buf[gt - 1] === 93 && buf[gt - 2] === 93 && gt - 2 >= pos + 9)) gt = buf.indexOf(GT, gt + 1);
      if (gt < 0) return -1;
      if (this.sink.wantsText) this.sink.text(buf, pos + 9, gt - 2, true);
      return gt + 1;
    }
    throw new XmlDamage('a document type declaration or unknown markup');
  }

  private outsideRoot(buf: Uint8Array, s: number, e: number): void {
    for (let i = s; i < e; i++) {
      const b = buf[i];
      // A byte-order mark before the declaration is allowed.
      if (!isSpace(b) && !(i < 3 && !this.sawRoot && (b === 0xef || b === 0xbb || b === 0xbf))) throw new XmlDamage('text outside the root element');
    }
  }
}

function startsWithAscii(buf: Uint8Array, at: number, s: string): boolean {
  for (let i = 0; i < s.length; i++) if (buf[at + i] !== s.charCodeAt(i)) return false;
  return true;
}

/**
 * buf.indexOf(byte, from), -1 when absent. Most distances in a sheet are a few bytes (a cell's
 * value, an attribute's, a close tag's name), which a loop here finds for less than the call into
 * the builtin costs; past a short look the builtin takes over, for long texts.
 */
export function indexOfByte(buf: Uint8Array, byte: number, from: number): number {
  const near = Math.min(buf.length, from + 16);
  for (let i = from; i < near; i++) if (buf[i] === byte) return i;
  return near < buf.length ? buf.indexOf(byte, near) : -1;
}

/** True when [s, e) of `buf` spells the ASCII `name`. */
export function nameIs(buf: Uint8Array, s: number, e: number, name: string): boolean {
  if (e - s !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (buf[s + i] !== name.charCodeAt(i)) return false;
  return true;
}
