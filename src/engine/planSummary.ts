import type { DeadlineCounts, PlanSummary, TaskRow } from './analysis';
import { deadlineBucket, emptyDeadlineCounts } from './deadlineBuckets';
import { leadKey } from './taskRows';

/** SPEC §2.1: each sheet with planned tasks, counted by deadline in all and per lead unit, in sheet order. */
export function summarizePlans(tasks: TaskRow[], asOf: string, noLead: string): PlanSummary[] {
  const sheets = new Map<string, { total: DeadlineCounts; leads: Map<string, { lead: string; byDeadline: DeadlineCounts }> }>();
  for (const task of tasks) {
    if (!task.plan) continue;
    let sheet = sheets.get(task.sheet);
    if (!sheet) sheets.set(task.sheet, (sheet = { total: emptyDeadlineCounts(), leads: new Map() }));
    const key = leadKey(task.lead);
    let lead = sheet.leads.get(key);
    if (!lead) sheet.leads.set(key, (lead = { lead: task.lead || noLead, byDeadline: emptyDeadlineCounts() }));
    const bucket = deadlineBucket(task.due, asOf);
    for (const counts of [sheet.total, lead.byDeadline]) {
      counts.total++;
      counts[bucket]++;
    }
  }
  return [...sheets].map(([sheet, { total, leads }]) => ({ sheet, byDeadline: total, byLead: [...leads.values()] }));
}

/** All plan sheets together, for the "all plans" line of the reports. */
export function totalByDeadline(plans: PlanSummary[]): DeadlineCounts {
  const total = emptyDeadlineCounts();
  for (const plan of plans) {
    for (const key of Object.keys(total) as (keyof DeadlineCounts)[]) total[key] += plan.byDeadline[key];
  }
  return total;
}
