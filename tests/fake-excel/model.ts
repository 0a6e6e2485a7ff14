import type { CellSnapshot, WorkbookSnapshot } from '../../src/engine';
import { columnName, columnsOf, contains, formatAddress, intersects, MAX_COLUMNS, parseAddress, rowsOf, type Rect } from './address';
import { formatNumber, parseInput, type CellValue } from './cellText';
import { FakeUsageError } from './errors';
import type { PageLayoutModel } from './pageLayout';

/**
 * The workbook the fake host works on. Tests build it (from a WorkbookSnapshot or cell by cell),
 * run the code under test through the Office.js-shaped proxies, and inspect it afterwards.
 */

export type BorderEdge = 'top' | 'bottom' | 'left' | 'right';

export interface CellFormat {
  fill?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontName?: string;
  fontColor?: string;
  wrap?: boolean;
  hAlign?: string;
  vAlign?: string;
  borders?: Partial<Record<BorderEdge, { style?: string; weight?: string; color?: string }>>;
}

export interface CellModel {
  value: CellValue;
  error?: boolean;
  formula?: string;
  numberFormat: string;
  /** Displayed text given by the test (e.g. from a snapshot); otherwise computed. */
  text?: string;
  quotePrefix?: boolean;
  format: CellFormat;
}

export interface ConditionalFormatModel {
  id: string;
  type: string;
  ranges: Rect[];
  formula?: string;
  fill?: string;
  fontColor?: string;
  deleted?: boolean;
}

export interface ValidationModel {
  range: Rect;
  rule: unknown;
  prompt?: unknown;
  errorAlert?: unknown;
}

export const DEFAULT_COLUMN_WIDTH_POINTS = 48;
export const DEFAULT_ROW_HEIGHT_POINTS = 15;
/** Excel refuses a taller row (InvalidArgument). */
export const MAX_ROW_HEIGHT_POINTS = 409;

let nextId = 1;
const newId = (prefix: string): string => `${prefix}${nextId++}`;

function hasFormat(cell: CellModel): boolean {
  if (cell.numberFormat !== 'General') return true;
  for (const key in cell.format) if (cell.format[key as keyof CellFormat] !== undefined) return true;
  return false;
}

function emptyCell(): CellModel {
  return { value: null, numberFormat: 'General', format: {} };
}

function key(row: number, col: number): number {
  return row * MAX_COLUMNS + col;
}

export class SheetModel {
  readonly id = newId('{sheet-');
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  /** The workbook's date system, which decides what a date serial displays. */
  date1904 = false;
  /** Set by a test: writes to the sheet's cells then fail with AccessDenied. */
  protected = false;
  deleted = false;
  frozenRows = 0;
  /** What Worksheet.pageLayout set (ExcelApi 1.9); undefined when nothing was. */
  pageLayout: PageLayoutModel | undefined = undefined;
  readonly merges: Rect[] = [];
  /** Index 0 has the highest priority (Excel puts a new rule on top). */
  readonly conditionalFormats: ConditionalFormatModel[] = [];
  readonly validations: ValidationModel[] = [];
  readonly columnWidths = new Map<number, number>();
  /** Rows given a height; every other row has the default one. */
  readonly rowHeights = new Map<number, number>();
  readonly cells = new Map<number, CellModel>();

  constructor(name: string) {
    this.name = name;
  }

  // ---- for the proxies ----

  peek(row: number, col: number): CellModel | undefined {
    return this.cells.get(key(row, col));
  }

  touch(row: number, col: number): CellModel {
    const k = key(row, col);
    let cell = this.cells.get(k);
    if (!cell) this.cells.set(k, (cell = emptyCell()));
    return cell;
  }

