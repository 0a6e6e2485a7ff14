/**
 * Where the period records live (SPEC §11, §9): the product's own very hidden sheet, A1 its marker,
 * then one row per report — the report date in column A, the record as JSON text from column B on,
 * cut into cells of at most 32,000 characters (Excel holds 32,767 in a cell). At most the last 12
 * periods; a re-run for the same report date replaces that period's record. Removing the sheet
 * removes every trace of it.
 */
import { cellText } from '../text/text';
import type { SheetPlan } from '../sheets/writePlan';
import { OWN_TITLES, ownSheetName } from '../sheets/ownSheets';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { periodRecordSchema, type PeriodRecord } from './periodRecord';

export const PERIOD_RECORD_SHEET = 'PhuLuc_KyBaoCao';
export const MAX_PERIOD_RECORDS = 12;
export const RECORD_CHUNK = 32000;
const MARKER = OWN_TITLES.periodRecords.vi;

export interface StoredPeriodRecords {
  /** Oldest first. */
  records: PeriodRecord[];
  /** Some stored record could not be read (edited by hand, another version): it is left out. */
  unreadable: boolean;
}

/** The records stored in a workbook; never throws. */
export function readPeriodRecords(snapshot: WorkbookSnapshot): StoredPeriodRecords {
  const sheet = snapshot.sheets.find((s) => cellText(s.rows[0]?.[0]).trim() === MARKER);
  if (!sheet) return { records: [], unreadable: false };
  const records: PeriodRecord[] = [];
  let unreadable = false;
  for (const row of sheet.rows.slice(1)) {
    const json = (row ?? []).slice(1).map((cell) => (typeof cell?.v === 'string' ? cell.v : '')).join('');
    if (json === '') continue;
    const parsed = periodRecordSchema.safeParse(parseJson(json));
    if (parsed.success) records.push(parsed.data);
    else unreadable = true;
  }
  return { records: sortByDate(records), unreadable };
}

/** The records with `record` in: the one of the same report date replaced, the last 12 kept. */
export function withPeriodRecord(records: readonly PeriodRecord[], record: PeriodRecord): PeriodRecord[] {
  return sortByDate([...records.filter((r) => r.asOf !== record.asOf), record]).slice(-MAX_PERIOD_RECORDS);
}

/** The latest record before the report date `asOf`: the previous period. */
export function previousRecord(records: readonly PeriodRecord[], asOf: string): PeriodRecord | undefined {
  const earlier = sortByDate(records.filter((r) => r.asOf < asOf));
  return earlier[earlier.length - 1];
}

export function planPeriodRecordSheet(records: readonly PeriodRecord[], workbookSheets: { name: string; own: boolean }[]): SheetPlan {
  const values = [[MARKER], ...records.map((r) => [r.asOf, ...chunks(JSON.stringify(r))])];
  return {
    name: ownSheetName(PERIOD_RECORD_SHEET, workbookSheets),
    values,
    columnWidths: [],
    merges: [],
    formats: [],
    visibility: 'veryHidden',
  };
}

/** JSON cut into cells; a cell never starts with "=", which a plan reads as a formula. */
function chunks(json: string): string[] {
  const out: string[] = [];
  let at = 0;
  while (at < json.length) {
    let end = Math.min(at + RECORD_CHUNK, json.length);
    while (end < json.length && json[end] === '=' && end > at + 1) end--;
    out.push(json.slice(at, end));
    at = end;
  }
  return out;
}

function sortByDate(records: PeriodRecord[]): PeriodRecord[] {
  return [...records].sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
