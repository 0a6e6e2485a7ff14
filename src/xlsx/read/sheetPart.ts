/**
 * One worksheet part → SheetSnapshot, in one streaming pass. Cells are read as the snapshot has
 * always held them (src/xlsx/cellSnapshot.ts): shared, inline and rich strings as plain text,
 * dates as serials, errors with `err`, formulas with their cached value, every cell of a shared
 * formula with its own moved formula. Merges stay ranges; the hidden cells of a merged area are
 * cleared as Office.js shows them. Everything else in the part (data validations, conditional
 * formats, drawings …) is skipped tag by tag, never expanded.
 */
import { MAX_COLUMNS, MAX_ROWS, type CellSnapshot, type MergeArea, type SheetSnapshot } from '../../engine';
import { dateSerial } from './numberFormats';
import { moveFormula } from './sharedFormulas';
import type { CellStyles } from './styles';
import { nameIs, XmlDamage, type XmlSink } from './xmlScanner';
import { TextCache } from './textCache';
import { BeyondSheetLimits, cellType, CellType, isTrue, letters, plainInteger, positiveInt, referenceColumn } from './cellBytes';
import { CellObjects } from './cellObjects';
import { denseRows, type Row } from './denseRows';
import { AttributeCursor, bytesToString, textOf, unescapeExcel } from './xmlText';

const enum Capture {
  None,
  Value,
  Formula,
  InlineText,
}

/** What the rest of the workbook tells a sheet: shared strings, styles, date system. */
export interface SheetContext {
  sharedStrings: readonly string[];
  styles: CellStyles;
  date1904: boolean;
}

interface SharedMaster {
  formula: string;
  row: number;
  col: number;
}

export class SheetSink implements XmlSink {
  wantsText = false;
  private readonly rows: (Row | undefined)[] = [];
  private readonly hidden: boolean[] = [];
  private readonly merges: MergeArea[] = [];
  private readonly masters = new Map<string, SharedMaster>();
  private readonly attrs = new AttributeCursor();
  private readonly texts = new TextCache();
  private readonly cellObjects = new CellObjects();
  private inSheetData = false;
  private inMergeCells = false;
  private row = -1;
  /**
   * The current row's cells, reused row after row: a finished row is copied out at its exact
   * length, so the snapshot holds no spare capacity from the array's growth (the young GC copies
   * every row it holds, twice).
   */
  private readonly rowCells: Row = [];
  private rowLength = 0;
  private col = -1;
  // The cell being read.
  private type = CellType.Number;
  private style = 0;
  private capture = Capture.None;
  private value: string | undefined;
  /** The value when it is a plain integer, read from the bytes without making a string. */
  private integer: number | undefined;
  private formula: string | undefined;
  private sharedIndex: string | undefined;
  private sharedRef = false;
  private inlineText: string | undefined;
  /** Depth inside <rPh> (phonetic guide text), which is not part of the cell's text. */
  private inPhonetic = 0;

  constructor(private readonly context: SheetContext) {}

  open(buf: Uint8Array, ns: number, ne: number, as: number, ae: number): void {
    const n = ne - ns;
    if (this.inSheetData) {
      if (n === 1) {
        switch (buf[ns]) {
          case 99: // c
            this.openCell(buf, as, ae);
            return;
          case 118: // v
            this.startCapture(Capture.Value);
            return;
          case 102: // f
            this.openFormula(buf, as, ae);
            return;
          case 116: // t, inside <is> (directly or in a rich-text run)
            if (this.inlineText !== undefined && this.inPhonetic === 0) this.startCapture(Capture.InlineText);
            return;
        }
      } else if (n === 2 && buf[ns] === 105 && buf[ns + 1] === 115) {
        this.inlineText = '';
      } else if (nameIs(buf, ns, ne, 'row')) {
        this.openRow(buf, as, ae);
      } else if (nameIs(buf, ns, ne, 'rPh')) {
        this.inPhonetic++;
      }
      return;
    }
    if (this.inMergeCells && nameIs(buf, ns, ne, 'mergeCell')) this.openMerge(buf, as, ae);
    else if (nameIs(buf, ns, ne, 'sheetData')) this.inSheetData = true;
    else if (nameIs(buf, ns, ne, 'mergeCells')) this.inMergeCells = true;
  }

  close(buf: Uint8Array, ns: number, ne: number): void {
    const n = ne - ns;
    if (this.inSheetData) {
      if (n === 1) {
        if (buf[ns] === 99) this.closeCell();
        else this.stopCapture();
      } else if (nameIs(buf, ns, ne, 'rPh')) {
        this.inPhonetic--;
      } else if (nameIs(buf, ns, ne, 'sheetData')) {
        this.endRow();
        this.inSheetData = false;
      }
      return;
    }
    if (nameIs(buf, ns, ne, 'mergeCells')) this.inMergeCells = false;
  }

