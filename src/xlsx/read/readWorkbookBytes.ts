/**
 * An .xlsx package (bytes) → the engine's WorkbookSnapshot, with no Node API, so the command line
 * and the task pane (a file the user picks) read workbooks the same way. Each part is inflated
 * and scanned in one streaming pass under the limits of ./limits.ts; given a StreamInflater (Node),
 * the large parts inflate on another thread meanwhile.
 */
import type { SheetSnapshot, WorkbookSnapshot } from '../../engine';
import { XlsxError } from '../errors';
import { sniffFile } from '../sniff';
import { DEFAULT_LIMITS, type ReadLimits } from './limits';
import { SharedStringSink } from './sharedStrings';
import { BeyondSheetLimits } from './cellBytes';
import { SheetSink } from './sheetPart';
import { ElementSink, type Element } from './smallParts';
import { CellStyles } from './styles';
import { XmlScanner, type XmlSink } from './xmlScanner';
import type { StreamInflater } from './streamInflater';
import { inflateEntry, inflateEntryWith, InflateLimit, ZipDamage, zipEntries, type InflateBudget, type ZipEntry } from './zip';

const WORKBOOK_PART = 'xl/workbook.xml';
const REL_WORKSHEET = /\/worksheet$/;
const WEB_EXTENSION = /^xl\/webextensions\/webextension\d*\.xml$/;

/**
 * Throws XlsxError only: empty, a legacy .xls, password-protected, not an .xlsx, damaged, a part
 * inflating beyond any real workbook, a row or column past Excel's grid. `limits` is for tests.
 */
export function readWorkbookBytes(bytes: Uint8Array, name: string, limits: ReadLimits = DEFAULT_LIMITS): WorkbookSnapshot {
  try {
    const reader = new PackageReader(packageBytes(bytes, name), limits);
    const steps = reader.steps(name);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      reader.scanPart(step.value);
    }
  } catch (e) {
    throw asXlsxError(e, name);
  }
}

/**
 * readWorkbookBytes with the large parts inflated by `inflater` on another thread while this one
 * reads what has come out: the same snapshot, the same errors, the same limits.
 */
export async function readWorkbookBytesWith(bytes: Uint8Array, name: string, inflater: StreamInflater, limits: ReadLimits = DEFAULT_LIMITS): Promise<WorkbookSnapshot> {
  try {
    const reader = new PackageReader(packageBytes(bytes, name), limits);
    const steps = reader.steps(name);
    for (let step = steps.next(); ; step = steps.next()) {
      if (step.done) return step.value;
      await reader.scanPartWith(step.value, inflater);
    }
  } catch (e) {
    throw asXlsxError(e, name);
  }
}

/** The bytes when they are a zip; anything else is refused by what it is. */
function packageBytes(bytes: Uint8Array, name: string): Uint8Array {
  switch (sniffFile(bytes)) {
    case 'empty':
      throw new XlsxError('empty-file', name);
    case 'encrypted-ooxml':
      throw new XlsxError('encrypted', name);
    case 'ole':
      throw new XlsxError('legacy-xls', name);
    case 'other':
      throw new XlsxError('not-xlsx', name);
    case 'zip':
      return bytes;
  }
}

function asXlsxError(e: unknown, name: string): XlsxError {
  if (e instanceof XlsxError) return e;
  const detail = e instanceof Error ? e.message : String(e);
  if (e instanceof InflateLimit) return new XlsxError('too-large', name, detail);
  if (e instanceof BeyondSheetLimits) return new XlsxError('beyond-sheet-limits', name, detail);
  // ZipDamage, XmlDamage, and anything unforeseen in a damaged file.
  return new XlsxError('corrupt', name, detail);
}

/** One part to inflate and scan: the reader's steps yield these and go on once the sink is full. */
interface PartScan {
  entry: ZipEntry;
  scanner: XmlScanner;
}

/**
 * The package read as a sequence of part scans (a generator), so the same reading runs
 * synchronously (fflate) or asynchronously (another thread inflating).
 */
class PackageReader {
  private readonly entries: Map<string, ZipEntry>;
  private readonly budget: InflateBudget;

  constructor(
    private readonly zip: Uint8Array,
    private readonly limits: ReadLimits,
  ) {
    this.entries = zipEntries(zip);
    this.budget = { limits, totalBytes: 0 };
  }

