import { useState } from 'react';
import type { Lang, ReportPeriod, RollupResult, Settings, WritePlan } from '../engine';
import { optionsFromSettings, planRollupWorkbook, startRollup } from '../engine';
import { PERIOD_STRINGS } from './periodStrings';
import { readPickedWorkbook, yieldToBrowser } from './pickedWorkbook';

export type RollupFileStatus = 'waiting' | 'reading' | 'read' | 'unreadable';

export interface RollupFile {
  name: string;
  status: RollupFileStatus;
  /** Why it could not be read, in the reader's words. */
  reason?: string;
}

/**
 * SPEC §12 in the pane, as `phuluc rollup` does it: the files read one at a time (memory stays flat,
 * and the browser paints each file's progress in between), an unreadable file listed and never
 * fatal; the same engine calls and the same sheets, written into the open workbook.
 */
export function useRollup(settings: Settings, lang: Lang) {
  const [files, setFiles] = useState<RollupFile[]>([]);
  const [result, setResult] = useState<{ rollup: RollupResult; period?: ReportPeriod; lang: Lang } | null>(null);
  const [running, setRunning] = useState(false);

  const start = async (picked: File[]) => {
    if (running || picked.length === 0) return;
    setRunning(true);
    setResult(null);
    const statuses: RollupFile[] = picked.map((file) => ({ name: file.name, status: 'waiting' }));
    const show = (i: number, file: RollupFile) => {
      statuses[i] = file;
      setFiles([...statuses]);
    };
    setFiles([...statuses]);
    const { asOf } = optionsFromSettings(settings);
    const rollup = startRollup({
      asOf, lang, ...(settings.subject ? { subject: settings.subject } : {}), ...(settings.units ? { units: settings.units } : {}),
      ...(settings.period ? { period: settings.period } : {}),
    });
    const unreadable = PERIOD_STRINGS[lang].unreadableReason;
    for (let i = 0; i < picked.length; i++) {
      const name = picked[i].name;
      show(i, { name, status: 'reading' });
      await yieldToBrowser();
      const read = await readPickedWorkbook(picked[i], lang, unreadable);
      try {
        if (!read.ok) throw read.reason;
        rollup.add(name, read.snapshot);
        show(i, { name, status: 'read' });
      } catch (reason) {
        const why = typeof reason === 'string' ? reason : unreadable;
        rollup.addUnreadable(name, why);
        show(i, { name, status: 'unreadable', reason: why });
      }
    }
    setResult({ rollup: rollup.result(), period: rollup.period, lang });
    setRunning(false);
  };

  return {
    files,
    running,
    /** Null until every file is through, and when none could be read. */
    result: result && result.rollup.units.length > 0 ? result.rollup : null,
    noneRead: result !== null && result.rollup.units.length === 0,
    start,
    reset: () => {
      setFiles([]);
      setResult(null);
    },
    plan: (): WritePlan => {
      if (!result) return { sheets: [] };
      return planRollupWorkbook(result.rollup, result.lang, result.period);
    },
  };
}
