import { rowSpanAddress, type PageSetup } from '../engine';
import type { HostSupport } from './capabilities';
import { COMMAND_BYTES, type RequestBatcher } from './requestBatcher';

/** Commands one page setup queues: orientation, paper, zoom, margins, title rows, footer; then one per page break. */
const PAGE_SETUP_COMMANDS = 6;

/**
 * Queues how a written sheet prints (SPEC §9, print-ready): A4, its orientation, fit to one page
 * wide and as many tall as needed, margins, header rows repeated on every page, the page footer and
 * manual page breaks.
 * Page layout is ExcelApi 1.9 (Excel 2021, Microsoft 365, Excel on the web); an older Excel writes
 * the sheet without it and the pane says so.
 */
export async function queuePageSetup(
  worksheet: Excel.Worksheet,
  setup: PageSetup | undefined,
  support: HostSupport,
  batcher: RequestBatcher,
): Promise<void> {
  if (!setup) return;
  if (!support.pageLayout) return;
  const breaks = setup.breaksBefore ?? [];
  await batcher.reserve((PAGE_SETUP_COMMANDS + breaks.length) * COMMAND_BYTES);
  const layout = worksheet.pageLayout;
  layout.orientation = setup.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = setup.paper;
  // 0 pages tall is Excel's "Automatic": as many pages as the rows need (the file format's fitToHeight="0").
  layout.zoom = { horizontalFitToPages: setup.fitToWidth, verticalFitToPages: 0 };
  layout.setPrintMargins('Inches', { ...setup.margins });
  if (setup.printTitleRows) layout.setPrintTitleRows(rowSpanAddress(setup.printTitleRows.first, setup.printTitleRows.last));
  if (setup.footerCenter !== undefined) layout.headersFooters.defaultForAllPages.centerFooter = setup.footerCenter;
  // A table kept whole on one page (Tổng hợp): a break above the row that starts it, in the same set as pageLayout.
  for (const row of breaks) worksheet.horizontalPageBreaks.add(`A${row + 1}`);
}
