/**
 * Worksheet.getRanges splits its address list on the list separator of the user's Windows locale
 * and rejects the other (OfficeDev/office-js#1167, #1985): highlighting finds the one that works,
 * and falls back to one rule per range rather than leave the person without highlights.
 */
import { installFakeExcel, type InstalledFakeExcel } from '../fake-excel';
import { forgetListSeparator, highlightFindings } from '../../src/excel/highlights';
import type { Finding } from '../../src/engine';

let fake: InstalledFakeExcel;
afterEach(() => fake.uninstall());
beforeEach(() => forgetListSeparator());

const finding = (cell: string, row: number, col: number): Finding => ({
  sheet: 'Nhiệm vụ', cell, row, col, field: null, code: 'missing-required', severity: 'error', value: '', message: 'm', hint: 'h',
});
// Two areas that are not one rectangle: they need an address list.
const FINDINGS = [finding('B2', 1, 1), finding('D5', 4, 3)];

function open(listSeparator: ',' | ';'): void {
  fake = installFakeExcel({ listSeparator });
  fake.addSheet('Nhiệm vụ').setCell('A1', { value: 'TT' });
}

test.each([',', ';'] as const)('with "%s" as the list separator, both cells are highlighted', async (separator) => {
  open(separator);
  const outcome = await highlightFindings(FINDINGS);
  expect(outcome.highlighted).toBe(2);
  const formats = fake.sheet('Nhiệm vụ').conditionalFormats;
  const covered = formats.filter((format) => !format.deleted).flatMap((format) => format.ranges);
  expect(covered).toEqual(expect.arrayContaining([
    { top: 1, left: 1, bottom: 1, right: 1 },
    { top: 4, left: 3, bottom: 4, right: 3 },
  ]));
});

test('the fake is as strict as Excel: the other separator is rejected', async () => {
  open(';');
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Nhiệm vụ').getRanges('B2,D5').load('areaCount');
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'InvalidArgument' });
});
