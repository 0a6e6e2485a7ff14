import { useEffect, useState } from 'react';
import type { Analysis, Comparison, Lang, Settings } from '../engine';
import { analyze, comparePeriods, optionsFromSettings, previousReportDate } from '../engine';
import { PERIOD_STRINGS } from './periodStrings';
import { readPickedWorkbook, withFileName } from './pickedWorkbook';
import { fill } from './strings';

/**
 * SPEC §11 against a workbook file the user picks instead of the record stored in the open one, as
 * `phuluc compare` does: the previous report date typed, else found in that file, else the end of
 * the period before; the file analysed on that date with the same settings.
 */
export function useFileComparison(analysis: Analysis | null, settings: Settings, lang: Lang) {
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const p = PERIOD_STRINGS[lang];
  // Made against the results shown: a new check makes it stale.
  useEffect(() => {
    setComparison(null);
    setError(null);
  }, [analysis]);

  const compare = async (file: File, typedPreviousAsOf: string | undefined) => {
    if (!analysis || reading) return;
    setError(null);
    setReading(file.name);
    try {
      const read = await readPickedWorkbook(file, lang, p.unreadableReason);
      if (!read.ok) {
        setError(fill(p.fileError, { reason: withFileName(file.name, read.reason) }));
        return;
      }
      const previousAsOf = typedPreviousAsOf ?? previousReportDate(read.snapshot, analysis.asOf, analysis.period?.key);
      if (!previousAsOf) {
        setError(fill(p.comparison.needPreviousDate, { file: file.name }));
        return;
      }
      const before = analyze(read.snapshot, { ...optionsFromSettings(settings), asOf: previousAsOf, period: undefined });
      setComparison(comparePeriods(before, analysis, { previousFile: file.name }));
    } catch {
      setError(fill(p.fileError, { reason: withFileName(file.name, p.unreadableReason) }));
    } finally {
      setReading(null);
    }
  };

  return { comparison, reading, error, compare, clear: () => setComparison(null), dismissError: () => setError(null) };
}
