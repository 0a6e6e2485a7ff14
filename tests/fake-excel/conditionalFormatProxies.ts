/** Conditional formats (ExcelApi 1.6): the collection, a format, its rule and its fill. */
import { intersects } from './address';
import { officeError } from './errors';
import type { ConditionalFormatModel } from './model';
import { ClientCollection, ClientObject, ClientResult, type FakeRequestContext, jsonBytes } from './requestContext';
import { type AreasTarget, assertSheetAlive, assertWritable, type FormatTarget } from './proxyTargets';

let addedFormats = 0;

export class FakeConditionalFormatCollection extends ClientCollection<AreasTarget, FormatTarget, FakeConditionalFormat> {
  constructor(context: FakeRequestContext, private readonly _resolver: () => AreasTarget) {
    super(context, 'ConditionalFormatCollection');
  }

  protected _resolve(): AreasTarget {
    return this._resolver();
  }

  protected override _assertAlive(target: AreasTarget): void {
    assertSheetAlive(target.sheet);
  }

  /** The conditional formats that intersect the collection's range(s), in priority order. */
  protected _models({ sheet, rects }: AreasTarget): FormatTarget[] {
    return sheet.conditionalFormats
      .filter((cf) => cf.ranges.some((range) => rects.some((rect) => intersects(range, rect))))
      .map((cf) => ({ sheet, cf }));
  }

  protected _wrap(model: FormatTarget): FakeConditionalFormat {
    return new FakeConditionalFormat(this._context, () => model, model);
  }

  /** Adds a rule at the top of the priority list. */
  add(type: string): FakeConditionalFormat {
    const format = new FakeConditionalFormat(this._context, () => {
      throw officeError('ItemNotFound', 'The conditional format was never added.');
    });
    this._command(
      'add',
      ({ sheet, rects }) => {
        assertWritable(sheet);
        const cf: ConditionalFormatModel = { id: `{cf-added-${++addedFormats}}`, type, ranges: rects.map((r) => ({ ...r })) };
        sheet.conditionalFormats.unshift(cf);
        format._bind({ sheet, cf });
      },
      jsonBytes(type),
    );
    return format;
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._command('getCount', (target) => {
      const count = this._models(target).length;
      result._value = { v: count };
    });
    return result;
  }

  getItemAt(index: number): FakeConditionalFormat {
    this._context._requireApi('ConditionalFormatCollection.getItemAt');
    return new FakeConditionalFormat(this._context, () => {
      const model = this._models(this._live())[index];
      if (!model) throw officeError('ItemNotFound', `No conditional format at index ${index}.`);
      return model;
    });
  }
}

export class FakeConditionalFormat extends ClientObject<FormatTarget> {
  _custom: FakeCustomConditionalFormat | undefined = undefined;

  constructor(
    context: FakeRequestContext,
    private readonly _resolver: () => FormatTarget,
    bound?: FormatTarget,
  ) {
    super(context, 'ConditionalFormat', bound);
  }

  protected _resolve(): FormatTarget {
    return this._resolver();
  }

  protected override _assertAlive({ sheet, cf }: FormatTarget): void {
    assertSheetAlive(sheet);
    if (cf.deleted) throw officeError('ItemNotFound', 'The conditional format was deleted.');
  }

  protected override _scalars(): Record<string, (target: FormatTarget) => unknown> {
    return {
      type: (t) => t.cf.type,
      id: (t) => t.cf.id,
      priority: (t) => t.sheet.conditionalFormats.indexOf(t.cf),
    };
  }

  protected override _navigations(): string[] {
    return ['custom'];
  }

  get type(): string {
    return this._read('type');
  }
  get id(): string {
    return this._read('id');
  }
  get priority(): number {
    return this._read('priority');
  }

  get custom(): FakeCustomConditionalFormat {
    this._context._requireApi('ConditionalFormat.custom');
    this._custom ??= new FakeCustomConditionalFormat(this._context, () => {
      const target = this._live();
      if (target.cf.type !== 'Custom') {
        throw officeError('InvalidOperation', `The conditional format is of type ${target.cf.type}, not Custom.`);
      }
      return target;
    });
    return this._custom;
  }

  delete(): void {
    this._command('delete', ({ sheet, cf }) => {
      assertWritable(sheet);
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(cf), 1);
      cf.deleted = true;
    });
  }
}

abstract class FormatPart extends ClientObject<FormatTarget> {
  constructor(
    context: FakeRequestContext,
    className: string,
    private readonly _resolver: () => FormatTarget,
  ) {
    super(context, className);
  }

  protected _resolve(): FormatTarget {
    return this._resolver();
  }

  protected override _assertAlive({ sheet, cf }: FormatTarget): void {
    assertSheetAlive(sheet);
    if (cf.deleted) throw officeError('ItemNotFound', 'The conditional format was deleted.');
  }
}

export class FakeCustomConditionalFormat extends FormatPart {
  _rule: FakeConditionalFormatRule | undefined = undefined;
  _format: FakeConditionalRangeFormat | undefined = undefined;

  constructor(context: FakeRequestContext, resolver: () => FormatTarget) {
    super(context, 'CustomConditionalFormat', resolver);
  }

  protected override _navigations(): string[] {
    return ['rule', 'format'];
  }

  get rule(): FakeConditionalFormatRule {
    this._context._requireApi('CustomConditionalFormat.rule');
    this._rule ??= new FakeConditionalFormatRule(this._context, () => this._live());
    return this._rule;
  }

  get format(): FakeConditionalRangeFormat {
    this._context._requireApi('CustomConditionalFormat.format');
    this._format ??= new FakeConditionalRangeFormat(this._context, () => this._live());
    return this._format;
  }
}

export class FakeConditionalFormatRule extends FormatPart {
  constructor(context: FakeRequestContext, resolver: () => FormatTarget) {
    super(context, 'ConditionalFormatRule', resolver);
  }

  protected override _scalars(): Record<string, (target: FormatTarget) => unknown> {
    return { formula: (t) => t.cf.formula ?? '' };
  }

  get formula(): string {
    return this._read('formula');
  }
  set formula(value: string) {
    this._command(
      'formula',
      ({ sheet, cf }) => {
        assertWritable(sheet);
        if (typeof value !== 'string' || !value.startsWith('=')) throw officeError('InvalidArgument', 'A rule formula must start with "=".');
        cf.formula = value;
      },
      jsonBytes(value),
    );
  }
}

export class FakeConditionalRangeFormat extends FormatPart {
  _fill: FakeConditionalRangeFill | undefined = undefined;

  constructor(context: FakeRequestContext, resolver: () => FormatTarget) {
    super(context, 'ConditionalRangeFormat', resolver);
  }

  protected override _navigations(): string[] {
    return ['fill'];
  }

  get fill(): FakeConditionalRangeFill {
    this._context._requireApi('ConditionalRangeFormat.fill');
    this._fill ??= new FakeConditionalRangeFill(this._context, () => this._live());
    return this._fill;
  }
}

export class FakeConditionalRangeFill extends FormatPart {
  constructor(context: FakeRequestContext, resolver: () => FormatTarget) {
    super(context, 'ConditionalRangeFill', resolver);
  }

  protected override _scalars(): Record<string, (target: FormatTarget) => unknown> {
    return { color: (t) => t.cf.fill ?? null };
  }

  get color(): string | null {
    return this._read('color');
  }
  set color(value: string | null) {
    this._command('color', ({ sheet, cf }) => {
      assertWritable(sheet);
      cf.fill = value ?? undefined;
    });
  }
}
