/**
 * What an unreadable status (SPEC §4.1, `invalid-status`) most likely meant, so that its hint can say
 * how to fix it. The status stays unknown: this only words the advice.
 */
import { editDistance } from '../text/editDistance';
import { CLAIM_OF_QUALIFIER_FORM, STATUS_OF_FORM } from './status';
import { fold } from '../text/text';

export type StatusSuggestion =
  /** A status followed by words that belong elsewhere: "Đã hoàn thành ngày 30/9/2025". */
  | { kind: 'extra-words'; status: string; completedOn: string | null }
  /** A near miss: "Đã hoàn thàn". */
  | { kind: 'typo'; status: string }
  /** "Chưa hoàn thành": not done, but started or not? Only the user knows. */
  | { kind: 'undecided' };

interface Form {
  written: string;
  folded: string;
  done: boolean;
}

let forms: readonly Form[] | undefined;

/**
 * Every status with every qualifier, folded: built on first use, since only an unreadable status
 * needs them and folding some hundred forms was start-up time (~5 ms) every command paid.
 * Longest first, so that "Hoàn thành đúng hạn …" is taken for itself rather than for "Hoàn thành".
 */
function statusForms(): readonly Form[] {
  forms ??= Object.entries(STATUS_OF_FORM)
    .flatMap(([status, canonical]) =>
      [status, ...Object.keys(CLAIM_OF_QUALIFIER_FORM).map((q) => `${status} ${q}`)].map((written) => ({
        written,
        folded: fold(written),
        done: canonical === 'done',
      })),
    )
    .sort((a, b) => b.folded.length - a.folded.length);
  return forms;
}

const UNDECIDED = fold('Chưa hoàn thành');
/** A progress figure after a status that parseStatus refused: it contradicts the status, so the rest is no detail. */
const PROGRESS = /^(?:dat )?\d{1,3}$/;
const DATE = /\d{1,2}\s*([/.-])\s*\d{1,2}\s*\1\s*\d{4}/;
/** Typing slips, not other words: at most 2 edits, and at most a fifth of the form. */
const MAX_EDITS = 2;
const MAX_EDIT_SHARE = 0.2;

function startsWithWords(words: string, prefix: string): boolean {
  return words === prefix || words.startsWith(`${prefix} `);
}

/** Null when the text gives no clue; the finding then keeps the general hint. */
export function suggestStatus(written: string): StatusSuggestion | null {
  const words = fold(written);
  if (words === '') return null;
  if (startsWithWords(words, UNDECIDED)) return { kind: 'undecided' };

  const lead = statusForms().find((f) => words.startsWith(`${f.folded} `));
  if (lead) {
    if (PROGRESS.test(words.slice(lead.folded.length + 1))) return null;
    const date = lead.done ? DATE.exec(written) : null;
    return { kind: 'extra-words', status: lead.written, completedOn: date ? date[0].replace(/\s+/g, '') : null };
  }

  let closest: { form: Form; distance: number } | null = null;
  for (const form of statusForms()) {
    const allowed = Math.min(MAX_EDITS, Math.floor(MAX_EDIT_SHARE * form.folded.length));
    // The distance is at least the difference in length: skip the work when that is already too far.
    if (Math.abs(words.length - form.folded.length) > allowed) continue;
    const distance = editDistance(words, form.folded);
    if (distance <= allowed && (!closest || distance < closest.distance)) closest = { form, distance };
  }
  return closest ? { kind: 'typo', status: closest.form.written } : null;
}
