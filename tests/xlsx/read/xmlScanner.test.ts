/**
 * The focused scanner against a conformant XML parser (saxes): on every part of every test
 * workbook, fed whole and in small random chunks, it reports the same elements, attributes and
 * text; and it refuses what a conformant parser refuses.
 */
import { promises as fs } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { planTemplate } from '../../../src/engine';
import { newWorkbook } from '../../../src/xlsx';
import { XmlDamage, XmlScanner, type XmlSink } from '../../../src/xlsx/read/xmlScanner';
import { AttributeCursor, attributesOf, bytesToString, textOf } from '../../../src/xlsx/read/xmlText';
import { buildUserWorkbook } from '../userWorkbook';
import { excelLikePackage } from './excelLike';

type Event = ['open', string, Record<string, string>] | ['close', string] | ['text', string];

const local = (name: string) => name.slice(name.indexOf(':') + 1);

function push(events: Event[], e: Event): void {
  const last = events[events.length - 1];
  if (e[0] === 'text' && last?.[0] === 'text') last[1] += e[1];
  else events.push(e);
}

/** Text outside the root and whitespace-only runs are left out: neither reader gives them meaning. */
function tidy(events: Event[]): Event[] {
  return events.filter((e) => !(e[0] === 'text' && e[1].trim() === ''));
}

function viaSaxes(xml: string): Event[] {
  const events: Event[] = [];
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[local(k)] = v as string;
    push(events, ['open', local(tag.name), attrs]);
  });
  parser.on('closetag', (tag) => push(events, ['close', local(tag.name)]));
  parser.on('text', (t) => push(events, ['text', t]));
  parser.on('cdata', (t) => push(events, ['text', t]));
  parser.write(xml).close();
  return tidy(events);
}

class RecordingSink implements XmlSink {
  wantsText = true;
  readonly events: Event[] = [];
  private readonly cursor = new AttributeCursor();
  open(buf: Uint8Array, ns: number, ne: number, as: number, ae: number): void {
    push(this.events, ['open', bytesToString(buf, ns, ne), attributesOf(this.cursor, buf, as, ae)]);
  }
  close(buf: Uint8Array, ns: number, ne: number): void {
    push(this.events, ['close', bytesToString(buf, ns, ne)]);
  }
  text(buf: Uint8Array, s: number, e: number, cdata: boolean): void {
    push(this.events, ['text', textOf(buf, s, e, cdata)]);
  }
}

function viaScanner(bytes: Uint8Array, chunkSizes: number[] = [bytes.length || 1]): Event[] {
  const sink = new RecordingSink();
  const scanner = new XmlScanner(sink, 1 << 20);
  let at = 0;
  for (let i = 0; at < bytes.length; i++) {
    const size = chunkSizes[i % chunkSizes.length];
    scanner.push(bytes.subarray(at, at + size));
    at += size;
  }
  scanner.end();
  return tidy(sink.events);
}

async function allParts(): Promise<[string, Uint8Array][]> {
  const packages: [string, Uint8Array][] = [
    ['sample', await fs.readFile(join(__dirname, '..', '..', '..', 'samples', 'phu-luc-mau.xlsx'))],
    ['user', new Uint8Array(await buildUserWorkbook().xlsx.writeBuffer())],
    ['template', newWorkbook(planTemplate(['tasks', 'indicators'], 'vi'))],
    ['excel-like', excelLikePackage({ webExtensionProperties: { 'phuluc.settings': '{"subject":"Xã \\"A\\" & B"}\n' } })],
  ];
  const parts: [string, Uint8Array][] = [];
  for (const [name, zip] of packages) {
    for (const [part, bytes] of Object.entries(unzipSync(zip))) if (/\.(xml|rels)$/.test(part)) parts.push([`${name}:${part}`, bytes]);
  }
  return parts;
}

describe('XmlScanner against saxes', () => {
  let parts: [string, Uint8Array][];
  beforeAll(async () => {
    parts = await allParts();
  });

  it('gives the same events on every part of every test workbook', () => {
    expect(parts.length).toBeGreaterThan(30);
    for (const [name, bytes] of parts) expect([name, viaScanner(bytes)]).toEqual([name, viaSaxes(strFromU8(bytes))]);
  });

  it('gives the same events however the bytes are cut into chunks', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }), fc.nat(), (sizes, pick) => {
        const [name, bytes] = parts[pick % parts.length];
        expect([name, viaScanner(bytes, sizes)]).toEqual([name, viaScanner(bytes)]);
      }),
      { numRuns: 60 },
    );
  });

  it('reads comments, CDATA, processing instructions, prefixes, quotes and > inside attributes as saxes does', () => {
    const xml = `<?xml version="1.0"?>\n<!-- a > b --><x:root xmlns:x="urn:x" a='1 "2"' b="3 > 2 &amp; &#x1EA1;&#7841;"><?pi data?><x:c r="A1"><![CDATA[<v>&amp;</v>]]>và &lt;t&gt;</x:c><e/></x:root>`;
    expect(viaScanner(strToU8(xml), [3])).toEqual(viaSaxes(xml));
  });

  it.each([
    ['a truncated part', '<root><a>'],
    ['a close tag that does not match', '<root><a></b></root>'],
    ['a second root', '<a/><b/>'],
    ['a document type declaration', '<!DOCTYPE x [<!ENTITY e "boom">]><x>&e;</x>'],
    ['an unknown entity', '<root>&nbsp;</root>'],
    ['text outside the root', '<root/>tail'],
    ['no root at all', '   '],
  ])('refuses %s, as saxes does', (_label, xml) => {
    expect(() => viaSaxes(xml)).toThrow();
    expect(() => viaScanner(strToU8(xml))).toThrow(XmlDamage);
  });
});
