import { optionsFromSettings, todayIso, type Settings } from '../../src/engine/settings/settings';

describe('settings stored with the workbook', () => {
  test('become engine options: stored values kept, defaults filled', () => {
    const settings: Settings = {
      asOf: '2025-06-30',
      year: 2030,
      subject: 'Phòng Văn hóa - Xã hội',
      units: ['UBND xã'],
      lang: 'vi',
      overrides: [{ sheet: 'PL1', kind: 'none' }],
    };
    expect(optionsFromSettings(settings, '2025-12-11')).toEqual(settings);
    expect(optionsFromSettings({}, '2025-12-11')).toEqual({ asOf: '2025-12-11', lang: 'vi', overrides: [] });
  });

  test('today is the local calendar date', () => {
    expect(todayIso(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
});
