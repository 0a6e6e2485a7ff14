/** The .xlsx reader's core: bytes in, WorkbookSnapshot out, no Node API (runs in the task pane too). */
export { readWorkbookBytes } from './readWorkbookBytes';
export { DEFAULT_LIMITS } from './limits';
export type { ReadLimits } from './limits';
