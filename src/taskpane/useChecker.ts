import { useEffect, useMemo, useState } from 'react';
import type { Analysis, Finding, Lang, Settings, SheetOverride, StoredPeriodRecords, TableKind, WritePlan } from '../engine';
import {
  analyze, comparePeriods, optionsFromSettings, periodRecordOf, planIssueSheet, planPeriodRecordSheet, planSummarySheet, planTemplate,
  previousRecord, readPeriodRecords, replaceOverride, withPeriodRecord,
} from '../engine';
import {
  applyWritePlan,
  type Capabilities,
  clearHighlights,
  describeExcelError,
  getCapabilities,
  highlightFindings,
  type ProtectedSheets,
  readStoredSettings,
  readWorkbookSnapshot,
  saveSettings,
  selectCell,
} from '../excel';
import { fill, STRINGS } from './strings';
import { PERIOD_STRINGS } from './periodStrings';

export interface Progress {
  read: number;
  total: number;
}

/** Settings without unset keys (a loop, not Object.fromEntries: Excel 2019's Edge webview lacks it). */
function withoutUndefined<T extends object>(value: T): T {
  const kept: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) kept[key] = v;
  return kept as T;
}

/**
 * The pane's only state: stored settings, the last analysis, and what is running or went wrong.
 * Every call to Excel and to the engine goes through here; the components only render.
 */
