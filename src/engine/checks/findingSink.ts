import { cellAddress } from '../workbook/address';
import { FINDING_SEVERITY, type Finding, type FindingCode } from './findings';
import { findingText, type MessageParams } from './messages';
import type { Lang } from '../settings/options';

/** Collects one sheet's findings, filling in address, severity and the message in the chosen language. */
export class FindingSink {
  readonly findings: Finding[] = [];

  constructor(
    private readonly sheet: string,
    private readonly lang: Lang,
  ) {}

  add(code: FindingCode, row: number, col: number, field: string | null, value: string, params: MessageParams = {}): void {
    const { message, hint } = findingText(code, this.lang, { ...params, value, ...(field ? { field } : {}) });
    this.findings.push({
      sheet: this.sheet,
      cell: cellAddress(row, col),
      row,
      col,
      field,
      code,
      severity: FINDING_SEVERITY[code],
      value,
      message,
      hint,
    });
  }
}
