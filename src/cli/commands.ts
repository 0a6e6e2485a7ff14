/** The three commands: read, call the engine, write or print. No domain logic here. */
import { basename } from 'node:path';
import {
  analyze,
  planIssueSheet,
  planSummaryWithRecord,
  planTemplate,
  reportSchema,
  toReport,
  ISSUE_SHEET,
  readPeriodRecords,
  type Analysis,
  type AnalyzeOptionsInput,
  type Comparison,
  type Report,
} from '../engine';
import {
  isSameFile, isXlsxError, letYoungGenerationGrow, newWorkbook, packageExtension, patchWorkbook, readWorkbookFile,
  writeWorkbookAtomic, XlsxError,
} from '../xlsx';
import type { AnalyzeArgs, CliRequest } from './args';
import { formatHumanReport, tally } from './humanReport';
import { writeJson } from './jsonOutput';
import { CliError, debugEnabled, errorText, type Io } from './io';
import { messages, type CliLang, type Messages } from './messages';
import { safeText } from './text';
import { readUnitsFile } from './units';
import { comparisonWithStored, formatComparison } from './comparisonReport';
import { periodMessages } from './periodMessages';
import { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK } from './exitCodes';

type Req<K extends CliRequest['kind']> = Extract<CliRequest, { kind: K }>;


export async function analyzeOptions(args: AnalyzeArgs, lang: CliLang, m: Messages): Promise<AnalyzeOptionsInput> {
  return {
    asOf: args.asOf,
    year: args.year,
    subject: args.subject,
    units: args.unitsFile ? await readUnitsFile(args.unitsFile, m) : undefined,
    lang,
    ...(args.period ? { period: args.period } : {}),
  };
}

export function hasErrors(analysis: Analysis): boolean {
  return analysis.findings.some((f) => f.severity === 'error');
}

/** One line on stderr for a failure; the stack only with PHULUC_DEBUG=1. */
export function report(io: Io, e: unknown, fallback: (reason: string) => string, lang: CliLang): void {
  const line = isXlsxError(e) ? e.messageIn(lang) : e instanceof CliError ? e.message : fallback(errorText(e));
  io.err(`phuluc: ${safeText(line)}\n`);
  if (debugEnabled()) {
    if (isXlsxError(e) && e.detail) io.err(`  (${e.detail})\n`);
    if (e instanceof Error && e.stack) io.err(`${e.stack}\n`);
  }
}

/** Findings checked in one parse: a million are never copied all at once, nor checked one call each. */
const ISSUES_CHECKED_AT_ONCE = 4096;

/**
 * toReport, checked against the SPEC §8 schema before anything is printed: the outline, then the
 * findings a slice at a time.
 */
export function jsonReport(analysis: Analysis, file: string, m: Messages): Report {
  const result = toReport(analysis, basename(file));
  const fail = (error: { issues: { path: PropertyKey[]; message: string }[] }, at: (path: PropertyKey[]) => PropertyKey[]): never => {
    const issue = error.issues[0];
    throw new CliError(m.reportInvalid(file, `${at(issue?.path ?? []).map(String).join('.')}: ${issue?.message ?? ''}`));
  };
  const outline = reportSchema.safeParse({ ...result, issues: [] });
  if (!outline.success) fail(outline.error, (path) => path);
  const issues = reportSchema.shape.issues;
  for (let from = 0; from < result.issues.length; from += ISSUES_CHECKED_AT_ONCE) {
    const checked = issues.safeParse(result.issues.slice(from, from + ISSUES_CHECKED_AT_ONCE));
    // The path starts at the slice's index: the finding's own is `from` further on.
    if (!checked.success) fail(checked.error, ([index, ...rest]) => ['issues', from + Number(index), ...rest]);
  }
  return result;
}

/** `--json` on stdout, in pieces whose memory is filled again once stdout has written them out. */
function printJson(io: Io, value: unknown): void {
  writeJson(value, (bytes) => {
    io.out(bytes);
    return io.outFlushed?.() === true;
  });
}

