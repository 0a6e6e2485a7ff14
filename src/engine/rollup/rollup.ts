/**
 * SPEC §12: the roll-up of many units' workbooks, built one file at a time.
 *
 * For the pane and the CLI:
 *   const rollup = startRollup({ asOf, lang, subject, units, period });
 *   for each file: rollup.add(name, snapshot)  (→ that unit's line, to show progress)
 *                  or rollup.addUnreadable(name, reason) when it could not be read;
 *   rollup.result()  → the §12 document; planRollupWorkbook(result) → the sheets to write.
 * Only what the output needs is kept per unit (counts, finding tallies, sentence, overdue tasks),
 * never the snapshot or the analysis, so memory stays flat however many files there are.
 */
import { INDICATOR_CATEGORIES, TASK_CATEGORIES, type IndicatorCounts, type TaskCounts } from '../analysis';
import { analyze } from '../analyzeWorkbook';
import type { Lang } from '../settings/options';
import { readSettingsValue, STORED_SETTINGS_KEY } from '../settings/storedSettings';
import { emptyCounts } from '../summary/counts';
import { reportSentence } from '../summary/sentence';
import { daysBetween } from '../values/calendar';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { parsePeriod, type ReportPeriod } from '../periods/reportPeriod';
import { unitNameOf } from './unitName';

export interface RollupOptions {
  asOf: string;
  lang?: Lang;
  /** Subject of the overall sentence (default "Đơn vị"). */
  subject?: string;
  /** Unit directory: names found in title rows name a workbook (SPEC §12). */
  units?: string[];
  /** SPEC §10 period key, shown beside the report date. */
  period?: string;
}

export interface RollupUnit {
  unit: string;
  file: string;
  tasks: TaskCounts;
  indicators: IndicatorCounts;
  errors: number;
  warnings: number;
  sentence: string;
}

export interface RollupOverdueTask {
  unit: string;
  file: string;
  sheet: string;
  cell: string;
  task: string;
  lead: string;
  /** ISO date. */
  deadline: string;
  daysOverdue: number;
}

export interface RollupResult {
  asOf: string;
  period?: string;
  units: RollupUnit[];
  total: { tasks: TaskCounts; indicators: IndicatorCounts; sentence: string };
  overdue: RollupOverdueTask[];
  unreadable: { file: string; reason: string }[];
}

export interface Rollup {
  add(file: string, snapshot: WorkbookSnapshot): RollupUnit;
  addUnreadable(file: string, reason: string): void;
  result(): RollupResult;
  /** The period asked for, to show beside the date. */
  readonly period: ReportPeriod | undefined;
  readonly lang: Lang;
}

export function startRollup(options: RollupOptions): Rollup {
  const lang = options.lang ?? 'vi';
  const units = options.units ?? [];
  const period = options.period === undefined ? undefined : (parsePeriod(options.period) ?? undefined);
  const lines: (RollupUnit & { started: number })[] = [];
  const overdue: RollupOverdueTask[] = [];
  const unreadable: { file: string; reason: string }[] = [];

  return {
    period,
    lang,
    add(file, snapshot) {
      const unit = unitNameOf(file, snapshot, units);
      const stored = readSettingsValue(snapshot.documentSettings?.[STORED_SETTINGS_KEY]).settings;
      const analysis = analyze(snapshot, {
        asOf: options.asOf, lang, subject: unit, overrides: stored.overrides ?? [],
        ...(units.length > 0 ? { units } : {}), ...(stored.year !== undefined ? { year: stored.year } : {}),
      });
      let started = 0;
      for (const t of analysis.tasks) {
        if (t.plan) continue;
        if (t.status === 'done' || t.status === 'in_progress') started++;
        if (t.category === 'overdue' && t.due.kind === 'date') {
          overdue.push({
            unit, file, sheet: t.sheet, cell: t.cell, task: t.name, lead: t.lead, deadline: t.due.date,
            daysOverdue: daysBetween(t.due.date, options.asOf),
          });
        }
      }
      const line = {
        unit, file,
        tasks: analysis.summary.tasks,
        indicators: analysis.summary.indicators,
        errors: analysis.findings.filter((f) => f.severity === 'error').length,
        warnings: analysis.findings.filter((f) => f.severity === 'warning').length,
        sentence: analysis.summary.sentence,
        started,
      };
      lines.push(line);
      return withoutStarted(line);
    },
    addUnreadable(file, reason) {
      unreadable.push({ file, reason });
    },
    result() {
      const tasks = emptyCounts(TASK_CATEGORIES);
      const indicators = emptyCounts(INDICATOR_CATEGORIES);
      let started = 0;
      for (const line of lines) {
        addInto(tasks, line.tasks);
        addInto(indicators, line.indicators);
        started += line.started;
      }
      const result: RollupResult = {
        asOf: options.asOf,
        units: distinctNames(lines.map(withoutStarted)),
        total: { tasks, indicators, sentence: reportSentence(options.subject ?? 'Đơn vị', tasks, started, indicators) },
        overdue: [...overdue].sort((a, b) => b.daysOverdue - a.daysOverdue),
        unreadable: [...unreadable],
      };
      if (period) result.period = period.key;
      return result;
    },
  };
}

function withoutStarted({ started: _started, ...line }: RollupUnit & { started: number }): RollupUnit {
  return line;
}

function addInto<T extends Record<string, number>>(total: T, part: T): void {
  for (const key of Object.keys(total) as (keyof T)[]) total[key] = (total[key] + part[key]) as T[keyof T];
}

/** Two workbooks named for the same unit stay apart: each gets its file name after it. */
function distinctNames(units: RollupUnit[]): RollupUnit[] {
  const seen = new Map<string, number>();
  for (const u of units) seen.set(u.unit, (seen.get(u.unit) ?? 0) + 1);
  return units.map((u) => ((seen.get(u.unit) ?? 0) > 1 ? { ...u, unit: `${u.unit} (${u.file})` } : u));
}
