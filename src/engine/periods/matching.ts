/**
 * SPEC §11 matching of the rows of two periods: by code when both have one, else by folded name and
 * lead within the same kind, else by folded name when it is unique on both sides. What is left is
 * added (current only) or removed (previous only).
 */
import { fold } from '../text/text';
import { unitKey } from '../values/units';
import type { RecordRow } from './periodRecord';

export interface RowMatching {
  pairs: { previous: RecordRow; current: RecordRow }[];
  added: RecordRow[];
  removed: RecordRow[];
}

type Key = (row: RecordRow) => string | null;

const byCode: Key = (row) => (row.kind === 'task' && row.code.trim() !== '' ? `${row.kind}|${fold(row.code)}` : null);
/** A row without a name matches on its code only. */
const byNameAndLead: Key = (row) => (fold(row.name) === '' ? null : `${row.kind}|${fold(row.name)}|${unitKey(row.lead)}`);
const byName: Key = (row) => (fold(row.name) === '' ? null : `${row.kind}|${fold(row.name)}`);

export function matchRows(previous: readonly RecordRow[], current: readonly RecordRow[]): RowMatching {
  const pairs: RowMatching['pairs'] = [];
  let prevLeft = [...previous];
  let curLeft = [...current];
  for (const [key, uniqueOnly] of [[byCode, false], [byNameAndLead, false], [byName, true]] as const) {
    const found = pairUp(prevLeft, curLeft, key, uniqueOnly);
    for (const pair of found) pairs.push(pair);
    const usedPrev = new Set(found.map((p) => p.previous));
    const usedCur = new Set(found.map((p) => p.current));
    prevLeft = prevLeft.filter((r) => !usedPrev.has(r));
    curLeft = curLeft.filter((r) => !usedCur.has(r));
  }
  return { pairs, added: curLeft, removed: prevLeft };
}

/**
 * Rows with the same key, paired. Several rows of one key (the same task in two sections) pair up by
 * sheet and section first, then in order; `uniqueOnly` pairs a key only when each side has it once.
 */
function pairUp(previous: RecordRow[], current: RecordRow[], key: Key, uniqueOnly: boolean): RowMatching['pairs'] {
  const candidates = new Map<string, RecordRow[]>();
  for (const row of previous) {
    const k = key(row);
    if (k === null) continue;
    const list = candidates.get(k);
    if (list) list.push(row);
    else candidates.set(k, [row]);
  }
  const currentCount = new Map<string, number>();
  for (const row of current) {
    const k = key(row);
    if (k !== null) currentCount.set(k, (currentCount.get(k) ?? 0) + 1);
  }
  const pairs: RowMatching['pairs'] = [];
  for (const row of current) {
    const k = key(row);
    const list = k === null ? undefined : candidates.get(k);
    if (!list || list.length === 0) continue;
    if (uniqueOnly && (list.length !== 1 || currentCount.get(k as string) !== 1)) continue;
    const sameSection = list.findIndex((p) => p.sheet === row.sheet && p.group === row.group);
    const at = sameSection >= 0 ? sameSection : 0;
    pairs.push({ previous: list[at], current: row });
    list.splice(at, 1);
  }
  return pairs;
}
