import type { Analysis } from '../engine';
import { otherYearResults } from '../engine';
import type { PeriodStrings } from './periodStrings';
import { fill } from './strings';

/** Where an indicator's other years' results are shown: by its row (findings) and by its name cell (changes). */
export interface YearResultsNotes {
  byRow: Map<string, string>;
  byCell: Map<string, string>;
}

export const rowKey = (sheet: string, row: number) => `${sheet}\u0000${row}`;
export const cellKey = (sheet: string, cell: string) => `${sheet}\u0000${cell}`;

/** "Kết quả 2025: 82% · Kết quả 2024: 70%" per indicator that has other years' results (SPEC §2.2 turn 2). */
export function yearResultsNotes(analysis: Analysis | null, p: PeriodStrings): YearResultsNotes {
  const notes: YearResultsNotes = { byRow: new Map(), byCell: new Map() };
  for (const indicator of analysis?.indicators ?? []) {
    const results = otherYearResults(indicator);
    if (results.length === 0) continue;
    const text = results.map((r) => fill(p.results, { year: r.year, value: r.value })).join(' · ');
    notes.byRow.set(rowKey(indicator.sheet, indicator.row), text);
    notes.byCell.set(cellKey(indicator.sheet, indicator.cell), text);
  }
  return notes;
}
