/** Range: cell values, formulas, number formats and displayed text, merges, selection. */
import { columnsOf, formatAddress, rowsOf, sheetPrefix } from './address';
import { officeError } from './errors';
import { type CellModel, contains, displayText } from './model';
import { ClientObject, type FakeRequestContext, jsonBytes } from './requestContext';
import { assertSheetAlive, assertWritable, eachCell, type RangeTarget, requireRect } from './proxyTargets';
import { FakeRangeAreas } from './rangeAreasProxies';
import { FakeRangeFormat } from './rangeFormatProxies';
import { FakeConditionalFormatCollection } from './conditionalFormatProxies';
import { FakeDataValidation } from './dataValidationProxy';

function valueType(cell: CellModel | undefined): string {
  if (!cell || cell.value === null) return 'Empty';
  if (cell.error) return 'Error';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return 'String';
}

function grid<V>(target: RangeTarget, read: (cell: CellModel | undefined) => V): V[][] {
  const { sheet, rect } = target;
  const out: V[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: V[] = [];
    for (let c = rect.left; c <= rect.right; c++) row.push(read(sheet.peek(r, c)));
    out.push(row);
  }
  return out;
}

/** Cell data for more than a few million cells cannot come back in one response anyway. */
function guardCellRead(target: RangeTarget, limit: number): void {
  const cells = rowsOf(target.rect) * columnsOf(target.rect);
  if (cells * 2 > limit) {
    throw officeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${cells} cells).`);
  }
}

function checkMatrix(target: RangeTarget, matrix: unknown, member: string): unknown[][] {
  if (!Array.isArray(matrix) || !matrix.every(Array.isArray)) {
    throw officeError('InvalidArgument', `${member} must be a two-dimensional array.`);
  }
  const rows = rowsOf(target.rect);
  const columns = columnsOf(target.rect);
  if (matrix.length !== rows || matrix.some((row: unknown[]) => row.length !== columns)) {
    throw officeError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${member}).`,
    );
  }
  return matrix as unknown[][];
}

export class FakeRange extends ClientObject<RangeTarget> {
  _format: FakeRangeFormat | undefined = undefined;
  _conditionalFormats: FakeConditionalFormatCollection | undefined = undefined;
  _dataValidation: FakeDataValidation | undefined = undefined;

  constructor(
    context: FakeRequestContext,
    private readonly _resolver: () => RangeTarget | null,
    bound?: RangeTarget,
  ) {
    super(context, 'Range', bound);
  }

  protected _resolve(): RangeTarget | null {
    return this._resolver();
  }

  protected override _assertAlive(target: RangeTarget): void {
    assertSheetAlive(target.sheet);
  }

  protected override _scalars(): Record<string, (target: RangeTarget) => unknown> {
    const limit = this._context._host.payloadLimitBytes;
    const cells = <V>(read: (cell: CellModel | undefined) => V) => (target: RangeTarget) => {
      guardCellRead(target, limit);
      return grid(target, read);
    };
    return {
      address: (t) => sheetPrefix(t.sheet.name) + formatAddress(t.rect),
      rowIndex: (t) => t.rect.top,
      columnIndex: (t) => t.rect.left,
      rowCount: (t) => rowsOf(t.rect),
      columnCount: (t) => columnsOf(t.rect),
      cellCount: (t) => rowsOf(t.rect) * columnsOf(t.rect),
      values: cells((cell) => cell?.value ?? ''),
      valueTypes: cells(valueType),
      text: (t) => cells((cell) => (cell ? displayText(cell, t.sheet.date1904) : ''))(t),
      numberFormat: cells((cell) => cell?.numberFormat ?? 'General'),
      formulas: cells((cell) => cell?.formula ?? cell?.value ?? ''),
    };
  }

  protected override _navigations(): string[] {
    return ['format', 'conditionalFormats', 'dataValidation'];
  }