  /** Smallest rectangle holding every cell with a value or a format; undefined when blank. */
  usedRect(valuesOnly = false): Rect | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, cell] of this.cells) {
      if (cell.value === null && cell.formula === undefined && (valuesOnly || !hasFormat(cell))) continue;
      const row = (k / MAX_COLUMNS) | 0;
      const col = k - row * MAX_COLUMNS;
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (col < left) left = col;
      if (col > right) right = col;
    }
    return bottom < 0 ? undefined : { top, left, bottom, right };
  }

  /** Stores typed input (values/formulas setters); null leaves the cell alone. */
  writeInput(row: number, col: number, input: unknown): void {
    if (input === null || input === undefined) return;
    if (typeof input !== 'string' && typeof input !== 'number' && typeof input !== 'boolean') {
      throw new FakeUsageError(`cannot write ${typeof input} into a cell`);
    }
    const parsed = parseInput(input, this.date1904);
    const cell = this.touch(row, col);
    cell.value = parsed.value;
    cell.error = parsed.error || undefined;
    cell.formula = parsed.formula;
    cell.quotePrefix = parsed.quotePrefix || undefined;
    cell.text = undefined;
    if (parsed.impliedFormat && cell.numberFormat === 'General') cell.numberFormat = parsed.impliedFormat;
  }

  merge(rect: Rect): void {
    for (let i = this.merges.length - 1; i >= 0; i--) if (intersects(this.merges[i], rect)) this.merges.splice(i, 1);
    this.merges.push(rect);
    // Like Excel: only the top-left value survives a merge.
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        if (r === rect.top && c === rect.left) continue;
        const cell = this.peek(r, c);
        if (cell) Object.assign(cell, { value: null, error: undefined, formula: undefined, text: undefined });
      }
    }
  }

  // ---- for tests: building ----

  setCell(address: string, cell: Partial<Omit<CellModel, 'format'>> & { format?: CellFormat }): this {
    const rect = rectOf(address);
    const target = this.touch(rect.top, rect.left);
    Object.assign(target, cell, { format: { ...target.format, ...cell.format } });
    return this;
  }

  /** Types a value into a cell, as the user would. */
  type(address: string, input: string | number | boolean): this {
    const rect = rectOf(address);
    this.writeInput(rect.top, rect.left, input);
    return this;
  }

  setFormat(address: string, format: CellFormat): this {
    const rect = rectOf(address);
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) Object.assign(this.touch(r, c).format, format);
    }
    return this;
  }

  addConditionalFormat(cf: { type: string; ranges: string; formula?: string; fill?: string; fontColor?: string }): ConditionalFormatModel {
    const model: ConditionalFormatModel = {
      id: newId('{cf-'),
      type: cf.type,
      ranges: cf.ranges.split(',').map(rectOf),
      formula: cf.formula,
      fill: cf.fill,
      fontColor: cf.fontColor,
    };
    this.conditionalFormats.unshift(model);
    return model;
  }

  mergeCells(address: string): this {
    this.merge(rectOf(address));
    return this;
  }

  // ---- for tests: inspecting ----

  cell(address: string): CellView {
    const rect = rectOf(address);
    return viewOf(this.peek(rect.top, rect.left) ?? emptyCell(), this.date1904);
  }

  /** Values of a range, '' for empty (as Range.values returns them). */
  values(address: string): CellValue[][] {
    const rect = rectOf(address);
    const out: CellValue[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: CellValue[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(this.peek(r, c)?.value ?? '');
      out.push(row);
    }
    return out;
  }

  get mergedAddresses(): string[] {
    return this.merges.map(formatAddress);
  }

  /** Column width in points ("A"…). */
  columnWidth(column: string): number {
    const rect = rectOf(`${column}1`);
    return this.columnWidths.get(rect.left) ?? DEFAULT_COLUMN_WIDTH_POINTS;
  }

  /** Row height in points (row 1 is the first). */
  rowHeight(row: number): number {
    return this.rowHeights.get(row - 1) ?? DEFAULT_ROW_HEIGHT_POINTS;
  }

  /** Conditional formats as plain data, addresses in A1 notation. */
  get conditionalFormatList(): { type: string; ranges: string[]; formula?: string; fill?: string }[] {
    return this.conditionalFormats.map((cf) => ({
      type: cf.type,
      ranges: cf.ranges.map(formatAddress),
      formula: cf.formula,
      fill: cf.fill,
    }));
  }

  get usedAddress(): string | undefined {
    const rect = this.usedRect();
    return rect && formatAddress(rect);
  }

  /** Everything about the sheet as plain data, to prove a sheet was left untouched. */
  dump(): unknown {
    const cells = [...this.cells.entries()]
      .sort(([a], [b]) => a - b)
      .map(([k, cell]) => [formatAddress({ top: Math.floor(k / MAX_COLUMNS), left: k % MAX_COLUMNS, bottom: Math.floor(k / MAX_COLUMNS), right: k % MAX_COLUMNS }), cell]);
    return JSON.parse(
      JSON.stringify({
        name: this.name,
        cells,
        merges: this.mergedAddresses,
        conditionalFormats: this.conditionalFormatList,
        validations: this.validations.map((v) => ({ range: formatAddress(v.range), rule: v.rule })),
        frozenRows: this.frozenRows,
        columnWidths: [...this.columnWidths.entries()].map(([c, w]) => [columnName(c), w]),
        rowHeights: [...this.rowHeights.entries()].map(([r, h]) => [r + 1, h]),
      }),
    );
  }
}

