/**
 * `npm run bench`: the product's speed and size figures (never asserted in tests). With `-- --json`
 * the last line is one JSON object with every figure.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { analyze } from '../src/engine/analyzeWorkbook';
import { measureBenchSyncs } from '../tests/fake-excel/measureSyncs';
import { floorArgs, writeBombFile, writeWholeSheetFile } from './reader';
import { taskSnapshot, writeTaskWorkbook } from './workloads';

const ROOT = path.resolve(__dirname, '..');
const RUNS = 3;
const ROLLUP_UNITS = 500;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function engineMs(rows: number): number {
  const snapshot = taskSnapshot(rows);
  analyze(taskSnapshot(2_000), { asOf: '2025-12-11' }); // warm up the JIT on a small workbook
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    analyze(snapshot, { asOf: '2025-12-11' });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

/** Runs a node command RUNS times; returns the median wall time and the largest peak memory. */
function timeNode(args: string[], runs = RUNS): { ms: number; peakMb: number } {
  const peakFile = path.join(os.tmpdir(), `phuluc-peak-${process.pid}`);
  const times: number[] = [];
  let peak = 0;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['-r', path.join(__dirname, 'peak.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, PHULUC_PEAK_FILE: peakFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0 && result.status !== 1 && result.status !== 2) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
    peak = Math.max(peak, Number(fs.readFileSync(peakFile, 'utf8')) / 1024);
  }
  fs.rmSync(peakFile, { force: true });
  return { ms: median(times), peakMb: peak };
}

/**
 * Builds the add-in for production and adds up the gzip size of the scripts taskpane.html loads:
 * the module scripts modern webviews run, and the nomodule ones Internet Explorer 11 runs.
 */
function taskpaneGzipKb(): { modern: number; legacy: number } {
  const build = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (build.status !== 0) throw new Error(`webpack failed: ${build.stderr}`);
  const dist = path.join(ROOT, 'dist');
  const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  const tags = [...html.matchAll(/<script([^>]+)>/g)].map((m) => m[1]);
  const local = (attributes: string[]) =>
    attributes
      .map((a) => /src=["']?([^"' >]+)/.exec(a)?.[1])
      .filter((src): src is string => src !== undefined && !/^https?:/.test(src) && !src.includes('office-js'));
  const gzipKb = (files: string[]) =>
    files.reduce((sum, src) => sum + zlib.gzipSync(fs.readFileSync(path.join(dist, src.replace(/^\.?\//, '')))).length, 0) / 1024;
  return {
    modern: gzipKb(local(tags.filter((a) => /type=["']?module/.test(a)))),
    legacy: gzipKb(local(tags.filter((a) => /\bnomodule\b/.test(a)))),
  };
}

async function main(): Promise<void> {
  const figures: Record<string, number> = {};
  const print = (label: string, value: number, unit: string) => console.log(`${label.padEnd(48)} ${value.toFixed(1)} ${unit}`);

  figures.engine_100k_ms = Math.round(engineMs(100_000));
  print('Engine: 100,000 task rows validated + summarised', figures.engine_100k_ms, 'ms (target < 1000)');

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-bench-'));
  const file = path.join(dir, 'nhiem-vu-50k.xlsx');
  await writeTaskWorkbook(file, 50_000);
  // Both figures below include starting node; this one shows how much of each that is.
  const startup = timeNode(['-e', '']);
  const read = timeNode(['-e', `new (require('exceljs').Workbook)().xlsx.readFile(${JSON.stringify(file)})`]);
  const cli = timeNode([path.join(ROOT, 'bin', 'phuluc.js'), 'check', file, '--json', '--as-of', '2025-12-11']);
  const floor = timeNode(floorArgs(file));
  figures.floor_50k_ms = Math.round(floor.ms);
  figures.cli_vs_floor_ratio = Number((cli.ms / floor.ms).toFixed(2));
  print('Floor: inflate sheet + strings, find every cell', figures.floor_50k_ms, 'ms');
  print('  ratio check / floor', figures.cli_vs_floor_ratio, '(target ≤ 2.0)');

  const whole = path.join(dir, 'toan-trang.xlsx');
  writeWholeSheetFile(whole);
  figures.dv_whole_sheet_ms = Math.round(timeNode([path.join(ROOT, 'bin', 'phuluc.js'), 'check', whole, '--as-of', '2025-12-11']).ms);
  print('check: validation on A1:XFD1048576 + huge merge', figures.dv_whole_sheet_ms, 'ms (target < 1000)');

  const bomb = path.join(dir, 'bom.xlsx');
  writeBombFile(bomb);
  const refused = timeNode([path.join(ROOT, 'bin', 'phuluc.js'), 'check', bomb]);
  figures.bomb_refused_ms = Math.round(refused.ms);
  figures.bomb_peak_mb = Math.round(refused.peakMb);
  print(`check refuses a ${Math.round(fs.statSync(bomb).size / 1e6)} MB file inflating to 3 GB`, figures.bomb_refused_ms, 'ms (target < 5000)');
  print('  peak memory', figures.bomb_peak_mb, 'MB (target < 500)');

  const million = path.join(dir, 'nhiem-vu-1m.xlsx');
  await writeTaskWorkbook(million, 1_000_000);
  const big = timeNode([path.join(ROOT, 'bin', 'phuluc.js'), 'check', million, '--json', '--as-of', '2025-12-11'], 1);
  figures.cli_1m_ms = Math.round(big.ms);
  figures.cli_1m_peak_mb = Math.round(big.peakMb);
  print('phuluc check, 1,000,000 task rows', figures.cli_1m_ms, 'ms (target < 60000)');
  print('  peak memory', figures.cli_1m_peak_mb, 'MB (target < 2048)');
  const summarize = timeNode([path.join(ROOT, 'bin', 'phuluc.js'), 'summarize', file, '-o', path.join(dir, 'ket-qua.xlsx'), '--as-of', '2025-12-11']);
  fs.rmSync(dir, { recursive: true, force: true });
  figures.node_startup_ms = Math.round(startup.ms);
  figures.exceljs_read_50k_ms = Math.round(read.ms);
  figures.cli_50k_ms = Math.round(cli.ms);
  figures.cli_vs_read_ratio = Number((cli.ms / read.ms).toFixed(2));
  figures.cli_50k_peak_mb = Math.round(cli.peakMb);
  print('Node start-up, empty script', figures.node_startup_ms, 'ms');
  print('ExcelJS bare read of a 50,000-row workbook', figures.exceljs_read_50k_ms, 'ms');
  print('phuluc check on the same workbook', figures.cli_50k_ms, 'ms');
  print('  ratio check / bare read', figures.cli_vs_read_ratio, '(target ≤ 1.5)');
  print('  peak memory of phuluc check', figures.cli_50k_peak_mb, 'MB');
  figures.summarize_50k_ms = Math.round(summarize.ms);
  figures.summarize_vs_check_ratio = Number((summarize.ms / cli.ms).toFixed(2));
  print('phuluc summarize on the same workbook (patches it)', figures.summarize_50k_ms, 'ms');
  print('  ratio summarize / check', figures.summarize_vs_check_ratio, '');

  // SPEC §12: 500 unit workbooks of 300 rows (copies of one, each its own file), rolled up one at a time.
  const unitsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-bench-rollup-'));
  const unitFile = path.join(unitsDir, 'don-vi-000.xlsx');
  await writeTaskWorkbook(unitFile, 300);
  for (let i = 1; i < ROLLUP_UNITS; i++) fs.copyFileSync(unitFile, path.join(unitsDir, `don-vi-${String(i).padStart(3, '0')}.xlsx`));
  const rollupOut = path.join(os.tmpdir(), `phuluc-bench-rollup-${process.pid}.xlsx`);
  const rollup = timeNode([path.join(ROOT, 'bin', 'phuluc.js'), 'rollup', unitsDir, '-o', rollupOut, '--as-of', '2025-12-11'], 1);
  fs.rmSync(unitsDir, { recursive: true, force: true });
  fs.rmSync(rollupOut, { force: true });
  figures.rollup_500_ms = Math.round(rollup.ms);
  figures.rollup_500_peak_mb = Math.round(rollup.peakMb);
  print('phuluc rollup, 500 workbooks of 300 rows', figures.rollup_500_ms, 'ms (target < 30000)');
  print('  peak memory of phuluc rollup', figures.rollup_500_peak_mb, 'MB');

  const syncs = await measureBenchSyncs();
  Object.assign(figures, syncs);
  print('context.sync() calls, read 1,000 rows (fake host)', syncs.syncs_read_1k, '');
  print('context.sync() calls, read 50,000 rows', syncs.syncs_read_50k, '');
  print('context.sync() calls, highlight + summary, 1,000', syncs.syncs_apply_1k, '');
  print('context.sync() calls, highlight + summary, 50,000', syncs.syncs_apply_50k, '');

  const paneSizes = taskpaneGzipKb();
  figures.taskpane_js_gzip_kb = Number(paneSizes.modern.toFixed(1));
  print('Task pane JavaScript, all chunks, gzip', figures.taskpane_js_gzip_kb, 'KB (target < 350)');
  figures.legacy_js_gzip_kb = Number(paneSizes.legacy.toFixed(1));
  print('Light pane for IE11 (legacy bundle), gzip', figures.legacy_js_gzip_kb, 'KB');

  if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
