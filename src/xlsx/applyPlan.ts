/**
 * Applies a WritePlan (src/engine/sheets/writePlan.ts) to an ExcelJS workbook. Content and layout are the
 * engine's; this only translates. A planned sheet replaces the same-named sheet (never stacks);
 * every other sheet is left exactly as it was.
 */
import type ExcelJS from 'exceljs';
import type { ListValidation, PlanValue, RangeFormat, SheetPlan, WritePlan } from '../engine';
import { columnLetter, parseRangeAddress } from '../engine/workbook/address';
import { checkWritePlan } from '../engine/sheets/writePlanCheck';

/** The ExcelJS members this file needs that its typings leave out. */
interface WorksheetExtras {
  orderNo: number;
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Throws, before touching the workbook, on a plan Excel would refuse (checkWritePlan, as the add-in does). */
export function applyWritePlan(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  checkWritePlan(plan);
  for (const sheet of plan.sheets) applySheetPlan(workbook, sheet);
}

function extras(ws: ExcelJS.Worksheet): WorksheetExtras {
  return ws as unknown as WorksheetExtras;
}

function applySheetPlan(workbook: ExcelJS.Workbook, plan: SheetPlan): void {
  const before = workbook.worksheets;
  const activeName = activeSheetName(workbook, before);
  const existing = before.find((ws) => ws.name.toLowerCase() === plan.name.toLowerCase());
  let orderNo: number | undefined;
  if (existing) {
    orderNo = extras(existing).orderNo;
    workbook.removeWorksheet(existing.id);
  } else if (plan.position === 'start' && before.length > 0) {
    orderNo = Math.min(...before.map((ws) => extras(ws).orderNo)) - 1;
  }
  const ws = workbook.addWorksheet(plan.name);
  if (orderNo !== undefined) extras(ws).orderNo = orderNo;
  // The period record (SPEC §11) is very hidden: out of Excel's Unhide list, still removable.
  if (plan.visibility && plan.visibility !== 'visible') ws.state = plan.visibility;

  writeValues(ws, plan.values);
  plan.columnWidths.forEach((width, i) => {
    if (Number.isFinite(width) && width > 0) ws.getColumn(i + 1).width = width;
  });
  for (const format of plan.formats) applyFormat(ws, format);
  for (const { row, height } of plan.rowHeights ?? []) ws.getRow(row + 1).height = height;
  for (const range of plan.merges) ws.mergeCells(range);
  if (plan.freezeRows && plan.freezeRows > 0) {
    ws.views = [{ state: 'frozen', xSplit: 0, ySplit: plan.freezeRows, topLeftCell: `A${plan.freezeRows + 1}` }];
  }
  for (const validation of plan.validations ?? []) addListValidation(ws, validation, plan);
  if (plan.values.some((row) => row.some(isFormula))) {
    // Planned formulas carry no cached result; have Excel compute them when the file opens.
    workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  }
  keepActiveSheet(workbook, activeName);
}

function isFormula(v: PlanValue): v is string {
  return typeof v === 'string' && v.length > 1 && v.startsWith('=');
}

function writeValues(ws: ExcelJS.Worksheet, values: PlanValue[][]): void {
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    if (!row || row.length === 0) continue;
    const xlRow = ws.getRow(r + 1);
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === null || v === undefined || v === '') continue;
      xlRow.getCell(c + 1).value = isFormula(v) ? { formula: v.slice(1), date1904: false } : fitCell(v);
    }
  }
}

/** Excel refuses (and "repairs" away) cell text longer than 32,767 characters. */
const EXCEL_MAX_TEXT = 32_767;

function fitCell(v: string | number): string | number {
  return typeof v === 'string' && v.length > EXCEL_MAX_TEXT ? `${v.slice(0, EXCEL_MAX_TEXT - 1)}…` : v;
}

