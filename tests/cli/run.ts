/**
 * Runs the REAL command: `node bin/phuluc.js …` on the bundle `npm run build:cli` makes
 * (webpack.cli.config.js). ensureBuilt() builds it once — when it is missing or older than the
 * sources — under a lock so parallel jest workers do not build at the same time.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
const MAIN = join(ROOT, 'build', 'cli', 'main.js');
const BIN = join(ROOT, 'bin', 'phuluc.js');
const LOCK = join(ROOT, 'build', '.test-build-lock');

function newestSource(): number {
  let newest = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of ['engine', 'xlsx', 'cli']) if (existsSync(join(ROOT, 'src', d))) walk(join(ROOT, 'src', d));
  for (const f of ['webpack.cli.config.js', 'package.json']) newest = Math.max(newest, statSync(join(ROOT, f)).mtimeMs);
  return newest;
}

function upToDate(): boolean {
  return existsSync(MAIN) && statSync(MAIN).mtimeMs >= newestSource();
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function ensureBuilt(): void {
  if (upToDate() && !existsSync(LOCK)) return;
  mkdirSync(join(ROOT, 'build'), { recursive: true });
  const deadline = Date.now() + 170_000;
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 180_000) rmSync(LOCK, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('timed out waiting for another test worker to build the CLI');
      sleep(250);
    }
  }
  try {
    if (upToDate()) return;
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--config', 'webpack.cli.config.js'], {
        cwd: ROOT,
        stdio: 'pipe',
        encoding: 'utf8',
      });
    } catch (e) {
      const out = String((e as { stdout?: string }).stdout ?? '') + String((e as { stderr?: string }).stderr ?? '');
      throw new Error(`npm run build:cli failed:\n${out}`);
    }
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `as` runs the command as another user (needs root), e.g. to meet a file it may not read. */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; as?: { uid: number; gid: number } } = {}): RunResult {
  const env = { ...process.env, ...options.env };
  if (!options.env || !('PHULUC_DEBUG' in options.env)) delete env.PHULUC_DEBUG;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
    ...options.as,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A one-line message on stderr, never a stack trace. */
export function expectCleanError(r: RunResult): void {
  expect(r.stderr).toMatch(/^phuluc: /);
  expect(r.stderr).not.toMatch(/\n\s+at .+[:(]\d+/);
  expect(r.stderr).not.toMatch(/Error:/);
}
