import { cellAddress, rectAddress } from '../workbook/address';
import { FINDING_SEVERITY, type Finding, type FindingCode } from './findings';
import { findingText, type MessageDetails } from './messages';
import type { Lang } from '../settings/options';

/** Distinct texts kept for sharing; past this a sheet's further texts are simply not shared. */
const MAX_SHARED_TEXTS = 10_000;
const NO_DETAILS: MessageDetails = Object.freeze({});

/** Collects one sheet's findings, filling in address, severity and the message in the chosen language. */
export class FindingSink {
  readonly findings: Finding[] = [];
  /**
   * Messages, hints and values repeat across thousands of rows ("Đã quá thời hạn 28/07/2025 …"):
   * each finding holds the one copy kept here, so a million rows keep a few hundred texts, not millions.
   */
  private readonly texts = new Map<string, string>();

  constructor(
    private readonly sheet: string,
    private readonly lang: Lang,
  ) {}

  add(code: FindingCode, row: number, col: number, field: string | null, value: string, details: MessageDetails = NO_DETAILS): void {
    this.push(code, cellAddress(row, col), row, col, field, value, details);
  }

  /** A finding about a whole table (SPEC §6 missing-column): on its header range, top-left cell as row and col. */
  addOnRange(code: FindingCode, top: number, left: number, bottom: number, right: number, field: string): void {
    this.push(code, rectAddress({ top, left, bottom, right }), top, left, field, '', NO_DETAILS);
  }

  private push(code: FindingCode, cell: string, row: number, col: number, field: string | null, value: string, details: MessageDetails): void {
    const { message, hint } = findingText(code, this.lang, field, value, details);
    this.findings.push({
      sheet: this.sheet,
      cell,
      row,
      col,
      field,
      code,
      severity: FINDING_SEVERITY[code],
      value: this.shared(value),
      message: this.shared(message),
      hint: this.shared(hint),
    });
  }

  private shared(text: string): string {
    const known = this.texts.get(text);
    if (known !== undefined) return known;
    if (this.texts.size < MAX_SHARED_TEXTS) this.texts.set(text, text);
    return text;
  }
}
