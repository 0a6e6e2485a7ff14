import type { WorkbookSnapshot } from '../../src/engine';
import { readWorkbookSnapshot } from '../../src/excel';
import { buildTaskWorkbook, installFakeExcel, type InstalledFakeExcel } from '../fake-excel';

let fake: InstalledFakeExcel;
afterEach(() => fake.uninstall());

/** Excel facts from SPEC §2.3: title row, merged two-row header, dates as serials with a format,
 * a date typed as text with line breaks, a percentage, thousands, an error value, a boolean. */
const appendix: WorkbookSnapshot = {
  sheets: [
    {
      name: 'PL 1',
      rows: [
        [{ v: 'DANH MỤC NHIỆM VỤ NĂM 2025' }, null, null, null, null, null],
        [],
        [{ v: 'STT' }, { v: 'Tên nhiệm vụ' }, { v: 'Thời hạn' }, { v: 'Kết quả' }, null, { v: 'Ghi chú' }],
        [null, null, null, { v: 'Tỷ lệ' }, { v: 'Số lượng' }, null],
        [
          { v: 1 },
          { v: 'Số hóa hồ sơ' },
          { v: 45_657, fmt: 'dd/mm/yyyy', text: '31/12/2024' },
          { v: 0.85, fmt: '0%', text: '85%' },
          { v: 1_440, fmt: '#,##0', text: '1,440' },
          { v: '#REF!', err: true },
        ],
        [{ v: 2 }, { v: 'Cập nhật CSDL' }, { v: '30-\n09-\n20\n25' }, { v: true, text: 'TRUE' }, { v: 99.09 }, null],
      ],
      merges: [
        { top: 0, left: 0, bottom: 0, right: 5 },
        { top: 2, left: 3, bottom: 2, right: 4 },
        { top: 2, left: 0, bottom: 3, right: 0 },
      ],
    },
    {
      name: 'Lệch',
      rows: [[], [], [], [], [null, null, { v: 'bắt đầu ở C5' }, { v: 7 }], [null, null, null, { v: 8 }]],
      merges: [],
    },
    { name: 'Trống', rows: [], merges: [] },
  ],
};

