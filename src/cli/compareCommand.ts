/** `phuluc compare PREVIOUS CURRENT`: this period's report read against the previous one (SPEC §11). */
import { basename } from 'node:path';
import {
  analyze, comparePeriods, comparisonSchema, parsePeriod, previousPeriod, readPeriodRecords, readSettingsValue, STORED_SETTINGS_KEY, type Analysis, type WorkbookSnapshot,
} from '../engine';
import { readWorkbookFile } from '../xlsx';
import type { CliRequest } from './args';
import { analyzeOptions, hasErrors, report } from './commands';
import { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK } from './exitCodes';
import { formatComparison } from './comparisonReport';
import { CliError, type Io } from './io';
import { messages } from './messages';
import { periodMessages } from './periodMessages';

type CompareRequest = Extract<CliRequest, { kind: 'compare' }>;

export async function runCompare(req: CompareRequest, io: Io): Promise<number> {
  const m = messages(req.lang);
  const pm = periodMessages(req.lang);
  const options = await analyzeOptions(req.analyze, req.lang, m);
  let before: Analysis;
  let after: Analysis;
  try {
    const previous = await readSnapshot(req.previous, io, req.lang);
    const previousAsOf = req.previousAsOf ?? storedAsOf(previous, req.analyze.asOf) ?? periodBefore(req.analyze.period);
    if (!previousAsOf) throw new CliError(pm.noPreviousDate);
    before = analyze(previous, { ...options, asOf: previousAsOf, period: undefined });
    after = analyze(await readSnapshot(req.current, io, req.lang), options);
  } catch (e) {
    report(io, e, m.unexpected, req.lang);
    return EXIT_FAILURE;
  }
  const comparison = comparePeriods(before, after, { previousFile: basename(req.previous), currentFile: basename(req.current) });
  if (req.json) io.out(`${JSON.stringify(comparisonSchema.parse(comparison), null, 2)}\n`);
  else io.out(formatComparison(comparison, req.lang));
  return hasErrors(after) ? EXIT_FINDINGS : EXIT_OK;
}

async function readSnapshot(file: string, io: Io, lang: CompareRequest['lang']): Promise<WorkbookSnapshot> {
  const { snapshot } = await readWorkbookFile(file);
  if (readPeriodRecords(snapshot).unreadable) io.err(`phuluc: ${periodMessages(lang).recordUnreadable(file)}\n`);
  return snapshot;
}

/**
 * The report date of the latest period record in the previous workbook before the current date, else
 * the date stored in its settings (filled where the reader reads the add-in's settings).
 */
function storedAsOf(snapshot: WorkbookSnapshot, currentAsOf: string): string | undefined {
  const earlier = readPeriodRecords(snapshot).records.filter((r) => r.asOf < currentAsOf);
  const settingsAsOf = readSettingsValue(snapshot.documentSettings?.[STORED_SETTINGS_KEY]).settings.asOf;
  return earlier[earlier.length - 1]?.asOf ?? (settingsAsOf !== undefined && settingsAsOf < currentAsOf ? settingsAsOf : undefined);
}

function periodBefore(key: string | undefined): string | undefined {
  const period = key === undefined ? null : parsePeriod(key);
  return period ? previousPeriod(period).to : undefined;
}
