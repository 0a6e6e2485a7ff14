/**
 * @jest-environment node
 *
 * The built add-in on the browsers Excel shows add-ins in (docs/testing-in-excel.md), without
 * those browsers: one fake-host build (webpack, `--env officejs=fake`), each page loaded in its own
 * jsdom window with the built-ins that browser lacks removed (builtPage.ts).
 * - Edge Legacy (Excel 2019 retail) runs the module scripts: the pane starts and checks, the ribbon
 *   commands write their sheets.
 * - Internet Explorer 11 (Excel 2016/2019 volume-licensed) runs every other script: each parses as
 *   ES5, the commands write their sheets and the light pane checks, lists, jumps, writes and copies.
 */
import path from 'path';
import { parse } from 'acorn';
import fs from 'fs';
import { loadBuiltPage, pageScripts, settle } from './builtPage';

interface PreviewModule {
  buildFakeHostSite(options: { outDir?: string; mode?: 'development' | 'production'; quiet?: boolean }): Promise<string>;
}
const preview = require('../../scripts/preview.js') as PreviewModule;

const OUT_DIR = path.join(__dirname, '..', '..', 'build', 'legacy-test');
const PAGES = ['taskpane.html', 'commands.html', 'notice.html'];
const AS_OF = '?asOf=2025-12-11';
/** Two compilations on two shared cores: minutes, never a measure of anything. */
const BUILD_TIMEOUT_MS = 20 * 60 * 1000;

beforeAll(async () => {
  await preview.buildFakeHostSite({ outDir: OUT_DIR, mode: 'development', quiet: true });
}, BUILD_TIMEOUT_MS);

const html = (page: string) => fs.readFileSync(path.join(OUT_DIR, page), 'utf8');

describe('Internet Explorer 11 (nomodule scripts)', () => {
  test('every script IE11 would run on each page parses as ES5', () => {
    for (const page of PAGES) {
      const { classic, modules } = pageScripts(html(page));
      expect(modules.length).toBeGreaterThan(0);
      expect(classic.length).toBeGreaterThan(0);
      for (const file of classic) {
        expect(file).not.toBe('(inline)');
        const source = fs.readFileSync(path.join(OUT_DIR, file), 'utf8');
        expect(() => parse(source, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
      }
    }
  });

  test('the ribbon commands write Kiểm tra and Tổng hợp', async () => {
    const { window, fake, problems } = loadBuiltPage(OUT_DIR, 'commands.html', 'legacy', AS_OF);
    await settle(window);
    for (const [command, sheet] of [['checkWorkbook', 'Kiểm tra'], ['summarizeWorkbook', 'Tổng hợp']]) {
      const run = fake.ui.runCommand(command);
      await settle(window);
      expect(run.isCompleted()).toBe(true);
      expect(fake.hasSheet(sheet)).toBe(true);
    }
    expect(fake.ui.dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('the light pane checks, lists findings that jump to their cell, writes both sheets and copies the sentence', async () => {
    const { window, fake, problems } = loadBuiltPage(OUT_DIR, 'taskpane.html', 'legacy', AS_OF);
    await settle(window);
    const document = window.document;
    const root = document.getElementById('root') as HTMLElement;
    expect(root.className).toBe('lite');
    expect(root.textContent).toContain('Ngày báo cáo: 11/12/2025');
    expect(root.textContent).toContain('ngăn đầy đủ có thêm');
    const button = (label: string) =>
      [...root.querySelectorAll('button')].find((b) => b.textContent === label) as HTMLButtonElement;

    button('Kiểm tra').click();
    await settle(window);
    const findings = [...root.querySelectorAll('li.finding')];
    expect(findings.length).toBeGreaterThan(0);
    expect(root.textContent).toMatch(/Đã kiểm tra: \d+ phát hiện/);
    const jump = findings[0].querySelector('button') as HTMLButtonElement;
    const [sheet, cell] = (jump.textContent as string).split('!');
    jump.click();
    await settle(window);
    expect(fake.selection).toEqual({ sheet, address: cell });

    button('Ghi trang tính Kiểm tra').click();
    await settle(window);
    button('Ghi trang tính Tổng hợp').click();
    await settle(window);
    expect(fake.hasSheet('Kiểm tra')).toBe(true);
    expect(fake.hasSheet('Tổng hợp')).toBe(true);

    let copied = '';
    (document as unknown as { execCommand: (command: string) => boolean }).execCommand = (command) => {
      // The hidden textarea the pane selected for the copy: the body's last child meanwhile.
      copied = command === 'copy' ? (document.body.lastElementChild as HTMLTextAreaElement).value : '';
      return true;
    };
    button('Sao chép câu báo cáo').click();
    expect(copied).toBe((root.querySelector('textarea') as HTMLTextAreaElement).value);
    expect(copied).toMatch(/hoàn thành/);
    expect(root.textContent).toContain('Đã sao chép câu báo cáo.');
    expect(problems).toEqual([]);
  });
});

describe('Edge Legacy (module scripts, ES2019+ built-ins removed)', () => {
  test('the React pane starts and runs a check', async () => {
    const { window, fake, problems } = loadBuiltPage(OUT_DIR, 'taskpane.html', 'modern', AS_OF);
    await settle(window);
    const root = window.document.getElementById('root') as HTMLElement;
    expect(root.className).not.toBe('lite');
    // The button, not the tab of the same name.
    const run = [...root.querySelectorAll('button:not([role="tab"])')].find((b) => b.textContent === 'Kiểm tra') as HTMLButtonElement;
    expect(run).toBeDefined();
    const syncs = fake.syncCount;
    run.click();
    await settle(window, 200);
    expect(fake.syncCount).toBeGreaterThan(syncs);
    expect(root.textContent).toMatch(/\d+ phát hiện/);
    expect(problems).toEqual([]);
  });

  test('the ribbon commands write Kiểm tra and Tổng hợp', async () => {
    const { window, fake, problems } = loadBuiltPage(OUT_DIR, 'commands.html', 'modern', AS_OF);
    await settle(window);
    for (const [command, sheet] of [['checkWorkbook', 'Kiểm tra'], ['summarizeWorkbook', 'Tổng hợp']]) {
      const run = fake.ui.runCommand(command);
      await settle(window);
      expect(run.isCompleted()).toBe(true);
      expect(fake.hasSheet(sheet)).toBe(true);
    }
    expect(problems).toEqual([]);
  });

  test('the dialog page shows its message and asks to be closed', async () => {
    const query = `?lang=vi&kind=failed&message=${encodeURIComponent('Sổ tính đang được sửa.')}`;
    for (const browser of ['modern', 'legacy'] as const) {
      const { window, fake, problems } = loadBuiltPage(OUT_DIR, 'notice.html', browser, query);
      await settle(window);
      expect(window.document.body.textContent).toContain('Sổ tính đang được sửa.');
      window.document.querySelector('button')?.click();
      await settle(window);
      expect(fake.ui.messagesToParent).toEqual(['close']);
      expect(problems).toEqual([]);
    }
  });
});
