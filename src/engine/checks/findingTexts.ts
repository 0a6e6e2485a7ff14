import type { FindingCode } from './findings';
import { findingText, MESSAGE_PARAM_NAMES, messageParams, type MessageDetails, type MessageParams } from './messages';
import type { Lang } from '../settings/options';
import { memoize } from '../values/memo';

/** A finding's words: its value as the user sees it, its message and its hint. */
export interface FindingWords {
  value: string;
  message: string;
  hint: string;
}

interface Written extends FindingWords {
  params: MessageParams;
}

/** Distinct inputs remembered per sheet, and per value: a longer list would cost more to search than to write. */
const MAX_REMEMBERED = 10_000;
const MAX_REMEMBERED_PER_VALUE = 16;

/**
 * Messages, hints and values repeat across thousands of rows ("Đã quá thời hạn 28/07/2025 …"). Each
 * distinct input (code, field, value, details) is written once and every finding made from it holds
 * that one copy: a million rows keep a few hundred texts, not millions, and the message strings
 * are built once per distinct input instead of being built, hashed and compared once per row.
 * Inputs past what is remembered still share their texts, found by the text itself.
 */
export class FindingTexts {
  /** code → value → what was written for that value, one entry per distinct set of details. */
  private readonly written = new Map<FindingCode, Map<string, Written[]>>();
  private remembered = 0;
  /** A text's one copy: the first string seen with its characters. */
  private readonly shared = memoize((text: string) => text, MAX_REMEMBERED);

  constructor(private readonly lang: Lang) {}

  words(code: FindingCode, field: string | null, value: string, details: MessageDetails): FindingWords {
    const params = messageParams(this.lang, field, value, details);
    let byValue = this.written.get(code);
    if (!byValue) this.written.set(code, (byValue = new Map()));
    const known = byValue.get(value);
    if (known) for (const entry of known) if (sameParams(entry.params, params)) return entry;
    const { message, hint } = findingText(code, this.lang, params);
    const remember = this.remembered < MAX_REMEMBERED && (known?.length ?? 0) < MAX_REMEMBERED_PER_VALUE;
    if (!remember) return { value: this.shared(value), message: this.shared(message), hint: this.shared(hint) };
    const entry: Written = { value: known ? known[0].value : value, message, hint, params };
    this.remembered++;
    if (known) known.push(entry);
    else byValue.set(value, [entry]);
    return entry;
  }
}

/** Same params, same words: every parameter a message may read is compared. */
function sameParams(a: MessageParams, b: MessageParams): boolean {
  for (let i = 0; i < MESSAGE_PARAM_NAMES.length; i++) {
    const name = MESSAGE_PARAM_NAMES[i];
    if (a[name] !== b[name]) return false;
  }
  return true;
}