export function useChecker() {
  const [ready, setReady] = useState(false);
  const [settings, setSettings] = useState<Settings>({});
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  /** The period records stored in the workbook at the last check; null when it read the active sheet only. */
  const [records, setRecords] = useState<StoredPeriodRecords | null>(null);
  const [analyzedWith, setAnalyzedWith] = useState<string>('');
  const [datePending, setDatePending] = useState(false);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** Stored settings were there but unreadable: the user is told, in the pane's language, until closed. */
  const [settingsUnreadable, setSettingsUnreadable] = useState(false);
  const [capabilities] = useState<Capabilities>(getCapabilities);
  const lang: Lang = settings.lang ?? 'vi';
  const t = STRINGS[lang];

  useEffect(() => {
    let live = true;
    readStoredSettings()
      .then(({ settings: loaded, unreadable }) => {
        if (!live) return;
        setSettings(loaded);
        setSettingsUnreadable(unreadable);
      })
      .catch((e: unknown) => live && setError(describeExcelError(e, 'vi')))
      .finally(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, []);

  const fail = (e: unknown, language: Lang = lang) => setError(describeExcelError(e, language));

  /** Runs one Excel action: buttons are disabled meanwhile, and its outcome replaces the last message. */
  const run = async (action: () => Promise<string | null>) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      setNotice(await action());
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  /** Done elsewhere, but not on protected sheets: the user must know where and why. */
  const reportProtected = ({ protectedSheets }: ProtectedSheets) => {
    if (protectedSheets.length > 0) setError(fill(t.notices.protectedSheets, { sheets: protectedSheets.join(', ') }));
  };

  /** The very hidden period record is the product's bookkeeping, not a sheet the user will see. */
  const written = (plan: WritePlan) =>
    fill(t.notices.written, { sheets: plan.sheets.filter((s) => s.visibility !== 'veryHidden').map((s) => s.name).join(', ') });

  /** SPEC §11: the open workbook against the latest period stored in it before its report date. */
  const comparison = useMemo(() => {
    const previous = analysis && records ? previousRecord(records.records, analysis.asOf) : undefined;
    return analysis && previous ? comparePeriods(previous, analysis) : null;
  }, [analysis, records]);

  /**
   * Tổng hợp with its comparison, and the period record beside it (the plan `phuluc summarize` writes)
   * so that next period can compare; after a check of the active sheet only, the stored records are
   * not known and are left as they are.
   */
  const insertSummary = (done: Analysis) =>
    run(async () => {
      const next = records ? withPeriodRecord(records.records, periodRecordOf(done, done.period?.key)) : null;
      const summary = comparison ? planSummarySheet(done, comparison) : planSummarySheet(done);
      const plan = await applyWritePlan({
        sheets: next ? [summary, planPeriodRecordSheet(next, done.workbookSheets)] : [summary],
      });
      if (next) setRecords({ records: next, unreadable: false });
      if (!next) return `${written(plan)} ${PERIOD_STRINGS[lang].recordNotSaved}`;
      // Excel 2016 (ExcelApi 1.1) cannot hide a sheet: the record is written visible, and the user should know what it is.
      const shown = plan.sheets.find((s) => s.name !== summary.name && s.visibility === 'visible');
      return shown ? `${written(plan)} ${fill(PERIOD_STRINGS[lang].recordVisible, { sheet: shown.name })}` : written(plan);
    });

  /** Plans inside the action, so an engine failure is reported like an Excel one. */
  const write = (makePlan: () => WritePlan) => run(async () => written(await applyWritePlan(makePlan())));

  const updateSettings = async (patch: Partial<Settings>) => {
    const next = withoutUndefined({ ...settings, ...patch });
    setSettings(next);
    try {
      await saveSettings(next);
    } catch (e) {
      fail(e, next.lang ?? 'vi');
    }
  };

  return {
    ready,
    settings,
    lang,
    analysis,
    /** The settings changed since the last check: the results shown do not reflect them yet. */
    stale: analysis !== null && analyzedWith !== JSON.stringify(optionsFromSettings(settings)),
    /** The report date of the results shown, while the date field holds another (being typed, or invalid). */
    staleAsOf: analysis !== null && datePending ? analysis.asOf : null,
    markDatePending: setDatePending,
    busy,
    progress,
    error,
    notice,
    warning: settingsUnreadable ? t.notices.settingsUnreadable : null,
    capabilities,
    dismissError: () => setError(null),
    dismissNotice: () => setNotice(null),
    dismissWarning: () => setSettingsUnreadable(false),
    updateSettings,
    saveOverride: (sheet: string, table: number, override: SheetOverride | null) => {
      const overrides = replaceOverride(settings.overrides ?? [], sheet, table, override);
      return updateSettings({ overrides: overrides.length > 0 ? overrides : undefined });
    },
    check: (activeSheetOnly: boolean) =>
      run(async () => {
        setProgress({ read: 0, total: 0 });
        const snapshot = await readWorkbookSnapshot({
          activeSheetOnly,
          onProgress: (read, total) => setProgress({ read, total }),
        });
        const options = optionsFromSettings(settings);
        setAnalysis(analyze(snapshot, options));
        setRecords(snapshot.sheets.some((sheet) => sheet.notRead) ? null : readPeriodRecords(snapshot));
        setAnalyzedWith(JSON.stringify(options));
        return null;
      }),
    selectFinding: (finding: Finding) => {
      selectCell(finding.sheet, finding.cell).catch((e: unknown) => fail(e));
    },
    highlight: () =>
      analysis &&
      run(async () => {
        const outcome = await highlightFindings(analysis.findings);
        reportProtected(outcome);
        return fill(t.notices.highlighted, { n: outcome.highlighted });
      }),
    clearHighlight: () =>
      run(async () => {
        reportProtected(await clearHighlights());
        return t.notices.cleared;
      }),
    writeIssueSheet: () => analysis && write(() => ({ sheets: [planIssueSheet(analysis)] })),
    insertSummary: () => analysis && insertSummary(analysis),
    records,
    comparison,
    /** Writes a plan made elsewhere (the roll-up), as every other write: busy, then a notice or an error. */
    writePlan: write,
    selectCell: (sheet: string, cell: string) => {
      selectCell(sheet, cell).catch((e: unknown) => fail(e));
    },
    /** Named after the sheets there at the moment of writing: a filled-in earlier template stays. */
    insertTemplate: (kind: TableKind) =>
      run(async () => written(await applyWritePlan((sheetNames) => planTemplate([kind], lang, sheetNames)))),
  };
}
