import type { DateValidation, ListValidation, PlanValue, RangeFormat, RowHeight, SheetPlan, ValidationMessage } from '../engine';
import { type CellRect, columnSpanAddress, parseRangeAddress, rectAddress, rectColumns, rectRows } from '../engine';
import type { HostSupport } from './capabilities';
import { splitFormulas } from './cellInput';
import { charactersToPoints } from './columnWidth';
import { jsonBytes, WRITE_BYTES_PER_SYNC } from './payload';
import { COMMAND_BYTES, type RequestBatcher } from './requestBatcher';
import { queuePageSetup } from './pageSetup';

/**
 * Queues everything a SheetPlan puts on its (new, empty) sheet. Nothing here syncs except the
 * batcher, and only for plans larger than one request: formatting is applied per plan entry to
 * whole ranges, never cell by cell.
 */
export async function queueSheetContent(
  worksheet: Excel.Worksheet,
  plan: SheetPlan,
  support: HostSupport,
  batcher: RequestBatcher,
): Promise<void> {
  await queueValues(worksheet, plan.values, batcher);
  // Merged before formatting, as a user would: alignment and borders then apply to the merge.
  if (support.mergeCells) {
    for (const address of plan.merges) {
      await batcher.reserve(COMMAND_BYTES);
      worksheet.getRange(checkedRange(address)).merge(false);
    }
  }
  if (support.columnWidths) await queueColumnWidths(worksheet, plan.columnWidths, batcher);
  await queueSheetFont(worksheet, plan, batcher);
  for (const format of plan.formats) await queueFormat(worksheet, format, batcher);
  if (support.rowHeights) await queueRowHeights(worksheet, plan.rowHeights ?? [], batcher);
  if (support.freezePanes && plan.freezeRows && plan.freezeRows > 0) {
    await batcher.reserve(COMMAND_BYTES);
    worksheet.freezePanes.freezeRows(plan.freezeRows);
  }
  if (support.dataValidation) {
    for (const validation of plan.validations ?? []) await queueListValidation(worksheet, validation, batcher);
    for (const validation of plan.dateValidations ?? []) await queueDateValidation(worksheet, validation, batcher);
  }
  await queuePageSetup(worksheet, plan.pageSetup, support, batcher);
}

/**
 * The sheet font on every cell the plan covers, as one range (a template's blank rows too, so what
 * staff type there is in it); the plan's own formats, queued after, change sizes where they say.
 */
async function queueSheetFont(worksheet: Excel.Worksheet, plan: SheetPlan, batcher: RequestBatcher): Promise<void> {
  const columns = Math.max(plan.columnWidths.length, plan.values.reduce((max, row) => Math.max(max, row.length), 0));
  if (!plan.font || plan.values.length === 0 || columns === 0) return;
  await batcher.reserve(COMMAND_BYTES);
  const font = worksheet.getRange(rectAddress({ top: 0, left: 0, bottom: plan.values.length - 1, right: columns - 1 })).format.font;
  font.name = plan.font.name;
  font.size = plan.font.size;
}

/** One block write from A1 — split into row blocks only when it would exceed a request. */
async function queueValues(worksheet: Excel.Worksheet, rows: PlanValue[][], batcher: RequestBatcher): Promise<void> {
  const columns = rows.reduce((max, row) => Math.max(max, row.length), 0);
  if (rows.length === 0 || columns === 0) return;
  for (const block of rowBlocks(rows)) {
    const { values, formulas } = splitFormulas(block.rows, columns);
    await batcher.reserve(jsonBytes(values) + (formulas ? jsonBytes(formulas) : 0) + COMMAND_BYTES);
    const range = worksheet.getRange(
      rectAddress({ top: block.top, left: 0, bottom: block.top + block.rows.length - 1, right: columns - 1 }),
    );
    range.values = values;
    if (formulas) range.formulas = formulas;
  }
}

function rowBlocks(rows: PlanValue[][]): { top: number; rows: PlanValue[][] }[] {
  // Half the budget per block: the formulas matrix and the formats share the request.
  const budget = WRITE_BYTES_PER_SYNC / 2;
  if (jsonBytes(rows) <= budget) return [{ top: 0, rows }];
  const blocks: { top: number; rows: PlanValue[][] }[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, index) => {
    const size = jsonBytes(row);
    if (index > start && bytes + size > budget) {
      blocks.push({ top: start, rows: rows.slice(start, index) });
      start = index;
      bytes = 0;
    }
    bytes += size;
  });
  blocks.push({ top: start, rows: rows.slice(start) });
  return blocks;
}

/** Consecutive columns of equal width share one command ("B:D"). */
async function queueColumnWidths(worksheet: Excel.Worksheet, widths: number[], batcher: RequestBatcher): Promise<void> {
  let start = 0;
  while (start < widths.length) {
    let end = start;
    while (end + 1 < widths.length && widths[end + 1] === widths[start]) end++;
    const points = charactersToPoints(widths[start]);
    if (points > 0) {
      await batcher.reserve(COMMAND_BYTES);
      worksheet.getRange(columnSpanAddress(start, end)).format.columnWidth = points;
    }
    start = end + 1;
  }
}

