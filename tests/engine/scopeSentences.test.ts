import { analyze } from '../../src/engine/analyzeWorkbook';
import { reportSchema, toReport } from '../../src/engine/summary/report';
import { seed002pl1Progress, seed002pl3, seed004 } from './seedLayouts';
import { sheet, workbook } from './snapshotBuilder';

const AS_OF = '2025-12-11';

describe('a report sentence per sheet and per lead unit (SPEC §7)', () => {
  const analysis = analyze(workbook(seed004(), seed002pl1Progress(), seed002pl3()), { asOf: AS_OF, subject: 'UBND đặc khu' });

  it("gives a lead unit its own sentence with its name as the subject: seed 004's lead as of 11/12/2025", () => {
    const lead = analysis.summary.byLead.find((l) => l.lead === 'UBND đặc khu Cát Hải');
    expect(lead?.sentence).toBe(
      'UBND đặc khu Cát Hải được giao 08 nhiệm vụ và 0 chỉ tiêu, đã và đang thực hiện 08 nhiệm vụ và 0 chỉ tiêu, ' +
        'hoàn thành 05 nhiệm vụ/0 chỉ tiêu, trong hạn 02 nhiệm vụ/0 chỉ tiêu, quá hạn 01 nhiệm vụ/0 chỉ tiêu; ' +
        'chưa triển khai 0 nhiệm vụ/chỉ tiêu.',
    );
  });

  it("counts only the lead unit's own indicators", () => {
    expect(analysis.summary.byLead.find((l) => l.lead === 'Phòng Văn hóa - Xã hội')?.sentence).toBe(
      'Phòng Văn hóa - Xã hội được giao 0 nhiệm vụ và 01 chỉ tiêu, đã và đang thực hiện 0 nhiệm vụ và 0 chỉ tiêu, ' +
        'hoàn thành 0 nhiệm vụ/chỉ tiêu, trong hạn 0 nhiệm vụ/chỉ tiêu, quá hạn 0 nhiệm vụ/chỉ tiêu; ' +
        'chưa triển khai 0 nhiệm vụ/01 chỉ tiêu.',
    );
  });

  it('gives a sheet the chosen subject and counts only its rows', () => {
    expect(analysis.summary.sheets.map((s) => [s.sheet, s.sentence])).toEqual([
      ['NQ57 - Kết quả',
        'UBND đặc khu được giao 08 nhiệm vụ và 0 chỉ tiêu, đã và đang thực hiện 08 nhiệm vụ và 0 chỉ tiêu, ' +
          'hoàn thành 05 nhiệm vụ/0 chỉ tiêu, trong hạn 02 nhiệm vụ/0 chỉ tiêu, quá hạn 01 nhiệm vụ/0 chỉ tiêu; ' +
          'chưa triển khai 0 nhiệm vụ/chỉ tiêu.'],
      ['PL1',
        'UBND đặc khu được giao 0 nhiệm vụ và 04 chỉ tiêu, đã và đang thực hiện 0 nhiệm vụ và 0 chỉ tiêu, ' +
          'hoàn thành 0 nhiệm vụ/chỉ tiêu, trong hạn 0 nhiệm vụ/chỉ tiêu, quá hạn 0 nhiệm vụ/chỉ tiêu; ' +
          'chưa triển khai 0 nhiệm vụ/04 chỉ tiêu.'],
      // A plan sheet has nothing to count.
      ['PL3',
        'UBND đặc khu được giao 0 nhiệm vụ và 0 chỉ tiêu, đã và đang thực hiện 0 nhiệm vụ và 0 chỉ tiêu, ' +
          'hoàn thành 0 nhiệm vụ/chỉ tiêu, trong hạn 0 nhiệm vụ/chỉ tiêu, quá hạn 0 nhiệm vụ/chỉ tiêu; ' +
          'chưa triển khai 0 nhiệm vụ/chỉ tiêu.'],
    ]);
  });

  it('writes the lead unit as its first row writes it, whatever spelling the later rows use', () => {
    const s = sheet('KQ', [
      ['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái'],
      ['Việc A', 'Phòng Văn hóa - Xã hội', '31/12/2026', 'Đang thực hiện'],
      ['Việc B', 'Phòng VHXH', '30/06/2025', 'Chưa thực hiện'],
    ]);
    const byLead = analyze(workbook(s), { asOf: AS_OF, subject: 'UBND đặc khu' }).summary.byLead;
    expect(byLead.map((l) => l.sentence)).toEqual([
      'Phòng Văn hóa - Xã hội được giao 02 nhiệm vụ và 0 chỉ tiêu, đã và đang thực hiện 01 nhiệm vụ và 0 chỉ tiêu, ' +
        'hoàn thành 0 nhiệm vụ/chỉ tiêu, trong hạn 01 nhiệm vụ/0 chỉ tiêu, quá hạn 01 nhiệm vụ/0 chỉ tiêu; ' +
        'chưa triển khai 0 nhiệm vụ/chỉ tiêu.',
    ]);
  });

  it('drops the punctuation that ends the cell from the subject', () => {
    const s = sheet('KQ', [
      ['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái'],
      ['Việc A', 'Phòng Văn hóa - Xã hội; Phòng Kinh tế.', '31/12/2026', 'Đang thực hiện'],
    ]);
    const [lead] = analyze(workbook(s), { asOf: AS_OF }).summary.byLead;
    expect(lead.lead).toBe('Phòng Văn hóa - Xã hội; Phòng Kinh tế.');
    expect(lead.sentence).toMatch(/^Phòng Văn hóa - Xã hội; Phòng Kinh tế được giao 01 nhiệm vụ/);
  });
});

describe('JSON report (SPEC §8): the sheet and lead unit sentences', () => {
  const analysis = analyze(workbook(seed004(), seed002pl1Progress()), { asOf: AS_OF, subject: 'UBND đặc khu' });
  const report = toReport(analysis, 'bao-cao.xlsx');

  it('carries them and validates against its schema', () => {
    expect(reportSchema.parse(report)).toEqual(report);
    expect(report.summary.sheets.map((s) => s.sentence)).toEqual(analysis.summary.sheets.map((s) => s.sentence));
    expect(report.summary.byLead.map((l) => [l.lead, l.sentence])).toEqual(analysis.summary.byLead.map((l) => [l.lead, l.sentence]));
  });

  it('has a schema that requires them', () => {
    const byLead = report.summary.byLead.map(({ sentence: _sentence, ...l }) => l);
    const sheets = report.summary.sheets.map(({ sentence: _sentence, ...s }) => s);
    expect(reportSchema.safeParse({ ...report, summary: { ...report.summary, byLead } }).success).toBe(false);
    expect(reportSchema.safeParse({ ...report, summary: { ...report.summary, sheets } }).success).toBe(false);
  });
});