  get address(): string {
    return this._read('address');
  }
  get rowIndex(): number {
    return this._read('rowIndex');
  }
  get columnIndex(): number {
    return this._read('columnIndex');
  }
  get rowCount(): number {
    return this._read('rowCount');
  }
  get columnCount(): number {
    return this._read('columnCount');
  }
  get cellCount(): number {
    return this._read('cellCount');
  }
  get valueTypes(): string[][] {
    return this._read('valueTypes');
  }
  get text(): string[][] {
    return this._read('text');
  }

  get values(): unknown[][] {
    return this._read('values');
  }

  set values(matrix: unknown[][]) {
    this._writeCells('values', matrix);
  }

  get formulas(): unknown[][] {
    return this._read('formulas');
  }

  set formulas(matrix: unknown[][]) {
    this._writeCells('formulas', matrix);
  }

  get numberFormat(): unknown[][] {
    return this._read('numberFormat');
  }

  set numberFormat(matrix: unknown[][]) {
    this._command(
      'numberFormat',
      (target) => {
        assertWritable(target.sheet);
        const rows = checkMatrix(target, matrix, 'numberFormat');
        eachCell(target.rect, (r, c) => {
          const format = rows[r - target.rect.top][c - target.rect.left];
          if (format === null || format === undefined) return;
          const cell = target.sheet.touch(r, c);
          cell.numberFormat = format === '' ? 'General' : String(format);
          cell.text = undefined;
        });
      },
      jsonBytes(matrix),
    );
  }

  /** values and formulas setters both behave like typing; null entries leave the cell alone. */
  private _writeCells(member: 'values' | 'formulas', matrix: unknown[][]): void {
    this._command(
      member,
      (target) => {
        assertWritable(target.sheet);
        const rows = checkMatrix(target, matrix, member);
        eachCell(target.rect, (r, c) => target.sheet.writeInput(r, c, rows[r - target.rect.top][c - target.rect.left]));
      },
      jsonBytes(matrix),
    );
  }

  get format(): FakeRangeFormat {
    this._context._requireApi('Range.format');
    this._format ??= new FakeRangeFormat(this._context, () => this._live());
    return this._format;
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this._context._requireApi('Range.conditionalFormats');
    this._conditionalFormats ??= new FakeConditionalFormatCollection(this._context, () => {
      const { sheet, rect } = this._live();
      return { sheet, rects: [rect] };
    });
    return this._conditionalFormats;
  }

  get dataValidation(): FakeDataValidation {
    this._context._requireApi('Range.dataValidation');
    this._dataValidation ??= new FakeDataValidation(this._context, () => this._live());
    return this._dataValidation;
  }

  merge(across?: boolean): void {
    this._command('merge', ({ sheet, rect }) => {
      assertWritable(sheet);
      if (across) for (let r = rect.top; r <= rect.bottom; r++) sheet.merge({ ...rect, top: r, bottom: r });
      else sheet.merge(rect);
    });
  }

  select(): void {
    this._command('select', ({ sheet, rect }) => {
      const workbook = this._context._host.model;
      if (workbook.activeSheet !== sheet) {
        throw officeError('InvalidOperation', 'Cannot select a range on a worksheet that is not active.');
      }
      workbook.selection = { sheet, rect };
    });
  }

  /** The smallest range holding this one and `other` (ExcelApi 1.1). */
  getBoundingRect(other: FakeRange | string): FakeRange {
    return new FakeRange(this._context, () => {
      const { sheet, rect } = this._live();
      const second = typeof other === 'string' ? requireRect(other) : other._live().rect;
      return {
        sheet,
        rect: {
          top: Math.min(rect.top, second.top),
          left: Math.min(rect.left, second.left),
          bottom: Math.max(rect.bottom, second.bottom),
          right: Math.max(rect.right, second.right),
        },
      };
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this._context._requireApi('Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(this._context, () => {
      const { sheet, rect } = this._live();
      // Excel returns only the merged areas whose top-left cell is inside the range, not every
      // area that overlaps it (OfficeDev/office-js#3611).
      const rects = sheet.merges.filter((m) => contains(rect, { top: m.top, left: m.left, bottom: m.top, right: m.left })).map((m) => ({ ...m }));
      return rects.length > 0 ? { sheet, rects } : null;
    });
  }
}
