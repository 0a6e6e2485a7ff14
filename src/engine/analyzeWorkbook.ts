import type { Analysis, IndicatorRow, SheetResult, TaskRow } from './analysis';
import { reportYear } from './values/calendar';
import type { Finding } from './checks/findings';
import { FindingSink } from './checks/findingSink';
import { Grid } from './workbook/grid';
import { readIndicatorBlock } from './layout/indicatorRows';
import { detectLayout } from './layout/layout';
import { analyzeOptionsSchema, type AnalyzeOptionsInput } from './settings/options';
import { isOwnSheet } from './sheets/ownSheets';
import { groupTracker } from './checks/rowChecks';
import type { SheetContext } from './layout/sheetContext';
import type { WorkbookSnapshot } from './workbook/snapshot';
import { summarize } from './summary/summary';
import { readTaskBlock } from './layout/taskRows';
import { duplicateTaskCheck } from './checks/duplicateTasks';
import { createUnitDirectory } from './values/units';
import { parsePeriod } from './periods/reportPeriod';
import { DATE1904_OFFSET, inDateSystem1900 } from './values/dateSystem';

/**
 * Reads every sheet, validates it and summarises it as of the report date (SPEC §2–§7).
 * Bad cells become findings; only invalid options throw (they are validated at the boundary).
 */
export function analyze(stored: WorkbookSnapshot, input: AnalyzeOptionsInput): Analysis {
  const snapshot = inDateSystem1900(stored);
  const options = analyzeOptionsSchema.parse(input);
  const year = reportYear(options.asOf);
  const unitDirectory = options.units && options.units.length > 0 ? createUnitDirectory(options.units) : undefined;
  const sheets: SheetResult[] = [];
  const tasks: TaskRow[] = [];
  const indicators: IndicatorRow[] = [];
  const findings: Finding[] = [];
  const workbookSheets = snapshot.sheets.map((sheet) => ({ name: sheet.name, own: isOwnSheet(sheet) }));
  const userSheets = snapshot.sheets.filter((sheet, i) => !workbookSheets[i].own && !sheet.notRead);

  for (const sheet of userSheets) {
    const grid = new Grid(sheet);
    const layout = detectLayout(grid, options.overrides.filter((o) => o.sheet === sheet.name));
    const sink = new FindingSink(sheet.name, options.lang, findings);
    const ctx: SheetContext = {
      grid, sink, asOf: options.asOf, reportYear: year, year: options.year, lang: options.lang, dueSoonDays: options.dueSoonDays,
      sections: layout.sections, unitDirectory, serialOffset: stored.date1904 ? DATE1904_OFFSET : 0,
    };
    let rows = 0;
    if (layout.structure.kind === 'none') {
      if (!layout.structure.overridden && hasContent(grid)) sink.add('header-not-found', 0, 0, null, '');
    } else {
      const groupOf = groupTracker(layout.sections);
      const checkDuplicate = duplicateTaskCheck(sink, grid.rowCount);
      for (const block of layout.structure.blocks) {
        if (block.kind === 'tasks') {
          rows += readTaskBlock(ctx, block, groupOf, checkDuplicate, tasks);
        } else {
          const read = readIndicatorBlock(ctx, block, groupOf);
          rows += read.length;
          for (const indicator of read) indicators.push(indicator);
        }
      }
    }
    sheets.push({ structure: layout.structure, rows });
  }

  const summary = summarize(userSheets.map((s) => s.name), tasks, indicators, options.subject, options.lang, options.asOf);
  // SPEC §6: due-soon tasks are counted beside the sentence, never in it.
  summary.dueSoon = countDueSoon(findings);
  summary.dueSoonDays = options.dueSoonDays;
  const period = options.period === undefined ? null : parsePeriod(options.period);
  return {
    workbookSheets,
    asOf: options.asOf,
    ...(period ? { period } : {}),
    subject: options.subject,
    lang: options.lang,
    sheets,
    tasks,
    indicators,
    findings,
    summary,
  };
}

function countDueSoon(findings: Finding[]): number {
  let count = 0;
  for (let i = 0; i < findings.length; i++) if (findings[i].code === 'due-soon') count++;
  return count;
}

function hasContent(grid: Grid): boolean {
  for (let r = 0; r < grid.rowCount; r++) if (!grid.rowIsEmpty(r)) return true;
  return false;
}
