import { optionsFromSettings, parseSettings, todayIso, type Settings } from '../../src/engine/settings';

describe('settings stored with the workbook', () => {
  test('are read back through the schema; anything unreadable becomes no settings', () => {
    expect(parseSettings('{"asOf":"2025-12-11","lang":"en"}')).toEqual({ asOf: '2025-12-11', lang: 'en' });
    expect(parseSettings('{"asOf":"2025-02-31"}')).toEqual({});
    expect(parseSettings('not json')).toEqual({});
    expect(parseSettings({ overrides: [{ sheet: 'PL1', columns: { name: 'b' } }] })).toEqual({});
  });

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
