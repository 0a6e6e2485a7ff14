/**
 * Adds the write plan's sheets to an .xlsx/.xlsm package by patching it (SPEC §9): every part is
 * copied as stored, byte for byte, except the five the new sheets require — xl/workbook.xml, its
 * relationships, [Content_Types].xml, docProps/app.xml and xl/styles.xml — and the sheets' own
 * parts. A planned sheet replaces the sheet of the same name (Excel's comparison) in its place in
 * the tab order, with its part, relationships and scoped defined names — only when that sheet is
 * one of the product's own (the engine's replacementFor, which the Office.js writer follows too);
 * a user's sheet in the way refuses the whole write. No Node API.
 */
import {
  checkWritePlan, isOwnSheet, replacementFor, sheetNamedLike, type ExistingSheet, type SheetPlan, type WritePlan,
} from '../../engine';
import { XlsxError } from '../errors';
import { readWorkbookBytes } from '../read/index';
import { withWorksheetTitles } from './appXml';
import {
  addOverride, addRelationship, officeDocumentPart, relationships, relsPartOf, removeOverride, removeRelationship,
  resolvePartName, STYLES_CONTENT_TYPE, STYLES_RELATIONSHIP, unusedRelationshipId, WORKSHEET_CONTENT_TYPE, WORKSHEET_RELATIONSHIP,
} from './packageParts';
import { orphanedParts, partReferences } from './orphanParts';
import { sheetXml } from './sheetXml';
import { MINIMAL_STYLES, StyleBook } from './styleBook';
import { editWorkbook, usesDate1904, workbookSheets, type SheetSlot } from './workbookXml';
import { entryText, newEntry, readZip, writeZip, type ZipEntry } from './zipArchive';

const CONTENT_TYPES = '[Content_Types].xml';
const APP_PROPERTIES = 'docProps/app.xml';

/**
 * Throws on a plan Excel would refuse (checkWritePlan), a package that is not a workbook, or a
 * user's sheet in the way (XlsxError 'sheet-taken'). `ownSheets` tells which sheets the product
 * wrote, as the caller's analysis of the same bytes found (`Analysis.workbookSheets`); without it,
 * the package is read again to find out, but only when a planned name is taken.
 */
