/**
 * `npm ci` then `npx phuluc --help`: npm runs `prepare`, which must compile the CLI to where the
 * `bin` shim loads it from. Checked on the files themselves (a real `npm ci` needs the network).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, relative, sep } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT } from './run';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};
const cliConfig = require(join(ROOT, 'webpack.cli.config.js')) as {
  entry: Record<string, string>;
  output: { path: string; filename: string };
  externals: Record<string, string>;
};

describe('phuluc after npm ci', () => {
  it('the bin is an executable node script', () => {
    const bin = join(ROOT, pkg.bin.phuluc);
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(bin).mode & 0o111).not.toBe(0);
  });

  it('prepare bundles src/cli/main.ts into the file the bin loads', () => {
    expect(pkg.scripts.prepare).toBe('webpack --config webpack.cli.config.js');
    expect(pkg.scripts['build:cli']).toBe(pkg.scripts.prepare);
    expect(Object.entries(cliConfig.entry)).toEqual([['main', './src/cli/main.ts']]);
    const built = relative(ROOT, join(cliConfig.output.path, cliConfig.output.filename.replace('[name]', 'main'))).split(sep).join(posix.sep);
    expect(readFileSync(join(ROOT, pkg.bin.phuluc), 'utf8')).toContain(`require('../${built}')`);
  });

  it('the bundle carries what the CLI runs on; its one external is ExcelJS, which no command loads', () => {
    // fflate (zip) and zod (boundaries) are the product's dependencies and go into the bundle.
    // ExcelJS is only a test's independent producer and reader, so a dev dependency, kept out of
    // the bundle so that tests/cli/checkWithoutExcelJs.test.ts would see any command loading it.
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['fflate', 'zod']);
    expect(cliConfig.externals).toEqual({ exceljs: 'commonjs exceljs' });
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
