/** A change's before/after values as people read them: category and status names, dates dd/mm/yyyy. */
import { LABELS } from '../labels/catalogue';
import type { Lang } from '../settings/options';
import { isoToVn } from '../values/display';
import type { Change } from './changes';

const DEADLINE_WORDS: Record<Lang, { ongoing: string; annual: string }> = {
  vi: { ongoing: 'Thường xuyên', annual: 'Hằng năm' },
  en: { ongoing: 'Ongoing', annual: 'Every year' },
};
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function changeValueText(change: Change, value: string | null, lang: Lang): string {
  if (value === null) return '';
  switch (change.code) {
    case 'status-regressed':
      return (LABELS[lang].status as Record<string, string>)[value] ?? value;
    case 'deadline-changed':
    case 'completion-date-changed':
      return dateText(value, lang);
    case 'actual-changed':
    case 'target-changed':
      return value;
    default: {
      const labels: Record<string, string> = change.kind === 'task' ? LABELS[lang].taskCategory : LABELS[lang].indicatorCategory;
      return labels[value] ?? value;
    }
  }
}

/** "2026-03-31" → "31/03/2026"; "annual-6-30" → "Hằng năm (30/6)"; "ongoing" → "Thường xuyên". */
function dateText(value: string, lang: Lang): string {
  if (ISO_DATE.test(value)) return isoToVn(value);
  if (value === 'ongoing') return DEADLINE_WORDS[lang].ongoing;
  if (value.startsWith('annual')) {
    const [, month, day] = value.split('-');
    const when = month === undefined ? '' : day === undefined ? ` (${month})` : ` (${day}/${month})`;
    return `${DEADLINE_WORDS[lang].annual}${when}`;
  }
  return value;
}
