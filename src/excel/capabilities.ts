/**
 * What the running Excel can do. The core (read, apply, select, settings) needs only ExcelApi 1.1
 * (Excel 2016 one-time purchase has nothing newer); everything newer is switched on here and
 * checked right where it is used, so old hosts degrade instead of failing.
 */

/** The optional features the pane may want to show or hide. */
export interface Capabilities {
  /** Conditional formats: highlighting findings. ExcelApi 1.6. */
  conditionalFormats: boolean;
  /** Frozen header rows on written sheets. ExcelApi 1.7. */
  freezePanes: boolean;
  /** Drop-down list validation on written sheets. ExcelApi 1.8. */
  dataValidation: boolean;
  /** One conditional format over many separate cells (RangeAreas). ExcelApi 1.9. */
  rangeAreas: boolean;
  /** Print setup of written sheets: A4 landscape, fit to page, repeated header rows, margins, footer. ExcelApi 1.9. */
  pageLayout: boolean;
  /** Reading merged cells (Range.getMergedAreasOrNullObject). ExcelApi 1.13. */
  mergedAreas: boolean;
}

/** The ExcelApi requirement set behind each capability. */
export const CAPABILITY_API_SET: Readonly<Record<keyof Capabilities, string>> = {
  conditionalFormats: '1.6',
  freezePanes: '1.7',
  dataValidation: '1.8',
  rangeAreas: '1.9',
  pageLayout: '1.9',
  mergedAreas: '1.13',
};

/**
 * Internal view used by the writers: the public capabilities plus the ExcelApi 1.2 members a plan
 * needs (Range.merge, RangeFormat.columnWidth and rowHeight). They are not in the public interface
 * because every host that can run the pane's newer features has them; they matter only for
 * Excel 2016, where a plan is still written, just without merges, column widths and row heights.
 */
export interface HostSupport extends Capabilities {
  /** Range.merge. ExcelApi 1.2. */
  mergeCells: boolean;
  /** RangeFormat.columnWidth. ExcelApi 1.2. */
  columnWidths: boolean;
  /** RangeFormat.rowHeight. ExcelApi 1.2. */
  rowHeights: boolean;
  /** Worksheet.protection, used to skip protected sheets when highlighting. ExcelApi 1.2. */
  sheetProtection: boolean;
  /** Worksheet.getUsedRange(valuesOnly): ignore cells that only carry formatting. ExcelApi 1.2. */
  usedRangeValuesOnly: boolean;
  /** Setting Worksheet.visibility: the very hidden period record sheet (reading it is 1.1). ExcelApi 1.2. */
  sheetVisibility: boolean;
}

/** True when the host supports ExcelApi `version`; false outside Office (e.g. a plain browser). */
export function supportsExcelApi(version: string): boolean {
  try {
    const requirements = typeof Office === 'undefined' ? undefined : Office.context?.requirements;
    return requirements ? requirements.isSetSupported('ExcelApi', version) : false;
  } catch {
    return false;
  }
}

export function getCapabilities(): Capabilities {
  return {
    conditionalFormats: supportsExcelApi(CAPABILITY_API_SET.conditionalFormats),
    freezePanes: supportsExcelApi(CAPABILITY_API_SET.freezePanes),
    dataValidation: supportsExcelApi(CAPABILITY_API_SET.dataValidation),
    rangeAreas: supportsExcelApi(CAPABILITY_API_SET.rangeAreas),
    pageLayout: supportsExcelApi(CAPABILITY_API_SET.pageLayout),
    mergedAreas: supportsExcelApi(CAPABILITY_API_SET.mergedAreas),
  };
}

export function getHostSupport(): HostSupport {
  const excel12 = supportsExcelApi('1.2');
  return {
    ...getCapabilities(),
    mergeCells: excel12,
    columnWidths: excel12,
    rowHeights: excel12,
    sheetProtection: excel12,
    usedRangeValuesOnly: excel12,
    sheetVisibility: excel12,
  };
}
