import type { MergeArea, SheetSnapshot, WorkbookSnapshot } from '../engine';
import { rectAddress, showsDate1904 } from '../engine';
import { getHostSupport, type HostSupport } from './capabilities';
import { toCellSnapshot } from './cellSnapshot';
import { isPayloadTooLarge } from './excelErrorCode';
import { packIntoSyncs, sliceUsedRanges, splitBatch, type ReadSlice } from './readChunks';

export interface ReadOptions {
  /** Read only the sheet the user is looking at (faster on big workbooks). */
  activeSheetOnly?: boolean;
  /** Called after each round trip that brought cells back. */
  onProgress?: (rowsRead: number, rowsTotal: number) => void;
}

const USED_RANGE_SHAPE = ['rowIndex', 'columnIndex', 'rowCount', 'columnCount'];
const MERGE_AREA_SHAPE = ['items/rowIndex', 'items/columnIndex', 'items/rowCount', 'items/columnCount'];

interface SheetReading {
  worksheet: Excel.Worksheet;
  used: Excel.Range;
  /** Read in full though not asked for (a very hidden sheet next to the active one): not analysed. */
  extra: boolean;
  /** Only when ExcelApi 1.13 is there; older hosts report no merges. */
  merged?: Excel.RangeAreas;
}

/**
 * Reads the workbook into the engine's snapshot. Round trips: 1 to list the sheets, 1 for their
 * used ranges, then 1 per batch of cells — a single batch unless a sheet is too large for one
 * response, in which case it is read in chunks of at least 5,000 rows.
 * Hidden rows are not reported: finding them needs Range.rowHidden per row (ExcelApi 1.2).
 * Hidden and very hidden sheets are read like the others and marked so; reading the active sheet
 * only, very hidden sheets are read in full anyway (not analysed): the period records (SPEC §11)
 * live in one, and a write must carry the earlier records forward.
 * Office.js does not say which date system a workbook uses (Workbook.use1904DateSystem is a preview
 * API, in no released ExcelApi set): the displayed text of date cells tells (showsDate1904).
 */
export async function readWorkbookSnapshot(options: ReadOptions = {}): Promise<WorkbookSnapshot> {
  const support = getHostSupport();
  return Excel.run(async (context) => {
    const { readings, others } = await locateUsedRanges(context, support, options.activeSheetOnly === true);
    const sheets: SheetSnapshot[] = readings.map(({ worksheet, used, extra }) => {
      const sheet: SheetSnapshot = { name: worksheet.name, rows: Array.from({ length: used.rowIndex }, () => []), merges: [] };
      const visibility = snapshotVisibility(worksheet.visibility);
      if (visibility) sheet.visibility = visibility;
      if (extra) sheet.notRead = true;
      return sheet;
    });
    const areas: ReadSlice[] = readings.map(({ used }, sheetIndex) => ({
      sheetIndex,
      top: used.rowIndex,
      left: used.columnIndex,
      rows: used.rowCount,
      columns: used.columnCount,
    }));
    const rowsTotal = areas.reduce((sum, area) => sum + area.rows, 0);
    let rowsRead = 0;
    options.onProgress?.(rowsRead, rowsTotal);

    const pending = packIntoSyncs(sliceUsedRanges(areas));
    let mergesRead = false;
    while (pending.length > 0) {
      const batch = pending.shift() as ReadSlice[];
      // The merged areas ride along with the first batch of cells: no round trip of their own.
      const mergeCollections = mergesRead ? [] : queueMergeAreaLoads(readings);
      const loads = batch.map((slice) => {
        const range = readings[slice.sheetIndex].worksheet.getRange(
          rectAddress({
            top: slice.top,
            left: slice.left,
            bottom: slice.top + slice.rows - 1,
            right: slice.left + slice.columns - 1,
          }),
        );
        // Only what the engine needs. `formulas` is not loaded: it would send every constant a
        // second time (doubling the largest part of the payload, the task texts) and the engine
        // decides nothing from formulas — it reads values and what the user sees.
        range.load(['values', 'valueTypes', 'numberFormat', 'text']);
        return { slice, range };
      });
      try {
        // One sync per batch is the point: a large sheet must be read in chunks (5 MB limit).
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      } catch (error) {
        const halves = isPayloadTooLarge(error) ? splitBatch(batch) : undefined;
        if (!halves) throw error;
        pending.unshift(halves[0], halves[1]); // splitBatch always gives two halves
        continue;
      }
      if (!mergesRead) {
        mergeCollections.forEach(({ sheetIndex, areas: collection }) => {
          sheets[sheetIndex].merges = collection.items.map(toMergeArea);
        });
        mergesRead = true;
      }
      for (const { slice, range } of loads) {
        copyCells(sheets[slice.sheetIndex], slice, range);
        rowsRead += slice.rows;
      }
      options.onProgress?.(rowsRead, rowsTotal);
    }
    for (const sheet of sheets) if (isBlankSheet(sheet)) sheet.rows = [];
    const snapshot: WorkbookSnapshot = { sheets: [...sheets, ...others.map(titleOnlySheet)] };
    if (showsDate1904(sheets)) snapshot.date1904 = true;
    return snapshot;
  });
}

