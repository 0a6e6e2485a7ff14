import type { PlanSummary } from '../analysis';

/**
 * The plan sheets each plan table lists (SPEC §2.1, §2.2). A sheet can hold plan tasks, plan
 * indicators or both; a table of the other kind would only show it as a row of zeros.
 */
export function plansWithTasks(plans: PlanSummary[]): PlanSummary[] {
  return plans.filter((plan) => plan.byDeadline.total > 0);
}

export function plansWithIndicators(plans: PlanSummary[]): PlanSummary[] {
  return plans.filter((plan) => plan.indicators.total > 0);
}
