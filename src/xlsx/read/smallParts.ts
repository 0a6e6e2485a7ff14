/**
 * The small parts around the sheets, read with the same scanner: elements of interest with their
 * parent's name and attributes (workbook.xml, relationships, styles.xml, webextension parts).
 */
import type { XmlSink } from './xmlScanner';
import { AttributeCursor, attributesOf, bytesToString } from './xmlText';

export interface Element {
  name: string;
  parent: string;
  attrs: Record<string, string>;
}

/** Collects the elements named in `wanted` (local names), in document order. */
export class ElementSink implements XmlSink {
  wantsText = false;
  readonly elements: Element[] = [];
  private readonly path: string[] = [];
  private readonly cursor = new AttributeCursor();

  constructor(private readonly wanted: ReadonlySet<string>) {}

  open(buf: Uint8Array, ns: number, ne: number, as: number, ae: number): void {
    const name = bytesToString(buf, ns, ne);
    if (this.wanted.has(name)) {
      this.elements.push({ name, parent: this.path[this.path.length - 1] ?? '', attrs: attributesOf(this.cursor, buf, as, ae) });
    }
    this.path.push(name);
  }

  close(): void {
    this.path.pop();
  }

  text(): void {}
}
