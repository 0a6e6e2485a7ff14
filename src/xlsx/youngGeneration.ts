/**
 * How large V8's young generation may grow while the command reads and checks a workbook.
 *
 * V8 grows it up to 16 MB as objects survive, and a check's objects do survive: the rows, tasks and
 * findings live until the report is written. Each megabyte it grows by is memory the system hands
 * over page by page, at ~10 µs a page on the machines this was measured on: 50,000 rows (a 2 MB
 * file) took 31,000 page faults, 21,000 with the growth stopped, and ran ~10% faster. A longer run
 * pays that once and gains from collecting less often: at 1,000,000 rows (42 MB) growing is ~8%
 * faster; at 200,000 (8 MB) the two are even (README, "Đọc tệp .xlsx"). Writing a workbook is
 * another matter: `summarize` builds sheets of short-lived strings, which a young generation kept
 * small collects too often (50,000 rows: 6.3 → 7.6 s), so it lets it grow again first.
 */
import { setFlagsFromString } from 'node:v8';

/** Files from this size (compressed) let the young generation grow. */
const GROWING_FROM_BYTES = 16 * 1024 * 1024;

/**
 * Called with each input's size before it is read. V8 reads the flag each time it would grow the
 * young generation, so setting it while the process runs takes effect (and growth stopped keeps
 * what the young generation has reached: 2 MB once the code is loaded).
 */
export function sizeYoungGeneration(fileBytes: number): void {
  growYoungGeneration(fileBytes >= GROWING_FROM_BYTES);
}

/** Before a workbook is written: as V8 would have it. */
export function letYoungGenerationGrow(): void {
  growYoungGeneration(true);
}

/**
 * Only on the V8 this was measured on (11, Node 20). Later ones may hold the factor at 2 or drop the
 * flag, and V8 writes an unknown flag's name to stderr: a user would see it under every report.
 */
const MEASURED_V8 = /^11\./.test(process.versions.v8);

function growYoungGeneration(grow: boolean): void {
  // 2 is V8's own factor.
  if (MEASURED_V8) setFlagsFromString(`--semi-space-growth-factor=${grow ? 2 : 1}`);
}
