/**
 * End to end in a real browser: Debian's Chromium, driven by playwright-core, opens the built
 * taskpane.html served on localhost, with the fake Excel host (tests/e2e/fakeHostPage.ts) in place
 * of Office.js, opened on the sample workbook with the report date 2025-12-11 stored in its
 * settings. What the pane shows and writes is compared with what the engine computes for the
 * sample read by src/xlsx (as the command line reads it).
 *
 * The build (webpack, development mode, `--env officejs=fake`, into build/e2e/) runs here, so
 * `npm test` on a clean clone needs nothing more. Without /usr/bin/chromium the suite says so and
 * is skipped (`.ci/run` installs it: `apt-get install -y chromium`). Screenshots of each tab: tests/e2e/screenshots/ (git-ignored).
 */
import fs from 'fs';
import type { Server } from 'http';
import os from 'os';
import path from 'path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import {
  analyze, comparePeriods, LABELS, parsePeriod, periodRecordOf, planSummarySheet, previousReportDate, startRollup, type Analysis,
  type Finding, type ReportPeriod, type Severity, type SheetPlan, type WorkbookSnapshot,
} from '../../src/engine';
import { readWorkbookFile } from '../../src/xlsx';

interface PreviewModule {
  buildFakeHostSite(options: { outDir?: string; mode?: 'development' | 'production'; quiet?: boolean }): Promise<string>;
  serveStatic(dir: string, port?: number): Promise<{ server: Server; url: string }>;
}
// Plain Node script shared with `npm run preview`.
const preview = require('../../scripts/preview.js') as PreviewModule;

const ROOT = path.join(__dirname, '..', '..');
/** Debian's Chromium; PHULUC_CHROMIUM=/path points elsewhere (or nowhere, to see the skip). */
const CHROMIUM = process.env.PHULUC_CHROMIUM || '/usr/bin/chromium';
const SAMPLE = path.join(ROOT, 'samples', 'phu-luc-mau.xlsx');
const OUT_DIR = path.join(ROOT, 'build', 'e2e');
const SCREENSHOTS = path.join(__dirname, 'screenshots');
const AS_OF = '2025-12-11';
/** The task pane's usual width in Excel on the web and desktop. */
const VIEWPORT = { width: 320, height: 900 };
/** Findings the list shows per sheet before "Hiện thêm" (FindingList PAGE_SIZE). */
const PAGE_SIZE = 50;

const hasChromium = fs.existsSync(CHROMIUM);
const SKIP_MESSAGE =
  `Bỏ qua kiểm thử trình duyệt: không tìm thấy Chromium (${CHROMIUM}) — cài bằng: apt-get install -y chromium ` +
  `(browser tests skipped: no Chromium at ${CHROMIUM})`;
if (!hasChromium) console.warn(SKIP_MESSAGE);

const describeInBrowser = hasChromium ? describe : describe.skip;

