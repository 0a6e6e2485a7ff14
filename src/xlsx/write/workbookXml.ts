/**
 * xl/workbook.xml, edited as text: the <sheets> list, defined names scoped to sheets
 * (localSheetId is a tab index, so inserting a sheet shifts it), the workbook views' active and
 * first tab, and calcPr. Every other element and attribute stays as the producer wrote it.
 */
import {
  attribute, elementEnd, escapeXml, findElement, findTags, prefixOf, splice, withAttribute,
} from './xmlText';

const RELATIONSHIPS_NS = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];

export interface WorkbookSheet {
  /** The <sheet …/> element as written. */
  tag: string;
  name: string;
  sheetId: number;
  relationshipId: string;
}

/** A sheet of the new tab order: one of the workbook's (by old index) or one the writer adds. */
export type SheetSlot =
  | { kind: 'kept'; oldIndex: number }
  | { kind: 'new'; name: string; sheetId: number; relationshipId: string; state?: 'hidden' | 'veryHidden'; replaces?: number };

export interface WorkbookEdit {
  slots: SheetSlot[];
  /** New defined names scoped to a sheet of the new order, e.g. print titles. */
  scopedNames: { name: string; localSheetId: number; value: string }[];
  fullCalcOnLoad: boolean;
}

export function workbookSheets(xml: string): WorkbookSheet[] {
  const sheets = findElement(xml, 'sheets');
  if (!sheets) throw new Error('workbook.xml has no <sheets>');
  const rid = relationshipPrefix(xml);
  return findTags(xml, 'sheet', sheets.tag.end, sheets.end).map(({ text }) => ({
    tag: text,
    name: attribute(text, 'name') ?? '',
    sheetId: Number(attribute(text, 'sheetId') ?? 0),
    relationshipId: (rid && attribute(text, `${rid}id`)) || '',
  }));
}

/** True when the workbook counts dates from 1904 (old Mac workbooks). */
export function usesDate1904(xml: string): boolean {
  const pr = findTags(xml, 'workbookPr')[0];
  const v = pr ? attribute(pr.text, 'date1904') : undefined;
  return v === '1' || v === 'true';
}

