/**
 * sharedStrings.xml → the table of strings cells point to: each <si>'s text, rich-text runs
 * joined, phonetic guides (<rPh>) left out, Excel's _xHHHH_ escapes decoded.
 */
import { nameIs, type XmlSink } from './xmlScanner';
import { textOf, unescapeExcel } from './xmlText';

export class SharedStringSink implements XmlSink {
  wantsText = false;
  readonly strings: string[] = [];
  private current: string | undefined;
  private inPhonetic = 0;

  open(buf: Uint8Array, ns: number, ne: number): void {
    if (nameIs(buf, ns, ne, 'si')) this.current = '';
    else if (nameIs(buf, ns, ne, 'rPh')) this.inPhonetic++;
    else if (this.current !== undefined && this.inPhonetic === 0 && nameIs(buf, ns, ne, 't')) this.wantsText = true;
  }

  close(buf: Uint8Array, ns: number, ne: number): void {
    if (nameIs(buf, ns, ne, 't')) this.wantsText = false;
    else if (nameIs(buf, ns, ne, 'rPh')) this.inPhonetic--;
    else if (nameIs(buf, ns, ne, 'si')) {
      this.strings.push(unescapeExcel(this.current ?? ''));
      this.current = undefined;
    }
  }

  text(buf: Uint8Array, s: number, e: number, cdata: boolean): void {
    this.current += textOf(buf, s, e, cdata);
  }
}
