import { readStoredSettings, saveSettings, selectCell } from '../../src/excel';
import { installFakeExcel, type InstalledFakeExcel } from '../fake-excel';

let fake: InstalledFakeExcel;
afterEach(() => fake.uninstall());

describe('selectCell', () => {
  it('activates the sheet and selects the cell in one round trip', async () => {
    fake = installFakeExcel();
    fake.addSheet('Tổng hợp');
    fake.addSheet('PL 1');
    fake.resetSyncCount();
    await selectCell('PL 1', 'D7');
    expect(fake.activeSheetName).toBe('PL 1');
    expect(fake.selection).toEqual({ sheet: 'PL 1', address: 'D7' });
    expect(fake.syncCount).toBe(1);
  });

  it('works on Excel 2016 (ExcelApi 1.1)', async () => {
    fake = installFakeExcel({ excelApi: '1.1' });
    fake.addSheet('Tổng hợp');
    fake.addSheet('PL 1');
    await selectCell('PL 1', 'B3');
    expect(fake.selection).toEqual({ sheet: 'PL 1', address: 'B3' });
  });

  it('fails with ItemNotFound for a sheet deleted or renamed since the check', async () => {
    fake = installFakeExcel();
    fake.addSheet('PL 1');
    await expect(selectCell('PL 9', 'A1')).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});

describe('settings stored with the workbook', () => {
  const settings = {
    asOf: '2025-12-11',
    subject: 'UBND đặc khu',
    lang: 'vi' as const,
    units: ['Phòng Văn hóa - Xã hội'],
    overrides: [{ sheet: 'PL 1', kind: 'tasks' as const, headerRows: [3, 4], columns: { deadline: 'D' } }],
  };

  it('round-trips through Office.context.document.settings, saved with the document', async () => {
    fake = installFakeExcel({ excelApi: '1.1' });
    await saveSettings(settings);
    expect(Object.keys(fake.savedSettings)).toEqual(['phuluc.settings']);
    expect(JSON.parse(fake.savedSettings['phuluc.settings'] as string)).toEqual(settings);
    fake.reopen();
    await expect(readStoredSettings()).resolves.toEqual({ settings, unreadable: false });
  });

  it('reads a missing, corrupted or invalid value as no settings, never throwing; says when one was unreadable', async () => {
    fake = installFakeExcel();
    await expect(readStoredSettings()).resolves.toEqual({ settings: {}, unreadable: false });
    for (const stored of ['{not json', JSON.stringify({ asOf: '2025-02-31' }), 42, JSON.stringify({ year: 'x' })]) {
      fake.uninstall();
      fake = installFakeExcel({ settings: { 'phuluc.settings': stored } });
      await expect(readStoredSettings()).resolves.toEqual({ settings: {}, unreadable: true });
    }
  });

  it('accepts settings stored as an object by an older version', async () => {
    fake = installFakeExcel({ settings: { 'phuluc.settings': { subject: 'UBND xã' } } });
    await expect(readStoredSettings()).resolves.toEqual({ settings: { subject: 'UBND xã' }, unreadable: false });
  });

  it('refuses to save invalid settings, and reports a failed save', async () => {
    fake = installFakeExcel();
    await expect(saveSettings({ asOf: '31/12/2025' } as never)).rejects.toThrow();
    expect(fake.savedSettings).toEqual({});
    fake.failNextSettingsSave();
    await expect(saveSettings(settings)).rejects.toMatchObject({ code: 5001 });
    expect(fake.savedSettings).toEqual({});
  });
});
