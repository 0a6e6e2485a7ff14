#!/usr/bin/env node
/**
 * Writes the snapshot of the bundled sample workbook (samples/phu-luc-mau.xlsx, read by src/xlsx
 * exactly as the command line reads it) to build/sample/phu-luc-mau.snapshot.json (git-ignored).
 * The fake Excel host of `npm run preview` and of the browser tests loads it, so the sample
 * workbook stays the single source of truth. Run by webpack (`--env officejs=fake`) before each
 * build; `node scripts/sample-snapshot.js` runs it by hand.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const SAMPLE_FILE = path.join(ROOT, 'samples', 'phu-luc-mau.xlsx');
const SNAPSHOT_FILE = path.join(ROOT, 'build', 'sample', 'phu-luc-mau.snapshot.json');

/** Lets this process require the TypeScript sources (src/xlsx, src/engine) with swc, as jest does. */
function registerTypeScript() {
  if (require.extensions['.ts']) return;
  const { transformSync } = require('@swc/core');
  require.extensions['.ts'] = function compileTs(module, filename) {
    const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
      filename,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    module._compile(code, filename);
  };
}

/** Reads the sample and writes its snapshot; returns the snapshot file's path. */
async function writeSampleSnapshot(out = SNAPSHOT_FILE) {
  registerTypeScript();
  const { readWorkbookFile } = require(path.join(ROOT, 'src', 'xlsx'));
  const { snapshot } = await readWorkbookFile(SAMPLE_FILE);
  const json = `${JSON.stringify(snapshot)}\n`;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  // Unchanged content is not rewritten: a watching build is not triggered again by its own output.
  if (!fs.existsSync(out) || fs.readFileSync(out, 'utf8') !== json) {
    const tmp = `${out}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, json);
    fs.renameSync(tmp, out);
  }
  return out;
}

if (require.main === module) {
  writeSampleSnapshot().then(
    (out) => console.log(`Sample workbook snapshot: ${path.relative(process.cwd(), out)}`),
    (error) => {
      console.error(`Could not read ${path.relative(process.cwd(), SAMPLE_FILE)}: ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    },
  );
}

module.exports = { SAMPLE_FILE, SNAPSHOT_FILE, writeSampleSnapshot };
