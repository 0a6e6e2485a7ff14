/** Written task status → canonical status (SPEC §4.1), with the on-time/late claim it may carry. */
import { alternation } from '../text/patterns';
import { collapseWhitespace, plainLower } from '../text/plainText';
import { parseDeadlineText } from './deadlines';
import { fold } from '../text/text';

export type CanonicalStatus = 'done' | 'in_progress' | 'not_started' | 'unknown';
/** A written qualifier: đúng hạn / trong hạn → on_time; quá hạn / trễ hạn / chậm → late. */
export type StatusClaim = 'on_time' | 'late' | null;

/** SPEC §4.1's statuses as a user should write them, each with what it means. */
export const STATUS_OF_FORM: Readonly<Record<string, CanonicalStatus>> = {
  'Đã hoàn thành': 'done',
  'Hoàn thành': 'done',
  'Đã thực hiện': 'done',
  'Đang thực hiện': 'in_progress',
  'Đang triển khai': 'in_progress',
  'Đang tiến hành': 'in_progress',
  'Chưa thực hiện': 'not_started',
  'Chưa triển khai': 'not_started',
  'Chưa bắt đầu': 'not_started',
};

/** The qualifiers a status may carry, as written after it ("Hoàn thành đúng hạn"). */
export const CLAIM_OF_QUALIFIER_FORM: Readonly<Record<string, StatusClaim>> = {
  'đúng hạn': 'on_time',
  'trong hạn': 'on_time',
  'trước hạn': 'on_time',
  'đúng thời hạn': 'on_time',
  'trong thời hạn': 'on_time',
  'trước thời hạn': 'on_time',
  'đúng tiến độ': 'on_time',
  'vượt tiến độ': 'on_time',
  'quá hạn': 'late',
  'trễ hạn': 'late',
  'quá thời hạn': 'late',
  'trễ thời hạn': 'late',
  'chậm tiến độ': 'late',
  'trễ tiến độ': 'late',
  chậm: 'late',
  trễ: 'late',
};

function foldKeys<T>(table: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.fromEntries(Object.entries(table).map(([form, value]) => [fold(form), value]));
}

const STATUS_OF_PHRASE = foldKeys(STATUS_OF_FORM);
const CLAIM_OF_QUALIFIER = foldKeys(CLAIM_OF_QUALIFIER_FORM);

// The whole cell must be a status: a sentence that merely contains "đã hoàn thành" is a report.
// "được" as in "Chưa thực hiện được"; a progress figure as in "Đang thực hiện (đạt 70%)".
const STATUS = alternation(Object.keys(STATUS_OF_PHRASE));
const QUALIFIER = alternation(Object.keys(CLAIM_OF_QUALIFIER));
const WRITTEN_STATUS = new RegExp(`^(${STATUS})(?: duoc)?(?: (?:dat )?(\\d{1,3}))?(?: (${QUALIFIER}))?$`);

const UNKNOWN: { status: CanonicalStatus; claim: StatusClaim } = Object.freeze({ status: 'unknown', claim: null });

/** A progress figure must agree with the status: "Hoàn thành 80%" says two different things. */
function agreesWithProgress(status: CanonicalStatus, percent: number): boolean {
  if (status === 'done') return percent === 100;
  if (status === 'not_started') return percent === 0;
  return percent < 100;
}

/** A status as read from a cell; `details` when it was followed by a note (SPEC §4.3). */
export interface ParsedStatus {
  status: CanonicalStatus;
  claim: StatusClaim;
  /** The note after the status, as written: "(Kế hoạch số 15/KH-UBND)", "do chưa có kinh phí". */
  details?: string;
  /** The §4.1 phrase the status was read from, with its diacritics ("Đã hoàn thành"). */
  phrase?: string;
  /** A done status's completion day (ISO) named in the details: "ngày 05/3/2026"; "tháng 3/2026" → its first day. */
  completedOn?: string;
}

/** Null when the text is blank; status 'unknown' for anything that does not start with a status of §4.1. */
export function parseStatus(s: string): ParsedStatus | null {
  const words = fold(s);
  if (words === '') return collapseWhitespace(s) === '' ? null : UNKNOWN;
  const match = WRITTEN_STATUS.exec(words);
  if (!match) return statusWithDetails(s) ?? UNKNOWN;
  const status = STATUS_OF_PHRASE[match[1]];
  if (match[2] !== undefined && !agreesWithProgress(status, Number(match[2]))) return UNKNOWN;
  return { status, claim: match[3] ? CLAIM_OF_QUALIFIER[match[3]] : null };
}

