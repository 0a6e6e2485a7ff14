#!/usr/bin/env node
'use strict';
/**
 * `phuluc` command shim: runs the compiled CLI (build/cli/main.js, from `npm run build:cli`).
 * Anything unexpected ends as one line on stderr and exit code 2 — a stack trace only with
 * PHULUC_DEBUG=1.
 */

const debug = process.env.PHULUC_DEBUG === '1';

function die(err) {
  const reason = err && err.message ? String(err.message).split('\n')[0] : String(err);
  process.stderr.write(`phuluc: lỗi không mong đợi (unexpected error): ${reason}\n`);
  if (debug && err && err.stack) process.stderr.write(`${err.stack}\n`);
  process.exit(2);
}

process.on('uncaughtException', die);
process.on('unhandledRejection', die);
// `phuluc check … | head`: a closed pipe is not an error.
process.stdout.on('error', (err) => {
  if (err && err.code === 'EPIPE') process.exit(process.exitCode || 0);
  else die(err);
});

let cli;
try {
  cli = require('../build/cli/main.js');
} catch (err) {
  if (err && err.code === 'MODULE_NOT_FOUND' && String(err.message).includes('build/cli/main')) {
    process.stderr.write(
      'phuluc: chưa biên dịch dòng lệnh, hãy chạy "npm run build:cli" (not built yet: run "npm run build:cli")\n',
    );
    process.exit(2);
  }
  die(err);
}

// Exits once what was written has been handed to stdout and stderr, without waiting for Node to tear
// down a heap of some hundred megabytes page by page: ~40 ms of a check on 50,000 rows.
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  flushed(process.stdout, () => flushed(process.stderr, () => process.exit(code)));
}, die);

function flushed(stream, then) {
  if (stream.writableLength === 0) then();
  else stream.write('', then);
}
