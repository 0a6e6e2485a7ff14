/**
 * Range.getMergedAreasOrNullObject gives only the merged areas whose top-left cell is inside the
 * range (OfficeDev/office-js#3611), and the used range (values only) skips a merged block whose
 * top-left cell is empty. Reading must still find such merges.
 */
import { installFakeExcel, type InstalledFakeExcel } from '../fake-excel';
import { readWorkbookSnapshot } from '../../src/excel';

let fake: InstalledFakeExcel;
afterEach(() => fake.uninstall());

test('merges starting above or left of the used range, with an empty top-left cell, are read', async () => {
  fake = installFakeExcel();
  const sheet = fake.addSheet('Nhiệm vụ');
  // A1:A3 merged and empty (a blank label cell spanning the header rows); the values start at B2.
  sheet.merge({ top: 0, left: 0, bottom: 2, right: 0 });
  sheet.setCell('B2', { value: 'TT' }).setCell('C2', { value: 'Nội dung nhiệm vụ' }).setCell('B3', { value: 1 });
  // A merge whose top-left cell is inside the used range, for comparison.
  sheet.merge({ top: 1, left: 2, bottom: 1, right: 3 });
  const snapshot = await readWorkbookSnapshot();
  expect(snapshot.sheets[0].merges).toEqual(
    expect.arrayContaining([
      { top: 0, left: 0, bottom: 2, right: 0 },
      { top: 1, left: 2, bottom: 1, right: 3 },
    ]),
  );
});
