/**
 * A worksheet part written from a sheet plan (src/engine/sheets/writePlan.ts): values, formulas,
 * styles, column widths, row heights, merges, frozen header rows, list and date validations and
 * page setup. The elements follow the order SpreadsheetML's schema requires.
 */
import { columnLetter, parseRangeAddress, type DateValidation, type ListValidation, type PlanValue, type RangeFormat, type SheetPlan } from '../../engine';
import type { CellStyle, StyleBook } from './styleBook';
import { escapeXml } from './xmlText';

/** Excel refuses (and "repairs" away) cell text longer than 32,767 characters. */
const EXCEL_MAX_TEXT = 32_767;
const COLUMNS = 16_384;

export interface SheetPart {
  xml: string;
  /** True when a cell holds a formula (written without a cached value). */
  hasFormulas: boolean;
}

export function isFormula(v: PlanValue | undefined): boolean {
  return typeof v === 'string' && v.length > 1 && v.startsWith('=');
}

export function sheetXml(plan: SheetPlan, styles: StyleBook, date1904: boolean): SheetPart {
  const values = plan.values.map((row) => [...row]);
  const listFormulas = (plan.validations ?? []).map((v) => listFormula(v, plan, values));
  const hiddenColumns = new Set<number>();
  listFormulas.forEach((f) => f.hiddenColumn !== undefined && hiddenColumns.add(f.hiddenColumn));

  const cellStyles = styleCells(plan, values, styles);
  const heights = new Map((plan.rowHeights ?? []).map(({ row, height }) => [row, height]));
  const rows = cellsByRow(values, cellStyles);
  for (const r of heights.keys()) if (!rows.has(r)) rows.set(r, new Set());

  let hasFormulas = false;
  let maxRow = 0;
  let maxCol = 0;
  const sheetData: string[] = [];
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const cells: string[] = [];
    const row = values[r] ?? [];
    for (const c of [...(rows.get(r) ?? [])].sort((a, b) => a - b)) {
      const v = row[c];
      const s = cellStyles.get(r * COLUMNS + c);
      const cell = cellXml(`${columnLetter(c)}${r + 1}`, v, s);
      if (!cell) continue;
      if (isFormula(v)) hasFormulas = true;
      cells.push(cell);
      maxCol = Math.max(maxCol, c);
    }
    const height = heights.get(r);
    const attrs = height !== undefined ? ` ht="${height}" customHeight="1"` : '';
    sheetData.push(cells.length ? `<row r="${r + 1}"${attrs}>${cells.join('')}</row>` : `<row r="${r + 1}"${attrs}/>`);
    maxRow = Math.max(maxRow, r);
  }

  const setup = plan.pageSetup;
  const parts = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ',
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
    setup ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '',
    `<dimension ref="A1:${columnLetter(maxCol)}${maxRow + 1}"/>`,
    sheetViewsXml(plan.freezeRows),
    `<sheetFormatPr defaultRowHeight="15"/>`,
    colsXml(plan.columnWidths, hiddenColumns),
    sheetData.length ? `<sheetData>${sheetData.join('')}</sheetData>` : '<sheetData/>',
    plan.merges.length
      ? `<mergeCells count="${plan.merges.length}">${plan.merges.map((m) => `<mergeCell ref="${escapeXml(m)}"/>`).join('')}</mergeCells>`
      : '',
    validationsXml(plan.validations ?? [], listFormulas.map((f) => f.formula), plan.dateValidations ?? [], date1904),
    setup
      ? `<pageMargins left="${setup.margins.left}" right="${setup.margins.right}" top="${setup.margins.top}" bottom="${setup.margins.bottom}" header="${setup.margins.header}" footer="${setup.margins.footer}"/>` +
        `<pageSetup paperSize="9" orientation="${setup.orientation}" fitToWidth="${setup.fitToWidth}" fitToHeight="0"/>` +
        (setup.footerCenter ? `<headerFooter><oddFooter>${escapeXml(`&C${setup.footerCenter}`)}</oddFooter></headerFooter>` : '') +
        rowBreaksXml(setup.breaksBefore ?? [])
      : '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    '</worksheet>',
  ];
  return { xml: parts.join(''), hasFormulas };
}

