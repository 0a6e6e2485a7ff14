/**
 * docProps/app.xml lists the worksheets' names (TitlesOfParts) and their number (HeadingPairs).
 * Only that group is rewritten; named ranges, charts and every other property stay as they are.
 * When the layout is not the usual one the part is left alone: Excel rebuilds it on save.
 */
import { escapeXml, findElement, findTags, splice, unescapeXml } from './xmlText';

export function withWorksheetTitles(xml: string, oldNames: string[], newNames: string[]): string {
  const headings = findElement(xml, 'HeadingPairs');
  const titles = findElement(xml, 'TitlesOfParts');
  if (!headings || !titles) return xml;
  const pairs = [...xml.slice(headings.tag.end, headings.end).matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>\s*<\/vt:variant>\s*<vt:variant>\s*<vt:i4>(\d+)<\/vt:i4>/g)];
  const titleTags = [...xml.slice(titles.tag.end, titles.end).matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)];
  const names = titleTags.map((m) => unescapeXml(m[1]));
  let offset = 0;
  for (const pair of pairs) {
    const count = Number(pair[2]);
    const group = names.slice(offset, offset + count);
    if (sameNames(group, oldNames)) {
      const updated = [...names.slice(0, offset), ...newNames, ...names.slice(offset + count)];
      const vector = findTags(xml, 'vector', titles.tag.end, titles.end)[0];
      if (!vector) return xml;
      const vectorEnd = xml.indexOf('</vt:vector>', vector.end);
      const body = updated.map((n) => `<vt:lpstr>${escapeXml(n)}</vt:lpstr>`).join('');
      const open = vector.text.replace(/size="\d+"/, `size="${updated.length}"`);
      let out = splice(xml, vector.start, vectorEnd, open + body);
      const headingStart = headings.tag.end + (pair.index ?? 0);
      const countText = `<vt:i4>${count}</vt:i4>`;
      const at = out.indexOf(countText, headingStart);
      out = splice(out, at, at + countText.length, `<vt:i4>${newNames.length}</vt:i4>`);
      return out;
    }
    offset += count;
  }
  return xml;
}

function sameNames(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}
