import type { TableKind } from '../layout/fields';
import type { Severity } from '../checks/findings';
import type { Lang } from '../settings/options';
import { en } from './en';
import type { Labels } from './labels';
import { vi } from './vi';

export const LABELS: Record<Lang, Labels> = { vi, en };

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** A field's word; with the table's kind known, `name` says whose name ("Tên chỉ tiêu"). */
export function fieldLabel(field: string, labels: Labels, kind?: TableKind): string {
  if (field === 'name' && kind) return labels.rowName[kind];
  return (labels.field as Record<string, string>)[field] ?? field;
}

/** "9 lỗi, 14 cảnh báo, 0 lưu ý" / "9 errors, 14 warnings, 0 notes": every severity, in order. */
export function severityTally(counts: Readonly<Record<Severity, number>>, lang: Lang): string {
  return SEVERITIES.map((s) => LABELS[lang].severityCount[s](counts[s])).join(', ');
}