/** The columns of each row that hold a value or a style. */
function cellsByRow(values: PlanValue[][], styles: Map<number, number>): Map<number, Set<number>> {
  const rows = new Map<number, Set<number>>();
  const add = (r: number, c: number) => {
    let cols = rows.get(r);
    if (!cols) rows.set(r, (cols = new Set()));
    cols.add(c);
  };
  values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && v !== '' && add(r, c)));
  for (const key of styles.keys()) add(Math.floor(key / COLUMNS), key % COLUMNS);
  return rows;
}

function cellXml(ref: string, v: PlanValue | undefined, s: number | undefined): string | undefined {
  const style = s ? ` s="${s}"` : '';
  if (v === null || v === undefined || v === '' || (typeof v === 'number' && !Number.isFinite(v))) {
    return s ? `<c r="${ref}"${style}/>` : undefined;
  }
  if (typeof v === 'number') return `<c r="${ref}"${style}><v>${v}</v></c>`;
  if (isFormula(v)) return `<c r="${ref}"${style}><f>${escapeXml((v as string).slice(1))}</f></c>`;
  const text = v.length > EXCEL_MAX_TEXT ? `${v.slice(0, EXCEL_MAX_TEXT - 1)}…` : v;
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
}

/**
 * The cellXfs index of every styled cell, keyed row * 16384 + column. A cell's style depends only
 * on which formats cover it, in order: cells are tagged with an id of that sequence (no object per
 * cell, which a 30,000-row issue sheet would pay for in garbage collection) and each distinct
 * sequence is turned into a style once.
 */
function styleCells(plan: SheetPlan, values: PlanValue[][], styles: StyleBook): Map<number, number> {
  const BASE = 0;
  const sequences: { parent: number; format: number }[] = [{ parent: -1, format: -1 }];
  const next = new Map<number, Map<number, number>>();
  const extend = (id: number, format: number): number => {
    let byFormat = next.get(id);
    if (!byFormat) next.set(id, (byFormat = new Map()));
    let child = byFormat.get(format);
    if (child === undefined) {
      child = sequences.length;
      sequences.push({ parent: id, format });
      byFormat.set(format, child);
    }
    return child;
  };
  const cells = new Map<number, number>();
  if (plan.font) {
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== '') cells.set(r * COLUMNS + c, BASE);
      }),
    );
  }
  plan.formats.forEach((format, i) => {
    const rect = parseRangeAddress(format.range);
    if (!rect) throw new Error(`Bad range in write plan: "${format.range}"`);
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const key = r * COLUMNS + c;
        cells.set(key, extend(cells.get(key) ?? BASE, i));
      }
    }
  });
  const xfOf = new Map<number, number>();
  const styleOf = (id: number): CellStyle => {
    const { parent, format } = sequences[id];
    return parent < 0 ? { font: { ...plan.font } } : withFormat(styleOf(parent), plan.formats[format]);
  };
  for (const [key, id] of cells) {
    let xf = xfOf.get(id);
    if (xf === undefined) xfOf.set(id, (xf = styles.xfIndex(styleOf(id))));
    cells.set(key, xf);
  }
  return cells;
}

/** Later formats add to earlier ones (bold, then a fill …), as the add-in's writer does. */
function withFormat(style: CellStyle, f: RangeFormat): CellStyle {
  const font = { ...style.font };
  if (f.bold !== undefined) font.bold = f.bold;
  if (f.italic !== undefined) font.italic = f.italic;
  if (f.fontSize !== undefined) font.size = f.fontSize;
  if (f.fontColor) font.color = argb(f.fontColor);
  if (f.fontName) font.name = f.fontName;
  const next: CellStyle = { ...style, font };
  if (f.fill) next.fill = argb(f.fill);
  if (f.border) next.border = true;
  if (f.numberFormat) next.numberFormat = f.numberFormat;
  if (f.wrap !== undefined) next.wrap = f.wrap;
  if (f.hAlign) next.hAlign = f.hAlign;
  if (f.vAlign) next.vAlign = f.vAlign;
  return next;
}

