import { cellAddress, rectAddress } from '../workbook/address';
import { FINDING_SEVERITY, type Finding, type FindingCode } from './findings';
import type { MessageDetails } from './messages';
import { FindingTexts } from './findingTexts';
import type { Lang } from '../settings/options';

const NO_DETAILS: MessageDetails = Object.freeze({});

/**
 * Collects one sheet's findings, filling in address, severity and the message in the chosen language;
 * into the workbook's list when given one, so that tens of thousands are not copied into it afterwards.
 */
export class FindingSink {
  private readonly texts: FindingTexts;

  constructor(
    private readonly sheet: string,
    lang: Lang,
    readonly findings: Finding[] = [],
  ) {
    this.texts = new FindingTexts(lang);
  }

  add(code: FindingCode, row: number, col: number, field: string | null, value: string, details: MessageDetails = NO_DETAILS): void {
    this.push(code, cellAddress(row, col), row, col, field, value, details);
  }

  /** A finding about a whole table (SPEC §6 missing-column): on its header range, top-left cell as row and col. */
  addOnRange(code: FindingCode, top: number, left: number, bottom: number, right: number, field: string): void {
    this.push(code, rectAddress({ top, left, bottom, right }), top, left, field, '', NO_DETAILS);
  }

  private push(code: FindingCode, cell: string, row: number, col: number, field: string | null, value: string, details: MessageDetails): void {
    const words = this.texts.words(code, field, value, details);
    this.findings.push({
      sheet: this.sheet,
      cell,
      row,
      col,
      field,
      code,
      severity: FINDING_SEVERITY[code],
      value: words.value,
      message: words.message,
      hint: words.hint,
    });
  }
}
