import { MAX_ROWS, parseRangeAddress } from '../workbook/address';
import type { WritePlan } from './writePlan';
import { MAX_ROW_HEIGHT } from './rowHeights';
import { invalidSheetNameReason, sameSheetName } from '../workbook/sheetNames';

const MAX_PAGE_BREAKS = 1023;

/**
 * Throws when Excel would refuse part of the plan: a writer calls this before touching the
 * workbook, so a bad plan fails whole instead of halfway.
 */
export function checkWritePlan(plan: WritePlan): void {
  plan.sheets.forEach((sheet, i) => {
    const reason = invalidSheetNameReason(sheet.name);
    if (reason) throw new Error(`Write plan: sheet name "${sheet.name}" ${reason}`);
    if (plan.sheets.slice(0, i).some((other) => sameSheetName(other.name, sheet.name))) {
      throw new Error(`Write plan: sheet "${sheet.name}" is planned twice`);
    }
    const ranges = [
      ...sheet.formats.map((format) => format.range),
      ...sheet.merges,
      ...(sheet.validations ?? []).map((validation) => validation.range),
    ];
    const invalid = ranges.find((range) => !parseRangeAddress(range));
    if (invalid !== undefined) throw new Error(`Write plan: invalid range "${invalid}" on sheet "${sheet.name}"`);
    const badHeight = (sheet.rowHeights ?? []).find(
      ({ row, height }) => !Number.isInteger(row) || row < 0 || row >= MAX_ROWS || !(height > 0 && height <= MAX_ROW_HEIGHT),
    );
    if (badHeight) throw new Error(`Write plan: invalid height ${badHeight.height} for row ${badHeight.row} on sheet "${sheet.name}"`);
    const breaks = sheet.pageSetup?.breaksBefore ?? [];
    const badBreak = breaks.find((row, k) => !Number.isInteger(row) || row < 1 || row >= MAX_ROWS || (k > 0 && row <= breaks[k - 1]));
    if (badBreak !== undefined) throw new Error(`Write plan: invalid page break before row ${badBreak} on sheet "${sheet.name}"`);
    // Excel keeps at most 1,023 manual page breaks a sheet (MS-XLSB BrtBeginRwBrk).
    if (breaks.length > MAX_PAGE_BREAKS) throw new Error(`Write plan: ${breaks.length} page breaks on sheet "${sheet.name}"`);
  });
}
