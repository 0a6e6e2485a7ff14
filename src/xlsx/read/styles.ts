/** styles.xml → each cell style's number format (custom codes by id, else Excel's built-in ones). */
import { builtInFormat, isDateFormat } from './numberFormats';
import type { Element } from './smallParts';

export class CellStyles {
  private readonly dates: (boolean | undefined)[] = [];

  constructor(private readonly formats: readonly (string | undefined)[]) {}

  static fromElements(elements: readonly Element[]): CellStyles {
    const custom = new Map<number, string>();
    const formats: (string | undefined)[] = [];
    for (const e of elements) {
      if (e.name === 'numFmt' && e.attrs.formatCode !== undefined) custom.set(Number(e.attrs.numFmtId), e.attrs.formatCode);
      if (e.name === 'xf' && e.parent === 'cellXfs') {
        const id = Number(e.attrs.numFmtId ?? 0);
        formats.push(custom.get(id) ?? builtInFormat(id));
      }
    }
    return new CellStyles(formats);
  }

  static readonly wanted = new Set(['numFmt', 'xf']);

  formatOf(style: number): string | undefined {
    return this.formats[style];
  }

  isDate(style: number): boolean {
    let d = this.dates[style];
    if (d === undefined) {
      const fmt = this.formats[style];
      d = this.dates[style] = fmt !== undefined && isDateFormat(fmt);
    }
    return d;
  }
}
