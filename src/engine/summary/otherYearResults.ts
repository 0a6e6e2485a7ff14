/**
 * SPEC §2.2 turn 2: an indicator table with a result column per year reads the evaluation year's as
 * the actual value; the other years' results are kept, to be shown beside it ("Kết quả 2025: 98%").
 */
import type { IndicatorRow } from '../analysis';

export interface YearResult {
  year: number;
  value: string;
}

/** The results of the years other than the evaluation year, not empty, oldest first. */
export function otherYearResults(indicator: Pick<IndicatorRow, 'results' | 'evaluationYear'>): YearResult[] {
  const out: YearResult[] = [];
  for (const [year, value] of Object.entries(indicator.results ?? {})) {
    if (Number(year) === indicator.evaluationYear || value.trim() === '') continue;
    out.push({ year: Number(year), value: value.trim() });
  }
  return out.sort((a, b) => a.year - b.year);
}
