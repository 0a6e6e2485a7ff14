/**
 * SPEC §9: the number of round trips to Excel does not grow with the number of rows or findings
 * (beyond fixed-size chunks for very large sheets). Exact counts, so a regression shows.
 */
import { measureBenchSyncs, measureSyncs } from '../fake-excel/measureSyncs';

describe('round trips for 1,000 and 50,000 task rows', () => {
  it('read: 3 syncs for 1k rows, 2 + 7 chunks of ≥5,000 rows for 50k; apply: 6 for both, + 1 the first time', async () => {
    expect(await measureBenchSyncs()).toEqual({
      syncs_read_1k: 3,
      syncs_read_50k: 9,
      // The pane's first highlight finds the list separator getRanges accepts (one probe sync).
      syncs_apply_1k: 7,
      syncs_apply_50k: 6,
    });
  }, 120_000);

  it('apply = highlight (sheets, their conditional formats, remove + add) + write (sheets, write, swap)', async () => {
    expect(await measureSyncs(1_000)).toEqual({ read: 3, highlight: 3, write: 3, apply: 6 });
  });

  it('on ExcelApi 1.8 (Excel 2019, no RangeAreas): one conditional format per contiguous range', async () => {
    const small = await measureSyncs(1_000, { excelApi: '1.8' });
    const large = await measureSyncs(50_000, { excelApi: '1.8' });
    expect(small).toEqual({ read: 3, highlight: 3, write: 3, apply: 6 });
    // 50k rows give ~12,000 separate ranges (errors every 10th row, notes every 7th): their
    // commands exceed one request's budget, so the adds go out in 2 syncs instead of 1.
    expect(large).toEqual({ read: 9, highlight: 4, write: 3, apply: 7 });
  }, 120_000);
});
