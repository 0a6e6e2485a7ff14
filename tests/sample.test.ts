/**
 * The bundled sample workbook samples/phu-luc-mau.xlsx must equal its transcriptions in
 * samples/data/*.json (see samples/README.md): every sheet in order, every cell value (dates as
 * date cells and formatted numbers with their number format), the merges and the column widths.
 * A stale or hand-edited workbook fails here; rebuild it with `npm run sample`.
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { analyze } from '../src/engine';
import { readWorkbookFile } from '../src/xlsx';

type DateCell = { date: string; format: string };
type NumberCell = { number: number; format: string };
type DataCell = string | number | null | DateCell | NumberCell;
interface DataRow { kind: string; cells: DataCell[]; merges?: string[] }
interface DataSheet { file: string; sheet: string; columnWidths: number[]; rows: DataRow[] }

const SAMPLES = path.join(__dirname, '..', 'samples');
const DATA_DIR = path.join(SAMPLES, 'data');

function loadData(): DataSheet[] {
  return fs
    .readdirSync(DATA_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, ...JSON.parse(fs.readFileSync(path.join(DATA_DIR, file), 'utf8')) }));
}

async function readSample(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(SAMPLES, 'phu-luc-mau.xlsx'));
  return wb;
}

const show = (v: unknown) => (v instanceof Date ? `date ${v.toISOString()}` : JSON.stringify(v));

/** Every difference between a worksheet and its data file; empty when they are equal. */
function differences(ws: ExcelJS.Worksheet, data: DataSheet): string[] {
  const out: string[] = [];
  const height = Math.max(ws.rowCount, data.rows.length);
  const width = Math.max(ws.columnCount, ...data.rows.map((r) => r.cells.length));
  for (let r = 1; r <= height; r++) {
    for (let c = 1; c <= width; c++) {
      const cell = ws.getCell(r, c);
      const where = `${ws.name}!${cell.address}`;
      const expected = data.rows[r - 1]?.cells[c - 1] ?? null;
      // A cell merged into another reads as its master's value: it holds nothing of its own.
      const actual = cell.type === ExcelJS.ValueType.Merge ? null : cell.value;
      if (expected !== null && typeof expected === 'object' && 'number' in expected) {
        if (actual !== expected.number) {
          out.push(`${where}: expected number ${expected.number}, found ${show(actual)}`);
        } else if (cell.numFmt !== expected.format) {
          out.push(`${where}: expected number format ${expected.format}, found ${cell.numFmt}`);
        }
      } else if (expected !== null && typeof expected === 'object') {
        const [y, m, d] = expected.date.split('-').map(Number);
        if (!(actual instanceof Date) || actual.getTime() !== Date.UTC(y, m - 1, d)) {
          out.push(`${where}: expected date cell ${expected.date}, found ${show(actual)}`);
        } else if (cell.numFmt !== expected.format) {
          out.push(`${where}: expected number format ${expected.format}, found ${cell.numFmt}`);
        }
      } else if (actual !== expected) {
        out.push(`${where}: expected ${show(expected)}, found ${show(actual)}`);
      }
    }
  }
  const merges = data.rows.flatMap((r) => r.merges ?? []).sort();
  const found = [...ws.model.merges].sort();
  if (show(found) !== show(merges)) out.push(`${ws.name}: merges ${show(found)}, expected ${show(merges)}`);
  data.columnWidths.forEach((w, i) => {
    const col = ws.getColumn(i + 1);
    if (col.width !== w) out.push(`${ws.name}: column ${col.letter} width ${col.width}, expected ${w}`);
  });
  return out;
}

/** Data rows under each section row (or under the sheet when it has none). */
function dataRowsPerSection(data: DataSheet): Record<string, number> {
  const counts: Record<string, number> = {};
  let group = '';
  for (const row of data.rows) {
    if (row.kind === 'section') group = String(row.cells.find((c) => c !== null)).split(/[.\s]/)[0];
    if (row.kind === 'data') counts[group] = (counts[group] ?? 0) + 1;
  }
  return counts;
}

