/** Validation findings (SPEC §6). Codes and severities are stable: the JSON report carries them. */

export type Severity = 'error' | 'warning' | 'info';

export const FINDING_SEVERITY = {
  'header-not-found': 'warning',
  'missing-required': 'error',
  'invalid-date': 'error',
  'deadline-unspecified': 'warning',
  'invalid-status': 'error',
  'completed-without-date': 'warning',
  'completion-in-future': 'error',
  'status-date-conflict': 'warning',
  'status-claim-conflict': 'warning',
  'completed-late': 'info',
  overdue: 'warning',
  'duplicate-task': 'warning',
  'invalid-number': 'error',
  'percent-out-of-range': 'error',
  'invalid-target': 'warning',
  'missing-unit': 'warning',
  'unknown-unit-name': 'warning',
  'legacy-encoding': 'warning',
  'status-has-details': 'info',
  'missing-column': 'warning',
  'due-soon': 'info',
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof FINDING_SEVERITY;
export const FINDING_CODES = Object.keys(FINDING_SEVERITY) as FindingCode[];

export interface Finding {
  sheet: string;
  /** Real sheet address, e.g. "D7"; a table-level finding (missing-column) names the table's header range, "A3:H4". */
  cell: string;
  /** 0-based row and column of `cell` (its top-left cell for a range), for hosts that select it. */
  row: number;
  col: number;
  field: string | null;
  code: FindingCode;
  severity: Severity;
  /** The cell's value as the user sees it. */
  value: string;
  message: string;
  hint: string;
}
