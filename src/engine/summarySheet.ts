import type { Analysis } from './analysis';
import type { SheetPlan } from './plan';

export const SUMMARY_SHEET = 'Tổng hợp';

export function planSummarySheet(analysis: Analysis): SheetPlan {
  void analysis;
  throw new Error('planSummarySheet: being written');
}