describeInBrowser('task pane in Chromium, fake Excel host, sample workbook', () => {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let baseUrl: string;
  let analysis: Analysis;
  let summaryPlan: SheetPlan;
  let sampleSnapshot: WorkbookSnapshot;
  /** The month chosen in the period drop-down, and the analysis the pane then makes. */
  let period: ReportPeriod;
  let periodAnalysis: Analysis;
  /** Problems the page reported: uncaught errors, console errors, requests that failed or left localhost. */
  const problems: string[] = [];
  const timings: string[] = [];

  async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
    const start = Date.now();
    try {
      return await work();
    } finally {
      timings.push(`${label} ${((Date.now() - start) / 1000).toFixed(1)} s`);
    }
  }

  beforeAll(async () => {
    const expected = timed('engine', async () => {
      const { snapshot } = await readWorkbookFile(SAMPLE);
      sampleSnapshot = snapshot;
      analysis = analyze(snapshot, { asOf: AS_OF, lang: 'vi', overrides: [] });
      summaryPlan = planSummarySheet(analysis);
    });
    const built = timed('webpack build', () => preview.buildFakeHostSite({ outDir: OUT_DIR, mode: 'development', quiet: true }));
    const launched = timed('Chromium launch', () =>
      chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      }),
    );
    // Settle all three before throwing, so nothing is left running when one fails.
    const [, , browserResult] = await Promise.allSettled([expected, built, launched]);
    if (browserResult.status === 'fulfilled') browser = browserResult.value;
    await expected;
    await built;
    if (!browser) throw new Error('Chromium did not start');

    const served = await preview.serveStatic(OUT_DIR, 0);
    server = served.server;
    baseUrl = served.url;
    fs.mkdirSync(SCREENSHOTS, { recursive: true });

    // As the pane's users see it: a narrow pane, Vietnamese locale and time zone.
    page = await browser.newPage({ viewport: VIEWPORT, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('request', (request) => {
      if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:')) problems.push(`request outside localhost: ${request.url()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await timed('page load', async () => {
      await page.goto(`${baseUrl}taskpane.html?asOf=${AS_OF}`);
      await checkButton(page).waitFor();
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (timings.length > 0) console.log(`Browser tests: ${timings.join(', ')}`);
  });

  const checkButton = (p: Page) => p.getByRole('button', { name: 'Kiểm tra', exact: true });
  const tab = (name: string) => page.getByRole('tab', { name, exact: true });
  /** What the pane shows, transitions finished (tab indicator, accordion). */
  const screenshot = (name: string, fullPage = false) =>
    page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage, animations: 'disabled' });

  /** The page is no wider than the pane: nothing sticks out sideways at 320px. */
  async function expectNoHorizontalOverflow(where: string) {
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(`${where}: ${widths.scroll}px wide`).toBe(`${where}: ${widths.client}px wide`);
  }

  /** Where the fake Excel's selection is, and which sheet is active. */
  const fakeSelection = () =>
    page.evaluate(() => {
      const fake = window.__phulucFake;
      if (!fake) throw new Error('window.__phulucFake is missing');
      return { selection: fake.selection, active: fake.activeSheetName };
    });

  function findingsBySheet(): Map<string, Finding[]> {
    const groups = new Map<string, Finding[]>();
    for (const finding of analysis.findings) groups.set(finding.sheet, [...(groups.get(finding.sheet) ?? []), finding]);
    return groups;
  }

  const findingButtons = (sheet: string): Locator => page.getByRole('region', { name: sheet, exact: true }).getByRole('listitem').getByRole('button');

  test('the pane starts on the fake host, with the report date stored in the workbook', async () => {
    expect(await page.getByLabel('Số liệu tính đến ngày').inputValue()).toBe('11/12/2025');
    await expect(page.evaluate(() => window.__phulucFake?.sheetNames)).resolves.toEqual(analysis.sheets.map((s) => s.structure.name));
    await expectNoHorizontalOverflow('before the check');
  }, 30_000);

  test('Kiểm tra shows the engine’s findings for the sample', async () => {
    // The sample, 11/12/2025: findings in four of the six sheets, errors and warnings both.
    expect(analysis.findings.length).toBeGreaterThan(0);
    expect(findingsBySheet().size).toBeGreaterThan(1);

    await timed('check', async () => {
      await checkButton(page).click();
      await page.getByText(`${analysis.findings.length} phát hiện`, { exact: true }).waitFor();
    });

    const count = (severity: Severity) => analysis.findings.filter((f) => f.severity === severity).length;
    const severityCounts = await page.getByRole('list', { name: 'Mức độ' }).getByRole('listitem').allInnerTexts();
    expect(severityCounts.map((text) => text.replace(/\s+/g, ' ').trim())).toEqual(
      (['error', 'warning', 'info'] as const).map((s) => LABELS.vi.severityCount[s](count(s))),
    );

    for (const [sheet, findings] of findingsBySheet()) {
      const region = page.getByRole('region', { name: sheet, exact: true });
      await expect(region.getByRole('heading').innerText()).resolves.toBe(`${sheet} · ${findings.length} phát hiện`);
      const shown = await findingButtons(sheet).allInnerTexts();
      const expected = findings.slice(0, PAGE_SIZE);
      expect(shown).toHaveLength(expected.length);
      shown.forEach((text, i) => {
        const f = expected[i];
        // Each finding: its cell, its severity, the engine's message (and value and hint when it has them).
        const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
        expect(lines.slice(0, 3)).toEqual([f.cell, LABELS.vi.severity[f.severity], f.message]);
        if (f.hint !== '') expect(text).toContain(f.hint);
      });
    }
    await expectNoHorizontalOverflow('Kiểm tra tab');
    await screenshot('kiem-tra');
    await screenshot('kiem-tra-ca-trang', true);
  }, 60_000);

  test('clicking a finding selects its cell in Excel (activating its sheet)', async () => {
    const groups = [...findingsBySheet()];
    // One finding on a sheet that is not active yet, then one back on the first sheet.
    const targets = [groups[groups.length - 1][1][0], groups[0][1][1] ?? groups[0][1][0]];
    for (const finding of targets) {
      const index = findingsBySheet().get(finding.sheet)!.indexOf(finding);
      await findingButtons(finding.sheet).nth(index).click();
      await page.waitForFunction(
        ([sheet, cell]) => {
          const fake = window.__phulucFake;
          return fake?.selection?.sheet === sheet && fake.selection.address === cell;
        },
        [finding.sheet, finding.cell],
        { timeout: 10_000 },
      );
      await expect(fakeSelection()).resolves.toEqual({ selection: { sheet: finding.sheet, address: finding.cell }, active: finding.sheet });
    }
  }, 30_000);

  test('Tổng hợp shows the engine’s sentence; Chèn bảng tổng hợp writes the summary sheet into the workbook', async () => {
    const { summary } = analysis;
    await tab('Tổng hợp').click();
    const sentence = page.getByRole('textbox', { name: 'Câu báo cáo', exact: true });
    await expect(sentence.inputValue()).resolves.toBe(summary.sentence);
    // The whole-workbook tables: the "Tổng số" rows of tasks and indicators.
    const totals = await page.getByRole('table').evaluateAll((tables) =>
      tables.slice(0, 2).map((table) => ({
        caption: table.querySelector('caption')?.textContent ?? '',
        total: table.querySelector('tr:last-child td')?.textContent ?? '',
      })),
    );
    expect(totals).toEqual([
      { caption: 'Nhiệm vụ', total: String(summary.tasks.total) },
      { caption: 'Chỉ tiêu', total: String(summary.indicators.total) },
    ]);
    await expectNoHorizontalOverflow('Tổng hợp tab');
    await screenshot('tong-hop');
    await screenshot('tong-hop-ca-trang', true);

    await timed('insert summary', async () => {
      await page.getByRole('button', { name: 'Chèn bảng tổng hợp', exact: true }).click();
      await page.getByText(`Đã ghi trang tính: ${summaryPlan.name}.`, { exact: true }).waitFor();
    });

    const height = summaryPlan.values.length;
    const width = Math.max(...summaryPlan.values.map((row) => row.length));
    const written = await page.evaluate(
      ([name, rows, columns]) => {
        const fake = window.__phulucFake;
        if (!fake) throw new Error('window.__phulucFake is missing');
        const sheet = fake.sheet(name);
        const out: { value: unknown; formula?: string }[][] = [];
        for (let r = 1; r <= rows; r++) {
          const row: { value: unknown; formula?: string }[] = [];
          for (let c = 0; c < columns; c++) {
            const cell = sheet.cell(String.fromCharCode(65 + c) + r);
            row.push({ value: cell.value, formula: cell.formula });
          }
          out.push(row);
        }
        return { sheets: fake.sheetNames, cells: out };
      },
      [summaryPlan.name, height, width] as const,
    );
    expect(width).toBeLessThanOrEqual(26);
    expect(summaryPlan.name).toBe('Tổng hợp');
    expect(written.sheets.filter((name) => name !== 'PhuLuc_KyBaoCao')).toEqual([...analysis.sheets.map((s) => s.structure.name), 'Tổng hợp']);
    // The period record beside it, for next period's comparison (very hidden where Excel can hide it).
    await expect(page.evaluate(() => window.__phulucFake?.sheet('PhuLuc_KyBaoCao').cell('A1').value)).resolves.toBe('PHULUC_KY_BAO_CAO');
    // Title in A1, and the engine's sentence in the cell under "Câu báo cáo".
    expect(written.cells[0][0].value).toBe('TỔNG HỢP KẾT QUẢ THỰC HIỆN NHIỆM VỤ, CHỈ TIÊU');
    const sentenceRow = written.cells.findIndex((row) => row[0].value === 'Câu báo cáo') + 1;
    expect(sentenceRow).toBeGreaterThan(0);
    expect(written.cells[sentenceRow][0].value).toBe(summary.sentence);
    // And every other cell as the engine planned it.
    const asWritten = (value: string | number | null) =>
      typeof value === 'string' && value.startsWith('=') ? { formula: value } : { value };
    const actual = written.cells.map((row) => row.map((cell) => (cell.formula !== undefined ? { formula: cell.formula } : { value: cell.value })));
    const planned = summaryPlan.values.map((row) => Array.from({ length: width }, (_, c) => asWritten(row[c] ?? null)));
    expect(actual).toEqual(planned);
    await screenshot('tong-hop-da-chen');
  }, 60_000);

  test('Kỳ báo cáo: a month chosen beside the date sets the report date to its 14th; the check uses it', async () => {
    const select = page.getByRole('combobox', { name: 'Kỳ báo cáo', exact: true });
    await expect(select.inputValue()).resolves.toBe('free');
    // The newest month offered (the presets follow today's date).
    const key = await select.locator('optgroup').first().locator('option').first().getAttribute('value');
    const chosen = key === null ? null : parsePeriod(key);
    if (!chosen) throw new Error(`not a period: ${key}`);
    period = chosen;
    periodAnalysis = analyze(sampleSnapshot, { asOf: period.to, period: period.key, lang: 'vi', overrides: [] });
    await select.selectOption(period.key);
    const date = period.to.split('-').reverse().join('/');
    await page.waitForFunction((value) => (document.querySelector('input[inputmode="numeric"]') as HTMLInputElement | null)?.value === value, date);
    await expect(page.evaluate(() => window.__phulucFake?.savedSettings['phuluc.settings'])).resolves.toContain(`"period":"${period.key}"`);
    await expectNoHorizontalOverflow('period chosen');
    await screenshot('ky-bao-cao');

    await tab('Kiểm tra').click();
    await checkButton(page).click();
    await page.getByText(`${periodAnalysis.findings.length} phát hiện`, { exact: true }).waitFor();
    await tab('Tổng hợp').click();
    await page.getByText(`Số liệu tính đến ngày ${date} (${period.label.vi})`, { exact: true }).waitFor();
    await expect(page.getByRole('textbox', { name: `Câu báo cáo (${period.label.vi})`, exact: true }).inputValue()).resolves.toBe(periodAnalysis.summary.sentence);
  }, 60_000);

  test('Kỳ trước compares with the period stored by Chèn bảng tổng hợp; a change clicked selects its cell', async () => {
    const expected = comparePeriods(periodRecordOf(analysis), periodAnalysis);
    await tab('Kỳ trước').click();
    await page.getByText('So với kỳ đã lưu trong sổ tính, số liệu đến ngày 11/12/2025.', { exact: true }).waitFor();
    await expect(page.getByRole('textbox', { name: 'Câu báo cáo so với kỳ trước', exact: true }).inputValue()).resolves.toBe(expected.sentence);
    const target = expected.changes.find((c) => c.code !== 'removed');
    expect(target).toBeDefined();
    if (!target) return;
    const region = page.getByRole('region', { name: LABELS.vi.changeCode[target.code], exact: true });
    await expect(region.getByRole('button').count()).resolves.toBe(expected.changes.filter((c) => c.code === target.code).length);
    await expectNoHorizontalOverflow('Kỳ trước tab');
    await screenshot('ky-truoc');
    await screenshot('ky-truoc-ca-trang', true);
    await region.getByRole('button').first().click();
    await page.waitForFunction(
      ([sheet, cell]) => window.__phulucFake?.selection?.sheet === sheet && window.__phulucFake.selection.address === cell,
      [target.sheet, target.cell],
      { timeout: 10_000 },
    );
  }, 60_000);

  test('Kỳ trước compares with a workbook file picked instead (read in the browser)', async () => {
    const previousAsOf = previousReportDate(sampleSnapshot, period.to, period.key);
    if (!previousAsOf) throw new Error('no previous date');
    const expected = comparePeriods(analyze(sampleSnapshot, { asOf: previousAsOf, lang: 'vi', overrides: [] }), periodAnalysis);
    await page.locator('input[type="file"][aria-label="Chọn tệp kỳ trước…"]').setInputFiles(SAMPLE);
    const date = previousAsOf.split('-').reverse().join('/');
    await page.getByText(`So với tệp phu-luc-mau.xlsx, số liệu đến ngày ${date}.`, { exact: true }).waitFor({ timeout: 30_000 });
    await expect(page.getByRole('textbox', { name: 'Câu báo cáo so với kỳ trước', exact: true }).inputValue()).resolves.toBe(expected.sentence);
    await expectNoHorizontalOverflow('Kỳ trước, compared with a file');
    await screenshot('ky-truoc-tep-ca-trang', true);
  }, 60_000);

  test('Nhiều đơn vị reads a good and a bad file one at a time, shows the table, and writes the roll-up sheets', async () => {
    const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'phuluc-e2e-')), 'hong.xlsx');
    fs.writeFileSync(bad, 'PK not a workbook');
    const rollup = startRollup({ asOf: period.to, lang: 'vi', period: period.key });
    rollup.add('phu-luc-mau.xlsx', sampleSnapshot);
    const expected = rollup.result();

    await tab('Nhiều đơn vị').click();
    await page.locator('input[type="file"][aria-label="Chọn tệp…"]').setInputFiles([SAMPLE, bad]);
    const files = page.getByRole('list', { name: 'Đã đọc 2/2 tệp', exact: true });
    await files.waitFor({ timeout: 30_000 });
    const statuses = (await files.getByRole('listitem').allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
    expect(statuses).toEqual(['phu-luc-mau.xlsx Đã đọc', 'hong.xlsx Không đọc được']);
    const unitRows = await page.getByRole('table', { name: 'Từng đơn vị', exact: true }).locator('tbody th').allInnerTexts();
    expect(unitRows).toEqual([...expected.units.map((u) => u.unit), 'Tổng cộng']);
    await expect(page.getByRole('textbox', { name: 'Câu báo cáo chung', exact: true }).inputValue()).resolves.toBe(expected.total.sentence);
    await page.getByRole('list', { name: 'Tệp không đọc được', exact: true }).getByText('hong.xlsx').waitFor();
    await expectNoHorizontalOverflow('Nhiều đơn vị tab');
    await screenshot('nhieu-don-vi');
    await screenshot('nhieu-don-vi-ca-trang', true);

    await page.getByRole('button', { name: 'Ghi các trang tổng hợp vào sổ tính', exact: true }).click();
    await page.getByText('Đã ghi trang tính: Tổng hợp đơn vị, Nhiệm vụ quá hạn, Tệp lỗi.', { exact: true }).waitFor();
    await expect(page.evaluate(() => window.__phulucFake?.sheet('Tổng hợp đơn vị').cell('A1').value)).resolves.toBe(
      'TỔNG HỢP KẾT QUẢ THỰC HIỆN CỦA CÁC ĐƠN VỊ',
    );
    fs.rmSync(path.dirname(bad), { recursive: true, force: true });
  }, 90_000);

  test('Cấu trúc lists how each sheet was read', async () => {
    await tab('Cấu trúc').click();
    for (const sheet of analysis.sheets) {
      await page.getByRole('button', { name: sheet.structure.name }).first().waitFor();
    }
    // Open the first sheet's editor: the form must fit the pane too.
    await page.getByRole('button', { name: analysis.sheets[0].structure.name }).first().click();
    await page.getByRole('button', { name: 'Lưu', exact: true }).first().waitFor();
    await expectNoHorizontalOverflow('Cấu trúc tab');
    await screenshot('cau-truc');
  }, 30_000);

  test('Mẫu offers both blank templates', async () => {
    await tab('Mẫu').click();
    await page.getByRole('button', { name: 'Chèn mẫu phụ lục nhiệm vụ', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Chèn mẫu phụ lục chỉ tiêu', exact: true }).waitFor();
    await expectNoHorizontalOverflow('Mẫu tab');
    await screenshot('mau');
  }, 30_000);

  test('at 320px every tab label stays on one line and the tabs in two even rows, in both languages', async () => {
    const tabBoxes = async () => {
      const tabs = page.getByRole('tab');
      const boxes = [];
      for (let i = 0; i < (await tabs.count()); i++) {
        const label = tabs.nth(i).locator('.fui-Tab__content');
        const lineHeight = await label.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
        const box = (await tabs.nth(i).boundingBox())!;
        const height = (await label.boundingBox())!.height;
        boxes.push({ label: await label.innerText(), oneLine: height < 1.5 * lineHeight, top: box.y });
      }
      return boxes;
    };
    for (const language of ['vi', 'en']) {
      if (language === 'en') {
        await page.getByRole('button', { name: 'English', exact: true }).click();
        await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).waitFor();
      }
      const boxes = await tabBoxes();
      expect(boxes.map((b) => ({ label: b.label, oneLine: b.oneLine }))).toEqual(boxes.map((b) => ({ label: b.label, oneLine: true })));
      // Six tabs sit in two even rows of three at 320 px (the pane's layout): never a ragged third row.
      const rows = new Map<number, number>();
      for (const b of boxes) rows.set(Math.round(b.top), (rows.get(Math.round(b.top)) ?? 0) + 1);
      expect([...rows.values()]).toEqual([3, 3]);
      await screenshot(`the-${language}`);
    }
    await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
    await tab('Mẫu').waitFor();
  }, 30_000);

  test('the page reported no errors and fetched nothing outside localhost (no Office CDN)', () => {
    expect(problems).toEqual([]);
  });
});
