/**
 * The Cấu trúc (structure) editor's logic, without its component: the form a table is shown as,
 * and the override stored after the user's edit (SPEC §2: every detected table can be corrected).
 */
import type { SheetStructure } from '../analysis';
import { INDICATOR_FIELDS, TASK_FIELDS, type SheetKind, type TableKind } from '../layout/fields';
import { columnLetter } from '../workbook/address';
import type { SheetOverride } from './options';

const FIELDS: Record<TableKind, readonly string[]> = { tasks: TASK_FIELDS, indicators: INDICATOR_FIELDS };

/** What the editor shows: text as typed, so a half-typed value is never lost. */
export interface StructureForm {
  kind: SheetKind;
  headerRows: string;
  columns: Record<string, string>;
}

/** The form of one table of the sheet (0 = the first). */
export function formOf(structure: SheetStructure, table = 0): StructureForm {
  const block = structure.blocks[table];
  const columns: Record<string, string> = {};
  for (const [field, col] of Object.entries(block?.columns ?? {})) columns[field] = columnLetter(col);
  return { kind: block?.kind ?? structure.kind, headerRows: (block?.headerRows ?? []).join(', '), columns };
}

/** "3", "3-4", "3, 4" → [3, 4]; null when not one or two ascending row numbers. */
export function parseHeaderRows(text: string): number[] | null {
  const parts = text.split(/[\s,;–-]+/).filter((p) => p !== '');
  if (parts.length < 1 || parts.length > 2 || !parts.every((p) => /^\d+$/.test(p))) return null;
  const rows = parts.map(Number);
  return rows[0] >= 1 && (rows.length === 1 || rows[1] > rows[0]) ? rows : null;
}

/**
 * The override stored for one table: the table's stored override (or, for the first table, one
 * stored for the whole sheet before tables could be told apart), if any.
 */
export function storedOverride(overrides: readonly SheetOverride[], sheet: string, table: number): SheetOverride | undefined {
  return (
    overrides.find((o) => o.sheet === sheet && o.table?.ordinal === table) ??
    (table === 0 ? overrides.find((o) => o.sheet === sheet && !o.table) : undefined)
  );
}

/** The stored overrides with one table's override replaced (null removes it); other sheets and tables kept. */
export function replaceOverride(
  overrides: readonly SheetOverride[],
  sheet: string,
  table: number,
  override: SheetOverride | null,
): SheetOverride[] {
  const previous = storedOverride(overrides, sheet, table);
  const others = overrides.filter((o) => o !== previous);
  return override ? [...others, override] : others;
}

/**
 * The stored override after an edit of table `table`: the previous override plus what the user
 * changed from the shown structure. Untouched fields stay automatic; a cleared column goes back to
 * automatic. The header rows and columns are always stored together with the table's header text,
 * so that the override finds its table again after rows are inserted above it.
 */
export function buildOverride(
  structure: SheetStructure,
  table: number,
  previous: SheetOverride | undefined,
  shown: StructureForm,
  form: StructureForm,
): SheetOverride | null {
  const sheet = structure.name;
  const next: SheetOverride = { ...previous, sheet };
  delete next.table;
  if (form.kind !== shown.kind) next.kind = form.kind;
  if (form.kind === 'none') {
    delete next.headerRows;
    delete next.columns;
  } else {
    if (form.headerRows !== shown.headerRows) {
      const rows = parseHeaderRows(form.headerRows);
      if (rows) next.headerRows = rows;
      else delete next.headerRows;
    }
    const kindChanged = form.kind !== shown.kind;
    const columns: Record<string, string> = {};
    for (const field of FIELDS[form.kind]) {
      const typed = form.columns[field]?.trim().toUpperCase() ?? '';
      const before = kindChanged ? '' : (shown.columns[field] ?? '');
      if (typed !== before) {
        if (typed !== '') columns[field] = typed;
      } else if (!kindChanged && previous?.columns?.[field]) {
        columns[field] = previous.columns[field];
      }
    }
    if (Object.keys(columns).length > 0) next.columns = columns;
    else delete next.columns;
  }
  if (Object.keys(next).length === 1) return null;
  const block = structure.blocks[table];
  // A second table is found by its header; the first may be one the detection missed (no signature).
  if (block?.signature !== undefined && (table > 0 || next.headerRows || next.columns)) {
    if (!next.headerRows) next.headerRows = block.headerRows;
    next.table = { ordinal: table, signature: block.signature, row: block.headerRows[0] };
  }
  return next;
}