const data = loadData();

describe('bundled sample workbook', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await readSample();
  });

  it('transcribes the seeds’ appendices, one sheet per data file, with their row counts', () => {
    expect(data.map((d) => [d.file, d.sheet, dataRowsPerSection(d)])).toEqual([
      ['01-nq57-ket-qua.json', 'NQ57 - Kết quả', { A: 5, B: 8, C: 25 }],
      ['02-pl1-chi-tieu-nq71.json', 'PL1 Chỉ tiêu NQ71', { I: 8, II: 5, III: 10 }],
      ['03-pl2-chi-tieu-5-nam.json', 'PL2 Chỉ tiêu 5 năm', { I: 5, II: 15, III: 1, IV: 13 }],
      ['04-pl3-nhiem-vu-chung.json', 'PL3 Nhiệm vụ chung', { I: 2, II: 2 }],
      ['05-pl4-nhiem-vu-khac.json', 'PL4 Nhiệm vụ khác', { I: 7, II: 2 }],
      ['06-kq-chi-tieu-nq71.json', 'KQ Chỉ tiêu NQ71', { I: 4, II: 2, III: 1 }],
    ]);
  });

  it('keeps the seeds’ layout facts (SPEC §2.3)', () => {
    const cells = (i: number) => data[i].rows.flatMap((r) => r.cells);
    const nq57 = cells(0);
    expect(nq57).toEqual(expect.arrayContaining(['30-\n09-\n20\n25', '2025-06-15 00:00:00', 'tháng 7 năm 2025', 'Đang thực\nhiện', '182_TBKL_NQ57']));
    expect(nq57).toContainEqual({ date: '2025-12-31', format: 'dd/mm/yyyy' });
    const duplicate = 'Rà soát, hoàn thiện quy trình thủ tục hành chính đáp ứng điều kiện thực hiện dịch vụ công trực tuyến toàn trình';
    expect(nq57.filter((c) => c === duplicate)).toHaveLength(2);
    expect(data[0].rows.filter((r) => r.kind === 'header').map((r) => r.cells.length)).toEqual([6, 6, 8]);
    expect(data[1].rows.slice(2, 5).map((r) => r.cells)).toEqual([
      ['TT', 'Chỉ tiêu', 'Đơn vị', 'Đến năm 2030', 'Cơ quan chủ trì theo dõi, đánh giá'],
      [null, null, null, 'Kết quả', null],
      ['(1)', '(2)', '(3)', '(4)', '(5)'],
    ]);
  });

  it('has the data files’ sheets, in order', () => {
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(data.map((d) => d.sheet));
  });

  it.each(data.map((d, i) => [d.sheet, i] as const))('sheet "%s" equals its data file', (_name, i) => {
    expect(differences(wb.worksheets[i], data[i])).toEqual([]);
  });

  it('catches a hand edit of the workbook', async () => {
    const ws = (await readSample()).worksheets[0];
    ws.getCell('C3').value = '31/12/2025'; // a date cell typed over as text
    ws.getCell('D3').value = 'Hoàn thành';
    ws.unMergeCells('A1:F1');
    expect(differences(ws, data[0])).toEqual([
      'NQ57 - Kết quả!C3: expected date cell 2025-12-31, found "31/12/2025"',
      'NQ57 - Kết quả!D3: expected "Đã hoàn thành", found "Hoàn thành"',
      'NQ57 - Kết quả: merges ["A18:H18","A8:F8"], expected ["A18:H18","A1:F1","A8:F8"]',
    ]);
  });
});

/**
 * Sheet 6, "KQ Chỉ tiêu NQ71": Phụ lục 1 indicators with the results the seeds report for them
 * (samples/README.md). The one sheet of the sample where indicators have actual values.
 */