/** "#1F4E79" → "FF1F4E79". */
function argb(hex: string): string {
  const h = hex.replace(/^#/, '').toUpperCase();
  if (/^[0-9A-F]{6}$/.test(h)) return `FF${h}`;
  if (/^[0-9A-F]{8}$/.test(h)) return h;
  throw new Error(`Bad colour in write plan: "${hex}"`);
}

function sheetViewsXml(freezeRows: number | undefined): string {
  if (!freezeRows || freezeRows <= 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const top = `A${freezeRows + 1}`;
  return (
    '<sheetViews><sheetView workbookViewId="0">' +
    `<pane ySplit="${freezeRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/>` +
    '</sheetView></sheetViews>'
  );
}

function colsXml(widths: number[], hidden: Set<number>): string {
  const cols: string[] = [];
  widths.forEach((w, i) => {
    if (Number.isFinite(w) && w > 0 && !hidden.has(i)) cols.push(`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`);
  });
  for (const i of [...hidden].sort((a, b) => a - b)) cols.push(`<col min="${i + 1}" max="${i + 1}" width="9" hidden="1"/>`);
  cols.sort((a, b) => Number(/min="(\d+)"/.exec(a)?.[1]) - Number(/min="(\d+)"/.exec(b)?.[1]));
  return cols.length ? `<cols>${cols.join('')}</cols>` : '';
}

/**
 * A drop-down list's source: inline ("a,b,c") when Excel allows it — no commas in the values and
 * at most 255 characters — otherwise the values go into a hidden column of the sheet.
 */
function listFormula(v: ListValidation, plan: SheetPlan, values: PlanValue[][]): { formula: string; hiddenColumn?: number } {
  const inline = v.values.map((s) => s.replace(/"/g, '""')).join(',');
  if (v.values.every((s) => !s.includes(',')) && inline.length <= 255) return { formula: `"${inline}"` };
  const widest = values.reduce((max, row) => Math.max(max, row.length), plan.columnWidths.length);
  const col = widest + 1;
  v.values.forEach((s, i) => {
    while (values.length <= i) values.push([]);
    values[i][col] = s;
  });
  const letters = columnLetter(col);
  return { formula: `$${letters}$1:$${letters}$${Math.max(v.values.length, 1)}`, hiddenColumn: col };
}

function messageAttributes(v: ListValidation | DateValidation): string {
  let attrs = '';
  if (v.prompt) attrs += ` showInputMessage="1" promptTitle="${escapeXml(v.prompt.title)}" prompt="${escapeXml(v.prompt.text)}"`;
  if (v.error) attrs += ` errorTitle="${escapeXml(v.error.title)}" error="${escapeXml(v.error.text)}"`;
  return attrs;
}

function validationsXml(lists: ListValidation[], formulas: string[], dates: DateValidation[], date1904: boolean): string {
  const items = [
    ...lists.map(
      (v, i) =>
        `<dataValidation type="list" allowBlank="1" showErrorMessage="1"${messageAttributes(v)} sqref="${escapeXml(sqref(v.range))}">` +
        `<formula1>${escapeXml(formulas[i])}</formula1></dataValidation>`,
    ),
    ...dates.map(
      (v) =>
        `<dataValidation type="date" operator="between" allowBlank="1" showErrorMessage="1"${messageAttributes(v)} sqref="${escapeXml(sqref(v.range))}">` +
        `<formula1>${dateSerial(v.from, date1904)}</formula1><formula2>${dateSerial(v.to, date1904)}</formula2></dataValidation>`,
    ),
  ];
  return items.length ? `<dataValidations count="${items.length}">${items.join('')}</dataValidations>` : '';
}

/** sqref lists ranges separated by spaces and never uses "$". */
function sqref(range: string): string {
  return range.replace(/\$/g, '').replace(/\s*,\s*/g, ' ');
}

/** Excel's serial day number of an ISO date (1900 or 1904 date system). */
function dateSerial(iso: string, date1904: boolean): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Bad date in write plan: "${iso}"`);
  const days = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
  return days + 25_569 - (date1904 ? 1_462 : 0);
}

/** Manual page breaks; a break's id is the last row (1-based) above it, which is the 0-based row below it. */
function rowBreaksXml(breaksBefore: number[]): string {
  const rows = breaksBefore.filter((row) => row > 0);
  if (rows.length === 0) return '';
  const breaks = rows.map((row) => `<brk id="${row}" max="16383" man="1"/>`).join('');
  return `<rowBreaks count="${rows.length}" manualBreakCount="${rows.length}">${breaks}</rowBreaks>`;
}