export async function runCheck(req: Req<'check'>, io: Io): Promise<number> {
  const m = messages(req.lang);
  const options = await analyzeOptions(req.analyze, req.lang, m);
  let failed = false;
  let findingsWithErrors = false;
  const reports: (Report & { comparison?: Comparison })[] = [];
  let printed = 0;

  for (const file of req.files) {
    let analysis: Analysis;
    let sinceLast: Comparison | undefined;
    try {
      const { snapshot } = await readWorkbookFile(file);
      analysis = analyze(snapshot, options);
      if (req.sinceLast) sinceLast = comparisonWithStored(snapshot, analysis, file, req.lang, io);
    } catch (e) {
      report(io, e, (reason) => m.analysisFailed(file, reason), req.lang);
      failed = true;
      continue;
    }
    if (hasErrors(analysis)) findingsWithErrors = true;
    if (req.json) {
      try {
        const json = jsonReport(analysis, file, m);
        reports.push(sinceLast ? { ...json, comparison: sinceLast } : json);
      } catch (e) {
        report(io, e, (reason) => m.reportInvalid(file, reason), req.lang);
        failed = true;
      }
    } else {
      io.out((printed++ > 0 ? '\n' : '') + formatHumanReport(analysis, file, req.lang));
      if (sinceLast) io.out(`\n${formatComparison(sinceLast, req.lang)}`);
    }
  }

  if (req.json) {
    if (req.files.length > 1) printJson(io, reports);
    else if (reports.length === 1) printJson(io, reports[0]);
  }
  return failed ? EXIT_FAILURE : findingsWithErrors ? EXIT_FINDINGS : EXIT_OK;
}

export async function runSummarize(req: Req<'summarize'>, io: Io): Promise<number> {
  const m = messages(req.lang);
  if (await isSameFile(req.file, req.output)) {
    report(io, new XlsxError('same-file', req.output), m.unexpected, req.lang);
    return EXIT_FAILURE;
  }
  const options = await analyzeOptions(req.analyze, req.lang, m);
  let analysis: Analysis;
  try {
    const { bytes, snapshot } = await readWorkbookFile(req.file);
    const extension = packageExtension(bytes);
    if (!req.output.toLowerCase().endsWith(extension)) throw new CliError(m.outputKind(req.output, extension));
    analysis = analyze(snapshot, options);
    const stored = readPeriodRecords(snapshot);
    if (stored.unreadable) io.err(`phuluc: ${periodMessages(req.lang).recordUnreadable(req.file)}\n`);
    letYoungGenerationGrow();
    const { summary, record } = planSummaryWithRecord(analysis, stored.records, { currentFile: basename(req.file) });
    const patched = patchWorkbook(bytes, { sheets: [summary, planIssueSheet(analysis), record] }, analysis.workbookSheets);
    await writeWorkbookAtomic(patched, req.output, { inputPath: req.file });
  } catch (e) {
    report(io, e, (reason) => m.analysisFailed(req.file, reason), req.lang);
    return EXIT_FAILURE;
  }
  const lines = [
    m.wrote(req.output),
    `${m.checkLine(tally(analysis.findings, req.lang))} (${m.seeIssueSheet(ISSUE_SHEET)})`,
    analysis.summary.sentence,
  ].map(safeText);
  if (req.json) {
    printJson(io, jsonReport(analysis, req.file, m));
    io.err(`${lines.join('\n')}\n`);
  } else {
    io.out(`${lines.join('\n')}\n`);
  }
  return hasErrors(analysis) ? EXIT_FINDINGS : EXIT_OK;
}

export async function runTemplate(req: Req<'template'>, io: Io): Promise<number> {
  const m = messages(req.lang);
  try {
    await writeWorkbookAtomic(newWorkbook(planTemplate(['tasks', 'indicators'], req.lang)), req.output);
  } catch (e) {
    report(io, e, m.unexpected, req.lang);
    return EXIT_FAILURE;
  }
  io.out(`${safeText(m.templateWrote(req.output))}\n`);
  return EXIT_OK;
}