describe('readWorkbookSnapshot', () => {
  it('reads values, errors, formats, displayed text and merges into the snapshot shape', async () => {
    fake = installFakeExcel().loadSnapshot(appendix) as InstalledFakeExcel;
    const snapshot = await readWorkbookSnapshot();
    // Round trip: what the .xlsx reader would give comes back, with each row inside the used
    // range as a dense array from column A (null for empty cells).
    const dense = (row: unknown[], width: number) => Array.from({ length: width }, (_, c) => row[c] ?? null);
    const [pl1, shifted, blank] = appendix.sheets;
    expect(snapshot).toEqual({
      sheets: [
        { ...pl1, rows: pl1.rows.map((row) => dense(row, 6)), merges: expect.arrayContaining(pl1.merges) },
        { ...shifted, rows: shifted.rows.map((row, r) => (r < 4 ? [] : dense(row, 4))) },
        blank,
      ],
    });
    expect(snapshot.sheets[0].merges).toHaveLength(3);
  });

  it('costs 3 round trips for a small workbook: sheets, used ranges, cells', async () => {
    fake = installFakeExcel().loadSnapshot(appendix) as InstalledFakeExcel;
    fake.resetSyncCount();
    await readWorkbookSnapshot();
    expect(fake.syncCount).toBe(3);
  });

  it('omits fmt for General and text when it is just String(v); never reads formulas', async () => {
    fake = installFakeExcel();
    fake
      .addSheet('S')
      .setCell('A1', { value: 12, numberFormat: 'General' })
      .setCell('B1', { value: 3, formula: '=1+2' })
      .setCell('C1', { value: 'chữ', numberFormat: '@' })
      .setFormat('D1', { fill: '#FFFF00' });
    const [sheet] = (await readWorkbookSnapshot()).sheets;
    expect(sheet.rows).toEqual([[{ v: 12 }, { v: 3 }, { v: 'chữ', fmt: '@' }]]); // D1: only a fill
  });

  it('pads a used range that does not start at A1 so rows[r][c] counts from A1', async () => {
    fake = installFakeExcel().loadSnapshot(appendix) as InstalledFakeExcel;
    const snapshot = await readWorkbookSnapshot();
    const sheet = snapshot.sheets.find((s) => s.name === 'Lệch');
    expect(sheet?.rows[4][2]).toEqual({ v: 'bắt đầu ở C5' });
    expect(sheet?.rows[5]).toEqual([null, null, null, { v: 8 }]);
    expect(sheet?.rows.slice(0, 4)).toEqual([[], [], [], []]);
  });

  it('reads a blank sheet as no rows', async () => {
    fake = installFakeExcel().loadSnapshot(appendix) as InstalledFakeExcel;
    const snapshot = await readWorkbookSnapshot();
    expect(snapshot.sheets.find((s) => s.name === 'Trống')).toEqual({ name: 'Trống', rows: [], merges: [] });
  });

  it('reads only the active sheet when asked, in 3 round trips, and just the name and A1 of the others', async () => {
    fake = installFakeExcel().loadSnapshot(appendix) as InstalledFakeExcel;
    fake.activate('Lệch');
    fake.resetSyncCount();
    const snapshot = await readWorkbookSnapshot({ activeSheetOnly: true });
    expect(snapshot.sheets.map((s) => [s.name, s.notRead === true])).toEqual([['Lệch', false], ['PL 1', true], ['Trống', true]]);
    const other = snapshot.sheets[1];
    expect(other.rows).toEqual([[appendix.sheets.find((s) => s.name === 'PL 1')?.rows[0]?.[0] ?? null]]);
    expect(fake.syncCount).toBe(3);
  });

  it('reports no merges on hosts without ExcelApi 1.13 (and does not call the newer API)', async () => {
    fake = installFakeExcel({ excelApi: '1.12' }).loadSnapshot(appendix) as InstalledFakeExcel;
    const snapshot = await readWorkbookSnapshot();
    expect(snapshot.sheets[0].merges).toEqual([]);
    expect(snapshot.sheets[0].rows[4][2]).toEqual({ v: 45_657, fmt: 'dd/mm/yyyy', text: '31/12/2024' });
  });

  it('works on Excel 2016 (ExcelApi 1.1 only)', async () => {
    fake = installFakeExcel({ excelApi: '1.1' }).loadSnapshot(appendix) as InstalledFakeExcel;
    fake.resetSyncCount();
    const snapshot = await readWorkbookSnapshot();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(['PL 1', 'Lệch', 'Trống']);
    expect(snapshot.sheets[0].rows[4][5]).toEqual({ v: '#REF!', err: true });
    expect(fake.syncCount).toBe(3);
  });

  it('ignores cells that only carry formatting (borders drawn far below the table), from ExcelApi 1.2', async () => {
    fake = installFakeExcel();
    fake.addSheet('S').type('A1', 'Tên').type('B2', 'x').setFormat('A1:F3000', { borders: { top: { style: 'Continuous' } } });
    const [sheet] = (await readWorkbookSnapshot()).sheets;
    expect(sheet.rows).toEqual([[{ v: 'Tên' }, null], [null, { v: 'x' }]]);
    fake.uninstall();
    // Excel 2016 has only getUsedRange() with formatting: the rows come back empty, not wrong.
    fake = installFakeExcel({ excelApi: '1.1' });
    fake.addSheet('S').type('A1', 'Tên').type('B2', 'x').setFormat('A1:F3000', { borders: { top: { style: 'Continuous' } } });
    const [old] = (await readWorkbookSnapshot()).sheets;
    expect(old.rows).toHaveLength(3000);
    expect(old.rows[1]).toEqual([null, { v: 'x' }, null, null, null, null]);
  });

  it('propagates ItemNotFound when the active sheet disappears', async () => {
    fake = installFakeExcel();
    fake.model.activeSheet = undefined;
    await expect(readWorkbookSnapshot({ activeSheetOnly: true })).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});

describe('readWorkbookSnapshot on a 50,000-row sheet', () => {
  const ROWS = 50_000;
  const workbook = buildTaskWorkbook(ROWS);

  it('cannot be loaded in one response (so chunking is needed) …', async () => {
    fake = installFakeExcel().loadSnapshot(workbook) as InstalledFakeExcel;
    const whole = Excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem('PL 1').getUsedRange();
      used.load(['values', 'valueTypes', 'numberFormat', 'text']);
      await context.sync();
    });
    await expect(whole).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
  });

  it('… and is read in chunks of at least 5,000 rows: 2 + 7 round trips, rows complete', async () => {
    fake = installFakeExcel().loadSnapshot(workbook) as InstalledFakeExcel;
    const progress: [number, number][] = [];
    fake.resetSyncCount();
    const snapshot = await readWorkbookSnapshot({ onProgress: (read, total) => progress.push([read, total]) });
    // 6 columns → 8,333 rows per chunk (50,000 cells), 50,002 rows → 7 chunks.
    expect(fake.syncCount).toBe(9);
    const rows = snapshot.sheets[0].rows;
    expect(rows).toHaveLength(ROWS + 2);
    expect(rows[2]).toEqual(workbook.sheets[0].rows[2]);
    expect(rows[ROWS + 1]).toEqual(workbook.sheets[0].rows[ROWS + 1]);
    expect(rows[8_335]).toEqual(workbook.sheets[0].rows[8_335]); // across a chunk boundary
    expect(progress[0]).toEqual([0, ROWS + 2]);
    expect(progress.at(-1)).toEqual([ROWS + 2, ROWS + 2]);
    expect(progress).toHaveLength(8);
    const chunkSizes = progress.slice(1).map(([read], i) => read - progress[i][0]);
    expect(chunkSizes.slice(0, -1).every((size) => size >= 5_000)).toBe(true);
  }, 60_000);

  it('splits a chunk further only when Excel still refuses the response', async () => {
    // A 1 MB limit: 8,333-row chunks of this sheet are ~1.9 MB and get halved until they fit.
    fake = installFakeExcel({ payloadLimitBytes: 1_000_000 }).loadSnapshot(buildTaskWorkbook(9_000)) as InstalledFakeExcel;
    const snapshot = await readWorkbookSnapshot();
    expect(snapshot.sheets[0].rows).toHaveLength(9_002);
    expect(snapshot.sheets[0].rows[9_001]?.[0]).toEqual({ v: 9_000 });
  }, 60_000);
});
