/**
 * Loaded by taskpane.html in place of Office.js in `--env officejs=fake` builds (`npm run preview`,
 * the browser tests): installs the strict fake Excel host as `Excel` and `Office`, opened on the
 * sample workbook, so the pane starts (its Office.onReady callback runs) without Excel or the
 * Office CDN.
 *
 * The page's query string sets what the workbook would have stored or what Excel would support:
 *   ?asOf=2025-12-11   report date saved in the workbook's settings (default: none, i.e. today)
 *   ?lang=en           pane language saved in the workbook's settings
 *   ?excelApi=1.1      highest ExcelApi requirement set, e.g. 1.1 for Excel 2016 (default 1.17)
 *
 * Tests (and curious people, in the browser console) reach the fake as `window.__phulucFake`:
 * its workbook model, selection, active sheet and saved settings.
 */
import snapshot from '@phuluc/sample-snapshot';
// install.ts, not the index: the index also brings the sync benchmarks, hence the engine.
import { installFakeExcel, type InstalledFakeExcel } from '../fake-excel/install';

/**
 * src/excel/settingsStore.ts SETTINGS_KEY, repeated so this bundle does not carry the engine; the
 * browser tests check that the date given here reaches the pane.
 */
const SETTINGS_KEY = 'phuluc.settings';

declare global {
  interface Window {
    __phulucFake?: InstalledFakeExcel;
  }
}

function storedSettings(params: URLSearchParams): Record<string, unknown> {
  const settings: Record<string, string> = {};
  for (const name of ['asOf', 'lang']) {
    const value = params.get(name);
    if (value) settings[name] = value;
  }
  return Object.keys(settings).length > 0 ? { [SETTINGS_KEY]: JSON.stringify(settings) } : {};
}

const params = new URLSearchParams(window.location.search);
const fake = installFakeExcel({
  excelApi: params.get('excelApi') ?? undefined,
  settings: storedSettings(params),
});
fake.loadSnapshot(snapshot);
// As Excel opens a workbook: the first sheet active, its A1 selected.
const first = fake.model.sheets[0];
if (first) fake.model.selection = { sheet: first, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
window.__phulucFake = fake;
console.info(
  `Phụ lục preview: fake Excel (ExcelApi ${fake.apiVersion}) with samples/phu-luc-mau.xlsx ` +
    `(${fake.sheetNames.join(', ')}). Inspect it as window.__phulucFake.`,
);
