import type { TableKind } from './fields';
import type { Lang } from './options';
import type { WritePlan } from './plan';

/** A blank standard appendix: headers, widths, date formats, status drop-down, frozen header. */
export function planTemplate(kinds: TableKind[], lang: Lang = 'vi'): WritePlan {
  void kinds;
  void lang;
  throw new Error('planTemplate: being written');
}
