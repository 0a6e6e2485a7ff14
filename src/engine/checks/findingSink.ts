import { cellAddress, rectAddress } from '../workbook/address';
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
    this.push(code, cellAddress(row, col), row, col, field, value, params);
  }

  /** A finding about a whole table (SPEC §6 missing-column): on its header range, top-left cell as row and col. */
  addOnRange(code: FindingCode, top: number, left: number, bottom: number, right: number, field: string): void {
    this.push(code, rectAddress({ top, left, bottom, right }), top, left, field, '', {});
  }

  private push(code: FindingCode, cell: string, row: number, col: number, field: string | null, value: string, params: MessageParams): void {
    const { message, hint } = findingText(code, this.lang, { ...params, value, ...(field ? { field } : {}) });
    this.findings.push({
      sheet: this.sheet,
      cell,
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
