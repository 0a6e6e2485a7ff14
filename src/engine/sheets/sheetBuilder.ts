import { rangeAddress } from '../workbook/address';
import type { PlanValue, RangeFormat, SheetPlan } from './writePlan';
import { estimateRowHeights, linesHeight } from './rowHeights';
import { PRINTABLE_HEIGHT_POINTS, printReadyPage, SHEET_FONT } from './printLayout';
import { pageBreaksKeepingTogether, type KeptTogether } from './pageBreaks';

/**
 * Our own sheets show values, they do not archive them: very long cell texts are shortened, which
 * also keeps the ="…" formula used for text starting with "=" under Excel's 8,192-character limit.
 */
const MAX_SHOWN_TEXT = 1000;

export const HEADER_FILL = '#DDEBF7';

/**
 * Builds a SheetPlan row by row. Text that the user typed and that starts with "=" is written so
 * that it stays text (a plan string starting with "=" is a formula).
 */
export class SheetBuilder {
  private readonly values: PlanValue[][] = [];
  private readonly formats: RangeFormat[] = [];
  private readonly merges: string[] = [];
  private titleRows: { first: number; last: number } | undefined;
  private readonly keptTogether: KeptTogether[] = [];

  constructor(
    private readonly name: string,
    private readonly width: number,
  ) {}

  /** 0-based index of the next row. */
  get nextRow(): number {
    return this.values.length;
  }

  row(cells: PlanValue[]): number {
    const padded = cells.slice(0, this.width);
    while (padded.length < this.width) padded.push(null);
    this.values.push(padded);
    return this.values.length - 1;
  }

  /** A line of text merged across the sheet's width. */
  banner(text: string, format: Omit<RangeFormat, 'range'> = {}): number {
    const r = this.row([text]);
    const range = rangeAddress(r, 0, r, this.width - 1);
    this.merges.push(range);
    this.formats.push({ range, ...format });
    return r;
  }

  /** Merges a range of cells (0-based, inclusive); its text shows from the top-left cell. */
  merge(top: number, left: number, bottom: number, right: number): void {
    this.merges.push(rangeAddress(top, left, bottom, right));
  }

  format(top: number, left: number, bottom: number, right: number, format: Omit<RangeFormat, 'range'>): void {
    if (bottom < top || right < left) return;
    this.formats.push({ range: rangeAddress(top, left, bottom, right), ...format });
  }

  /** Rows (0-based, inclusive) printed again at the top of every page: a table's header. */
  repeatOnEveryPage(first: number, last: number): void {
    this.titleRows = { first, last };
  }

  /** Rows (0-based, inclusive) printed on one page when they fit on one: a page starts before them rather than inside. */
  keepTogether(first: number, last: number): void {
    if (last >= first) this.keptTogether.push({ first, last });
  }

  /**
   * The plan, print-ready: the sheet font, A4 landscape one page wide, a height for every row that
   * needs one, and page breaks that keep blocks whole.
   */
  build(columnWidths: number[], extra: Partial<SheetPlan> = {}): SheetPlan {
    const rowHeights = estimateRowHeights(this.values, columnWidths, this.merges, this.formats, SHEET_FONT.size);
    const pageSetup = printReadyPage(this.titleRows);
    if (this.keptTogether.length > 0) {
      const breaks = pageBreaksKeepingTogether(
        this.values.length, rowHeights, this.keptTogether, PRINTABLE_HEIGHT_POINTS, linesHeight(1, SHEET_FONT.size), this.titleRows,
      );
      if (breaks.length > 0) pageSetup.breaksBefore = breaks;
    }
    return {
      name: this.name, values: this.values, columnWidths, merges: this.merges, formats: this.formats, rowHeights,
      font: { ...SHEET_FONT }, pageSetup, ...extra,
    };
  }
}

/** User text for one of our cells: shortened, and kept as text even when it starts with "=". */
export function literal(text: string): string {
  const shown = text.length > MAX_SHOWN_TEXT ? `${text.slice(0, MAX_SHOWN_TEXT - 1)}…` : text;
  return shown.startsWith('=') ? `="${shown.replace(/"/g, '""')}"` : shown;
}