/** The other sheets of an active-sheet-only read: their A1 tells the product's own sheets apart. */
interface OtherSheet {
  worksheet: Excel.Worksheet;
  a1: Excel.Range;
}

function titleOnlySheet({ worksheet, a1 }: OtherSheet): SheetSnapshot {
  const sheet: SheetSnapshot = {
    name: worksheet.name, rows: [[toCellSnapshot(a1.values[0][0], a1.valueTypes[0][0], 'General', a1.text[0][0])]], merges: [], notRead: true,
  };
  const visibility = snapshotVisibility(worksheet.visibility);
  if (visibility) sheet.visibility = visibility;
  return sheet;
}

function snapshotVisibility(visibility: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden'): SheetSnapshot['visibility'] {
  if (visibility === 'VeryHidden') return 'veryHidden';
  return visibility === 'Hidden' ? 'hidden' : undefined;
}

/**
 * Round trips 1–2: which sheets, and where their data is. Reading the active sheet only, the
 * others' A1 comes along in the second trip, so the product never takes a user's sheet for its own.
 */
async function locateUsedRanges(
  context: Excel.RequestContext,
  support: HostSupport,
  activeSheetOnly: boolean,
): Promise<{ readings: SheetReading[]; others: OtherSheet[] }> {
  const collection = context.workbook.worksheets;
  collection.load(['items/name', 'items/visibility']);
  const active = context.workbook.worksheets.getActiveWorksheet();
  active.load('name');
  await context.sync();
  const isExtra = (w: Excel.Worksheet) => activeSheetOnly && w.name !== active.name && w.visibility === 'VeryHidden';
  const worksheets = activeSheetOnly ? collection.items.filter((w) => w.name === active.name || isExtra(w)) : collection.items;
  const others = activeSheetOnly
    ? collection.items.filter((w) => w.name !== active.name && !isExtra(w)).map((worksheet) => {
      const a1 = worksheet.getRange('A1');
      a1.load(['values', 'valueTypes', 'text']);
      return { worksheet, a1 };
    })
    : [];
  const readings = worksheets.map((worksheet): SheetReading => {
    // getUsedRange (1.1) never fails: on a blank sheet it returns A1. With valuesOnly (1.2),
    // borders or fills drawn far below the table do not make the add-in read empty rows.
    const used = support.usedRangeValuesOnly ? worksheet.getUsedRange(true) : worksheet.getUsedRange();
    used.load(USED_RANGE_SHAPE);
    const extra = isExtra(worksheet);
    if (!support.mergedAreas) return { worksheet, used, extra };
    // Excel gives only the merged areas whose top-left cell is inside the range (office-js#3611):
    // asked of A1 to the used range's far corner, merges starting above or left of the used range
    // (a merged title whose top-left cell is empty, say) are found too.
    const merged = worksheet.getRange('A1').getBoundingRect(used).getMergedAreasOrNullObject();
    merged.load('areaCount');
    return { worksheet, used, extra, merged };
  });
  await context.sync();
  return { readings, others };
}

function queueMergeAreaLoads(readings: SheetReading[]): { sheetIndex: number; areas: Excel.RangeCollection }[] {
  const loads: { sheetIndex: number; areas: Excel.RangeCollection }[] = [];
  readings.forEach(({ merged }, sheetIndex) => {
    if (!merged || merged.isNullObject) return;
    const areas = merged.areas;
    areas.load(MERGE_AREA_SHAPE);
    loads.push({ sheetIndex, areas });
  });
  return loads;
}

function toMergeArea(range: Excel.Range): MergeArea {
  return {
    top: range.rowIndex,
    left: range.columnIndex,
    bottom: range.rowIndex + range.rowCount - 1,
    right: range.columnIndex + range.columnCount - 1,
  };
}

function copyCells(sheet: SheetSnapshot, slice: ReadSlice, range: Excel.Range): void {
  const { values, valueTypes, numberFormat, text } = range;
  for (let r = 0; r < slice.rows; r++) {
    // Pad columns left of the used range so rows[r][c] is always counted from column A.
    const row: SheetSnapshot['rows'][number] = new Array(slice.left + slice.columns).fill(null);
    for (let c = 0; c < slice.columns; c++) {
      row[slice.left + c] = toCellSnapshot(values[r][c], valueTypes[r][c], numberFormat[r][c], text[r][c]);
    }
    sheet.rows[slice.top + r] = row;
  }
}

function isBlankSheet(sheet: SheetSnapshot): boolean {
  return sheet.rows.every((row) => !row || row.every((cell) => cell === null || cell === undefined));
}
