/**
 * `phuluc rollup FILE|FOLDER… -o OUT.xlsx` (SPEC §12): files read one at a time, so memory stays flat;
 * an unreadable file is listed, never fatal; exit 2 only when nothing could be read.
 */
import { promises as fs } from 'node:fs';
import { basename, join } from 'node:path';
import { planRollupWorkbook, startRollup } from '../engine';
import { isSameFile, isXlsxError, newWorkbook, readWorkbookFile, writeWorkbookAtomic } from '../xlsx';
import type { CliRequest } from './args';
import { report } from './commands';
import { EXIT_FAILURE, EXIT_FINDINGS, EXIT_OK } from './exitCodes';
import { CliError, errorText, type Io } from './io';
import { messages } from './messages';
import { periodMessages } from './periodMessages';
import { safeText } from './text';
import { readUnitsFile } from './units';

type RollupRequest = Extract<CliRequest, { kind: 'rollup' }>;

const WORKBOOK_FILE = /\.(xlsx|xlsm)$/i;

export async function runRollup(req: RollupRequest, io: Io): Promise<number> {
  const m = messages(req.lang);
  const pm = periodMessages(req.lang);
  let files: string[];
  try {
    files = await expandInputs(req.inputs, pm);
    for (const file of files) if (await isSameFile(file, req.output)) throw new CliError(pm.outputIsInput(file));
  } catch (e) {
    report(io, e, m.unexpected, req.lang);
    return EXIT_FAILURE;
  }
  const units = req.analyze.unitsFile ? await readUnitsFile(req.analyze.unitsFile, m) : undefined;
  const rollup = startRollup({
    asOf: req.analyze.asOf, lang: req.lang, subject: req.analyze.subject, ...(units ? { units } : {}),
    ...(req.analyze.period ? { period: req.analyze.period } : {}),
  });
  let read = 0;
  for (const file of files) {
    try {
      const { snapshot } = await readWorkbookFile(file);
      rollup.add(basename(file), snapshot);
      read++;
    } catch (e) {
      // The reader names the file by its full path; the roll-up goes to another office, so by its name.
      const reason = isXlsxError(e) ? e.messageIn(req.lang) : errorText(e);
      rollup.addUnreadable(basename(file), reason.split(file).join(basename(file)));
    }
  }
  const result = rollup.result();
  if (read === 0) {
    for (const u of result.unreadable) io.err(`phuluc: ${safeText(u.reason)}\n`);
    io.err(`phuluc: ${pm.nothingRead}\n`);
    return EXIT_FAILURE;
  }
  try {
    await writeWorkbookAtomic(newWorkbook(planRollupWorkbook(result, req.lang, rollup.period)), req.output);
  } catch (e) {
    report(io, e, m.unexpected, req.lang);
    return EXIT_FAILURE;
  }
  const summary = `${pm.rollupWrote(req.output, result.units.length, result.unreadable.length)}\n${result.total.sentence}\n`;
  if (req.json) {
    io.out(`${JSON.stringify(result, null, 2)}\n`);
    io.err(safeText(summary));
  } else {
    io.out(safeText(summary));
  }
  return result.units.some((u) => u.errors > 0) ? EXIT_FINDINGS : EXIT_OK;
}

/** A folder stands for its workbooks, sorted by name; a file stands for itself (read later, errors and all). */
async function expandInputs(inputs: string[], pm: ReturnType<typeof periodMessages>): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (!stat?.isDirectory()) {
      files.push(input);
      continue;
    }
    const names = (await fs.readdir(input)).filter((n) => WORKBOOK_FILE.test(n) && !n.startsWith('~$')).sort();
    if (names.length === 0) throw new CliError(pm.emptyFolder(input));
    for (const name of names) files.push(join(input, name));
  }
  return files;
}
