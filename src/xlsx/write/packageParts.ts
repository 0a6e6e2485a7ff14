/**
 * The package's bookkeeping parts, edited in place: relationships (`*.rels`) and
 * `[Content_Types].xml`. Only the entries of the writer's own sheets are added or removed.
 */
import { attribute, elementEnd, escapeXml, findElement, findTags, prefixOf, splice } from './xmlText';

export const WORKSHEET_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const WORKSHEET_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
export const STYLES_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
export const STYLES_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
const OFFICE_DOCUMENT = /\/officeDocument$/;

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function relationships(xml: string): Relationship[] {
  return findTags(xml, 'Relationship').map(({ text }) => ({
    id: attribute(text, 'Id') ?? '',
    type: attribute(text, 'Type') ?? '',
    target: attribute(text, 'Target') ?? '',
    external: attribute(text, 'TargetMode') === 'External',
  }));
}

/** The main part's name from the package's `_rels/.rels`, e.g. "xl/workbook.xml". */
export function officeDocumentPart(rootRels: string): string | undefined {
  const rel = relationships(rootRels).find((r) => OFFICE_DOCUMENT.test(r.type));
  return rel ? resolvePartName('', rel.target) : undefined;
}

/** A relationship target resolved against the folder of its source part ("" for the package root). */
export function resolvePartName(sourceFolder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : sourceFolder.split('/').filter(Boolean);
  for (const seg of target.split('/')) {
    if (seg === '..') segments.pop();
    else if (seg && seg !== '.') segments.push(seg);
  }
  return segments.join('/');
}

/** "xl/workbook.xml" → "xl/_rels/workbook.xml.rels". */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export function removeRelationship(xml: string, id: string): string {
  const tag = findTags(xml, 'Relationship').find((t) => attribute(t.text, 'Id') === id);
  return tag ? splice(xml, tag.start, elementEnd(xml, tag, 'Relationship'), '') : xml;
}

export function addRelationship(xml: string, rel: Omit<Relationship, 'external'>): string {
  return insertBeforeClose(
    xml,
    'Relationships',
    `<Relationship Id="${escapeXml(rel.id)}" Type="${escapeXml(rel.type)}" Target="${escapeXml(rel.target)}"/>`,
  );
}

/** "rIdN" with N above every id in use. */
export function unusedRelationshipId(xml: string): string {
  const used = relationships(xml).map((r) => Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0));
  return `rId${used.reduce((max, n) => Math.max(max, n), 0) + 1}`;
}

export function removeOverride(xml: string, partName: string): string {
  const tag = findTags(xml, 'Override').find((t) => attribute(t.text, 'PartName')?.toLowerCase() === `/${partName}`.toLowerCase());
  return tag ? splice(xml, tag.start, elementEnd(xml, tag, 'Override'), '') : xml;
}

export function addOverride(xml: string, partName: string, contentType: string): string {
  return insertBeforeClose(xml, 'Types', `<Override PartName="/${escapeXml(partName)}" ContentType="${contentType}"/>`);
}

/** Appends an element (written without prefix; the root's prefix is added) as the root's last child. */
function insertBeforeClose(xml: string, root: string, element: string): string {
  const found = findElement(xml, root);
  if (!found) throw new Error(`no <${root}>`);
  const prefix = prefixOf(found.tag.text);
  const child = prefix ? element.replace(/^<(?=\w)/, `<${prefix}`) : element;
  if (found.tag.text.endsWith('/>')) {
    return splice(xml, found.tag.start, found.end, `${found.tag.text.replace(/\s*\/>$/, '>')}${child}</${prefix}${root}>`);
  }
  const close = xml.lastIndexOf('</', found.end - 1);
  return splice(xml, close, close, child);
}
