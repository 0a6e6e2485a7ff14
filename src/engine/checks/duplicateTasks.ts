import { unitKey } from '../values/units';
import type { FindingSink } from './findingSink';

/** Checks one task row: its row and name column, its name and lead unit as the grid reads them. */
export type DuplicateTaskCheck = (row: number, col: number, name: string, lead: string) => void;

/**
 * SPEC §6 duplicate-task: a later row of a sheet with the same name and lead unit as an earlier
 * one (seed 004, section C, has one), raised on the later row and naming the first. One check per
 * sheet, shared by its tables: seed 004's sections are one list of tasks.
 */
export function duplicateTaskCheck(sink: FindingSink): DuplicateTaskCheck {
  const firstRowOf = new Map<string, number>();
  return (row, col, name, lead) => {
    if (name === '') return;
    // Grid text is already NFC with spaces squashed, so case is all a name still needs folded;
    // lead units compare as unit names do everywhere (abbreviations, diacritics).
    const key = `${name.toLowerCase()}|${unitKey(lead)}`;
    const first = firstRowOf.get(key);
    if (first === undefined) firstRowOf.set(key, row);
    else sink.add('duplicate-task', row, col, 'name', name, { row: first + 1 });
  };
}
