#!/usr/bin/env node
'use strict';
/**
 * `npm run demo`: runs the real `phuluc` command on samples/phu-luc-mau.xlsx — `check`, then
 * `summarize` into out/phu-luc-mau.tong-hop.xlsx — as of 11/12/2025, the date of the seed report,
 * so the output is the same on every run. The sample has error findings on purpose: exit codes
 * 0 and 1 are both a successful demo; only a crash (exit 2) fails it.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const SAMPLE = path.join(ROOT, 'samples', 'phu-luc-mau.xlsx');
const OUT_DIR = path.join(ROOT, 'out');
const OUT = path.join(OUT_DIR, 'phu-luc-mau.tong-hop.xlsx');
const AS_OF = '2025-12-11';

function fail(message) {
  process.stderr.write(`demo: ${message}\n`);
  process.exit(1);
}

/**
 * The exit code in plain words: a bare "(mã thoát 1)" in the middle of a demo that works reads like
 * a failure, while 1 only says the sample has error findings, which it has on purpose.
 */
function exitNote(code) {
  if (code === 0) return `(mã thoát 0: không có phát hiện mức lỗi)`;
  if (code === 1) return `(mã thoát 1: bảng có phát hiện mức lỗi — bảng mẫu cố ý có, lệnh đã chạy xong)`;
  return `(mã thoát ${code}: lệnh không chạy được)`;
}

function run(command, args) {
  const r = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.error) fail(`${command} ${args.join(' ')}: ${r.error.message}`);
  return r.status;
}

if (!fs.existsSync(path.join(ROOT, 'build', 'cli', 'main.js'))) {
  console.log('Đang biên dịch dòng lệnh (webpack --config webpack.cli.config.js)…');
  const webpack = path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js');
  run(process.execPath, [webpack, '--config', 'webpack.cli.config.js']);
  if (!fs.existsSync(path.join(ROOT, 'build', 'cli', 'main.js'))) fail('biên dịch thất bại (build failed)');
}

if (!fs.existsSync(SAMPLE)) {
  const builder = path.join(ROOT, 'scripts', 'build-sample.js');
  if (!fs.existsSync(builder)) fail(`không có ${path.relative(ROOT, SAMPLE)} (sample workbook missing)`);
  console.log('Đang tạo tệp mẫu (node scripts/build-sample.js)…');
  run(process.execPath, [builder]);
  if (!fs.existsSync(SAMPLE)) fail(`scripts/build-sample.js không tạo ra ${path.relative(ROOT, SAMPLE)}`);
}

fs.mkdirSync(OUT_DIR, { recursive: true });
const bin = path.join(ROOT, 'bin', 'phuluc.js');
const sample = path.relative(ROOT, SAMPLE);
const out = path.relative(ROOT, OUT);

console.log(`\n$ phuluc check ${sample} --as-of ${AS_OF}\n`);
const checked = run(process.execPath, [bin, 'check', sample, '--as-of', AS_OF]);
console.log(`\n${exitNote(checked)}`);

console.log(`\n$ phuluc summarize ${sample} -o ${out} --as-of ${AS_OF}\n`);
const summarized = run(process.execPath, [bin, 'summarize', sample, '-o', out, '--as-of', AS_OF]);
console.log(`\n${exitNote(summarized)}`);

if (checked !== 0 && checked !== 1) fail(`phuluc check thoát với mã ${checked}`);
if (summarized !== 0 && summarized !== 1) fail(`phuluc summarize thoát với mã ${summarized}`);
console.log(`\nXong. Tệp kết quả: ${OUT}\nMở tệp đó trong Excel để xem trang "Tổng hợp" và "Kiểm tra".`);
