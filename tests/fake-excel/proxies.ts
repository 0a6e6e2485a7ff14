import { columnsOf, formatAddress, intersects, MAX_COLUMNS, MAX_ROWS, parseAddress, rowsOf, sheetPrefix, type Rect } from './address';
import { officeError, FakeUsageError } from './errors';
import { displayText, type CellModel, type ConditionalFormatModel, type SheetModel, type WorkbookModel, contains, DEFAULT_ROW_HEIGHT_POINTS, MAX_ROW_HEIGHT_POINTS } from './model';
import { ClientCollection, ClientObject, ClientResult, jsonBytes, type FakeRequestContext } from './requestContext';
import { FakePageLayout } from './pageLayout';

/** The Excel object model subset src/excel uses, over the fake's WorkbookModel. */

interface RangeTarget {
  sheet: SheetModel;
  rect: Rect;
}

interface AreasTarget {
  sheet: SheetModel;
  rects: Rect[];
}

interface FormatTarget {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

function assertSheetAlive(sheet: SheetModel): void {
  if (sheet.deleted) throw officeError('ItemNotFound', 'The requested resource doesn\'t exist (the worksheet was deleted).');
}

function assertWritable(sheet: SheetModel): void {
  assertSheetAlive(sheet);
  if (sheet.protected) {
    throw officeError('AccessDenied', 'The cell or chart you\'re trying to change is on a protected sheet.');
  }
}

function requireRect(address: string): Rect {
  const rect = parseAddress(address);
  if (!rect) throw officeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: "${address}".`);
  return rect;
}

function sheetNameProblem(name: unknown): string | undefined {
  if (typeof name !== 'string' || name.length === 0 || name.length > 31) return 'must be 1–31 characters';
  if (/[[\]:*?/\\]/.test(name)) return 'contains a character Excel forbids';
  if (name.startsWith("'") || name.endsWith("'")) return 'begins or ends with an apostrophe';
  if (name.toUpperCase() === 'HISTORY') return 'is reserved';
  return undefined;
}

// ---------------------------------------------------------------- workbook and sheets

export class FakeWorkbook extends ClientObject<WorkbookModel> {
  _worksheets: FakeWorksheetCollection | undefined = undefined;

  constructor(context: FakeRequestContext, model: WorkbookModel) {
    super(context, 'Workbook', model);
  }

  protected _resolve(): WorkbookModel {
    throw new FakeUsageError('the workbook is always bound');
  }

  protected override _navigations(): string[] {
    return ['worksheets'];
  }

  get worksheets(): FakeWorksheetCollection {
    this._context._requireApi('Workbook.worksheets');
    this._worksheets ??= new FakeWorksheetCollection(this._context, this._live());
    return this._worksheets;
  }
}

export class FakeWorksheetCollection extends ClientCollection<WorkbookModel, SheetModel, FakeWorksheet> {
  constructor(context: FakeRequestContext, model: WorkbookModel) {
    super(context, 'WorksheetCollection', model);
  }

  protected _resolve(): WorkbookModel {
    throw new FakeUsageError('the worksheet collection is always bound');
  }

  protected _models(workbook: WorkbookModel): SheetModel[] {
    return workbook.liveSheets();
  }

  protected _wrap(sheet: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this._context, () => sheet, sheet);
  }

  getItem(name: string): FakeWorksheet {
    this._context._requireApi('WorksheetCollection.getItem');
    const workbook = this._live();
    return new FakeWorksheet(this._context, () => {
      const sheet = workbook.findSheet(name);
      if (!sheet) throw officeError('ItemNotFound', `The requested resource doesn't exist (worksheet "${name}").`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    this._context._requireApi('WorksheetCollection.getItemOrNullObject');
    const workbook = this._live();
    return new FakeWorksheet(this._context, () => workbook.findSheet(name) ?? null);
  }

  getActiveWorksheet(): FakeWorksheet {
    this._context._requireApi('WorksheetCollection.getActiveWorksheet');
    const workbook = this._live();
    return new FakeWorksheet(this._context, () => {
      if (!workbook.activeSheet) throw officeError('ItemNotFound', 'There is no active worksheet.');
      return workbook.activeSheet;
    });
  }

  /** Adds at the end, without activating it (as Excel does). */
  add(name?: string): FakeWorksheet {
    const workbook = this._live();
    const sheet = new FakeWorksheet(this._context, () => {
      throw officeError('ItemNotFound', 'The worksheet was never added.');
    });
    this._command(
      'add',
      () => {
        let sheetName = name;
        if (sheetName === undefined) {
          let n = workbook.sheets.length + 1;
          while (workbook.findSheet(`Sheet${n}`)) n++;
          sheetName = `Sheet${n}`;
        }
        const problem = sheetNameProblem(sheetName);
        if (problem) throw officeError('InvalidArgument', `The sheet name "${sheetName}" ${problem}.`);
        if (workbook.findSheet(sheetName)) {
          throw officeError('ItemAlreadyExists', `A worksheet named "${sheetName}" already exists.`);
        }
        sheet._bind(workbook.addSheet(sheetName));
      },
      jsonBytes(name),
    );
    return sheet;
  }

