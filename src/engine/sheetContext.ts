import type { FindingSink } from './findingSink';
import type { Grid } from './grid';
import type { Lang } from './options';
import type { UnitMatch } from './units';

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
  /** 0-based section rows → group label. */
  sections: Map<number, string>;
  /** Set when the user gave a unit directory. */
  unitDirectory: ((name: string) => UnitMatch) | undefined;
}