describe('sample sheet "KQ Chỉ tiêu NQ71" (indicator results as of 11/12/2025)', () => {
  const SHEET = 'KQ Chỉ tiêu NQ71';
  const results = data.find((d) => d.sheet === SHEET)!;
  const pl1 = data.find((d) => d.sheet === 'PL1 Chỉ tiêu NQ71')!;
  /** "section numeral|TT" → the data row's cells. */
  const bySectionAndTt = (sheet: DataSheet) => {
    const out = new Map<string, DataCell[]>();
    let section = '';
    for (const row of sheet.rows) {
      if (row.kind === 'section') section = String(row.cells[0]).split('.')[0];
      if (row.kind === 'data') out.set(`${section}|${row.cells[0]}`, row.cells);
    }
    return out;
  };

  it('takes its indicators, units, targets and lead units from Phụ lục 1 as they are, and says where each result comes from', () => {
    const plan = bySectionAndTt(pl1);
    for (const [key, [, name, unit, target, , lead]] of bySectionAndTt(results)) {
      expect([key, name, unit, target, lead]).toEqual([key, ...[1, 2, 3, 4].map((c) => plan.get(key)?.[c])]);
    }
    const dataRows = results.rows.filter((r) => r.kind === 'data') as (DataRow & { source?: string })[];
    for (const row of dataRows) {
      expect(row.source).toMatch(/^(no figure|seed 00\d \(\d{3}_[0-9a-f]{16}\.txt\) lines? \d)/);
    }
    // The actual values, typed the ways SPEC §2.3 lists: text with a decimal comma, a fraction with a
    // percent number format, a plain number; the rest empty.
    expect(dataRows.map((r) => r.cells[4])).toEqual(['99,09%', null, null, { number: 1, format: '0%' }, null, null, 100]);
  });

  it('is read as an indicator sheet with an actual column, categorised row by row as of 2025-12-11', async () => {
    const { snapshot } = await readWorkbookFile(path.join(SAMPLES, 'phu-luc-mau.xlsx'));
    const analysis = analyze(snapshot, { asOf: '2025-12-11' });
    const sheet = analysis.sheets.find((s) => s.structure.name === SHEET)!;
    expect(sheet.structure.kind).toBe('indicators');
    expect(sheet.structure.blocks).toHaveLength(1);
    const [block] = sheet.structure.blocks;
    expect(block.headerRows).toEqual([3]);
    // 0-based columns: A TT, B Chỉ tiêu, C Đơn vị tính, D Mục tiêu đến năm 2030, E Kết quả thực hiện, F Cơ quan chủ trì.
    expect(block.columns).toEqual({ stt: 0, name: 1, unit: 2, target: 3, actual: 4, lead: 5 });
    // SPEC §5.2: a single target column takes its year from its header.
    expect(block.targetYear).toBe(2030);

    const rows = analysis.indicators.filter((i) => i.sheet === SHEET);
    expect(rows.map((i) => [i.row + 1, i.evaluationYear, i.category])).toEqual([
      [5, 2030, 'done'], // "99,09%" (text, decimal comma: 99.09) meets "≥95"
      [6, 2030, 'not_started'], // empty: Chưa có số liệu
      [7, 2030, 'not_started'],
      [8, 2030, 'done'], // 1 shown as 100% (SPEC §3.1: a fraction under a percent format is 100 percent) meets 100
      [10, 2030, 'not_started'],
      [11, 2030, 'not_started'],
      [13, 2030, 'done'], // 100 meets "100%": both on the 0–100 scale
    ]);
    expect(analysis.findings.filter((f) => f.sheet === SHEET)).toEqual([]);
    expect(analysis.summary.sheets.find((s) => s.sheet === SHEET)?.indicators).toEqual({
      total: 7, done: 3, in_progress: 0, overdue: 0, not_started: 4, unknown: 0,
    });
  });

  it('catches a hand edit of a formatted number', async () => {
    const ws = (await readSample()).getWorksheet(SHEET)!;
    ws.getCell('E8').numFmt = 'General';
    expect(differences(ws, results)).toEqual([`${SHEET}!E8: expected number format 0%, found General`]);
  });
});
