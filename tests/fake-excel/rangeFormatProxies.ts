/** RangeFormat and its fill and font: formatting applied to whole ranges. */
import { officeError } from './errors';
import { type CellModel, DEFAULT_ROW_HEIGHT_POINTS, MAX_ROW_HEIGHT_POINTS } from './model';
import { ClientObject, type FakeRequestContext } from './requestContext';
import { assertWritable, eachCell, type RangeTarget, uniform } from './proxyTargets';
import { FakeRangeBorderCollection } from './borderProxies';

export class FakeRangeFormat extends ClientObject<RangeTarget> {
  _fill: FakeRangeFill | undefined = undefined;
  _font: FakeRangeFont | undefined = undefined;
  _borders: FakeRangeBorderCollection | undefined = undefined;

  constructor(context: FakeRequestContext, private readonly _resolver: () => RangeTarget) {
    super(context, 'RangeFormat');
  }

  protected _resolve(): RangeTarget {
    return this._resolver();
  }

  protected override _scalars(): Record<string, (target: RangeTarget) => unknown> {
    return {
      wrapText: (t) => uniform(t, (cell) => cell?.format.wrap ?? false),
      horizontalAlignment: (t) => uniform(t, (cell) => cell?.format.hAlign ?? 'General'),
      verticalAlignment: (t) => uniform(t, (cell) => cell?.format.vAlign ?? 'Bottom'),
      columnWidth: (t) => {
        const widths = new Set<number>();
        for (let c = t.rect.left; c <= t.rect.right; c++) widths.add(t.sheet.columnWidths.get(c) ?? 48);
        return widths.size === 1 ? [...widths][0] : null;
      },
      rowHeight: (t) => {
        const heights = new Set<number>();
        for (let r = t.rect.top; r <= t.rect.bottom; r++) heights.add(t.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT_POINTS);
        return heights.size === 1 ? [...heights][0] : null;
      },
    };
  }

  protected override _navigations(): string[] {
    return ['fill', 'font', 'borders'];
  }

  private _setEach(member: string, apply: (cell: CellModel) => void): void {
    this._command(member, ({ sheet, rect }) => {
      assertWritable(sheet);
      eachCell(rect, (r, c) => apply(sheet.touch(r, c)));
    });
  }

  get fill(): FakeRangeFill {
    this._context._requireApi('RangeFormat.fill');
    this._fill ??= new FakeRangeFill(this._context, () => this._live());
    return this._fill;
  }

  get font(): FakeRangeFont {
    this._context._requireApi('RangeFormat.font');
    this._font ??= new FakeRangeFont(this._context, () => this._live());
    return this._font;
  }

  get borders(): FakeRangeBorderCollection {
    this._context._requireApi('RangeFormat.borders');
    this._borders ??= new FakeRangeBorderCollection(this._context, () => this._live());
    return this._borders;
  }

  get wrapText(): boolean | null {
    return this._read('wrapText');
  }
  set wrapText(value: boolean | null) {
    this._setEach('wrapText', (cell) => (cell.format.wrap = value === true));
  }

  get horizontalAlignment(): string | null {
    return this._read('horizontalAlignment');
  }
  set horizontalAlignment(value: string | null) {
    this._setEach('horizontalAlignment', (cell) => (cell.format.hAlign = String(value)));
  }

  get verticalAlignment(): string | null {
    return this._read('verticalAlignment');
  }
  set verticalAlignment(value: string | null) {
    this._setEach('verticalAlignment', (cell) => (cell.format.vAlign = String(value)));
  }

  get columnWidth(): number | null {
    return this._read('columnWidth');
  }
  set columnWidth(points: number | null) {
    this._command('columnWidth', ({ sheet, rect }) => {
      assertWritable(sheet);
      if (typeof points !== 'number' || points < 0) throw officeError('InvalidArgument', `Invalid column width ${points}.`);
      for (let c = rect.left; c <= rect.right; c++) sheet.columnWidths.set(c, points);
    });
  }

  get rowHeight(): number | null {
    return this._read('rowHeight');
  }
  set rowHeight(points: number | null) {
    this._command('rowHeight', ({ sheet, rect }) => {
      assertWritable(sheet);
      if (typeof points !== 'number' || !(points >= 0 && points <= MAX_ROW_HEIGHT_POINTS)) {
        throw officeError('InvalidArgument', `Invalid row height ${points}.`);
      }
      for (let r = rect.top; r <= rect.bottom; r++) sheet.rowHeights.set(r, points);
    });
  }
}

abstract class CellFormatPart extends ClientObject<RangeTarget> {
  constructor(
    context: FakeRequestContext,
    className: string,
    private readonly _resolver: () => RangeTarget,
  ) {
    super(context, className);
  }

  protected _resolve(): RangeTarget {
    return this._resolver();
  }

  protected _setEach(member: string, apply: (cell: CellModel) => void): void {
    this._command(member, ({ sheet, rect }) => {
      assertWritable(sheet);
      eachCell(rect, (r, c) => apply(sheet.touch(r, c)));
    });
  }
}

export class FakeRangeFill extends CellFormatPart {
  constructor(context: FakeRequestContext, resolver: () => RangeTarget) {
    super(context, 'RangeFill', resolver);
  }

  protected override _scalars(): Record<string, (target: RangeTarget) => unknown> {
    return { color: (t) => uniform(t, (cell) => cell?.format.fill ?? null) };
  }

  get color(): string | null {
    return this._read('color');
  }
  set color(value: string | null) {
    this._setEach('color', (cell) => (cell.format.fill = String(value)));
  }
}

export class FakeRangeFont extends CellFormatPart {
  constructor(context: FakeRequestContext, resolver: () => RangeTarget) {
    super(context, 'RangeFont', resolver);
  }

  protected override _scalars(): Record<string, (target: RangeTarget) => unknown> {
    return {
      bold: (t) => uniform(t, (cell) => cell?.format.bold ?? false),
      italic: (t) => uniform(t, (cell) => cell?.format.italic ?? false),
      size: (t) => uniform(t, (cell) => cell?.format.fontSize ?? 11),
      name: (t) => uniform(t, (cell) => cell?.format.fontName ?? 'Calibri'),
      color: (t) => uniform(t, (cell) => cell?.format.fontColor ?? '#000000'),
    };
  }

  get bold(): boolean | null {
    return this._read('bold');
  }
  set bold(value: boolean | null) {
    this._setEach('bold', (cell) => (cell.format.bold = value === true));
  }

  get italic(): boolean | null {
    return this._read('italic');
  }
  set italic(value: boolean | null) {
    this._setEach('italic', (cell) => (cell.format.italic = value === true));
  }

  get size(): number | null {
    return this._read('size');
  }
  set size(value: number | null) {
    this._setEach('size', (cell) => (cell.format.fontSize = Number(value)));
  }

  get color(): string | null {
    return this._read('color');
  }
  set color(value: string | null) {
    this._setEach('color', (cell) => (cell.format.fontColor = String(value)));
  }

  get name(): string | null {
    return this._read('name');
  }
  set name(value: string | null) {
    this._setEach('name', (cell) => (cell.format.fontName = String(value)));
  }
}
