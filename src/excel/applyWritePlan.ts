import type { SheetPlan, WritePlan } from '../engine';
import { checkWritePlan, isOwnSheet, replacementFor, sameSheetName, sheetNamedLike } from '../engine';
import { getHostSupport } from './capabilities';
import { toCellSnapshot } from './cellSnapshot';
import { COMMAND_BYTES, RequestBatcher } from './requestBatcher';
import { SheetNameTakenError } from './sheetNameTakenError';
import { queueSheetContent } from './writeSheetContent';

/** New sheets live under this name until they are complete. */
const TEMPORARY_PREFIX = '~phuluc-tmp-';
/** Old sheets live under this name from their replacement until their deletion (same sync). */
const RETIRED_PREFIX = '~phuluc-old-';

/**
 * A plan, or how to make one from the names of the sheets in the workbook right now (read in the
 * first round trip anyway): a template avoids every name in use without a round trip of its own.
 */
export type PlanSource = WritePlan | ((sheetNames: string[]) => WritePlan);

/**
 * Writes each planned sheet, replacing a sheet of the same name (re-running never stacks a second
 * copy) — but only one the product wrote itself, recognised by its title in A1, by the engine's
 * rule (replacementFor), which the package writer follows too; a user's sheet in the way is never
 * replaced (SheetNameTakenError, nothing written). Never leaves a half-written workbook:
 *  1. every planned sheet is written in full into a new sheet under a temporary name;
 *  2. only when that succeeded, in one more round trip, each old sheet is renamed aside, the new
 *     one takes its name, and the old one is deleted;
 *  3. on any failure the workbook is put back as it was (temporary sheets deleted, old sheets
 *     given their names back) and the error is rethrown.
 *
 * Round trips: 1 to list the sheets, 1 to write everything (and read the titles of the sheets it
 * replaces), 1 to swap — whatever the number of rows (a plan larger than one 5 MB request adds
 * one sync per extra ~4 MB).
 * On Excel 2016 (ExcelApi 1.1) merges, column widths and row heights are skipped; frozen rows need
 * 1.7 and drop-down lists 1.8. A hidden or very hidden sheet (the period record, SPEC §11) is
 * hidden in the same round trip as its content; setting visibility needs ExcelApi 1.2, and a host
 * without it gets the sheet visible rather than no sheet.
 * Resolves to the plan written: when made from the sheet names, only here is it known; a sheet
 * that could not be hidden comes back with `visibility: 'visible'`, so the caller can say so.
 */
export async function applyWritePlan(source: PlanSource): Promise<WritePlan> {
  if (typeof source !== 'function') {
    if (source.sheets.length === 0) return source;
    checkWritePlan(source);
  }
  const support = getHostSupport();
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    const active = worksheets.getActiveWorksheet();
    active.load('name');
    await context.sync();

    const existing = worksheets.items;
    const names = existing.map((sheet) => sheet.name);
    const plan = typeof source === 'function' ? source(names) : source;
    if (plan.sheets.length === 0) return plan;
    checkWritePlan(plan);
    const temporaryNames = freeNames(TEMPORARY_PREFIX, names, plan.sheets.length);
    const retiredNames = freeNames(RETIRED_PREFIX, names, plan.sheets.length);
    const oldSheets = plan.sheets.map((sheetPlan) => {
      const index = sheetNamedLike(sheetPlan.name, names);
      return index < 0 ? undefined : existing[index];
    });
    const activeWasReplaced = oldSheets.some((old) => old !== undefined && sameSheetName(old.name, active.name));
    // Their titles come back with the write: whether they may be replaced costs no round trip.
    const oldTitles = oldSheets.map((old) => {
      if (!old) return undefined;
      const a1 = old.getRange('A1');
      a1.load('values');
      return a1;
    });

    try {
      // Leftovers of a run that Excel interrupted (e.g. closed mid-write) are incomplete: remove.
      existing.filter((sheet) => sheet.name.startsWith(TEMPORARY_PREFIX)).forEach((sheet) => sheet.delete());

      const batcher = new RequestBatcher(context);
      const written: Excel.Worksheet[] = [];
      for (let i = 0; i < plan.sheets.length; i++) {
        await batcher.reserve(COMMAND_BYTES);
        const sheet = worksheets.add(temporaryNames[i]);
        written.push(sheet);
        await queueSheetContent(sheet, plan.sheets[i], support, batcher);
        const visibility = hiddenState(plan.sheets[i]);
        if (visibility && support.sheetVisibility) sheet.visibility = visibility;
      }
      await context.sync();
      plan.sheets.forEach((sheetPlan, i) => {
        const old = oldSheets[i];
        const a1 = oldTitles[i];
        if (!old || !a1) return;
        const title = toCellSnapshot(a1.values[0][0], 'Unknown', 'General', undefined);
        const own = isOwnSheet({ name: old.name, rows: [[title]], merges: [] });
        if (replacementFor(sheetPlan.name, [{ name: old.name, own }]).kind === 'refuse') throw new SheetNameTakenError(old.name);
      });

      oldSheets.forEach((old, i) => {
        if (old) old.name = retiredNames[i];
      });
      let nextStartPosition = 0;
      plan.sheets.forEach((sheetPlan, i) => {
        written[i].name = sheetPlan.name;
        if (sheetPlan.position === 'start') written[i].position = nextStartPosition++;
      });
      // The user was looking at a sheet being replaced: show them the new one (if it is to be seen).
      const shown = plan.sheets.findIndex((sheetPlan) => sameSheetName(sheetPlan.name, active.name));
      if (activeWasReplaced && shown >= 0 && !hiddenState(plan.sheets[shown])) written[shown].activate();
      oldSheets.forEach((old) => old?.delete());
      await context.sync();
      return support.sheetVisibility ? plan : shownAnyway(plan);
    } catch (error) {
      await restoreAfterFailure(context, {
        plannedNames: plan.sheets.map((sheet) => sheet.name),
        temporaryNames,
        retiredNames,
        hadOld: oldSheets.map((old) => old !== undefined),
      });
      throw error;
    }
  });
}

