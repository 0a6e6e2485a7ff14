/** The borders of a range: outer edges and the lines between cells. */
import { officeError } from './errors';
import { ClientObject, type FakeRequestContext } from './requestContext';
import { assertWritable, eachCell, type RangeTarget } from './proxyTargets';

const BORDER_INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal', 'DiagonalDown', 'DiagonalUp'];

export class FakeRangeBorderCollection extends ClientObject<RangeTarget> {
  constructor(context: FakeRequestContext, private readonly _resolver: () => RangeTarget) {
    super(context, 'RangeBorderCollection');
  }

  protected _resolve(): RangeTarget {
    return this._resolver();
  }

  getItem(index: string): FakeRangeBorder {
    this._context._requireApi('RangeBorderCollection.getItem');
    if (!BORDER_INDEXES.includes(index)) throw officeError('InvalidArgument', `Invalid border index "${index}".`);
    return new FakeRangeBorder(this._context, () => ({ ...this._live(), index }));
  }
}

type BorderTarget = RangeTarget & { index: string };

/** Which cell edges a border index covers: the outer edges, or the lines between cells. */
function borderCells(target: BorderTarget): { row: number; col: number; edge: 'top' | 'bottom' | 'left' | 'right' }[] {
  const { rect, index } = target;
  const out: { row: number; col: number; edge: 'top' | 'bottom' | 'left' | 'right' }[] = [];
  eachCell(rect, (row, col) => {
    if (index === 'EdgeTop' && row === rect.top) out.push({ row, col, edge: 'top' });
    if (index === 'EdgeBottom' && row === rect.bottom) out.push({ row, col, edge: 'bottom' });
    if (index === 'EdgeLeft' && col === rect.left) out.push({ row, col, edge: 'left' });
    if (index === 'EdgeRight' && col === rect.right) out.push({ row, col, edge: 'right' });
    if (index === 'InsideHorizontal') {
      if (row > rect.top) out.push({ row, col, edge: 'top' });
      if (row < rect.bottom) out.push({ row, col, edge: 'bottom' });
    }
    if (index === 'InsideVertical') {
      if (col > rect.left) out.push({ row, col, edge: 'left' });
      if (col < rect.right) out.push({ row, col, edge: 'right' });
    }
  });
  return out;
}

export class FakeRangeBorder extends ClientObject<BorderTarget> {
  constructor(context: FakeRequestContext, private readonly _resolver: () => BorderTarget) {
    super(context, 'RangeBorder');
  }

  protected _resolve(): BorderTarget {
    return this._resolver();
  }

  private _setEdges(member: 'style' | 'weight' | 'color', value: unknown): void {
    this._command(member, (target) => {
      assertWritable(target.sheet);
      for (const { row, col, edge } of borderCells(target)) {
        const format = target.sheet.touch(row, col).format;
        format.borders ??= {};
        format.borders[edge] = { ...format.borders[edge], [member]: String(value) };
      }
    });
  }

  set style(value: string) {
    this._setEdges('style', value);
  }
  get style(): string {
    return this._read('style');
  }

  set weight(value: string) {
    this._setEdges('weight', value);
  }
  get weight(): string {
    return this._read('weight');
  }

  set color(value: string) {
    this._setEdges('color', value);
  }
  get color(): string {
    return this._read('color');
  }
}
