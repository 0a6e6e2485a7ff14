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
import { taskSnapshot, writeTaskWorkbook } from './workloads';

const ROOT = path.resolve(__dirname, '..');
const RUNS = 3;

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
function timeNode(args: string[]): { ms: number; peakMb: number } {
  const peakFile = path.join(os.tmpdir(), `phuluc-peak-${process.pid}`);
  const times: number[] = [];
  let peak = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['-r', path.join(__dirname, 'peak.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, PHULUC_PEAK_FILE: peakFile },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
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