/** The Office.js visibility a planned sheet asks for; undefined for a visible one. */
function hiddenState(sheetPlan: SheetPlan): 'Hidden' | 'VeryHidden' | undefined {
  if (sheetPlan.visibility === 'veryHidden') return 'VeryHidden';
  return sheetPlan.visibility === 'hidden' ? 'Hidden' : undefined;
}

/** The plan as a host that cannot hide sheets wrote it: every sheet visible. */
function shownAnyway(plan: WritePlan): WritePlan {
  if (!plan.sheets.some(hiddenState)) return plan;
  return { ...plan, sheets: plan.sheets.map((sheetPlan) => (hiddenState(sheetPlan) ? { ...sheetPlan, visibility: 'visible' } : sheetPlan)) };
}

function freeNames(prefix: string, existing: string[], count: number): string[] {
  const names: string[] = [];
  for (let n = 1; names.length < count; n++) {
    const name = `${prefix}${n}`;
    if (!existing.some((sheet) => sameSheetName(sheet, name))) names.push(name);
  }
  return names;
}

interface SwapState {
  plannedNames: string[];
  temporaryNames: string[];
  retiredNames: string[];
  hadOld: boolean[];
}

/**
 * Puts the workbook back after a failure, judging from the sheet names what had been done.
 * If every new sheet already has its final name, the swap went through and only old copies
 * remain to delete (roll forward). Otherwise everything new is deleted and old sheets get their
 * names back (roll back). Best effort: when Excel refuses even this (e.g. a cell is being edited),
 * the original error is what the user needs to see; a temporary sheet left behind is removed by
 * the next run.
 */
async function restoreAfterFailure(context: Excel.RequestContext, state: SwapState): Promise<void> {
  try {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    const find = (name: string) => worksheets.items.find((sheet) => sameSheetName(sheet.name, name));
    const swapDone = state.temporaryNames.every((name) => !find(name));
    const deletions: Excel.Worksheet[] = [];
    const renames: [Excel.Worksheet, string][] = [];
    state.plannedNames.forEach((plannedName, i) => {
      const temporary = find(state.temporaryNames[i]);
      const retired = find(state.retiredNames[i]);
      const current = find(plannedName);
      if (swapDone) {
        if (retired) deletions.push(retired);
        return;
      }
      if (temporary) deletions.push(temporary);
      if (retired) {
        if (current) deletions.push(current);
        renames.push([retired, plannedName]);
      } else if (!state.hadOld[i] && current) {
        deletions.push(current);
      }
    });
    if (deletions.length === 0 && renames.length === 0) return;
    deletions.forEach((sheet) => sheet.delete());
    renames.forEach(([sheet, name]) => {
      sheet.name = name;
    });
    await context.sync();
  } catch {
    // See above: nothing more can be done from here.
  }
}
