/** RangeAreas (ExcelApi 1.9) and the collection of its ranges. */
import { formatAddress, sheetPrefix } from './address';
import { ClientCollection, ClientObject, type FakeRequestContext } from './requestContext';
import { type AreasTarget, assertSheetAlive, type RangeTarget } from './proxyTargets';
import { FakeRange } from './rangeProxy';
import { FakeConditionalFormatCollection } from './conditionalFormatProxies';

export class FakeRangeAreas extends ClientObject<AreasTarget> {
  _areas: FakeRangeCollection | undefined = undefined;
  _conditionalFormats: FakeConditionalFormatCollection | undefined = undefined;

  constructor(context: FakeRequestContext, private readonly _resolver: () => AreasTarget | null) {
    super(context, 'RangeAreas');
  }

  protected _resolve(): AreasTarget | null {
    return this._resolver();
  }

  protected override _assertAlive(target: AreasTarget): void {
    assertSheetAlive(target.sheet);
  }

  protected override _scalars(): Record<string, (target: AreasTarget) => unknown> {
    return {
      address: (t) => t.rects.map((rect) => sheetPrefix(t.sheet.name) + formatAddress(rect)).join(','),
      areaCount: (t) => t.rects.length,
    };
  }

  protected override _navigations(): string[] {
    return ['areas', 'conditionalFormats'];
  }

  get address(): string {
    return this._read('address');
  }

  get areaCount(): number {
    return this._read('areaCount');
  }

  get areas(): FakeRangeCollection {
    this._context._requireApi('RangeAreas.areas');
    this._areas ??= new FakeRangeCollection(this._context, () => this._live());
    return this._areas;
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this._context._requireApi('RangeAreas.conditionalFormats');
    this._conditionalFormats ??= new FakeConditionalFormatCollection(this._context, () => this._live());
    return this._conditionalFormats;
  }
}

export class FakeRangeCollection extends ClientCollection<AreasTarget, RangeTarget, FakeRange> {
  constructor(context: FakeRequestContext, private readonly _resolver: () => AreasTarget) {
    super(context, 'RangeCollection');
  }

  protected _resolve(): AreasTarget {
    return this._resolver();
  }

  protected _models(target: AreasTarget): RangeTarget[] {
    return target.rects.map((rect) => ({ sheet: target.sheet, rect }));
  }

  protected _wrap(model: RangeTarget): FakeRange {
    return new FakeRange(this._context, () => model, model);
  }
}
