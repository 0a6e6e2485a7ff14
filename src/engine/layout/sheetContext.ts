import type { FindingSink } from '../checks/findingSink';
import type { Grid } from '../workbook/grid';
import type { Lang } from '../settings/options';
import type { UnitMatch } from '../values/units';

/** What validating one sheet needs besides its rows. */
export interface SheetContext {
  grid: Grid;
  sink: FindingSink;
  /** Report date R, ISO. */
  asOf: string;
  reportYear: number;
  /** Evaluation year picked by the user (SPEC §5.2). */
  year: number | undefined;
  lang: Lang;
  /** SPEC §6 due-soon window in days after R. */
  dueSoonDays: number;
  /** 0-based section rows → group label. */
  sections: Map<number, string>;
  /** Added to a General-format number read as a date serial: 1,462 in a 1904 workbook, else 0. */
  serialOffset: number;
  /** Set when the user gave a unit directory. */
  unitDirectory: ((name: string) => UnitMatch) | undefined;
}