  text(buf: Uint8Array, s: number, e: number, cdata: boolean): void {
    if (this.capture === Capture.Value && !cdata && this.value === undefined && this.integer === undefined && this.type <= CellType.SharedString) {
      const n = plainInteger(buf, s, e);
      if (n >= 0) {
        this.integer = n;
        return;
      }
    }
    const t = cdata ? textOf(buf, s, e, true) : this.texts.text(buf, s, e);
    switch (this.capture) {
      case Capture.Value:
        // A value split by a comment or CDATA: the integer read so far is its digits exactly.
        this.value = (this.value ?? (this.integer === undefined ? '' : String(this.integer))) + t;
        this.integer = undefined;
        break;
      case Capture.Formula:
        this.formula = (this.formula ?? '') + t;
        break;
      case Capture.InlineText:
        this.inlineText += t;
        break;
    }
  }

  private startCapture(what: Capture): void {
    this.capture = what;
    this.wantsText = true;
  }

  private stopCapture(): void {
    this.capture = Capture.None;
    this.wantsText = false;
  }

  private openRow(buf: Uint8Array, as: number, ae: number): void {
    let row = this.row + 1;
    let hidden = false;
    const a = this.attrs.reset(buf, as, ae);
    while (a.next()) {
      if (nameIs(buf, a.ns, a.ne, 'r')) row = positiveInt(buf, a.vs, a.ve) - 1;
      else if (nameIs(buf, a.ns, a.ne, 'hidden')) hidden = isTrue(buf, a.vs, a.ve);
    }
    if (row < 0) throw new XmlDamage('a row without a valid number');
    if (row >= MAX_ROWS) throw new BeyondSheetLimits(`row ${row + 1}`);
    // Cells between </row> and the next <row> still belong to the row before, so it ends here.
    this.endRow();
    this.row = row;
    this.col = -1;
    // A later row with the same number replaces the earlier one.
    this.rows[row] = undefined;
    this.hidden[row] = hidden;
  }

  private openCell(buf: Uint8Array, as: number, ae: number): void {
    let col = this.col + 1;
    this.type = CellType.Number;
    this.style = 0;
    const a = this.attrs.reset(buf, as, ae);
    while (a.next()) {
      if (a.ne - a.ns !== 1) continue;
      switch (buf[a.ns]) {
        case 114: // r
          col = referenceColumn(buf, a.vs, a.ve);
          break;
        case 115: // s
          this.style = positiveInt(buf, a.vs, a.ve);
          break;
        case 116: // t
          this.type = cellType(buf, a.vs, a.ve);
          break;
      }
    }
    if (this.row < 0) this.row = 0;
    if (col >= MAX_COLUMNS) throw new BeyondSheetLimits(`column ${col + 1}`);
    this.col = col;
    this.value = this.formula = this.sharedIndex = this.inlineText = this.integer = undefined;
    this.sharedRef = false;
  }

  private openFormula(buf: Uint8Array, as: number, ae: number): void {
    let shared = false;
    const a = this.attrs.reset(buf, as, ae);
    while (a.next()) {
      if (nameIs(buf, a.ns, a.ne, 't')) shared = nameIs(buf, a.vs, a.ve, 'shared');
      else if (nameIs(buf, a.ns, a.ne, 'si')) this.sharedIndex = bytesToString(buf, a.vs, a.ve);
      else if (nameIs(buf, a.ns, a.ne, 'ref')) this.sharedRef = true;
    }
    if (!shared) this.sharedIndex = undefined;
    this.startCapture(Capture.Formula);
  }

  private closeCell(): void {
    const cell = this.cellSnapshot();
    const col = this.col;
    if (cell) {
      const cells = this.rowCells;
      // Filled in order, never past the end: the array stays packed.
      for (let c = this.rowLength; c < col; c++) cells[c] = null;
      cells[col] = cell;
      if (col >= this.rowLength) this.rowLength = col + 1;
    } else if (col < this.rowLength) {
      // A later cell at the same address replaces the earlier one, even when it is empty.
      this.rowCells[col] = null;
    }
    this.stopCapture();
  }

  /** The current row into the sheet, when it has a cell. */
  private endRow(): void {
    if (this.rowLength === 0) return;
    this.rows[this.row] = this.rowCells.slice(0, this.rowLength);
    this.rowLength = 0;
  }

