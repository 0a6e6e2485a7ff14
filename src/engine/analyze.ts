import type { Analysis } from './analysis';
import type { AnalyzeOptionsInput } from './options';
import type { WorkbookSnapshot } from './snapshot';

/** Reads every sheet, validates it and summarises it as of the report date. Never throws on bad cells. */
export function analyze(snapshot: WorkbookSnapshot, options: AnalyzeOptionsInput): Analysis {
  void snapshot;
  void options;
  throw new Error('analyze: being written');
}