export function patchWorkbook(input: Uint8Array, plan: WritePlan, ownSheets?: readonly ExistingSheet[]): Uint8Array {
  checkWritePlan(plan);
  const entries = readZip(input);
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  const read = (name: string): string => {
    const entry = byName.get(name.toLowerCase());
    if (!entry) throw new Error(`the package has no ${name}`);
    return entryText(entry);
  };
  const workbookPart = officeDocumentPart(read('_rels/.rels')) ?? 'xl/workbook.xml';
  const folder = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const relsPart = relsPartOf(workbookPart);

  const originalWorkbook = read(workbookPart);
  let rels = read(relsPart);
  let types = read(CONTENT_TYPES);
  const workbookRels = relationships(rels);
  const stylesRel = workbookRels.find((r) => r.type.endsWith('/styles'));
  let stylesPart: string;
  let stylesXml: string;
  if (stylesRel) {
    stylesPart = resolvePartName(folder, stylesRel.target);
    stylesXml = read(stylesPart);
  } else {
    // styles.xml is optional; the new sheets' formats need one.
    stylesPart = `${folder}styles.xml`;
    if (byName.has(stylesPart.toLowerCase())) throw new Error(`${stylesPart} exists but is not the workbook's styles part`);
    stylesXml = MINIMAL_STYLES;
    rels = addRelationship(rels, { id: unusedRelationshipId(rels), type: STYLES_RELATIONSHIP, target: 'styles.xml' });
    types = addOverride(types, stylesPart, STYLES_CONTENT_TYPE);
  }
  const styles = new StyleBook(stylesXml);
  const date1904 = usesDate1904(originalWorkbook);

  const sheets = workbookSheets(originalWorkbook);
  const partOfSheet = (relationshipId: string) => {
    const rel = workbookRels.find((r) => r.id === relationshipId);
    return rel && !rel.external ? { part: resolvePartName(folder, rel.target), worksheet: rel.type === WORKSHEET_RELATIONSHIP } : undefined;
  };

  const existing = existingSheets(input, sheets.map((s) => s.name), plan, ownSheets);
  const replaced = plan.sheets.map((p) => {
    const replacement = replacementFor(p.name, existing);
    if (replacement.kind === 'refuse') throw new XlsxError('sheet-taken', existing[replacement.index].name);
    return replacement.kind === 'replace' ? replacement.index : -1;
  });
  // First the sheets replaced: their parts are removed, freeing names for the new ones.
  const removed = new Set<string>();
  for (const oldIndex of replaced) {
    if (oldIndex < 0) continue;
    const old = sheets[oldIndex];
    const part = partOfSheet(old.relationshipId)?.part;
    rels = removeRelationship(rels, old.relationshipId);
    if (part) {
      removed.add(part.toLowerCase()).add(relsPartOf(part).toLowerCase());
      types = removeOverride(types, part);
    }
  }
  for (const orphan of orphanedParts(referencesAfter(entries, relsPart, rels), removed)) {
    removed.add(orphan);
    types = removeOverride(types, orphan);
  }

  const slots: SheetSlot[] = sheets.map((_, oldIndex) => ({ kind: 'kept', oldIndex }));
  const added: ZipEntry[] = [];
  const planOfSlot = new Map<SheetSlot, SheetPlan>();
  let nextSheetId = sheets.reduce((max, s) => Math.max(max, s.sheetId), 0) + 1;
  let startCount = 0;
  let hasFormulas = false;
  plan.sheets.forEach((sheetPlan, i) => {
    const part = unusedSheetPart(folder, byName, removed, added);
    const relationshipId = unusedRelationshipId(rels);
    rels = addRelationship(rels, { id: relationshipId, type: WORKSHEET_RELATIONSHIP, target: part.slice(folder.length) });
    types = addOverride(types, part, WORKSHEET_CONTENT_TYPE);
    const written = sheetXml(sheetPlan, styles, date1904);
    hasFormulas ||= written.hasFormulas;
    added.push(newEntry(part, written.xml));

    const oldIndex = replaced[i];
    const state = sheetPlan.visibility === 'hidden' || sheetPlan.visibility === 'veryHidden' ? sheetPlan.visibility : undefined;
    const slot: SheetSlot = {
      kind: 'new',
      name: sheetPlan.name,
      sheetId: oldIndex >= 0 ? sheets[oldIndex].sheetId : nextSheetId++,
      relationshipId,
      state,
      replaces: oldIndex >= 0 ? oldIndex : undefined,
    };
    planOfSlot.set(slot, sheetPlan);
    if (oldIndex >= 0) slots[slots.findIndex((s) => s.kind === 'kept' && s.oldIndex === oldIndex)] = slot;
    else if (sheetPlan.position === 'start') slots.splice(startCount++, 0, slot);
    else slots.push(slot);
  });

  const scopedNames = slots.flatMap((slot, index) => {
    const rows = planOfSlot.get(slot)?.pageSetup?.printTitleRows;
    if (!rows || slot.kind !== 'new') return [];
    const quoted = `'${slot.name.replace(/'/g, "''")}'`;
    return [{ name: '_xlnm.Print_Titles', localSheetId: index, value: `${quoted}!$${rows.first + 1}:$${rows.last + 1}` }];
  });
  const workbookXml = editWorkbook(originalWorkbook, { slots, scopedNames, fullCalcOnLoad: hasFormulas });

  const edited = new Map<string, string>([
    [workbookPart.toLowerCase(), workbookXml],
    [relsPart.toLowerCase(), rels],
    [CONTENT_TYPES.toLowerCase(), types],
    [stylesPart.toLowerCase(), styles.toXml()],
  ]);
  const app = byName.get(APP_PROPERTIES.toLowerCase());
  if (app) {
    const worksheetNames = (list: { name: string; worksheet: boolean }[]) => list.filter((s) => s.worksheet).map((s) => s.name);
    const before = sheets.map((s) => ({ name: s.name, worksheet: partOfSheet(s.relationshipId)?.worksheet ?? false }));
    const after = slots.map((slot) => (slot.kind === 'kept' ? before[slot.oldIndex] : { name: slot.name, worksheet: true }));
    edited.set(APP_PROPERTIES.toLowerCase(), withWorksheetTitles(entryText(app), worksheetNames(before), worksheetNames(after)));
  }

  const output: ZipEntry[] = [];
  for (const entry of entries) {
    const key = entry.name.toLowerCase();
    if (removed.has(key)) continue;
    const text = edited.get(key);
    output.push(text === undefined || text === entryText(entry) ? entry : newEntry(entry.name, text, entry));
  }
  if (!stylesRel) added.push(newEntry(stylesPart, styles.toXml()));
  return writeZip([...output, ...added]);
}

/** The package's relationships, the workbook's as edited (without the replaced sheets). */
function referencesAfter(entries: ZipEntry[], workbookRelsPart: string, workbookRels: string) {
  const relsParts = entries.filter((e) => /\.rels$/i.test(e.name));
  return partReferences(
    relsParts.map((e) => ({ name: e.name, xml: e.name.toLowerCase() === workbookRelsPart.toLowerCase() ? workbookRels : entryText(e) })),
  );
}

/**
 * The workbook's sheets, each marked own or not. A sheet the caller's list does not name (a chart
 * sheet, which has no title cell) counts as the user's.
 */
function existingSheets(
  input: Uint8Array, names: string[], plan: WritePlan, ownSheets: readonly ExistingSheet[] | undefined,
): ExistingSheet[] {
  const taken = plan.sheets.some((p) => sheetNamedLike(p.name, names) >= 0);
  const known = ownSheets ?? (taken ? readWorkbookBytes(input, '').sheets.map((s) => ({ name: s.name, own: isOwnSheet(s) })) : []);
  return names.map((name) => ({ name, own: known.some((sheet) => sheet.own && sheet.name === name) }));
}

/** "xl/worksheets/sheetN.xml" with the lowest N no kept or added part uses. */
function unusedSheetPart(folder: string, byName: Map<string, ZipEntry>, removed: Set<string>, added: ZipEntry[]): string {
  const taken = (name: string) =>
    (byName.has(name.toLowerCase()) && !removed.has(name.toLowerCase())) || added.some((e) => e.name.toLowerCase() === name.toLowerCase());
  for (let n = 1; ; n++) {
    const name = `${folder}worksheets/sheet${n}.xml`;
    if (!taken(name)) return name;
  }
}
