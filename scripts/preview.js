#!/usr/bin/env node
/**
 * `npm run preview`: the task pane in a browser, without Excel — the same page as in Excel, with
 * the strict fake Excel host (tests/fake-excel) in place of Office.js, opened on the sample
 * workbook (samples/phu-luc-mau.xlsx). Builds with `webpack --mode development --env
 * officejs=fake` into build/preview/ and serves it on http://localhost:3001/.
 *
 *   npm run preview                      build, then serve on port 3001
 *   npm run preview -- --port 8080       another port
 *   npm run preview -- --no-build        serve the last build as it is
 *
 * In the page: ?asOf=2025-12-11 sets the report date stored in the workbook, ?lang=en the
 * language, ?excelApi=1.1 makes the fake an Excel 2016 (see tests/e2e/fakeHostPage.ts). The fake
 * workbook is window.__phulucFake in the browser console. The browser tests
 * (tests/e2e/taskpane.e2e.test.ts) use buildFakeHostSite and serveStatic from here.
 */
'use strict';

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const PREVIEW_DIR = path.join(ROOT, 'build', 'preview');
const DEFAULT_PORT = 3001;
const PAGE = 'taskpane.html';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/**
 * Builds the pane with the fake host into `outDir` (webpack in a child process). Resolves when
 * the build succeeded; rejects with webpack's output otherwise.
 * @param {{ outDir?: string, mode?: 'development' | 'production', quiet?: boolean }} [options]
 */
function buildFakeHostSite({ outDir = PREVIEW_DIR, mode = 'development', quiet = false } = {}) {
  const webpackCli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  const args = [webpackCli, '--mode', mode, '--env', 'officejs=fake', '--env', `out=${path.relative(ROOT, outDir)}`];
  if (quiet) args.push('--stats', 'errors-warnings');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve(outDir);
      else reject(new Error(`webpack (fake host build) failed with ${signal ?? `exit code ${code}`}\n${output}`));
    });
  });
}

/**
 * Serves the files under `dir` over plain http on localhost. Port 0 picks a free port.
 * Resolves with the server and its base URL (ending in "/").
 * @returns {Promise<{ server: http.Server, url: string }>}
 */
function serveStatic(dir, port = DEFAULT_PORT) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end('Bad request');
      return;
    }
    if (pathname === '/') {
      res.writeHead(302, { Location: `/${PAGE}` }).end();
      return;
    }
    if (pathname === '/favicon.ico') {
      // The pane has no favicon (Excel shows none); an empty answer keeps the console clean.
      res.writeHead(204).end();
      return;
    }
    const file = path.join(root, pathname);
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end('Forbidden');
      return;
    }
    fs.readFile(file, (error, body) => {
      if (error) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}`);
        return;
      }
      res.writeHead(200, {
        'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Cache-Control': 'no-store',
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => {
      server.off('error', reject);
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://localhost:${actual}/` });
    });
  });
}

function parseArgs(argv) {
  const options = { port: DEFAULT_PORT, build: true };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--no-build') options.build = false;
    else if (arg === '--port' || arg.startsWith('--port=')) {
      const value = arg === '--port' ? argv[++i] : arg.slice('--port='.length);
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port ${value}: not a port number`);
      options.port = port;
    } else throw new Error(`Unknown option ${arg}. Use --port N or --no-build.`);
  }
  return options;
}

async function main(argv) {
  const options = parseArgs(argv);
  if (options.build) {
    console.log('Building the task pane with the fake Excel host (webpack, development mode)…');
    await buildFakeHostSite();
  } else if (!fs.existsSync(path.join(PREVIEW_DIR, PAGE))) {
    throw new Error(`No build in ${path.relative(process.cwd(), PREVIEW_DIR)}: run without --no-build.`);
  }
  let served;
  try {
    served = await serveStatic(PREVIEW_DIR, options.port);
  } catch (error) {
    if (error && error.code === 'EADDRINUSE') {
      throw new Error(`Port ${options.port} is in use (another preview?). Stop it or use --port N.`);
    }
    throw error;
  }
  const page = `${served.url}${PAGE}`;
  console.log(
    [
      '',
      `Phụ lục preview: ${page}`,
      `  the pane with a fake Excel opened on samples/phu-luc-mau.xlsx; ${page}?asOf=2025-12-11 fixes the report date`,
      `  Xem trước ngăn Phụ lục (Excel giả lập, bảng tính mẫu): ${page}`,
      '  Ctrl+C to stop / Ctrl+C để dừng.',
      '',
    ].join('\n'),
  );
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

module.exports = { PREVIEW_DIR, DEFAULT_PORT, buildFakeHostSite, serveStatic };
