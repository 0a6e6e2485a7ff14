/**
 * Reads back the links of the "Kiểm tra" sheet the real `summarize` wrote: each finding row's
 * HYPERLINK formula, undone the way Excel reads it (string literal "" → ", quoted sheet name
 * '' → '), so a test can tell whether a click would land on the finding's own sheet and cell.
 */
import type ExcelJS from 'exceljs';

export interface IssueLink {
  /** The sheet and cell the row names in its own columns. */
  sheet: string;
  cell: string;
  /** Where the formula would jump to. */
  target: { sheet: string; cell: string };
}

const LINK = /^HYPERLINK\("((?:[^"]|"")*)","((?:[^"]|"")*)"\)$/;
/** A cell, or a range for a finding about a whole table (missing-column on the table's header). */
const REF = /^#'((?:[^']|'')+)'!([A-Z]{1,3}\d{1,7}(?::[A-Z]{1,3}\d{1,7})?)$/;

/** The target of one formula, or undefined when Excel could not follow it. */
export function linkTarget(formula: string): { sheet: string; cell: string } | undefined {
  const link = LINK.exec(formula);
  if (!link) return undefined;
  const ref = REF.exec(link[1].replace(/""/g, '"'));
  if (!ref) return undefined;
  return { sheet: ref[1].replace(/''/g, "'"), cell: ref[2] };
}

/** Finding rows: column B the sheet, C the linked cell (the engine's issue-sheet layout). */
export function issueLinks(ws: ExcelJS.Worksheet): IssueLink[] {
  const out: IssueLink[] = [];
  ws.eachRow((row) => {
    const v = row.getCell(3).value as { formula?: string; result?: unknown } | null;
    if (!v || typeof v !== 'object' || typeof v.formula !== 'string') return;
    const target = linkTarget(v.formula);
    out.push({
      sheet: String(row.getCell(2).value),
      cell: LINK.exec(v.formula)?.[2] ?? '',
      target: target ?? { sheet: '', cell: '' },
    });
  });
  return out;
}
