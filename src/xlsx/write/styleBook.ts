/**
 * xl/styles.xml, patched: the fonts, fills, borders, number formats and cell formats the writer's
 * sheets need are appended after the workbook's own (never renumbered), or found among them when
 * an identical one is already there (a second run adds nothing), and every `count` is updated.
 */
import { attribute, elementEnd, escapeXml, findElement, findTags, prefixOf, splice, withAttribute } from './xmlText';

export interface FontSpec {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  /** "FFRRGGBB" */
  color?: string;
}

export interface CellStyle {
  font: FontSpec;
  /** "FFRRGGBB" */
  fill?: string;
  border?: boolean;
  numberFormat?: string;
  wrap?: boolean;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
}

/** The styles part of a workbook that has none (styles.xml is optional) and of a new one. */
export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** Number formats Excel knows by id without a <numFmt> element. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49,
};
const FIRST_CUSTOM_FORMAT = 164;

/** One collection of styles.xml (<fonts>, <fills> …): its existing children and the ones added. */
class StyleList {
  private readonly index = new Map<string, number>();
  readonly added: string[] = [];
  private readonly existing: number;

  constructor(readonly section: string, readonly item: string, readonly prefix: string, children: string[]) {
    children.forEach((child, i) => {
      if (!this.index.has(child)) this.index.set(child, i);
    });
    this.existing = children.length;
  }