  getCount(): ClientResult<number> {
    const result = new ClientResult<number>();
    this._command('getCount', (workbook) => {
      const count = workbook.liveSheets().length;
      result._value = { v: count };
    });
    return result;
  }
}

export class FakeWorksheet extends ClientObject<SheetModel> {
  _freezePanes: FakeFreezePanes | undefined = undefined;
  _protection: FakeWorksheetProtection | undefined = undefined;
  _pageLayout: FakePageLayout | undefined = undefined;

  constructor(
    context: FakeRequestContext,
    private readonly _resolver: () => SheetModel | null,
    bound?: SheetModel,
  ) {
    super(context, 'Worksheet', bound);
  }

  protected _resolve(): SheetModel | null {
    return this._resolver();
  }

  protected override _assertAlive(sheet: SheetModel): void {
    assertSheetAlive(sheet);
  }

  protected override _scalars(): Record<string, (sheet: SheetModel) => unknown> {
    return {
      name: (sheet) => sheet.name,
      position: (sheet) => this._workbookOf(sheet).sheets.indexOf(sheet),
      id: (sheet) => sheet.id,
      visibility: (sheet) => sheet.visibility,
    };
  }

  protected override _navigations(): string[] {
    return ['freezePanes', 'protection'];
  }

  private _workbookOf(sheet: SheetModel): WorkbookModel {
    assertSheetAlive(sheet);
    return this._context._host.model;
  }

  get name(): string {
    return this._read('name');
  }

  set name(value: string) {
    this._command(
      'name',
      (sheet) => {
        const problem = sheetNameProblem(value);
        if (problem) throw officeError('InvalidArgument', `The sheet name "${value}" ${problem}.`);
        const other = this._workbookOf(sheet).findSheet(value);
        if (other && other !== sheet) throw officeError('ItemAlreadyExists', `A worksheet named "${value}" already exists.`);
        sheet.name = value;
      },
      jsonBytes(value),
    );
  }

  get position(): number {
    return this._read('position');
  }

  set position(value: number) {
    this._command('position', (sheet) => {
      const workbook = this._workbookOf(sheet);
      if (!Number.isInteger(value) || value < 0 || value >= workbook.sheets.length) {
        throw officeError('InvalidArgument', `Invalid worksheet position ${value}.`);
      }
      workbook.sheets.splice(workbook.sheets.indexOf(sheet), 1);
      workbook.sheets.splice(value, 0, sheet);
    });
  }

  get id(): string {
    return this._read('id');
  }

  get visibility(): string {
    return this._read('visibility');
  }

