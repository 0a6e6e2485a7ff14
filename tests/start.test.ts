/**
 * `npm start` (scripts/start.js) decides between sideloading into desktop Excel and the dev server
 * alone; on Linux, or where Excel is missing, the person must be told where to go instead.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

jest.mock('office-addin-dev-certs', () => ({ getHttpsServerOptions: jest.fn() }));
const devCerts = require('office-addin-dev-certs') as { getHttpsServerOptions: jest.Mock };
const webpackConfig = require('../webpack.config.js') as (
  env: Record<string, unknown>,
  argv: Record<string, unknown>,
) => Promise<{ devServer?: { port: number; server: { type: string; options?: Record<string, unknown> } } }[]>;

const { findDesktopExcel, noExcelMessage } = require('../scripts/start.js') as {
  findDesktopExcel(host?: {
    platform?: string;
    env?: Record<string, string | undefined>;
    home?: string;
    exists?: (file: string) => boolean;
    registryPath?: () => string | null;
  }): string | null;
  noExcelMessage(platform: string): string;
};

const only = (...files: string[]) => (file: string) => files.includes(file);

test('Linux never has desktop Excel, whatever is on disk', () => {
  expect(findDesktopExcel({ platform: 'linux', exists: () => true })).toBeNull();
});

test('macOS: Excel in /Applications or in the home folder', () => {
  expect(findDesktopExcel({ platform: 'darwin', home: '/Users/an', exists: only('/Applications/Microsoft Excel.app') })).toBe(
    '/Applications/Microsoft Excel.app',
  );
  expect(findDesktopExcel({ platform: 'darwin', home: '/Users/an', exists: only('/Users/an/Applications/Microsoft Excel.app') })).toBe(
    '/Users/an/Applications/Microsoft Excel.app',
  );
  expect(findDesktopExcel({ platform: 'darwin', home: '/Users/an', exists: () => false })).toBeNull();
});

test('Windows: Click-to-Run and MSI folders, then the App Paths registration', () => {
  const env = { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)' };
  const clickToRun = 'C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE';
  expect(findDesktopExcel({ platform: 'win32', env, exists: only(clickToRun), registryPath: () => null })).toBe(clickToRun);
  const msi = 'C:\\Program Files (x86)\\Microsoft Office\\Office15\\EXCEL.EXE';
  expect(findDesktopExcel({ platform: 'win32', env, exists: only(msi), registryPath: () => null })).toBe(msi);
  const elsewhere = 'D:\\Office\\EXCEL.EXE';
  expect(findDesktopExcel({ platform: 'win32', env, exists: only(elsewhere), registryPath: () => elsewhere })).toBe(elsewhere);
  // A stale registration for a removed Excel is not Excel.
  expect(findDesktopExcel({ platform: 'win32', env, exists: () => false, registryPath: () => elsewhere })).toBeNull();
});

test('without Excel, the message says so and points to preview, Excel on the web and the guide', () => {
  const message = noExcelMessage('linux');
  expect(message).toMatch(/Linux has no desktop Excel/);
  expect(message).toContain('https://localhost:3000/');
  expect(message).toContain('npm run preview');
  expect(message).toContain('Upload My Add-in');
  expect(message).toMatch(/Không tìm thấy Excel/);
  expect(message).toContain('docs/testing-in-excel.md');
  expect(fs.existsSync(path.join(__dirname, '..', 'docs/testing-in-excel.md'))).toBe(true);
  expect(noExcelMessage('win32')).toMatch(/Desktop Excel was not found on this machine/);
});

describe('the dev server npm start runs', () => {
  test('uses the office-addin-dev-certs certificate on https://localhost:3000', async () => {
    devCerts.getHttpsServerOptions.mockResolvedValue({ ca: 'CA', key: 'KEY', cert: 'CERT' });
    const [config] = await webpackConfig({ WEBPACK_SERVE: true }, { mode: 'development' });
    expect(config.devServer?.port).toBe(3000);
    expect(config.devServer?.server).toEqual({ type: 'https', options: { ca: 'CA', key: 'KEY', cert: 'CERT' } });
  });

  test('where the certificate cannot be installed (no sudo, offline), it says why in one message and still starts', async () => {
    const failure = new Error('Unable to install the CA certificate. /bin/sh: 1: sudo: not found\n    at install (certs.js:1:1)');
    devCerts.getHttpsServerOptions.mockRejectedValue(failure);
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const [config] = await webpackConfig({ WEBPACK_SERVE: true }, { mode: 'development' });
    expect(config.devServer?.server).toEqual({ type: 'https' });
    expect(warn).toHaveBeenCalledTimes(1);
    const text = String(warn.mock.calls[0][0]);
    expect(text).toContain('sudo: not found');
    expect(text).toContain('npx office-addin-dev-certs install');
    expect(text).not.toContain('at install');
    warn.mockRestore();
  });
});
