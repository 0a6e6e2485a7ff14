/**
 * Shows a finding's cell: activates its sheet and selects the cell. One round trip, ExcelApi 1.1.
 * A sheet deleted or renamed since the check fails with ItemNotFound (see describeExcelError).
 */
export async function selectCell(sheet: string, cell: string): Promise<void> {
  await Excel.run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(cell).select();
    await context.sync();
  });
}