  *steps(name: string): Generator<PartScan, WorkbookSnapshot, void> {
    // A zip that is not a spreadsheet (a .docx, a plain archive).
    if (!this.entries.has(WORKBOOK_PART)) throw new XlsxError('not-xlsx', name);
    const book = yield* this.elements(WORKBOOK_PART, new Set(['sheet', 'workbookPr']));
    const rels = yield* this.relationships('xl/_rels/workbook.xml.rels');
    const date1904 = book.some((e) => e.name === 'workbookPr' && /^(1|true)$/.test(e.attrs.date1904 ?? ''));
    const stylesPart = relTarget(rels, /\/styles$/) ?? 'xl/styles.xml';
    const styles = this.entries.has(stylesPart) ? CellStyles.fromElements(yield* this.elements(stylesPart, CellStyles.wanted)) : new CellStyles([]);
    const stringsPart = relTarget(rels, /\/sharedStrings$/) ?? 'xl/sharedStrings.xml';
    const sharedStrings = this.entries.has(stringsPart) ? (yield* this.scan(stringsPart, new SharedStringSink())).strings : [];

    const sheets: SheetSnapshot[] = [];
    for (const e of book) {
      if (e.name !== 'sheet') continue;
      const rel = rels.get(e.attrs.id ?? '');
      // Chart sheets and dialog sheets have no cells.
      if (!rel || !REL_WORKSHEET.test(rel.type)) continue;
      if (!this.entries.has(rel.target)) throw new ZipDamage(`missing sheet part ${rel.target}`);
      const sheet = (yield* this.scan(rel.target, new SheetSink({ sharedStrings, styles, date1904 }))).snapshot(e.attrs.name ?? '');
      const state = e.attrs.state;
      if (state === 'hidden' || state === 'veryHidden') sheet.visibility = state;
      sheets.push(sheet);
    }
    const documentSettings = yield* this.documentSettings();
    const snapshot: WorkbookSnapshot = documentSettings ? { sheets, documentSettings } : { sheets };
    if (date1904) snapshot.date1904 = true;
    return snapshot;
  }

  /** The add-in's settings: every <we:property name value> of the webextension parts. */
  private *documentSettings(): Generator<PartScan, Record<string, string> | undefined, void> {
    let out: Record<string, string> | undefined;
    for (const part of [...this.entries.keys()].filter((n) => WEB_EXTENSION.test(n)).sort()) {
      for (const e of yield* this.elements(part, new Set(['property']))) {
        if (e.attrs.name !== undefined && e.attrs.value !== undefined) (out ??= {})[e.attrs.name] = e.attrs.value;
      }
    }
    return out;
  }

  private *relationships(part: string): Generator<PartScan, Map<string, { type: string; target: string }>, void> {
    const out = new Map<string, { type: string; target: string }>();
    if (!this.entries.has(part)) return out;
    for (const e of yield* this.elements(part, new Set(['Relationship']))) {
      if (e.attrs.TargetMode === 'External' || !e.attrs.Id || !e.attrs.Target) continue;
      out.set(e.attrs.Id, { type: e.attrs.Type ?? '', target: resolvePart('xl/', e.attrs.Target) });
    }
    return out;
  }

  private *elements(part: string, wanted: ReadonlySet<string>): Generator<PartScan, Element[], void> {
    return (yield* this.scan(part, new ElementSink(wanted))).elements;
  }

  private *scan<S extends XmlSink>(part: string, sink: S): Generator<PartScan, S, void> {
    const entry = this.entries.get(part);
    if (!entry) throw new ZipDamage(`missing part ${part}`);
    yield { entry, scanner: new XmlScanner(sink, this.limits.maxTokenBytes) };
    return sink;
  }

  scanPart({ entry, scanner }: PartScan): void {
    inflateEntry(this.zip, entry, this.budget, (chunk) => scanner.push(chunk));
    scanner.end();
  }

  async scanPartWith({ entry, scanner }: PartScan, inflater: StreamInflater): Promise<void> {
    await inflateEntryWith(this.zip, entry, this.budget, inflater, (chunk) => scanner.push(chunk));
    scanner.end();
  }
}

function relTarget(rels: Map<string, { type: string; target: string }>, type: RegExp): string | undefined {
  for (const rel of rels.values()) if (type.test(rel.type)) return rel.target;
  return undefined;
}

/** A relationship target, relative to `base` or absolute from the package root, as a zip entry name. */
function resolvePart(base: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : base + target;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}
