/**
 * Counts of plan sheets (SPEC §2.1, §2.2): tasks without a status, indicators without results, which
 * stay out of the report sentence. "Plan" here is the domain's plan; what the product writes into a
 * workbook is a write plan (sheets/writePlan.ts).
 */
import { DEADLINE_BUCKETS, type DeadlineCounts, type IndicatorRow, type PlanLeadSummary, type PlanSummary, type TaskRow } from '../analysis';
import { emptyCounts } from './counts';
import { deadlineBucket } from './deadlineBuckets';
import { unitKey } from '../values/units';

interface PlanTally {
  byDeadline: DeadlineCounts;
  leads: Map<string, PlanLeadSummary>;
  indicators: number;
  indicatorLeads: Map<string, { lead: string; total: number }>;
  years: Set<number>;
}

/**
 * SPEC §2.1, §2.2: each sheet with plan rows, in sheet order — its planned tasks by deadline in all
 * and per lead unit, and its planned indicators per lead unit with the years their targets are for.
 */
export function summarizePlans(
  sheetNames: string[],
  tasks: TaskRow[],
  indicators: IndicatorRow[],
  asOf: string,
  noLead: string,
): PlanSummary[] {
  const sheets = new Map<string, PlanTally>();
  const sheetOf = (name: string): PlanTally => {
    let sheet = sheets.get(name);
    if (!sheet) {
      sheet = { byDeadline: emptyCounts(DEADLINE_BUCKETS), leads: new Map(), indicators: 0, indicatorLeads: new Map(), years: new Set() };
      sheets.set(name, sheet);
    }
    return sheet;
  };
  for (let i = 0; i < tasks.length; i++) {
    const task = tasks[i];
    if (!task.plan) continue;
    const sheet = sheetOf(task.sheet);
    const key = unitKey(task.lead);
    let lead = sheet.leads.get(key);
    if (!lead) sheet.leads.set(key, (lead = { lead: task.lead || noLead, byDeadline: emptyCounts(DEADLINE_BUCKETS) }));
    const bucket = deadlineBucket(task.due, asOf);
    for (const counts of [sheet.byDeadline, lead.byDeadline]) {
      counts.total++;
      counts[bucket]++;
    }
  }
  for (const indicator of indicators) {
    if (!indicator.plan) continue;
    const sheet = sheetOf(indicator.sheet);
    const key = unitKey(indicator.lead);
    let lead = sheet.indicatorLeads.get(key);
    if (!lead) sheet.indicatorLeads.set(key, (lead = { lead: indicator.lead || noLead, total: 0 }));
    lead.total++;
    sheet.indicators++;
    if (indicator.evaluationYear !== null) sheet.years.add(indicator.evaluationYear);
  }
  return sheetNames.flatMap((name) => {
    const sheet = sheets.get(name);
    if (!sheet) return [];
    return [{
      sheet: name,
      byDeadline: sheet.byDeadline,
      byLead: [...sheet.leads.values()],
      indicators: {
        total: sheet.indicators,
        byLead: [...sheet.indicatorLeads.values()],
        years: [...sheet.years].sort((a, b) => a - b),
      },
    }];
  });
}

/** All plan sheets together, for the "all plans" line of the reports. */
export function totalByDeadline(plans: PlanSummary[]): DeadlineCounts {
  const total = emptyCounts(DEADLINE_BUCKETS);
  for (const plan of plans) {
    for (const key of Object.keys(total) as (keyof DeadlineCounts)[]) total[key] += plan.byDeadline[key];
  }
  return total;
}
