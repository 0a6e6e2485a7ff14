/**
 * `npm ci` then `npx phuluc --help`: npm runs `prepare`, which must compile the CLI to where the
 * `bin` shim loads it from. Checked on the files themselves (a real `npm ci` needs the network).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './run';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};
const cliConfig = JSON.parse(readFileSync(join(ROOT, 'tsconfig.cli.json'), 'utf8')) as {
  compilerOptions: { rootDir: string; outDir: string };
  include: string[];
};

describe('phuluc after npm ci', () => {
  it('the bin is an executable node script', () => {
    const bin = join(ROOT, pkg.bin.phuluc);
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
  });

  it('prepare compiles src/cli to the file the bin loads', () => {
    expect(pkg.scripts.prepare).toMatch(/\btsc -p tsconfig\.cli\.json\b/);
    expect(cliConfig.include).toEqual(expect.arrayContaining(['src/cli', 'src/xlsx', 'src/engine']));
    const built = posix.join(cliConfig.compilerOptions.outDir, posix.relative(cliConfig.compilerOptions.rootDir, 'src/cli/main.js'));
    expect(readFileSync(join(ROOT, pkg.bin.phuluc), 'utf8')).toContain(`require('../${built}')`);
  });

  it('what the built CLI needs at run time is a dependency, not a dev dependency', () => {
    // fflate: the .xlsx reader and writer (src/xlsx) unzip and zip packages. ExcelJS is only a
    // test's independent producer and reader now, so a dev dependency.
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['fflate', 'zod']);
  });

  it('without a build, the bin says how to build instead of crashing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'phuluc-nobuild-'));
    mkdirSync(join(dir, 'bin'));
    copyFileSync(join(ROOT, pkg.bin.phuluc), join(dir, 'bin', 'phuluc.js'));
    const r = spawnSync(process.execPath, [join(dir, 'bin', 'phuluc.js'), '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^phuluc: .*npm run build:cli.*\n$/);
  });
});