export interface CellView {
  value: CellValue;
  error: boolean;
  formula?: string;
  numberFormat: string;
  /** What Excel would display. */
  text: string;
  format: CellFormat;
  quotePrefix: boolean;
}

export function displayText(cell: CellModel, date1904: boolean): string {
  if (cell.text !== undefined) return cell.text;
  const { value } = cell;
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return formatNumber(value, cell.numberFormat, date1904);
  return value;
}

function viewOf(cell: CellModel, date1904: boolean): CellView {
  return {
    value: cell.value,
    error: cell.error === true,
    formula: cell.formula,
    numberFormat: cell.numberFormat,
    text: displayText(cell, date1904),
    format: JSON.parse(JSON.stringify(cell.format)),
    quotePrefix: cell.quotePrefix === true,
  };
}

export function rectOf(address: string): Rect {
  const rect = parseAddress(address);
  if (!rect) throw new FakeUsageError(`invalid address "${address}"`);
  return rect;
}

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  activeSheet: SheetModel | undefined;
  /** "Use 1904 date system" (Excel Options › Advanced): dates are stored 1,462 lower. */
  date1904 = false;
  selection: { sheet: SheetModel; rect: Rect } | undefined;

  liveSheets(): SheetModel[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  findSheet(name: string): SheetModel | undefined {
    const upper = name.toUpperCase();
    return this.sheets.find((s) => !s.deleted && s.name.toUpperCase() === upper);
  }

  addSheet(name: string): SheetModel {
    if (this.findSheet(name)) throw new FakeUsageError(`sheet "${name}" already exists`);
    const sheet = new SheetModel(name);
    sheet.date1904 = this.date1904;
    this.sheets.push(sheet);
    this.activeSheet ??= sheet;
    return sheet;
  }

  removeSheet(sheet: SheetModel): void {
    const index = this.sheets.indexOf(sheet);
    this.sheets.splice(index, 1);
    sheet.deleted = true;
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[Math.min(index, this.sheets.length - 1)];
    if (this.selection?.sheet === sheet) this.selection = undefined;
  }

  /** Adds the snapshot's sheets: values, errors, number formats, displayed text, formulas, merges. */
  loadSnapshot(snapshot: WorkbookSnapshot): void {
    for (const sheet of snapshot.sheets) {
      const model = this.addSheet(sheet.name);
      sheet.rows.forEach((row, r) => {
        row?.forEach((cell, c) => {
          if (cell) Object.assign(model.touch(r, c), fromSnapshotCell(cell));
        });
      });
      for (const m of sheet.merges) model.merges.push({ ...m });
    }
  }
}

function fromSnapshotCell(cell: CellSnapshot): Partial<CellModel> {
  return {
    value: cell.v,
    error: cell.err === true || undefined,
    numberFormat: cell.fmt ?? 'General',
    text: cell.text,
    formula: cell.f === undefined ? undefined : `=${cell.f}`,
  };
}

export { rowsOf, columnsOf, contains, intersects };
