/** `phuluc compare PREVIOUS CURRENT`: this period's report read against the previous one (SPEC §11). */
import { basename } from 'node:path';
import {
  analyze, comparePeriods, comparisonSchema, previousReportDate, readPeriodRecords, type Analysis, type WorkbookSnapshot,
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
    const previousAsOf = req.previousAsOf ?? previousReportDate(previous, req.analyze.asOf, req.analyze.period);
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
