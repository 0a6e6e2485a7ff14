/**
 * `--env officejs=fake` (npm run preview, the browser tests) puts the fake Excel host where
 * Office.js would be, builds outside dist/, and never touches the other builds. Runs without
 * Chromium; tests/e2e/taskpane.e2e.test.ts checks the built page itself.
 */
import path from 'path';

interface Plugin {
  constructor: { name: string };
  userOptions?: { filename?: string; chunks?: string[]; officeJs?: string };
}
interface Config {
  entry: Record<string, string>;
  output: { path: string; filename: (data: { chunk?: { name?: string } }) => string };
  resolve: { alias: Record<string, string> };
  plugins: Plugin[];
}
type WebpackModule = (env: Record<string, unknown>, argv: { mode: string }) => Promise<Config[]>;

const ROOT = path.join(__dirname, '..', '..');
const webpackConfigs = require('../../webpack.config.js') as WebpackModule;
/** The modern compilation (the first): it builds the pages; the legacy one only adds nomodule scripts. */
const webpackConfig = async (env: Record<string, unknown>, argv: { mode: string }) => (await webpackConfigs(env, argv))[0];
const { SNAPSHOT_FILE } = require('../../scripts/sample-snapshot.js') as { SNAPSHOT_FILE: string };

const pages = (config: Config) =>
  config.plugins
    .filter((p) => p.constructor.name === 'HtmlWebpackPlugin')
    .map((p) => [p.userOptions?.filename, p.userOptions?.chunks, p.userOptions?.officeJs]);
const pluginNames = (config: Config) => config.plugins.map((p) => p.constructor.name);

test('a fake-host build loads fakehost.js in place of Office.js, on every page, into build/preview/', async () => {
  const config = await webpackConfig({ officejs: 'fake' }, { mode: 'development' });
  expect(config.entry.fakehost).toBe('./tests/e2e/fakeHostPage.ts');
  expect(pages(config)).toEqual([
    ['taskpane.html', ['taskpane'], 'fakehost.js'],
    ['commands.html', ['commands'], 'fakehost.js'],
    ['notice.html', ['notice'], 'fakehost.js'],
  ]);
  expect(config.output.path).toBe(path.join(ROOT, 'build', 'preview'));
  expect(config.output.filename({ chunk: { name: 'fakehost' } })).toBe('fakehost.js');
  expect(config.resolve.alias['@phuluc/sample-snapshot$']).toBe(SNAPSHOT_FILE);
  expect(pluginNames(config)).toContain('SampleSnapshotPlugin');
  // The same name even in production mode: the page refers to it by name.
  const production = await webpackConfig({ officejs: 'fake', out: 'build/e2e' }, { mode: 'production' });
  expect(production.output.filename({ chunk: { name: 'fakehost' } })).toBe('fakehost.js');
  expect(production.output.path).toBe(path.join(ROOT, 'build', 'e2e'));
});

test('the other builds carry no fake host and still go to dist/', async () => {
  for (const officejs of [undefined, 'cdn', 'local']) {
    const config = await webpackConfig(officejs ? { officejs } : {}, { mode: 'production' });
    expect(Object.keys(config.entry)).toEqual(['taskpane', 'commands', 'notice']);
    expect(config.output.path).toBe(path.join(ROOT, 'dist'));
    expect(config.resolve.alias).toEqual({});
    expect(pluginNames(config)).not.toContain('SampleSnapshotPlugin');
    expect(pages(config).map(([, , officeJs]) => officeJs)).not.toContain('fakehost.js');
  }
  await expect(webpackConfig({ out: 'build/x' }, { mode: 'production' })).rejects.toThrow(/officejs=fake/);
});

test('the legacy (IE11) compilation builds the same entries into legacy/, the light pane in place of React, and runs first', async () => {
  const [modern, legacy] = (await webpackConfigs({ officejs: 'fake' }, { mode: 'production' })) as unknown as [
    Config & { dependencies: string[] },
    Config & { name: string; entry: Record<string, string[]>; target: string[] },
  ];
  expect(modern.dependencies).toEqual([legacy.name]);
  expect(Object.keys(legacy.entry)).toEqual(['taskpane', 'commands', 'notice']);
  expect(legacy.entry.taskpane).toEqual(['./src/lite/polyfills.ts', './src/lite/index.ts']);
  expect(legacy.target).toEqual(['web', 'es5']);
  expect(legacy.output.path).toBe(path.join(ROOT, 'build', 'preview', 'legacy'));
  expect(pages(legacy)).toEqual([]);
});
