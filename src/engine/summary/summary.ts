import {
  INDICATOR_CATEGORIES, TASK_CATEGORIES,
  type IndicatorCounts, type IndicatorRow, type Summary, type TaskCounts, type TaskRow,
} from '../analysis';
import { emptyCounts } from './counts';
import type { Lang } from '../settings/options';
import { summarizePlans } from './planSummary';
import { reportSentence } from './sentence';
import { unitKey } from '../values/units';

interface Tally {
  tasks: TaskCounts;
  indicators: IndicatorCounts;
  /** Tasks whose written status is done or in progress: the sentence's "đã và đang thực hiện". */
  started: number;
}

const NO_LEAD: Record<Lang, string> = { vi: '(chưa ghi đơn vị chủ trì)', en: '(no lead unit)' };
/** "Phòng Văn hóa - Xã hội; Phòng Kinh tế." ends a cell, not the subject of a sentence. */
const TRAILING_PUNCTUATION = /[\s.,;:]+$/;

/**
 * SPEC §7: counts and the sentence for the workbook, each sheet, each group and each lead unit; and
 * the plan sheets apart (SPEC §2.1, §2.2). Plan rows have no status or actual value to count, so
 * counting them would only inflate "được giao" and "chưa triển khai". A lead unit's sentence has the
 * unit as its subject.
 */
export function summarize(
  sheetNames: string[],
  tasks: TaskRow[],
  indicators: IndicatorRow[],
  subject: string,
  lang: Lang,
  asOf: string,
): Summary {
  const total = tally();
  const sheets = new Map<string, Tally>(sheetNames.map((name) => [name, tally()]));
  const groups = new Map<string, Tally & { sheet: string; group: string }>();
  const leads = new Map<string, Tally & { lead: string }>();
  const bucketsOf = (row: TaskRow | IndicatorRow): Tally[] => {
    const buckets: Tally[] = [total];
    const sheet = sheets.get(row.sheet);
    if (sheet) buckets.push(sheet);
    if (row.group !== null) {
      const key = `${row.sheet}\u0000${row.group}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { sheet: row.sheet, group: row.group, ...tally() }));
      buckets.push(group);
    }
    const key = unitKey(row.lead);
    let lead = leads.get(key);
    if (!lead) leads.set(key, (lead = { lead: row.lead || NO_LEAD[lang], ...tally() }));
    buckets.push(lead);
    return buckets;
  };

  let progressTasks = 0;
  // Indexed, once per task: most of a large sheet is counted before this code is optimised.
  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i];
    if (task.plan) continue;
    progressTasks++;
    const started = task.status === 'done' || task.status === 'in_progress';
    const buckets = bucketsOf(task);
    for (let j = 0; j < buckets.length; j++) {
      const b = buckets[j];
      b.tasks.total++;
      b.tasks[task.category]++;
      if (started) b.started++;
    }
  }
  const progressIndicators = indicators.filter((indicator) => !indicator.plan);
  for (const indicator of progressIndicators) {
    for (const b of bucketsOf(indicator)) {
      b.indicators.total++;
      b.indicators[indicator.category]++;
    }
  }
  const plans = summarizePlans(sheetNames, tasks, indicators, asOf, NO_LEAD[lang]);
  return {
    tasks: total.tasks,
    indicators: total.indicators,
    sheets: [...sheets].map(([sheet, { tasks: t, indicators: i, started }]) => ({
      sheet, tasks: t, indicators: i, sentence: reportSentence(subject, t, started, i),
    })),
    groups: [...groups.values()].map(({ sheet, group, tasks: t, indicators: i, started }) => ({
      sheet, group, tasks: t, indicators: i, sentence: reportSentence(subject, t, started, i),
    })),
    byLead: [...leads.values()].map(({ lead, tasks: t, indicators: i, started }) => ({
      lead, tasks: t, indicators: i, sentence: reportSentence(lead.replace(TRAILING_PUNCTUATION, ''), t, started, i),
    })),
    sentence: reportSentence(subject, total.tasks, total.started, total.indicators),
    plans,
    plansOnly: plans.length > 0 && progressTasks === 0 && progressIndicators.length === 0,
    dueSoon: 0,
    dueSoonDays: 0,
  };
}

function tally(): Tally {
  return { tasks: emptyCounts(TASK_CATEGORIES), indicators: emptyCounts(INDICATOR_CATEGORIES), started: 0 };
}
