import type { Finding, Severity } from '../engine';
import { parseRangeAddress, rectAddress, sameSheetName } from '../engine';
import { getHostSupport, type HostSupport } from './capabilities';
import { FeatureUnavailableError } from './featureUnavailableError';
import { chunkAddresses, compressCells } from './highlightRanges';
import { COMMAND_BYTES, RequestBatcher } from './requestBatcher';

/**
 * Highlights are conditional formats, never fills: the user's own fills, fonts and borders are
 * not touched, and removing the highlights gives the workbook back exactly as it was (SPEC §9).
 * Each one is a custom rule whose formula is always TRUE and carries a marker,
 * =ISTEXT("phuluc:error"), by which the add-in recognises its own rules among the user's.
 */
const MARKER = 'phuluc:';
const OWN_RULE = /"phuluc:(error|warning|info)"/i;

/** Excel's own "light red fill", and matching light amber and light blue. */
export const HIGHLIGHT_FILL: Readonly<Record<Severity, string>> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

export function highlightFormula(severity: Severity): string {
  return `=ISTEXT("${MARKER}${severity}")`;
}

export function isOwnHighlightFormula(formula: unknown): boolean {
  return typeof formula === 'string' && OWN_RULE.test(formula);
}

/** A new conditional format goes to the top of the priority list, so the most severe is added
 * last and wins where a cell has several findings. */
const SEVERITIES_BY_RISING_PRIORITY: Severity[] = ['info', 'warning', 'error'];

/** Per sheet, with its own previous highlights found. */
interface SheetState {
  worksheet: Excel.Worksheet;
  /** Conditional formats cannot be changed on a protected sheet: it is left as it is. */
  isProtected: boolean;
  ownHighlights: Excel.ConditionalFormat[];
}

/** What a highlight or a clear could not do, for the pane to say (alike for both). */
export interface ProtectedSheets {
  /** Protected sheets left as they were although they have findings or highlights of the add-in. */
  protectedSheets: string[];
}

/** What a highlight did, and what it could not do. */
export interface HighlightOutcome extends ProtectedSheets {
  /** Findings whose cell got a highlight (not those on a protected or since deleted sheet). */
  highlighted: number;
}

/**
 * Replaces the add-in's highlights with one conditional format per severity per sheet, over all
 * that sheet's finding cells. Needs ExcelApi 1.6. Round trips: at most 4, whatever the number
 * of findings (list sheets; their conditional formats; the formulas of custom ones, skipped when
 * there are none; remove old + add new). Only on ExcelApi 1.6–1.8, where each contiguous range
 * needs its own rule, can many thousands of scattered cells add a sync per ~4 MB of commands.
 * When Excel fails halfway (a sheet deleted meanwhile, a cell being edited), the add-in's
 * highlights are removed rather than left half replaced, and the error is rethrown.
 */
export async function highlightFindings(findings: Finding[]): Promise<HighlightOutcome> {
  const support = getHostSupport();
  if (!support.conditionalFormats) throw new FeatureUnavailableError('conditionalFormats');
  return Excel.run(async (context) => {
    const sheets = await findSheetStates(context, support);
    const separator = support.rangeAreas && findings.length > 0 ? await listSeparator(context, sheets) : null;
    const outcome: HighlightOutcome = { highlighted: 0, protectedSheets: [] };
    try {
      const batcher = new RequestBatcher(context);
      for (const sheet of sheets) {
        const own = findings.filter((finding) => sameSheetName(finding.sheet, sheet.worksheet.name));
        // A protected sheet keeps whatever it has: conditional formats cannot change there.
        if (sheet.isProtected) {
          if (own.length > 0 || sheet.ownHighlights.length > 0) outcome.protectedSheets.push(sheet.worksheet.name);
          continue;
        }
        sheet.ownHighlights.forEach((format) => format.delete());
        if (own.length > 0) await queueSheetHighlights(sheet.worksheet, own, support, separator, batcher);
        outcome.highlighted += own.length;
      }
      await context.sync();
    } catch (error) {
      await removeOwnHighlights(context, support);
      throw error;
    }
    return outcome;
  });
}

/**
 * Removes exactly the add-in's conditional formats, on every sheet that is not protected.
 * Needs ExcelApi 1.6. Round trips: at most 3 (list sheets; their conditional formats; the
 * formulas of custom ones, skipped when there are none) + 1 to remove, skipped when none is ours.
 */
export async function clearHighlights(): Promise<ProtectedSheets> {
  const support = getHostSupport();
  if (!support.conditionalFormats) throw new FeatureUnavailableError('conditionalFormats');
  return Excel.run(async (context) => {
    const sheets = await findSheetStates(context, support);
    await deleteOwnHighlights(context, sheets);
    const protectedSheets = sheets
      .filter((sheet) => sheet.isProtected && sheet.ownHighlights.length > 0)
      .map((sheet) => sheet.worksheet.name);
    return { protectedSheets };
  });
}

