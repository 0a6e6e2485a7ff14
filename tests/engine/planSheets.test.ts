import type { DeadlineCounts, PlanSummary } from '../../src/engine/analysis';
import { plansWithIndicators, plansWithTasks } from '../../src/engine/summary/planSheets';

function plan(sheet: string, tasks: number, indicators: number): PlanSummary {
  const byDeadline: DeadlineCounts = { total: tasks, already_due: 0, due_this_year: 0, due_later: 0, ongoing: 0, no_deadline: tasks };
  return {
    sheet,
    byDeadline,
    byLead: tasks > 0 ? [{ lead: 'Phòng Kinh tế', byDeadline }] : [],
    indicators: { total: indicators, byLead: indicators > 0 ? [{ lead: 'Phòng Kinh tế', total: indicators }] : [], years: [] },
  };
}

describe('the plan sheets each plan table lists (SPEC §2.1, §2.2)', () => {
  const plans = [plan('KH nhiệm vụ', 3, 0), plan('KH chỉ tiêu', 0, 2), plan('KH chung', 1, 4)];

  it('lists the sheets with plan tasks in the by-deadline table, in sheet order', () => {
    expect(plansWithTasks(plans).map((p) => p.sheet)).toEqual(['KH nhiệm vụ', 'KH chung']);
  });

  it('lists the sheets with plan indicators in the per-lead table, in sheet order', () => {
    expect(plansWithIndicators(plans).map((p) => p.sheet)).toEqual(['KH chỉ tiêu', 'KH chung']);
  });

  it('lists none when no sheet is a plan', () => {
    expect(plansWithTasks([])).toEqual([]);
    expect(plansWithIndicators([])).toEqual([]);
  });
});
