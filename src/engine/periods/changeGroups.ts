/** SPEC §11 changes as the pane lists them: grouped by code in the order of the table, one code or all. */
import { CHANGE_CODES, type Change, type ChangeCode } from './changes';

export interface ChangeGroup {
  code: ChangeCode;
  changes: Change[];
}

/** The changes of each code (only codes that occur), in CHANGE_CODES order; `code` keeps one group. */
export function groupChanges(changes: readonly Change[], code: ChangeCode | 'all' = 'all'): ChangeGroup[] {
  const byCode = new Map<ChangeCode, Change[]>();
  for (const change of changes) {
    if (code !== 'all' && change.code !== code) continue;
    const list = byCode.get(change.code);
    if (list) list.push(change);
    else byCode.set(change.code, [change]);
  }
  return CHANGE_CODES.filter((c) => byCode.has(c)).map((c) => ({ code: c, changes: byCode.get(c) as Change[] }));
}
