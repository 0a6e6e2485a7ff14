/** The comparison with the previous period (SPEC §11) on the command line: the sentence, then the changes by code. */
import {
  CHANGE_CODES, changeValueText, comparePeriods, LABELS, previousRecord, readPeriodRecords,
  type Analysis, type Comparison, type WorkbookSnapshot,
} from '../engine';
import { basename } from 'node:path';
import { CliError, type Io } from './io';
import type { CliLang } from './messages';
import { periodMessages } from './periodMessages';
import { oneLine, safeText, truncate } from './text';

const NAME_MAX = 80;

/** `check --since-last`: against the latest period record stored in the file before the report date. */
export function comparisonWithStored(snapshot: WorkbookSnapshot, analysis: Analysis, file: string, lang: CliLang, io: Io): Comparison {
  const pm = periodMessages(lang);
  const stored = readPeriodRecords(snapshot);
  if (stored.unreadable) io.err(`phuluc: ${safeText(pm.recordUnreadable(file))}\n`);
  const previous = previousRecord(stored.records, analysis.asOf);
  if (!previous) throw new CliError(pm.noStoredRecord(file));
  return comparePeriods(previous, analysis, { previousFile: basename(file), currentFile: basename(file) });
}

export function formatComparison(comparison: Comparison, lang: CliLang): string {
  const out = [safeText(comparison.sentence)];
  for (const code of CHANGE_CODES) {
    const changes = comparison.changes.filter((c) => c.code === code);
    if (changes.length === 0) continue;
    out.push('', `${LABELS[lang].changeCode[code]} (${code}): ${changes.length}`);
    for (const c of changes) {
      const before = changeValueText(c, c.before, lang);
      const after = changeValueText(c, c.after, lang);
      const values = before || after ? `: ${oneLine(before) || '—'} → ${oneLine(after) || '—'}` : '';
      out.push(`  ${oneLine(c.sheet)}!${c.cell}  ${truncate(oneLine(c.name), NAME_MAX)}${values}`);
    }
  }
  return `${out.map(safeText).join('\n')}\n`;
}
