/**
 * The "Kiểm tra" sheet links each finding to its cell with HYPERLINK("#'Sheet'!D7", …). Sheet
 * names with apostrophes, double quotes and Vietnamese letters need two escapes at once (the
 * quoted sheet reference, then the formula's string literal); one missing escape gives a link
 * that jumps nowhere or a formula Excel refuses to open.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ISSUE_SHEET } from '../../src/engine';
import { readBack } from '../xlsx/userWorkbook';
import { addTaskSheet, writeWorkbook } from './fixtures';
import { issueLinks, linkTarget } from './issueLinks';
import { ensureBuilt, runCli } from './run';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-cli-links-'));
const NAMES = ["Bảng 'A' – Nhiệm vụ", 'PL "Đặc biệt"', "O'Neil''s \"x\" bản", 'Phụ lục 3 (Đợt 2)'];

describe('linkTarget reads a formula the way Excel does', () => {
  it.each([
    [`HYPERLINK("#'PL 1'!D7","D7")`, { sheet: 'PL 1', cell: 'D7' }],
    [`HYPERLINK("#'Bảng ''A'''!E12","E12")`, { sheet: "Bảng 'A'", cell: 'E12' }],
    [`HYPERLINK("#'PL ""Đặc biệt""'!A1","A1")`, { sheet: 'PL "Đặc biệt"', cell: 'A1' }],
  ])('%s', (formula, target) => {
    expect(linkTarget(formula)).toEqual(target);
  });

  it.each([`HYPERLINK("#'Bảng 'A''!E12","E12")`, `HYPERLINK("#'PL "x"'!A1","A1")`, `HYPERLINK("#PL 1!D7","D7")`])(
    'an unescaped %s leads nowhere',
    (formula) => {
      expect(linkTarget(formula)).toBeUndefined();
    },
  );
});

describe('phuluc summarize links findings on sheets with awkward names', () => {
  it('every link lands on the finding’s own sheet and cell', async () => {
    ensureBuilt();
    const input = await writeWorkbook(join(dir, 'ten-la.xlsx'), (wb) => {
      for (const name of NAMES) {
        addTaskSheet(wb, name, [[1, `Việc của ${name}`, 'Phòng Kinh tế', '31/02/2025', 'Làm dở']]);
      }
    });
    const out = join(dir, 'ten-la.tong-hop.xlsx');
    const r = runCli(['summarize', input, '-o', out, '--as-of', '2025-12-11']);
    expect(r.code).toBe(1);
    const wb = await readBack(out);
    const links = issueLinks(wb.getWorksheet(ISSUE_SHEET)!);
    expect(new Set(links.map((l) => l.sheet))).toEqual(new Set(NAMES));
    for (const link of links) {
      expect(link.target).toEqual({ sheet: link.sheet, cell: link.cell });
      expect(wb.getWorksheet(link.target.sheet)!.getCell(link.target.cell).value).not.toBeNull();
    }
    expect(links.map((l) => l.cell)).toEqual(expect.arrayContaining(['D4', 'E4']));
  });
});