  /** As Excel: only its three states, and never the last visible sheet hidden. */
  set visibility(value: string) {
    this._command('visibility(set)', (sheet) => {
      if (value !== 'Visible' && value !== 'Hidden' && value !== 'VeryHidden') {
        throw officeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: visibility "${String(value)}".`);
      }
      const others = this._workbookOf(sheet).liveSheets().filter((s) => s !== sheet && s.visibility === 'Visible');
      if (value !== 'Visible' && others.length === 0) {
        throw officeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      sheet.visibility = value;
      // Excel shows another sheet when the one in view is hidden.
      const workbook = this._workbookOf(sheet);
      if (value !== 'Visible' && workbook.activeSheet === sheet) workbook.activeSheet = others[0];
    }, jsonBytes(value));
  }

  activate(): void {
    this._command('activate', (sheet) => {
      if (sheet.visibility !== 'Visible') throw officeError('InvalidOperation', 'A hidden worksheet cannot be activated.');
      this._workbookOf(sheet).activeSheet = sheet;
    });
  }

  delete(): void {
    this._command('delete', (sheet) => {
      const workbook = this._workbookOf(sheet);
      if (workbook.liveSheets().filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0) {
        throw officeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      }
      workbook.removeSheet(sheet);
    });
  }

  getRange(address?: string): FakeRange {
    this._context._requireApi('Worksheet.getRange');
    return new FakeRange(this._context, () => ({
      sheet: this._live(),
      rect: address === undefined ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } : requireRect(address),
    }));
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    this._context._requireApi('Worksheet.getUsedRange');
    if (valuesOnly !== undefined) this._context._requireApi('Worksheet.getUsedRange(valuesOnly)');
    return new FakeRange(this._context, () => {
      const sheet = this._live();
      return { sheet, rect: sheet.usedRect(valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    this._context._requireApi('Worksheet.getUsedRangeOrNullObject');
    return new FakeRange(this._context, () => {
      const sheet = this._live();
      const rect = sheet.usedRect(valuesOnly === true);
      return rect ? { sheet, rect } : null;
    });
  }

  getRanges(address: string): FakeRangeAreas {
    this._context._requireApi('Worksheet.getRanges');
    return new FakeRangeAreas(this._context, () => {
      // Excel rejects very long address lists (OfficeDev/office-js#5198, from ~8,200 characters).
      if (address.length > 8_192) throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      // Excel splits the list with the Windows locale's list separator only (office-js #1167, #1985):
      // ";" in Vietnamese, German, French… settings, "," in English ones.
      const separator = this._context._host.listSeparator;
      if (address.includes(separator === ',' ? ';' : ',')) {
        throw officeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      }
      return { sheet: this._live(), rects: address.split(separator).map((part) => requireRect(part)) };
    });
  }

  get freezePanes(): FakeFreezePanes {
    this._context._requireApi('Worksheet.freezePanes');
    this._freezePanes ??= new FakeFreezePanes(this._context, () => this._live());
    return this._freezePanes;
  }

  get pageLayout(): FakePageLayout {
    this._context._requireApi('Worksheet.pageLayout');
    this._pageLayout ??= new FakePageLayout(this._context, () => this._live());
    return this._pageLayout;
  }

  get protection(): FakeWorksheetProtection {
    this._context._requireApi('Worksheet.protection');
    this._protection ??= new FakeWorksheetProtection(this._context, () => this._live());
    return this._protection;
  }
}

export class FakeWorksheetProtection extends ClientObject<SheetModel> {
  constructor(context: FakeRequestContext, private readonly _resolver: () => SheetModel) {
    super(context, 'WorksheetProtection');
  }

  protected _resolve(): SheetModel {
    return this._resolver();
  }

  protected override _scalars(): Record<string, (sheet: SheetModel) => unknown> {
    return { protected: (sheet) => sheet.protected };
  }

  get protected(): boolean {
    return this._read('protected');
  }
}

export class FakeFreezePanes extends ClientObject<SheetModel> {
  constructor(context: FakeRequestContext, private readonly _resolver: () => SheetModel) {
    super(context, 'WorksheetFreezePanes');
  }

  protected _resolve(): SheetModel {
    return this._resolver();
  }

  freezeRows(count?: number): void {
    this._command('freezeRows', (sheet) => {
      assertWritable(sheet);
      sheet.frozenRows = count ?? 1;
    });
  }
}

// ---------------------------------------------------------------- ranges

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

function eachCell(rect: Rect, visit: (row: number, col: number) => void): void {
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) visit(r, c);
}

/** A property of a multi-cell range is null unless every cell has the same value. */
function uniform<V>(target: RangeTarget, read: (cell: CellModel | undefined) => V): V | null {
  let first: { v: V } | undefined;
  const { rect, sheet } = target;
  if (rowsOf(rect) * columnsOf(rect) > 1_000_000) return null;
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) {
      const v = read(sheet.peek(r, c));
      if (!first) first = { v };
      else if (JSON.stringify(first.v) !== JSON.stringify(v)) return null;
    }
  }
  return first ? first.v : null;
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

// ---------------------------------------------------------------- formatting

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

// ---------------------------------------------------------------- conditional formats

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

// ---------------------------------------------------------------- data validation

export class FakeDataValidation extends ClientObject<RangeTarget> {
  constructor(context: FakeRequestContext, private readonly _resolver: () => RangeTarget) {
    super(context, 'DataValidation');
  }

  protected _resolve(): RangeTarget {
    return this._resolver();
  }

  protected override _scalars(): Record<string, (target: RangeTarget) => unknown> {
    return {
      rule: ({ sheet, rect }) => sheet.validations.find((v) => contains(v.range, rect))?.rule ?? null,
    };
  }

  get rule(): unknown {
    return this._read('rule');
  }
  set rule(rule: unknown) {
    this._command(
      'rule',
      ({ sheet, rect }) => {
        assertWritable(sheet);
        assertModelledRule(rule);
        for (let i = sheet.validations.length - 1; i >= 0; i--) {
          if (contains(rect, sheet.validations[i].range)) sheet.validations.splice(i, 1);
        }
        sheet.validations.push({ range: { ...rect }, rule: JSON.parse(JSON.stringify(rule)) });
      },
      jsonBytes(rule),
    );
  }

  set prompt(prompt: unknown) {
    this._setMessage('prompt', prompt);
  }

  set errorAlert(alert: unknown) {
    this._setMessage('errorAlert', alert);
  }

  /** A prompt or alert belongs to the validation just set on exactly this range. */
  private _setMessage(member: 'prompt' | 'errorAlert', message: unknown): void {
    this._command(
      member,
      ({ sheet, rect }) => {
        const validation = sheet.validations.find((v) => contains(v.range, rect) && contains(rect, v.range));
        if (!validation) throw new FakeUsageError(`DataValidation.${member}: set a rule on the range first`);
        validation[member] = JSON.parse(JSON.stringify(message));
      },
      jsonBytes(message),
    );
  }
}

/** A list with a source string, or dates between two ISO dates: the rules the product writes. */
function assertModelledRule(rule: unknown): void {
  const { list, date } = (rule ?? {}) as { list?: { source?: unknown }; date?: { operator?: unknown; formula1?: unknown; formula2?: unknown } };
  if (list && typeof list.source === 'string' && list.source !== '') return;
  const iso = (value: unknown) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
  if (date && date.operator === 'Between' && iso(date.formula1) && iso(date.formula2)) return;
  throw new FakeUsageError('only list rules with a source string and date rules Between two ISO dates are modelled');
}
