/** Written task status → canonical status (SPEC §4.1), with the on-time/late claim it may carry. */
import { alternation } from '../text/patterns';
import { collapseWhitespace } from '../text/plainText';
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

/** Null when the text is blank; status 'unknown' for anything that is not a status of §4.1. */
export function parseStatus(s: string): { status: CanonicalStatus; claim: StatusClaim } | null {
  const words = fold(s);
  if (words === '') return collapseWhitespace(s) === '' ? null : UNKNOWN;
  const match = WRITTEN_STATUS.exec(words);
  if (!match) return UNKNOWN;
  const status = STATUS_OF_PHRASE[match[1]];
  if (match[2] !== undefined && !agreesWithProgress(status, Number(match[2]))) return UNKNOWN;
  return { status, claim: match[3] ? CLAIM_OF_QUALIFIER[match[3]] : null };
}

/** True when the text is one of the statuses of §4.1 (used to tell a status column from a report column). */
export function isStatusText(s: string): boolean {
  const parsed = parseStatus(s);
  return parsed !== null && parsed.status !== 'unknown';
}
