/**
 * Worksheet.pageLayout (ExcelApi 1.9) as far as the product uses it: orientation, paper, zoom,
 * margins, print title rows and the default centre footer. Writes only; what was set is kept on the
 * sheet model (`SheetModel.pageLayout`) for tests to inspect.
 */
import { parseAddress } from './address';
import { FakeUsageError } from './errors';
import type { SheetModel } from './model';
import { ClientObject, type FakeRequestContext } from './requestContext';

export interface PageLayoutModel {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  /** Points, whatever unit they were given in. */
  margins?: { top: number; bottom: number; left: number; right: number; header: number; footer: number };
  /** 1-based sheet rows, inclusive. */
  printTitleRows?: { first: number; last: number };
  centerFooter?: string;
  /** 1-based rows a manual page break starts (Worksheet.horizontalPageBreaks). */
  rowBreaks?: number[];
}

const POINTS_PER_UNIT: Record<string, number> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };
const ORIENTATIONS = ['Portrait', 'Landscape'];

function layoutOf(sheet: SheetModel): PageLayoutModel {
  sheet.pageLayout ??= {};
  return sheet.pageLayout;
}

export class FakePageLayout extends ClientObject<SheetModel> {
  _headersFooters: FakeHeaderFooterGroup | undefined = undefined;

  constructor(context: FakeRequestContext, private readonly _resolver: () => SheetModel) {
    super(context, 'PageLayout');
  }

  protected _resolve(): SheetModel {
    return this._resolver();
  }

  set orientation(value: string) {
    if (!ORIENTATIONS.includes(value)) throw new FakeUsageError(`PageLayout.orientation: "${value}" is not an orientation`);
    this._command('orientation', (sheet) => (layoutOf(sheet).orientation = value));
  }

  set paperSize(value: string) {
    this._command('paperSize', (sheet) => (layoutOf(sheet).paperSize = value));
  }

  set zoom(value: PageLayoutModel['zoom']) {
    const zoom = { ...value };
    if (zoom.scale !== undefined && (zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined)) {
      throw new FakeUsageError('PageLayout.zoom: a scale and fit-to-pages exclude each other');
    }
    this._command('zoom', (sheet) => (layoutOf(sheet).zoom = zoom));
  }

  setPrintMargins(unit: string, options: Record<string, number>): void {
    const factor = POINTS_PER_UNIT[unit];
    if (factor === undefined) throw new FakeUsageError(`PageLayout.setPrintMargins: unknown unit "${unit}"`);
    const points = (key: string) => (options[key] ?? 0) * factor;
    this._command('setPrintMargins', (sheet) => {
      layoutOf(sheet).margins = {
        top: points('top'), bottom: points('bottom'), left: points('left'), right: points('right'),
        header: points('header'), footer: points('footer'),
      };
    });
  }

  /** Whole rows only ("$4:$4" or "4:5"), as Excel requires of print titles. */
  setPrintTitleRows(address: string): void {
    const rows = /^\$?(\d+):\$?(\d+)$/.exec(address);
    if (!rows || parseAddress(`A${rows[1]}:A${rows[2]}`) === undefined) {
      throw new FakeUsageError(`PageLayout.setPrintTitleRows: "${address}" is not a span of whole rows`);
    }
    this._command('setPrintTitleRows', (sheet) => {
      layoutOf(sheet).printTitleRows = { first: Number(rows[1]), last: Number(rows[2]) };
    });
  }

  get headersFooters(): FakeHeaderFooterGroup {
    this._context._requireApi('PageLayout.headersFooters');
    this._headersFooters ??= new FakeHeaderFooterGroup(this._context, () => this._live());
    return this._headersFooters;
  }
}

export class FakeHeaderFooterGroup extends ClientObject<SheetModel> {
  _default: FakeHeaderFooter | undefined = undefined;

  constructor(context: FakeRequestContext, private readonly _resolver: () => SheetModel) {
    super(context, 'HeaderFooterGroup');
  }

  protected _resolve(): SheetModel {
    return this._resolver();
  }

  get defaultForAllPages(): FakeHeaderFooter {
    this._context._requireApi('HeaderFooterGroup.defaultForAllPages');
    this._default ??= new FakeHeaderFooter(this._context, () => this._live());
    return this._default;
  }
}

export class FakeHeaderFooter extends ClientObject<SheetModel> {
  constructor(context: FakeRequestContext, private readonly _resolver: () => SheetModel) {
    super(context, 'HeaderFooter');
  }

  protected _resolve(): SheetModel {
    return this._resolver();
  }

  set centerFooter(value: string) {
    this._command('centerFooter', (sheet) => (layoutOf(sheet).centerFooter = String(value)));
  }
}

/**
 * Worksheet.horizontalPageBreaks (ExcelApi 1.9): add(range) puts a manual break above the range's
 * first row, as Excel does; a row that has one already is refused, as Excel refuses it.
 */
export class FakePageBreakCollection extends ClientObject<SheetModel> {
  constructor(context: FakeRequestContext, private readonly _resolver: () => SheetModel) {
    super(context, 'PageBreakCollection');
  }

  protected _resolve(): SheetModel {
    return this._resolver();
  }

  add(address: string): void {
    this._context._requireApi('PageBreakCollection.add');
    const rect = parseAddress(address);
    if (!rect) throw new FakeUsageError(`PageBreakCollection.add: "${address}" is not an address`);
    const row = rect.top + 1;
    this._command('add', (sheet) => {
      const breaks = (layoutOf(sheet).rowBreaks ??= []);
      if (row === 1 || breaks.includes(row)) throw new FakeUsageError(`PageBreakCollection.add: no new break possible above row ${row}`);
      breaks.push(row);
    });
  }
}