/** Best effort after a failed highlight: when even this fails, the original error is what counts. */
async function removeOwnHighlights(context: Excel.RequestContext, support: HostSupport): Promise<void> {
  try {
    await deleteOwnHighlights(context, await findSheetStates(context, support));
  } catch {
    // Nothing more can be done from here; the next highlight or clear starts afresh.
  }
}

/** A protected sheet keeps its highlights. Round trips: 1, skipped when none is to be removed. */
async function deleteOwnHighlights(context: Excel.RequestContext, sheets: SheetState[]): Promise<void> {
  const own = sheets.filter((sheet) => !sheet.isProtected).flatMap((sheet) => sheet.ownHighlights);
  if (own.length === 0) return;
  own.forEach((format) => format.delete());
  await context.sync();
}

async function findSheetStates(context: Excel.RequestContext, support: HostSupport): Promise<SheetState[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();

  const entries = worksheets.items.map((worksheet) => {
    // Conditional formats of the whole sheet: those intersecting its full range (ExcelApi 1.6).
    const formats = worksheet.getRange().conditionalFormats;
    formats.load('items/type');
    let protection: Excel.WorksheetProtection | undefined;
    if (support.sheetProtection) {
      protection = worksheet.protection;
      protection.load('protected');
    }
    return { worksheet, formats, protection };
  });
  await context.sync();

  // Only custom rules can be ours; reading a custom rule of another type is an error.
  const rules = entries.map(({ formats }) =>
    formats.items
      .filter((format) => format.type === 'Custom')
      .map((format) => {
        const rule = format.custom.rule;
        rule.load('formula');
        return { format, rule };
      }),
  );
  if (rules.some((sheetRules) => sheetRules.length > 0)) await context.sync();

  return entries.map(({ worksheet, protection }, i) => ({
    worksheet,
    isProtected: protection?.protected === true,
    ownHighlights: rules[i].filter(({ rule }) => isOwnHighlightFormula(rule.formula)).map(({ format }) => format),
  }));
}

/**
 * Worksheet.getRanges splits its address list on the list separator of the user's Windows locale
 * ("," in English settings, ";" in Vietnamese, German, French ones; OfficeDev/office-js#1167, #1985)
 * and rejects the other. Found once per pane by trying both on a sheet (a round trip each, only the
 * first time); null when neither works: then one rule per range, as on ExcelApi 1.6–1.8, so the
 * person is never left without highlights.
 */
let knownSeparator: ',' | ';' | null | undefined;

async function listSeparator(context: Excel.RequestContext, sheets: SheetState[]): Promise<',' | ';' | null> {
  const probe = sheets.find((sheet) => !sheet.isProtected)?.worksheet;
  if (knownSeparator !== undefined || !probe) return knownSeparator ?? null;
  for (const separator of [',', ';'] as const) {
    try {
      probe.getRanges(`A1${separator}C3`).load('areaCount');
      // At most two probes, once per pane: each must succeed or fail on its own.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      knownSeparator = separator;
      return separator;
    } catch {
      // Not this locale's separator: try the next.
    }
  }
  knownSeparator = null;
  return null;
}

/** For tests: forget the separator found, as a new pane would. */
export function forgetListSeparator(): void {
  knownSeparator = undefined;
}

async function queueSheetHighlights(
  worksheet: Excel.Worksheet,
  findings: Finding[],
  support: HostSupport,
  separator: ',' | ';' | null,
  batcher: RequestBatcher,
): Promise<void> {
  for (const severity of SEVERITIES_BY_RISING_PRIORITY) {
    const cells = findings.filter((finding) => finding.severity === severity).flatMap(findingCell);
    if (cells.length === 0) continue;
    const rects = compressCells(cells);
    if (support.rangeAreas && separator) {
      // One conditional format over all the cells (ExcelApi 1.9), split only for long address lists.
      for (const addresses of chunkAddresses(rects, undefined, separator)) {
        await batcher.reserve(COMMAND_BYTES * 3 + addresses.length);
        addHighlight(worksheet.getRanges(addresses).conditionalFormats, severity);
      }
    } else {
      // ExcelApi 1.6–1.8, or no separator getRanges accepts: one per contiguous range, one sync.
      for (const rect of rects) {
        await batcher.reserve(COMMAND_BYTES * 3);
        addHighlight(worksheet.getRange(rectAddress(rect)).conditionalFormats, severity);
      }
    }
  }
}

function addHighlight(formats: Excel.ConditionalFormatCollection, severity: Severity): void {
  const format = formats.add('Custom');
  format.custom.rule.formula = highlightFormula(severity);
  format.custom.format.fill.color = HIGHLIGHT_FILL[severity];
}

function findingCell(finding: Finding): { row: number; col: number }[] {
  if (Number.isInteger(finding.row) && Number.isInteger(finding.col) && finding.row >= 0 && finding.col >= 0) {
    return [{ row: finding.row, col: finding.col }];
  }
  const rect = parseRangeAddress(finding.cell);
  return rect ? [{ row: rect.top, col: rect.left }] : [];
}