  /** The index of this element (given without prefix), appended when not already there. */
  indexOf(element: string): number {
    const xml = this.prefix ? element.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${this.prefix}`) : element;
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.existing + this.added.length;
      this.index.set(xml, i);
      this.added.push(xml);
    }
    return i;
  }

  get count(): number {
    return this.existing + this.added.length;
  }
}

export class StyleBook {
  private readonly lists: StyleList[];
  private readonly fonts: StyleList;
  private readonly fills: StyleList;
  private readonly borders: StyleList;
  private readonly xfs: StyleList;
  private readonly formats = new Map<string, number>();
  private readonly addedFormats: string[] = [];
  private nextFormatId: number;
  private readonly prefix: string;
  private readonly cache = new Map<string, number>();
  /** The workbook's default font (font 0): a planned font change keeps its name and size. */
  readonly defaultFont: { name: string; size: number };

  constructor(private readonly xml: string) {
    const root = findTags(xml, 'styleSheet')[0];
    if (!root) throw new Error('styles.xml has no styleSheet');
    this.prefix = prefixOf(root.text);
    this.fonts = this.list('fonts', 'font');
    this.fills = this.list('fills', 'fill');
    this.borders = this.list('borders', 'border');
    this.xfs = this.list('cellXfs', 'xf');
    this.lists = [this.fonts, this.fills, this.borders, this.xfs];
    const font0 = findTags(xml, 'fonts')[0] ? this.firstFont() : undefined;
    this.defaultFont = { name: font0?.name ?? 'Calibri', size: font0?.size ?? 11 };
    let maxId = FIRST_CUSTOM_FORMAT - 1;
    for (const tag of findTags(xml, 'numFmt')) {
      const id = Number(attribute(tag.text, 'numFmtId'));
      const code = attribute(tag.text, 'formatCode');
      if (Number.isInteger(id)) maxId = Math.max(maxId, id);
      if (code !== undefined && !this.formats.has(code)) this.formats.set(code, id);
    }
    this.nextFormatId = maxId + 1;
  }

  private list(section: string, item: string): StyleList {
    const found = findElement(this.xml, section);
    const children: string[] = [];
    if (found) {
      const body = this.xml.slice(found.tag.end, found.end);
      for (const tag of findTags(body, item)) children.push(body.slice(tag.start, elementEnd(body, tag, item)));
    }
    return new StyleList(section, item, this.prefix, children);
  }

  private firstFont(): { name?: string; size?: number } {
    const fonts = findElement(this.xml, 'fonts');
    if (!fonts) return {};
    const body = this.xml.slice(fonts.tag.end, fonts.end);
    const first = findTags(body, 'font')[0];
    if (!first) return {};
    const font = body.slice(first.start, elementEnd(body, first, 'font'));
    const size = Number(attribute(findTags(font, 'sz')[0]?.text ?? '', 'val'));
    return { name: attribute(findTags(font, 'name')[0]?.text ?? '', 'val'), size: Number.isFinite(size) && size > 0 ? size : undefined };
  }

  /** The cellXfs index (the cell's `s`) of this style. */
  xfIndex(style: CellStyle): number {
    const key = JSON.stringify(style);
    const cached = this.cache.get(key);
    if (cached !== undefined) return cached;
    const fontId = this.fonts.indexOf(fontXml({ ...this.defaultFont, ...style.font }));
    const fillId = style.fill ? this.fills.indexOf(fillXml(style.fill)) : 0;
    const borderId = style.border ? this.borders.indexOf(BORDER_XML) : 0;
    const numFmtId = style.numberFormat ? this.formatId(style.numberFormat) : 0;
    const alignment = alignmentXml(style);
    let xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0" applyFont="1"`;
    if (fillId) xf += ' applyFill="1"';
    if (borderId) xf += ' applyBorder="1"';
    if (numFmtId) xf += ' applyNumberFormat="1"';
    xf += alignment ? ` applyAlignment="1">${alignment}</xf>` : '/>';
    const index = this.xfs.indexOf(xf);
    this.cache.set(key, index);
    return index;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.formats.set(code, id);
      this.addedFormats.push(`<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return id;
  }

  /** styles.xml with what was added; the original text when nothing was. */
  toXml(): string {
    let xml = this.xml;
    // From the last section to the first, so earlier offsets stay valid.
    for (const list of [...this.lists].reverse()) {
      if (list.added.length > 0) xml = appendToSection(xml, list.section, list.added, list.count, this.prefix);
    }
    if (this.addedFormats.length > 0) {
      const numFmts = findElement(xml, 'numFmts');
      const total = (numFmts ? findTags(xml, 'numFmt', numFmts.tag.end, numFmts.end).length : 0) + this.addedFormats.length;
      if (numFmts) {
        xml = appendToSection(xml, 'numFmts', this.addedFormats, total, this.prefix);
      } else {
        const root = findTags(xml, 'styleSheet')[0];
        const section = `<${this.prefix}numFmts count="${total}">${this.addedFormats.join('')}</${this.prefix}numFmts>`;
        xml = splice(xml, root.end, root.end, section);
      }
    }
    return xml;
  }
}

function appendToSection(xml: string, section: string, added: string[], count: number, prefix: string): string {
  const found = findElement(xml, section);
  if (!found) throw new Error(`styles.xml has no <${section}>`);
  const open = withAttribute(found.tag.text.replace(/\s*\/>$/, '>'), 'count', String(count));
  const close = found.tag.text.endsWith('/>') ? `</${prefix}${section}>` : '';
  const bodyEnd = found.tag.text.endsWith('/>') ? found.end : xml.lastIndexOf('</', found.end - 1);
  const body = xml.slice(found.tag.end, bodyEnd);
  return xml.slice(0, found.tag.start) + open + body + added.join('') + close + xml.slice(bodyEnd);
}

function fontXml(f: FontSpec): string {
  return (
    '<font>' +
    (f.bold ? '<b/>' : '') +
    (f.italic ? '<i/>' : '') +
    (f.size ? `<sz val="${f.size}"/>` : '') +
    (f.color ? `<color rgb="${f.color}"/>` : '') +
    (f.name ? `<name val="${escapeXml(f.name)}"/>` : '') +
    '</font>'
  );
}

function fillXml(argb: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`;
}

const BORDER_XML =
  '<border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right>' +
  '<top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border>';

function alignmentXml(s: CellStyle): string {
  let attrs = '';
  if (s.hAlign) attrs += ` horizontal="${s.hAlign}"`;
  if (s.vAlign) attrs += ` vertical="${s.vAlign === 'middle' ? 'center' : s.vAlign}"`;
  if (s.wrap) attrs += ' wrapText="1"';
  return attrs ? `<alignment${attrs}/>` : '';
}
