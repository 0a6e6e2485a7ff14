/**
 * SPEC §11: the report date of a previous workbook compared with the current one, when the user does
 * not give it — the latest period record in it before the current date, else the date stored in its
 * settings (when earlier), else the end of the period before the current one. Undefined when none is
 * known: the caller asks for it.
 */
import { readSettingsValue, STORED_SETTINGS_KEY } from '../settings/storedSettings';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { readPeriodRecords } from './recordSheet';
import { parsePeriod, previousPeriod } from './reportPeriod';

export function previousReportDate(previous: WorkbookSnapshot, currentAsOf: string, currentPeriod?: string): string | undefined {
  const earlier = readPeriodRecords(previous).records.filter((r) => r.asOf < currentAsOf);
  const recorded = earlier[earlier.length - 1]?.asOf;
  if (recorded !== undefined) return recorded;
  const settingsAsOf = readSettingsValue(previous.documentSettings?.[STORED_SETTINGS_KEY]).settings.asOf;
  if (settingsAsOf !== undefined && settingsAsOf < currentAsOf) return settingsAsOf;
  const period = currentPeriod === undefined ? null : parsePeriod(currentPeriod);
  return period ? previousPeriod(period).to : undefined;
}