/** Consecutive rows of equal height share one command ("A5:A9"). */
async function queueRowHeights(worksheet: Excel.Worksheet, heights: RowHeight[], batcher: RequestBatcher): Promise<void> {
  const sorted = [...heights].sort((a, b) => a.row - b.row);
  let start = 0;
  while (start < sorted.length) {
    let end = start;
    while (end + 1 < sorted.length && sorted[end + 1].row === sorted[end].row + 1 && sorted[end + 1].height === sorted[start].height) end++;
    await batcher.reserve(COMMAND_BYTES);
    worksheet.getRange(rectAddress({ top: sorted[start].row, left: 0, bottom: sorted[end].row, right: 0 })).format.rowHeight =
      sorted[start].height;
    start = end + 1;
  }
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

async function queueFormat(worksheet: Excel.Worksheet, format: RangeFormat, batcher: RequestBatcher): Promise<void> {
  const rect = parseRangeAddress(format.range);
  if (!rect) throw new Error(`Write plan: invalid range "${format.range}"`);
  await batcher.reserve(COMMAND_BYTES);
  const range = worksheet.getRange(format.range);
  if (format.bold !== undefined) range.format.font.bold = format.bold;
  if (format.italic !== undefined) range.format.font.italic = format.italic;
  if (format.fontName !== undefined) range.format.font.name = format.fontName;
  if (format.fontSize !== undefined) range.format.font.size = format.fontSize;
  if (format.fontColor !== undefined) range.format.font.color = format.fontColor;
  if (format.fill !== undefined) range.format.fill.color = format.fill;
  if (format.wrap !== undefined) range.format.wrapText = format.wrap;
  if (format.hAlign !== undefined) range.format.horizontalAlignment = HORIZONTAL[format.hAlign];
  if (format.vAlign !== undefined) range.format.verticalAlignment = VERTICAL[format.vAlign];
  if (format.border) {
    for (const edge of borderEdges(rect)) {
      const border = range.format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
    }
  }
  if (format.numberFormat !== undefined) {
    // Range.numberFormat takes one entry per cell; a single string is not documented to fill a range.
    const matrix = Array.from({ length: rectRows(rect) }, () =>
      new Array<string>(rectColumns(rect)).fill(format.numberFormat as string),
    );
    await batcher.reserve(jsonBytes(matrix));
    range.numberFormat = matrix;
  }
}

type BorderEdge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

/** Every outer edge, plus the inside lines the range actually has (a one-row range has no
 * inside horizontal line, and asking for one is an error on some hosts). String literals rather
 * than Excel.BorderIndex, so this module needs nothing from the Excel namespace at runtime but
 * Excel.run — test doubles need not reproduce the enums. */
function borderEdges(rect: CellRect): BorderEdge[] {
  const edges: BorderEdge[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
  if (rectRows(rect) > 1) edges.push('InsideHorizontal');
  if (rectColumns(rect) > 1) edges.push('InsideVertical');
  return edges;
}

/** Excel's list source is one comma-separated string of at most 255 characters, with no way to
 * escape a comma; a list that cannot be expressed that way is left without a drop-down rather
 * than offering wrong choices. */
const MAX_LIST_SOURCE_LENGTH = 255;

async function queueListValidation(
  worksheet: Excel.Worksheet,
  validation: ListValidation,
  batcher: RequestBatcher,
): Promise<void> {
  const source = validation.values.join(',');
  if (validation.values.length === 0 || validation.values.some((v) => v.includes(','))) return;
  if (source.length > MAX_LIST_SOURCE_LENGTH) return;
  await batcher.reserve(COMMAND_BYTES + source.length + messagesBytes(validation));
  const dataValidation = worksheet.getRange(checkedRange(validation.range)).dataValidation;
  dataValidation.rule = { list: { inCellDropDown: true, source } };
  queueValidationMessages(dataValidation, validation);
}

/** Any real date from `from` to `to` (ISO dates, which Office.js takes as they are); blanks stay allowed (ignoreBlanks defaults to true). */
async function queueDateValidation(
  worksheet: Excel.Worksheet,
  validation: DateValidation,
  batcher: RequestBatcher,
): Promise<void> {
  await batcher.reserve(COMMAND_BYTES + messagesBytes(validation));
  const dataValidation = worksheet.getRange(checkedRange(validation.range)).dataValidation;
  dataValidation.rule = { date: { operator: 'Between', formula1: validation.from, formula2: validation.to } };
  queueValidationMessages(dataValidation, validation);
}

/** The input prompt and the stop alert, in the plan's words, instead of Excel's generic message. */
function queueValidationMessages(
  dataValidation: Excel.DataValidation,
  messages: { prompt?: ValidationMessage; error?: ValidationMessage },
): void {
  if (messages.prompt) dataValidation.prompt = { showPrompt: true, title: messages.prompt.title, message: messages.prompt.text };
  if (messages.error) {
    dataValidation.errorAlert = { showAlert: true, style: 'Stop', title: messages.error.title, message: messages.error.text };
  }
}

function messagesBytes(messages: { prompt?: ValidationMessage; error?: ValidationMessage }): number {
  return jsonBytes([messages.prompt ?? null, messages.error ?? null]);
}

function checkedRange(address: string): string {
  if (!parseRangeAddress(address)) throw new Error(`Write plan: invalid range "${address}"`);
  return address;
}
