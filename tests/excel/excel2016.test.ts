/**
 * Excel 2016 (one-time purchase) supports only ExcelApi 1.1. The fake host throws ApiNotFound for
 * any newer member, so this end-to-end run proves the core uses nothing newer.
 */
import {
  applyWritePlan,
  clearHighlights,
  describeExcelError,
  FeatureUnavailableError,
  getCapabilities,
  highlightFindings,
  readStoredSettings,
  readWorkbookSnapshot,
  saveSettings,
  selectCell,
} from '../../src/excel';
import { buildTaskWorkbook, installFakeExcel, summaryPlan, taskFindings } from '../fake-excel';

describe('on Excel 2016 (ExcelApi 1.1)', () => {
  it('reads, writes, selects and keeps settings; highlighting says it needs a newer Excel', async () => {
    const fake = installFakeExcel({ excelApi: '1.1' });
    try {
      fake.loadSnapshot(buildTaskWorkbook(20));
      expect(getCapabilities()).toEqual({
        conditionalFormats: false,
        freezePanes: false,
        dataValidation: false,
        rangeAreas: false,
        pageLayout: false,
        mergedAreas: false,
      });

      const snapshot = await readWorkbookSnapshot();
      expect(snapshot.sheets[0].rows).toHaveLength(22);
      expect(snapshot.sheets[0].merges).toEqual([]);

      await applyWritePlan({ sheets: [summaryPlan()] });
      expect(fake.sheetNames).toEqual(['Tổng hợp', 'PL 1']);
      expect(fake.sheet('Tổng hợp').cell('A3').value).toBe('Hoàn thành đúng hạn');
      // Row heights need ExcelApi 1.2: the planned one is skipped, not attempted.
      expect(summaryPlan().rowHeights).toEqual([{ row: 1, height: 30 }]);
      expect(fake.sheet('Tổng hợp').rowHeight(2)).toBe(15);

      await selectCell('PL 1', 'D7');
      expect(fake.selection).toEqual({ sheet: 'PL 1', address: 'D7' });

      await saveSettings({ subject: 'UBND xã' });
      await expect(readStoredSettings()).resolves.toEqual({ settings: { subject: 'UBND xã' }, unreadable: false });

      const error = await highlightFindings(taskFindings(20)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FeatureUnavailableError);
      // The user reads what is missing; the API set stays in the error's own message, for support.
      expect(describeExcelError(error, 'vi')).toMatch(/^Bản Excel này chưa hỗ trợ đánh dấu ô/);
      expect(describeExcelError(error, 'vi')).not.toMatch(/ExcelApi/);
      expect((error as Error).message).toMatch(/ExcelApi 1\.6/);
      await expect(clearHighlights()).rejects.toBeInstanceOf(FeatureUnavailableError);
    } finally {
      fake.uninstall();
    }
  });
});

describe('getCapabilities', () => {
  it('follows the host’s requirement sets', () => {
    const fake = installFakeExcel({ excelApi: '1.9' });
    try {
      expect(getCapabilities()).toEqual({
        conditionalFormats: true,
        freezePanes: true,
        dataValidation: true,
        rangeAreas: true,
        pageLayout: true,
        mergedAreas: false,
      });
    } finally {
      fake.uninstall();
    }
  });

  it('reports nothing outside Office (e.g. a plain browser page)', () => {
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe('undefined');
    expect(Object.values(getCapabilities()).some(Boolean)).toBe(false);
  });
});
