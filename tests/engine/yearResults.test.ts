import { analyze } from '../../src/engine/analyzeWorkbook';
import { toReport } from '../../src/engine/summary/report';
import { sheet, workbook, type TestCell } from './snapshotBuilder';

const AS_OF = '2026-12-11';

/** Two-row header: "Năm 2025" over "Chỉ tiêu | Kết quả", "Năm 2026" over "Chỉ tiêu | Ước thực hiện". */
function twoRowHeader(rows: TestCell[][]) {
  return sheet('CT', [
    ['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Năm 2025', null, 'Năm 2026', null, 'Cơ quan chủ trì'],
    [null, null, null, 'Chỉ tiêu', 'Kết quả', 'Chỉ tiêu', 'Ước thực hiện', null],
    ...rows,
  ], ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:G1', 'H1:H2']);
}

describe('indicator results per year (SPEC §2.2 turn 2)', () => {
  it('two-row header: the evaluation year’s result is the actual; the table is a progress table', () => {
    const a = analyze(workbook(twoRowHeader([
      [1, 'Tỷ lệ hồ sơ trực tuyến', '%', '80%', '82%', '90%', '85%', 'Phòng Kinh tế'],
      [2, 'Số xã có Wi-Fi công cộng', 'xã', '5', '6', '8', '9', 'Phòng Văn hóa'],
    ])), { asOf: AS_OF });
    expect(a.sheets[0].structure.blocks[0]).toMatchObject({ headerRows: [1, 2], targetYears: { 2025: 3, 2026: 5 }, resultYears: { 2025: 4, 2026: 6 } });
    expect(a.indicators.map((i) => [i.plan, i.evaluationYear, i.category, i.results])).toEqual([
      [false, 2026, 'in_progress', { 2025: '82%', 2026: '85%' }],
      [false, 2026, 'done', { 2025: '6', 2026: '9' }],
    ]);
    expect(a.summary.indicators).toMatchObject({ total: 2, done: 1, in_progress: 1 });
    expect(a.findings).toEqual([]);
  });

  it('the user’s year picks that year’s result', () => {
    const a = analyze(workbook(twoRowHeader([[1, 'Số xã có Wi-Fi', 'xã', '5', '4', '8', '9', 'Phòng Văn hóa']])), { asOf: AS_OF, year: 2025 });
    expect(a.indicators.map((i) => [i.evaluationYear, i.category])).toEqual([[2025, 'overdue']]);
  });

  it('flat headers: "Kết quả năm 2025", "Thực hiện năm 2026" beside per-year targets', () => {
    const s = sheet('CT', [
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2025', 'Kết quả năm 2025', 'Năm 2026', 'Thực hiện năm 2026', 'Đơn vị chủ trì'],
      [1, 'Số xã có Wi-Fi', 'xã', '5', '6', '8', '7', 'Phòng Văn hóa'],
    ]);
    const a = analyze(workbook(s), { asOf: AS_OF });
    expect(a.indicators.map((i) => [i.plan, i.evaluationYear, i.category, i.results])).toEqual([[false, 2026, 'in_progress', { 2025: '6', 2026: '7' }]]);
  });

  it('years under a "Kết quả thực hiện" super-header are results, not targets', () => {
    const s = sheet('CT', [
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Mục tiêu', 'Kết quả thực hiện', null, 'Cơ quan chủ trì'],
      [null, null, null, null, 'Năm 2025', 'Năm 2026', null],
      [1, 'Số xã có Wi-Fi', 'xã', '8', '6', '9', 'Phòng Văn hóa'],
    ], ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:G2']);
    const a = analyze(workbook(s), { asOf: AS_OF });
    expect(a.sheets[0].structure.blocks[0]).toMatchObject({ targetYears: {}, resultYears: { 2025: 4, 2026: 5 } });
    expect(a.indicators.map((i) => [i.plan, i.evaluationYear, i.category])).toEqual([[false, 2026, 'done']]);
  });

  it('per-year targets without results stay a plan', () => {
    const s = sheet('CT', [
      ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Năm 2025', 'Năm 2030', 'Cơ quan chủ trì'],
      [1, 'Số xã có Wi-Fi', 'xã', '5', '8', 'Phòng Văn hóa'],
    ]);
    expect(analyze(workbook(s), { asOf: AS_OF }).indicators.map((i) => [i.plan, i.results])).toEqual([[true, undefined]]);
  });

  it('the JSON report keeps every year’s result, and names the result columns', () => {
    const a = analyze(workbook(twoRowHeader([[1, 'Số xã có Wi-Fi', 'xã', '5', '6', '8', null, 'Phòng Văn hóa']])), { asOf: AS_OF });
    const report = toReport(a, 'a.xlsx');
    expect(report.indicators).toEqual([{ sheet: 'CT', row: 3, name: 'Số xã có Wi-Fi', evaluationYear: 2026, results: { 2025: '6' } }]);
    expect(report.sheets[0].blocks[0].columns).toMatchObject({ 'target[2025]': 'D', 'result[2025]': 'E', 'target[2026]': 'F', 'result[2026]': 'G' });
  });
});

describe('the other years’ results, as the pane shows them (SPEC §2.2 turn 2)', () => {
  const { otherYearResults } = require('../../src/engine/summary/otherYearResults') as typeof import('../../src/engine/summary/otherYearResults');

  it('every year but the evaluation year, oldest first, empty results left out', () => {
    expect(otherYearResults({ evaluationYear: 2026, results: { 2026: '85%', 2024: '70%', 2025: '82%', 2027: ' ' } })).toEqual([
      { year: 2024, value: '70%' },
      { year: 2025, value: '82%' },
    ]);
  });

  it('none without per-year results, or when the only result is the evaluation year’s', () => {
    expect(otherYearResults({ evaluationYear: 2026 })).toEqual([]);
    expect(otherYearResults({ evaluationYear: 2026, results: { 2026: '85%' } })).toEqual([]);
  });

  it('read from a real table: 2025’s result beside the 2026 evaluation', () => {
    const a = analyze(workbook(twoRowHeader([[1, 'Tỷ lệ hồ sơ trực tuyến', '%', '80%', '82%', '90%', '85%', 'Phòng Kinh tế']])), { asOf: AS_OF });
    expect(otherYearResults(a.indicators[0])).toEqual([{ year: 2025, value: '82%' }]);
  });
});
