/** Written task status → canonical status (SPEC §4.1), with the on-time/late claim it may carry. */
import { alternation } from './patterns';
import { collapseWhitespace } from './plainText';
import { fold } from './text';

export type CanonicalStatus = 'done' | 'in_progress' | 'not_started' | 'unknown';
/** A written qualifier: đúng hạn / trong hạn → on_time; quá hạn / trễ hạn / chậm → late. */
export type StatusClaim = 'on_time' | 'late' | null;

const STATUS_OF_PHRASE: Readonly<Record<string, CanonicalStatus>> = {
  'da hoan thanh': 'done',
  'hoan thanh': 'done',
  'da thuc hien': 'done',
  'dang thuc hien': 'in_progress',
  'dang trien khai': 'in_progress',
  'dang tien hanh': 'in_progress',
  'chua thuc hien': 'not_started',
  'chua trien khai': 'not_started',
  'chua bat dau': 'not_started',
};

const CLAIM_OF_QUALIFIER: Readonly<Record<string, StatusClaim>> = {
  'dung han': 'on_time',
  'trong han': 'on_time',
  'truoc han': 'on_time',
  'dung thoi han': 'on_time',
  'trong thoi han': 'on_time',
  'truoc thoi han': 'on_time',
  'dung tien do': 'on_time',
  'vuot tien do': 'on_time',
  'qua han': 'late',
  'tre han': 'late',
  'qua thoi han': 'late',
  'tre thoi han': 'late',
  'cham tien do': 'late',
  'tre tien do': 'late',
  cham: 'late',
  tre: 'late',
};

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