  private cellSnapshot(): CellSnapshot | null {
    const fmt = this.context.styles.formatOf(this.style);
    const shownFmt = fmt !== undefined && fmt !== 'General' ? fmt : undefined;
    const hasValue = this.value !== undefined || this.integer !== undefined;
    const f = this.cellFormula();
    if (f === undefined) {
      if (!hasValue && this.inlineText === undefined) return null;
      const v = this.typedValue(this.type === CellType.InlineString ? (this.inlineText ?? '') : this.value, fmt);
      if (v === null) return null;
      // Looked up before any object is made: most cells of a sheet repeat one already made.
      return this.cellObjects.cell(v, this.type === CellType.Error, shownFmt, this.style);
    }
    const cell: CellSnapshot = { v: hasValue ? this.typedValue(this.value, fmt) : null };
    if (hasValue && this.type === CellType.Error) cell.err = true;
    cell.f = f;
    if (shownFmt !== undefined) cell.fmt = shownFmt;
    return cell;
  }

  /** The cell's formula without '='; a shared formula's other cells get the master's, moved. */
  private cellFormula(): string | undefined {
    const own = this.formula?.replace(/^=/, '');
    const si = this.sharedIndex;
    if (si === undefined) return own || undefined;
    if (this.sharedRef && own) {
      this.masters.set(si, { formula: own, row: this.row, col: this.col });
      return own;
    }
    const master = this.masters.get(si);
    return master ? moveFormula(master.formula, this.row - master.row, this.col - master.col) || undefined : own || undefined;
  }

  /**
   * The stored text (or the integer read from it, when `value` is undefined) as the cell's type
   * says: shared string, string, boolean, error code or number (maybe a date).
   */
  private typedValue(value: string | undefined, fmt: string | undefined): CellSnapshot['v'] {
    // Numbers and shared-string indexes read as integers (see text()) are never made into a string.
    const integer = value === undefined ? this.integer : undefined;
    const raw = value ?? '';
    switch (this.type) {
      case CellType.SharedString: {
        const index = integer ?? (value === undefined ? NaN : Number(raw));
        const s = this.context.sharedStrings[index];
        if (!Number.isInteger(index) || s === undefined) throw new XmlDamage(`shared string ${integer ?? raw} does not exist`);
        return s === '' ? null : s;
      }
      case CellType.FormulaString:
        return raw === '' ? null : raw;
      case CellType.InlineString:
        return raw === '' ? null : unescapeExcel(raw);
      case CellType.Boolean:
        return parseInt(raw, 10) !== 0;
      case CellType.Error:
        return raw;
      case CellType.IsoDate: {
        // An ISO 8601 date (strict OOXML): the snapshot holds dates as serials.
        const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) || !raw.includes('T') ? raw : `${raw}Z`);
        return Number.isNaN(ms) ? raw : dateSerial(ms / 86_400_000 + 25_569, false);
      }
      default: {
        const n = integer ?? parseFloat(raw);
        return fmt !== undefined && this.context.styles.isDate(this.style) ? dateSerial(n, this.context.date1904) : n;
      }
    }
  }

  private openMerge(buf: Uint8Array, as: number, ae: number): void {
    const a = this.attrs.reset(buf, as, ae);
    while (a.next()) {
      if (!nameIs(buf, a.ns, a.ne, 'ref')) continue;
      const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(bytesToString(buf, a.vs, a.ve));
      if (!m) throw new XmlDamage('a merged area without a valid range');
      const top = Number(m[2]) - 1;
      const left = letters(m[1]);
      const bottom = m[4] === undefined ? top : Number(m[4]) - 1;
      const right = m[3] === undefined ? left : letters(m[3]);
      if (Math.max(top, bottom) >= MAX_ROWS || Math.max(left, right) >= MAX_COLUMNS) throw new BeyondSheetLimits(`merge ${m[0]}`);
      if (top < 0 || bottom < 0) throw new XmlDamage('a merged area at row 0');
      this.merges.push({ top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) });
    }
  }

  /** The finished snapshot; the sink is spent afterwards. */
  snapshot(name: string): SheetSnapshot {
    const rows = this.rows;
    const merges = this.merges.sort((a, b) => a.top - b.top || a.left - b.left);
    // Only the cells that exist are visited, so a merge over the whole sheet costs nothing.
    for (const m of merges) {
      const lastRow = Math.min(m.bottom, rows.length - 1);
      for (let r = m.top; r <= lastRow; r++) {
        const cells = rows[r];
        if (!cells) continue;
        const lastCol = Math.min(m.right, cells.length - 1);
        for (let c = r === m.top ? m.left + 1 : m.left; c <= lastCol; c++) cells[c] = null;
      }
    }
    const hiddenRows: number[] = [];
    for (let r = 0; r < this.hidden.length; r++) if (this.hidden[r]) hiddenRows.push(r);
    return { name, rows: denseRows(rows), merges, hiddenRows };
  }
}

