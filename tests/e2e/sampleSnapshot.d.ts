/**
 * The sample workbook's snapshot, written by scripts/sample-snapshot.js at build time and resolved
 * by webpack (alias in webpack.config.js, `--env officejs=fake` builds only).
 */
declare module '@phuluc/sample-snapshot' {
  import type { WorkbookSnapshot } from '../../src/engine';

  const snapshot: WorkbookSnapshot;
  export default snapshot;
}
