#!/usr/bin/env node
/**
 * `npm start`: with desktop Excel on this machine (Windows or macOS), sideloads the add-in and
 * opens Excel through office-addin-debugging, which also starts the dev server. Without it (Linux,
 * or Excel not installed) it says so, keeps the dev server running on https://localhost:3000 and
 * points to the other ways of trying the add-in.
 *
 *   npm start                   whichever of the two applies
 *   npm start -- --server-only  only the dev server, even where Excel is installed
 *   npm start -- <more args>    passed on to office-addin-debugging start (e.g. --no-debug)
 */
'use strict';

const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const DEV_SERVER_URL = 'https://localhost:3000/';

/**
 * Where desktop Excel is, or null. Linux never has it. Arguments are injectable for tests.
 * @param {{ platform?: string, env?: Record<string, string | undefined>, home?: string,
 *   exists?: (file: string) => boolean, registryPath?: () => string | null }} [host]
 */
function findDesktopExcel(host = {}) {
  const platform = host.platform ?? process.platform;
  const env = host.env ?? process.env;
  const exists = host.exists ?? ((file) => fs.existsSync(file));
  if (platform === 'darwin') {
    const home = host.home ?? os.homedir();
    const candidates = ['/Applications/Microsoft Excel.app', path.join(home, 'Applications', 'Microsoft Excel.app')];
    return candidates.find(exists) ?? null;
  }
  if (platform === 'win32') {
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.ProgramW6432].filter(Boolean);
    const folders = ['root\\Office16', 'Office16', 'root\\Office15', 'Office15'];
    for (const root of roots) {
      for (const folder of folders) {
        const file = path.win32.join(root, 'Microsoft Office', folder, 'EXCEL.EXE');
        if (exists(file)) return file;
      }
    }
    const registered = (host.registryPath ?? excelFromRegistry)();
    return registered && exists(registered) ? registered : null;
  }
  return null;
}

/** Windows registers Excel under App Paths, wherever it was installed. */
function excelFromRegistry() {
  const key = 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe';
  const result = spawnSync('reg', ['query', key, '/ve'], { encoding: 'utf8', windowsHide: true });
  if (result.status !== 0 || !result.stdout) return null;
  const match = /REG_SZ\s+(.+)$/m.exec(result.stdout);
  return match ? match[1].trim().replace(/^"|"$/g, '') : null;
}

function binScript(pkg, bin) {
  const manifest = require.resolve(`${pkg}/package.json`, { paths: [ROOT] });
  const bins = require(manifest).bin;
  return path.join(path.dirname(manifest), typeof bins === 'string' ? bins : bins[bin]);
}

/** Runs a Node CLI in the foreground; exits with its code; Ctrl+C reaches it. */
function run(script, args) {
  const child = spawn(process.execPath, [script, ...args], { cwd: ROOT, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  return child;
}

function noExcelMessage(platform) {
  const where =
    platform === 'linux' ? 'Linux has no desktop Excel' : 'Desktop Excel was not found on this machine';
  return [
    '',
    `${where}: the add-in cannot be opened in Excel from here.`,
    `The dev server keeps running on ${DEV_SERVER_URL} (Ctrl+C stops it). To try the add-in:`,
    '  • in a browser, without Excel: npm run preview',
    '  • in Excel on the web: open a workbook, Insert → Add-ins → Upload My Add-in, choose',
    '    manifest.xml (the browser must trust this server\'s certificate)',
    '  • step by step, with what to check: docs/testing-in-excel.md',
    '',
    `Không tìm thấy Excel cài trên máy. Máy chủ phát triển vẫn chạy tại ${DEV_SERVER_URL}.`,
    'Thử bằng trình duyệt (npm run preview) hoặc tải manifest.xml lên Excel trên web (Chèn → Phần bổ trợ → Tải lên phần bổ trợ của tôi).',
    '',
  ].join('\n');
}

function main(argv) {
  const serverOnly = argv.includes('--server-only');
  const rest = argv.filter((arg) => arg !== '--server-only');
  const excel = serverOnly ? null : findDesktopExcel();
  if (excel) {
    console.log(`Desktop Excel: ${excel}\nSideloading manifest.xml and starting the dev server…`);
    run(binScript('office-addin-debugging', 'office-addin-debugging'), [
      'start',
      'manifest.xml',
      'desktop',
      '--app',
      'excel',
      '--dev-server',
      'npm run dev-server',
      '--dev-server-port',
      '3000',
      ...rest,
    ]);
    return;
  }
  if (!serverOnly) console.log(noExcelMessage(process.platform));
  const server = run(binScript('webpack-cli', 'webpack-cli'), ['serve', '--mode', 'development']);
  // Repeat the pointer once the build output has scrolled it away.
  if (!serverOnly) {
    const timer = setTimeout(() => console.log(noExcelMessage(process.platform)), 60_000);
    timer.unref();
    server.on('exit', () => clearTimeout(timer));
  }
}

if (require.main === module) main(process.argv.slice(2));

module.exports = { findDesktopExcel, noExcelMessage };
