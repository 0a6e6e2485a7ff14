/**
 * `npm run demo` is the first thing a new user runs: it must finish without error and end by
 * naming the file it wrote, a file that opens with the two sheets it promises.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { isAbsolute, join } from 'node:path';
import { ISSUE_SHEET, SUMMARY_SHEET } from '../../src/engine';
import { readBack } from '../xlsx/userWorkbook';
import { ensureBuilt, ROOT } from './run';

describe('npm run demo', () => {
  it('checks and summarizes the sample, then says where the output file is', async () => {
    ensureBuilt();
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'demo.js')], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('$ phuluc check samples/phu-luc-mau.xlsx --as-of 2025-12-11');
    // The sample's error findings give exit 1 on purpose: the demo says so instead of a bare code.
    expect(r.stdout).toMatch(/\(mã thoát 1: bảng có phát hiện mức lỗi[^)\n]*\)/);
    expect(r.stdout).not.toMatch(/\(mã thoát \d\)/);
    const where = /Tệp kết quả: (.+)\n/.exec(r.stdout)?.[1] ?? '';
    expect(isAbsolute(where)).toBe(true);
    expect(existsSync(where)).toBe(true);
    const names = (await readBack(where)).worksheets.map((ws) => ws.name);
    expect(names).toEqual(expect.arrayContaining([SUMMARY_SHEET, ISSUE_SHEET]));
  }, 180_000);
});
