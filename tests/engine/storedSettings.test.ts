import { readSettingsValue } from '../../src/engine/settings/storedSettings';

describe('readSettingsValue', () => {
  it('reads the JSON string the add-in stores, and an object stored by an older version', () => {
    expect(readSettingsValue('{"asOf":"2025-12-11","lang":"en"}')).toEqual({ settings: { asOf: '2025-12-11', lang: 'en' }, unreadable: false });
    expect(readSettingsValue({ subject: 'UBND xã' })).toEqual({ settings: { subject: 'UBND xã' }, unreadable: false });
    expect(readSettingsValue('{}')).toEqual({ settings: {}, unreadable: false });
  });

  it('reads nothing stored as no settings, not as unreadable', () => {
    expect(readSettingsValue(undefined)).toEqual({ settings: {}, unreadable: false });
    expect(readSettingsValue(null)).toEqual({ settings: {}, unreadable: false });
  });

  it.each([
    ['{not json'],
    ['not json'],
    ['{"asOf":"2025-02-31"}'],
    ['{"year":"x"}'],
    [42],
    [{ overrides: [{ sheet: 'PL1', columns: { name: 'b' } }] }],
  ])('reads %j as no settings, flagged unreadable', (raw) => {
    expect(readSettingsValue(raw)).toEqual({ settings: {}, unreadable: true });
  });

  it('reads the report period stored beside the date (SPEC §10); settings stored before periods still read', () => {
    expect(readSettingsValue('{"asOf":"2026-03-14","period":"2026-Q1"}')).toEqual({
      settings: { asOf: '2026-03-14', period: '2026-Q1' }, unreadable: false,
    });
    expect(readSettingsValue('{"asOf":"2025-12-11","year":2025,"subject":"UBND xã"}')).toEqual({
      settings: { asOf: '2025-12-11', year: 2025, subject: 'UBND xã' }, unreadable: false,
    });
    expect(readSettingsValue('{"asOf":"2026-03-14","period":"2026-Q5"}')).toEqual({ settings: {}, unreadable: true });
  });
});