/** Cells of a range; formats merge with what earlier formats set (bold, then a fill …). */
function applyFormat(ws: ExcelJS.Worksheet, format: RangeFormat): void {
  const rect = parseRangeAddress(format.range);
  if (!rect) throw new Error(`Bad range in write plan: "${format.range}"`);
  // ExcelJS counts rows and columns from 1.
  const [top, left, bottom, right] = [rect.top + 1, rect.left + 1, rect.bottom + 1, rect.right + 1];
  // Cells sharing a style object get the same merged object: few allocations on big ranges.
  const fonts = new Map<unknown, Partial<ExcelJS.Font>>();
  const aligns = new Map<unknown, Partial<ExcelJS.Alignment>>();
  const fontPatch = fontOf(format);
  const alignPatch = alignmentOf(format);
  const fill: ExcelJS.Fill | undefined = format.fill
    ? { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(format.fill) } }
    : undefined;
  for (let r = top; r <= bottom; r++) {
    const row = ws.getRow(r);
    for (let c = left; c <= right; c++) {
      const cell = row.getCell(c);
      if (fontPatch) cell.font = merged(fonts, cell.font, fontPatch);
      if (alignPatch) cell.alignment = merged(aligns, cell.alignment, alignPatch);
      if (fill) cell.fill = fill;
      if (format.border) cell.border = THIN;
      if (format.numberFormat) cell.numFmt = format.numberFormat;
    }
  }
}

function merged<T extends object>(cache: Map<unknown, T>, current: T | undefined, patch: T): T {
  let out = cache.get(current);
  if (!out) {
    out = { ...(current ?? {}), ...patch } as T;
    cache.set(current, out);
  }
  return out;
}

function fontOf(f: RangeFormat): Partial<ExcelJS.Font> | undefined {
  const font: Partial<ExcelJS.Font> = {};
  if (f.bold !== undefined) font.bold = f.bold;
  if (f.italic !== undefined) font.italic = f.italic;
  if (f.fontSize !== undefined) font.size = f.fontSize;
  if (f.fontColor) font.color = { argb: argb(f.fontColor) };
  return Object.keys(font).length ? font : undefined;
}

function alignmentOf(f: RangeFormat): Partial<ExcelJS.Alignment> | undefined {
  const a: Partial<ExcelJS.Alignment> = {};
  if (f.wrap !== undefined) a.wrapText = f.wrap;
  if (f.hAlign) a.horizontal = f.hAlign;
  if (f.vAlign) a.vertical = f.vAlign;
  return Object.keys(a).length ? a : undefined;
}

/** "#1F4E79" → "FF1F4E79". */
function argb(hex: string): string {
  const h = hex.replace(/^#/, '').toUpperCase();
  if (/^[0-9A-F]{6}$/.test(h)) return `FF${h}`;
  if (/^[0-9A-F]{8}$/.test(h)) return h;
  throw new Error(`Bad colour in write plan: "${hex}"`);
}

/**
 * A drop-down list. Inline ("a,b,c") when Excel allows it — no commas in the values and at most
 * 255 characters; otherwise the values go into a hidden column of the planned sheet.
 */
function addListValidation(ws: ExcelJS.Worksheet, v: ListValidation, plan: SheetPlan): void {
  const inline = v.values.map((s) => s.replace(/"/g, '""')).join(',');
  let formula: string;
  if (v.values.every((s) => !s.includes(',')) && inline.length <= 255) {
    formula = `"${inline}"`;
  } else {
    const widest = Math.max(plan.columnWidths.length, ...plan.values.map((row) => row.length), ws.columnCount);
    const col = widest + 2;
    v.values.forEach((s, i) => {
      ws.getCell(i + 1, col).value = s;
    });
    ws.getColumn(col).hidden = true;
    const letters = columnLetter(col - 1);
    formula = `$${letters}$1:$${letters}$${Math.max(v.values.length, 1)}`;
  }
  extras(ws).dataValidations.add(v.range, {
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
  });
}

function activeSheetName(workbook: ExcelJS.Workbook, sheets: ExcelJS.Worksheet[]): string | undefined {
  const tab = workbook.views?.[0]?.activeTab;
  return typeof tab === 'number' ? sheets[tab]?.name : undefined;
}

/** Keeps the workbook opening on the sheet it opened on before sheets moved. */
function keepActiveSheet(workbook: ExcelJS.Workbook, name: string | undefined): void {
  const view = workbook.views?.[0];
  if (!view || name === undefined) return;
  const index = workbook.worksheets.findIndex((ws) => ws.name === name);
  if (index >= 0) view.activeTab = index;
}
