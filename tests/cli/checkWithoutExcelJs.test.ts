/**
 * The command reads workbooks with src/xlsx/read and writes them with src/xlsx/write: ExcelJS (slow
 * to load, and slow and unbounded on whole-sheet ranges) is never loaded, by any command. Runs the
 * built command in-process under node and lists the modules it required: the bundle and its
 * chunks, and anything outside them (webpack.cli.config.js keeps ExcelJS out of the bundle, so a
 * command importing it would require it here).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addTaskSheet, CLEAN_TASKS, writeWorkbook } from './fixtures';
import { ensureBuilt, ROOT } from './run';

function modulesLoadedBy(args: string[], preload = ''): string[] {
  const script = `${preload}require(${JSON.stringify(join(ROOT, 'build', 'cli', 'main.js'))}).main(${JSON.stringify(args)}, { out() {}, err() {} })
    .then((code) => console.log(JSON.stringify({ code, modules: Object.keys(require.cache) })));`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  const { code, modules } = JSON.parse(r.stdout) as { code: number; modules: string[] };
  expect(code).toBeLessThanOrEqual(1);
  return modules;
}

describe('no command loads ExcelJS', () => {
  let file: string;
  beforeAll(async () => {
    ensureBuilt();
    file = await writeWorkbook(join(mkdtempSync(join(tmpdir(), 'phuluc-noexceljs-')), 'sach.xlsx'), (wb) => addTaskSheet(wb, 'PL1', CLEAN_TASKS));
  }, 180_000);

  it('check reads and reports without requiring exceljs', () => {
    const modules = modulesLoadedBy(['check', file, '--as-of', '2025-12-11']);
    expect(modules).toContain(join(ROOT, 'build', 'cli', 'main.js'));
    expect(modules.filter((m) => m.includes(`${join('node_modules', 'exceljs')}`))).toEqual([]);
  });

  it('summarize and template patch and write packages without requiring exceljs', () => {
    for (const args of [['summarize', file, '-o', `${file}.out.xlsx`, '--as-of', '2025-12-11'], ['template', '-o', `${file}.mau.xlsx`]]) {
      const modules = modulesLoadedBy(args);
      expect(modules).toContain(join(ROOT, 'build', 'cli', 'main.js'));
      expect(modules.filter((m) => m.includes(join('node_modules', 'exceljs')))).toEqual([]);
    }
  });

  it('the probe sees ExcelJS when something loads it', () => {
    const modules = modulesLoadedBy(['check', file, '--as-of', '2025-12-11'], "require('exceljs');");
    expect(modules.some((m) => m.includes(join('node_modules', 'exceljs')))).toBe(true);
  });
});