/**
 * True when the text is a bare status of §4.1. A status with details does not count: it decides
 * whether a "Kết quả" column holds statuses, and report sentences often open with "Đã hoàn thành, …".
 */
export function isStatusText(s: string): boolean {
  const parsed = parseStatus(s);
  return parsed !== null && parsed.status !== 'unknown' && parsed.details === undefined;
}

// SPEC §4.3. Matched on the text folded with its punctuation kept; a line break becomes LINE_BREAK
// first, since it separates a note from the status while a space inside the phrase does not.
const LINE_BREAK = '¶';
const LINE_BREAKS = /[\r\n]+/g;
const GAP = `[ ${LINE_BREAK}]+`;
const spaced = (phrase: string): string => phrase.split(' ').join(GAP);
const LEADING_STATUS = new RegExp(
  `^(${alternation(Object.keys(STATUS_OF_PHRASE)).split('|').map(spaced).join('|')})` +
    `(?:${GAP}duoc)?(?:${GAP}(${alternation(Object.keys(CLAIM_OF_QUALIFIER)).split('|').map(spaced).join('|')}))?`,
);
/** What may follow the status for the rest to be a note: a separator, a line break, a number, or one of these words. */
const DETAILS_START = new RegExp(
  `^(?: *[(,;:\\-]|${LINE_BREAK}| +(?:do|vi|ngay|thang|quy|nam|du kien|dat|theo|tai|tu ngay)(?![a-z0-9])| +\\d| *%)`,
);
const LEADING_PUNCTUATION = /^[^\p{L}\p{N}]+/u;
const DETAILS_EDGE = /^[\s,;:\-\u2010-\u2015]+|[\s,;.]+$/g;
/** A progress figure opening the note: "(đạt 70%)", "80%, …". */
const PROGRESS = new RegExp(`^[ (,;:\\-${LINE_BREAK}]*(?:dat )?(\\d+) ?%`);
/** A completion day in the note: "ngày 05/3/2026", "tháng 3/2026", "ngày 5 tháng 3 năm 2026". */
const DATE_IN_DETAILS =
  /(?:ngay )?\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?\d{4}|ngay \d{1,2} thang \d{1,2} nam \d{4}|thang \d{1,2} ?(?:[/.-]|nam) ?\d{4}/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const WRITTEN_FORM = Object.fromEntries(
  [...Object.keys(STATUS_OF_FORM), ...Object.keys(CLAIM_OF_QUALIFIER_FORM)].map((form) => [fold(form), form]),
);

function statusWithDetails(s: string): ParsedStatus | null {
  const text = s.normalize('NFC');
  const plain = plainLower(text.replace(LINE_BREAKS, LINE_BREAK));
  const lead = plain.match(LEADING_PUNCTUATION)?.[0] ?? '';
  const body = plain.slice(lead.length);
  const match = LEADING_STATUS.exec(body);
  if (!match) return null;
  const rest = body.slice(match[0].length);
  if (!DETAILS_START.test(rest)) return null;
  const status = STATUS_OF_PHRASE[fold(match[1])];
  const progress = PROGRESS.exec(rest);
  if (progress && (Number(progress[1]) > 100 || !agreesWithProgress(status, Number(progress[1])))) return null;
  const details = afterLetters(text, lettersIn(match[0])).replace(DETAILS_EDGE, '');
  if (details === '') return null;
  const qualifier = match[2] ? fold(match[2]) : null;
  const parsed: ParsedStatus = {
    status,
    claim: qualifier ? CLAIM_OF_QUALIFIER[qualifier] : null,
    details,
    phrase: WRITTEN_FORM[fold(match[1])] + (qualifier ? ` ${WRITTEN_FORM[qualifier]}` : ''),
  };
  const completedOn = status === 'done' ? dateIn(rest) : null;
  if (completedOn) parsed.completedOn = completedOn;
  return parsed;
}

function lettersIn(s: string): number {
  let count = 0;
  for (const character of s) if (LETTER_OR_DIGIT.test(character)) count++;
  return count;
}

/** The text after its first `letters` letters and digits: the note, as the user wrote it. */
function afterLetters(text: string, letters: number): string {
  let seen = 0;
  let i = 0;
  for (const character of text) {
    if (seen === letters) break;
    if (LETTER_OR_DIGIT.test(character)) seen++;
    i += character.length;
  }
  return text.slice(i).replace(/^[\p{M}]+/u, '');
}

function dateIn(rest: string): string | null {
  const written = DATE_IN_DETAILS.exec(rest.split(LINE_BREAK).join(' '));
  if (!written) return null;
  const date = parseDeadlineText(written[0]);
  return date?.kind === 'date' ? (date.from ?? date.date) : null;
}
