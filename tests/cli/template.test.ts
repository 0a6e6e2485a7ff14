/**
 * `phuluc template`: the blank task and indicator appendices a staff member starts from. What
 * makes them usable in Excel — widths, date cells, the status drop-down, a header that stays in
 * view — is read back from the written file.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { reportSchema } from '../../src/engine';
import { columnLetter } from '../../src/engine/workbook/address';
import { readBack } from '../xlsx/userWorkbook';
import { ensureBuilt, runCli } from './run';

const dir = mkdtempSync(join(tmpdir(), 'phuluc-cli-template-'));
const f = (name: string) => join(dir, name);

function headerRow(ws: ExcelJS.Worksheet): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (!found && row.getCell(1).value === 'STT') found = row;
  });
  if (!found) throw new Error(`no header row on ${ws.name}`);
  return found;
}

function columnOf(row: ExcelJS.Row, header: string): number {
  let col = 0;
  row.eachCell((c, n) => {
    if (c.value === header) col = n;
  });
  if (!col) throw new Error(`no "${header}" column`);
  return col;
}

function listValidations(ws: ExcelJS.Worksheet): [string, ExcelJS.DataValidation][] {
  const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
  return Object.entries(model).filter(([, v]) => v.type === 'list');
}

describe.each(['vi', 'en'])('phuluc template --lang %s', (lang) => {
  let r: ReturnType<typeof runCli>;
  let tasks: ExcelJS.Worksheet;
  let indicators: ExcelJS.Worksheet;

  beforeAll(async () => {
    ensureBuilt();
    r = runCli(['template', '-o', f(`mau-${lang}.xlsx`), '--lang', lang]);
    [tasks, indicators] = (await readBack(f(`mau-${lang}.xlsx`))).worksheets;
  }, 180_000);

  it('exits 0, says where it wrote, writes a task and an indicator appendix', () => {
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(f(`mau-${lang}.xlsx`));
    expect([tasks, indicators].every(Boolean)).toBe(true);
  });

  it('has the headers the checker recognises (Vietnamese in both languages)', () => {
    const texts = (ws: ExcelJS.Worksheet) => (headerRow(ws).values as unknown[]).filter(Boolean);
    expect(texts(tasks)).toEqual(expect.arrayContaining(['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái', 'Ngày hoàn thành thực tế']));
    expect(texts(indicators)).toEqual(expect.arrayContaining(['Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Kết quả thực hiện']));
  });

  it('sets column widths: the name column is wide, STT narrow', () => {
    for (const ws of [tasks, indicators]) {
      const header = headerRow(ws);
      const nameCol = columnOf(header, ws === tasks ? 'Tên nhiệm vụ' : 'Chỉ tiêu');
      // The widest column, yet all of them fit one A4 landscape page at full size (issue 7).
      const widths = Array.from({ length: header.cellCount }, (_, i) => ws.getColumn(i + 1).width ?? 0);
      expect(ws.getColumn(nameCol).width).toBe(Math.max(...widths));
      expect(ws.getColumn(nameCol).width).toBeGreaterThanOrEqual(28);
      expect(ws.getColumn(1).width).toBeLessThan(10);
    }
  });

  it('formats the deadline and completion columns as dd/mm/yyyy dates under the header', () => {
    const header = headerRow(tasks);
    for (const name of ['Thời hạn', 'Ngày hoàn thành thực tế']) {
      const col = columnOf(header, name);
      expect(tasks.getRow(header.number + 1).getCell(col).numFmt).toBe('dd/mm/yyyy');
      expect(tasks.getRow(header.number + 100).getCell(col).numFmt).toBe('dd/mm/yyyy');
    }
  });

  it('offers the statuses as a drop-down on the status column, from the first data row down', () => {
    const header = headerRow(tasks);
    const letter = columnLetter(columnOf(header, 'Trạng thái') - 1);
    // ExcelJS reads a validated range back cell by cell.
    const lists = listValidations(tasks);
    const first = header.number + 1;
    expect(lists.map(([cell]) => cell)).toEqual(Array.from({ length: lists.length }, (_, i) => `${letter}${first + i}`));
    expect(lists.length).toBeGreaterThanOrEqual(100);
    for (const [, v] of lists) expect(String(v.formulae[0])).toBe('"Đã hoàn thành,Đang thực hiện,Chưa thực hiện"');
    expect(listValidations(indicators)).toEqual([]);
  });

  it('freezes the rows down to the header', () => {
    for (const ws of [tasks, indicators]) {
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow(ws).number });
    }
  });

  it('checks clean: no error findings', () => {
    const check = runCli(['check', f(`mau-${lang}.xlsx`), '--as-of', '2025-12-11', '--json']);
    expect(check.code).toBe(0);
    expect(reportSchema.parse(JSON.parse(check.stdout)).issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
