/**
 * Which existing sheet a write may replace (SPEC §9), the one rule both writers follow — the
 * Office.js one (src/excel) and the package one (src/xlsx). A planned sheet takes the place of the
 * sheet with the same name, as Excel compares names, so re-running never stacks a second copy; but
 * only when that sheet is one of the product's own (isOwnSheet: its title in A1). A user's sheet
 * in the way is never replaced: the write is refused and the workbook stays as it was.
 */
import { sameSheetName } from '../workbook/sheetNames';

/** A sheet already in the workbook; `own` when the product wrote it. */
export interface ExistingSheet {
  name: string;
  own: boolean;
}

export type Replacement =
  /** No sheet has that name: the planned sheet is added. */
  | { kind: 'add' }
  /** existing[index] is the product's own: the planned sheet takes its place. */
  | { kind: 'replace'; index: number }
  /** existing[index] is the user's: nothing may be written under that name. */
  | { kind: 'refuse'; index: number };

/** The index of the sheet named like `plannedName`, -1 when none is. */
export function sheetNamedLike(plannedName: string, existingNames: readonly string[]): number {
  return existingNames.findIndex((name) => sameSheetName(name, plannedName));
}

export function replacementFor(plannedName: string, existing: readonly ExistingSheet[]): Replacement {
  const index = sheetNamedLike(plannedName, existing.map((sheet) => sheet.name));
  if (index < 0) return { kind: 'add' };
  return existing[index].own ? { kind: 'replace', index } : { kind: 'refuse', index };
}
