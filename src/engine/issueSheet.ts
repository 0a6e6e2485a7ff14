import type { Analysis } from './analysis';
import type { SheetPlan } from './plan';

export const ISSUE_SHEET = 'Kiểm tra';

export function planIssueSheet(analysis: Analysis): SheetPlan {
  void analysis;
  throw new Error('planIssueSheet: being written');
}
