/**
 * Workbooks in the 1904 date system on Office.js (issue 11): Range.values gives serials as stored,
 * 1,462 lower than in the 1900 system, and no released ExcelApi set says which system a workbook
 * uses; the displayed text of date cells does. Dates are never four years off.
 */
import { analyze, DATE1904_OFFSET } from '../../src/engine';
import { readWorkbookSnapshot } from '../../src/excel';
import { installFakeExcel, type InstalledFakeExcel } from '../fake-excel';

let fake: InstalledFakeExcel;
afterEach(() => fake.uninstall());

/** 31/12/2025 and 30/06/2025 in the 1900 system. */
const DEC_31_2025 = 46_022;
const JUN_30_2025 = 45_838;

function taskList(date1904: boolean, excelApi?: string): InstalledFakeExcel {
  const f = installFakeExcel({ date1904, excelApi });
  const stored = (serial: number) => (date1904 ? serial - DATE1904_OFFSET : serial);
  f.addSheet('PL 1')
    .type('A1', 'Tên nhiệm vụ').type('B1', 'Đơn vị chủ trì').type('C1', 'Thời hạn').type('D1', 'Trạng thái')
    .type('A2', 'Số hóa hồ sơ').type('B2', 'Văn phòng').setCell('C2', { value: stored(JUN_30_2025), numberFormat: 'dd/mm/yyyy' })
    .type('D2', 'Đang thực hiện')
    .type('A3', 'Cập nhật CSDL').type('B3', 'Văn phòng').setCell('C3', { value: stored(DEC_31_2025), numberFormat: 'dd/mm/yyyy' })
    .type('D3', 'Đang thực hiện');
  return f;
}

describe('a workbook in the 1904 date system', () => {
  it('the fake host stores its dates 1,462 lower and displays them as the same dates', () => {
    fake = taskList(true);
    expect(fake.sheet('PL 1').cell('C3')).toMatchObject({ value: DEC_31_2025 - DATE1904_OFFSET, text: '31/12/2025' });
    fake.sheet('PL 1').type('E1', '12/31/2025');
    expect(fake.sheet('PL 1').cell('E1').value).toBe(DEC_31_2025 - DATE1904_OFFSET);
  });

  it.each(['1.17', '1.1'])('is read as such (ExcelApi %s), and its deadlines are the dates the user sees', async (excelApi) => {
    fake = taskList(true, excelApi);
    const snapshot = await readWorkbookSnapshot();
    expect(snapshot.date1904).toBe(true);
    const analysis = analyze(snapshot, { asOf: '2025-12-11', dueSoonDays: 0 });
    expect(analysis.tasks.map((t) => t.deadline)).toEqual(['2025-06-30', '2025-12-31']);
    expect(analysis.findings.map((f) => `${f.code}@${f.cell}:${f.value}`)).toEqual(['overdue@C2:30/06/2025']);
  });

  it('a workbook in the 1900 system is not taken for one', async () => {
    fake = taskList(false);
    const snapshot = await readWorkbookSnapshot();
    expect(snapshot.date1904).toBeUndefined();
    expect(analyze(snapshot, { asOf: '2025-12-11' }).tasks.map((t) => t.deadline)).toEqual(['2025-06-30', '2025-12-31']);
  });
});