/** The prefix bound to the relationships namespace on the root ("r:"), or undefined. */
function relationshipPrefix(xml: string): string | undefined {
  const root = findTags(xml, 'workbook')[0];
  if (!root) return undefined;
  for (const m of root.text.matchAll(/\sxmlns:([\w.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    if (RELATIONSHIPS_NS.includes(m[3] ?? m[4] ?? '')) return `${m[1]}:`;
  }
  return undefined;
}

export function editWorkbook(xml: string, edit: WorkbookEdit): string {
  const old = workbookSheets(xml);
  const newIndexOf = new Map<number, number>();
  edit.slots.forEach((slot, i) => {
    if (slot.kind === 'kept') newIndexOf.set(slot.oldIndex, i);
    else if (slot.replaces !== undefined) newIndexOf.set(slot.replaces, i);
  });
  const removed = new Set<number>(edit.slots.flatMap((s) => (s.kind === 'new' && s.replaces !== undefined ? [s.replaces] : [])));

  let out = xml;
  if (edit.fullCalcOnLoad) out = withFullCalcOnLoad(out);
  out = editDefinedNames(out, newIndexOf, removed, edit.scopedNames);
  out = writeSheetList(out, old, edit.slots);
  out = editBookViews(out, newIndexOf);
  return out;
}

function ensureRelationshipPrefix(xml: string): { xml: string; prefix: string } {
  const prefix = relationshipPrefix(xml);
  if (prefix) return { xml, prefix };
  const root = findTags(xml, 'workbook')[0];
  const tag = withAttribute(root.text, 'xmlns:r', RELATIONSHIPS_NS[0]);
  return { xml: splice(xml, root.start, root.end, tag), prefix: 'r:' };
}

function writeSheetList(xml: string, old: WorkbookSheet[], slots: SheetSlot[]): string {
  const ensured = ensureRelationshipPrefix(xml);
  let out = ensured.xml;
  const sheets = findElement(out, 'sheets');
  if (!sheets) throw new Error('workbook.xml has no <sheets>');
  const prefix = prefixOf(sheets.tag.text);
  const items = slots.map((slot) => {
    if (slot.kind === 'kept') return old[slot.oldIndex].tag;
    const state = slot.state ? ` state="${slot.state}"` : '';
    return `<${prefix}sheet name="${escapeXml(slot.name)}" sheetId="${slot.sheetId}"${state} ${ensured.prefix}id="${escapeXml(slot.relationshipId)}"/>`;
  });
  const open = sheets.tag.text.replace(/\s*\/>$/, '>');
  out = splice(out, sheets.tag.start, sheets.end, `${open}${items.join('')}</${prefix}sheets>`);
  return out;
}

function editDefinedNames(
  xml: string,
  newIndexOf: Map<number, number>,
  removed: Set<number>,
  added: WorkbookEdit['scopedNames'],
): string {
  let out = xml;
  const names = findElement(out, 'definedNames');
  if (names) {
    const tags = findTags(out, 'definedName', names.tag.end, names.end);
    // From the last, so the offsets of the earlier ones stay valid.
    for (const tag of [...tags].reverse()) {
      const scope = attribute(tag.text, 'localSheetId');
      if (scope === undefined) continue;
      const oldIndex = Number(scope);
      const end = elementEnd(out, tag, 'definedName');
      if (removed.has(oldIndex)) {
        out = splice(out, tag.start, end, '');
      } else {
        const newIndex = newIndexOf.get(oldIndex);
        if (newIndex !== undefined && newIndex !== oldIndex) {
          out = splice(out, tag.start, tag.end, withAttribute(tag.text, 'localSheetId', String(newIndex)));
        }
      }
    }
  }
  if (added.length === 0) return out;
  const after = findElement(out, 'definedNames');
  const prefix = prefixOf((after ?? findElement(out, 'sheets'))!.tag.text);
  const items = added
    .map((n) => `<${prefix}definedName name="${escapeXml(n.name)}" localSheetId="${n.localSheetId}">${escapeXml(n.value)}</${prefix}definedName>`)
    .join('');
  if (after && !after.tag.text.endsWith('/>')) {
    const close = out.lastIndexOf('</', after.end - 1);
    return splice(out, close, close, items);
  }
  if (after) return splice(out, after.tag.start, after.end, `<${prefix}definedNames>${items}</${prefix}definedNames>`);
  // definedNames follows sheets, functionGroups and externalReferences in the schema.
  const before = ['externalReferences', 'functionGroups', 'sheets'].map((l) => findElement(out, l)).find(Boolean)!;
  return splice(out, before.end, before.end, `<${prefix}definedNames>${items}</${prefix}definedNames>`);
}

function editBookViews(xml: string, newIndexOf: Map<number, number>): string {
  let out = xml;
  for (const tag of findTags(out, 'workbookView').reverse()) {
    let text = tag.text;
    for (const name of ['activeTab', 'firstSheet']) {
      const current = Number(attribute(text, name) ?? 0);
      // A tab bar scrolled to its start stays there, so a sheet inserted first is in view.
      if (name === 'firstSheet' && current === 0) continue;
      const next = newIndexOf.get(current);
      if (next !== undefined && next !== current) text = withAttribute(text, name, String(next));
    }
    if (text !== tag.text) out = splice(out, tag.start, tag.end, text);
  }
  return out;
}

/** Planned formulas carry no cached result: Excel computes them when the file opens. */
function withFullCalcOnLoad(xml: string): string {
  const calc = findTags(xml, 'calcPr')[0];
  if (calc) {
    return attribute(calc.text, 'fullCalcOnLoad') === '1' ? xml : splice(xml, calc.start, calc.end, withAttribute(calc.text, 'fullCalcOnLoad', '1'));
  }
  // calcPr follows definedNames (and what precedes it) in the schema.
  const before = ['definedNames', 'externalReferences', 'functionGroups', 'sheets'].map((l) => findElement(xml, l)).find(Boolean);
  if (!before) throw new Error('workbook.xml has no <sheets>');
  const prefix = prefixOf(before.tag.text);
  return splice(xml, before.end, before.end, `<${prefix}calcPr fullCalcOnLoad="1"/>`);
}

