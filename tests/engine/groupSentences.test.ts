import { analyze } from '../../src/engine/analyzeWorkbook';
import { seed002pl1Progress, seed002pl3, seed004 } from './seedLayouts';
import { sheet, workbook } from './snapshotBuilder';

const AS_OF = '2025-12-11';

describe('a report sentence per group (SPEC §7, seed 001 writes one per source plan)', () => {
  const analysis = analyze(workbook(seed004(), seed002pl1Progress(), seed002pl3()), { asOf: AS_OF, subject: 'UBND đặc khu' });
  const group = (sheetName: string, start: string) => {
    const found = analysis.summary.groups.find((g) => g.sheet === sheetName && g.group.startsWith(start));
    if (!found) throw new Error(`no group ${start} on ${sheetName}`);
    return found;
  };

  it('counts only the tasks of its group: seed 004 section A as of 11/12/2025', () => {
    expect(group('NQ57 - Kết quả', 'A.').sentence).toBe(
      'UBND đặc khu được giao 02 nhiệm vụ và 0 chỉ tiêu, đã và đang thực hiện 02 nhiệm vụ và 0 chỉ tiêu, ' +
        'hoàn thành 01 nhiệm vụ/0 chỉ tiêu, trong hạn 01 nhiệm vụ/0 chỉ tiêu, quá hạn 0 nhiệm vụ/chỉ tiêu; ' +
        'chưa triển khai 0 nhiệm vụ/chỉ tiêu.',
    );
  });

  it('counts an overdue task in progress as started, and writes a lone overdue pair in full', () => {
    expect(group('NQ57 - Kết quả', 'C.').sentence).toBe(
      'UBND đặc khu được giao 04 nhiệm vụ và 0 chỉ tiêu, đã và đang thực hiện 04 nhiệm vụ và 0 chỉ tiêu, ' +
        'hoàn thành 03 nhiệm vụ/0 chỉ tiêu, trong hạn 0 nhiệm vụ/chỉ tiêu, quá hạn 01 nhiệm vụ/0 chỉ tiêu; ' +
        'chưa triển khai 0 nhiệm vụ/chỉ tiêu.',
    );
  });

  it('counts the indicators of an indicator section, none of them measured yet', () => {
    expect(group('PL1', 'I.').sentence).toBe(
      'UBND đặc khu được giao 0 nhiệm vụ và 02 chỉ tiêu, đã và đang thực hiện 0 nhiệm vụ và 0 chỉ tiêu, ' +
        'hoàn thành 0 nhiệm vụ/chỉ tiêu, trong hạn 0 nhiệm vụ/chỉ tiêu, quá hạn 0 nhiệm vụ/chỉ tiêu; ' +
        'chưa triển khai 0 nhiệm vụ/02 chỉ tiêu.',
    );
  });

  it('gives the sections of a plan sheet no sentence: their tasks are not counted', () => {
    expect(analysis.summary.groups.filter((g) => g.sheet === 'PL3')).toEqual([]);
  });

  it('counts a task not started as not started, not as started', () => {
    const s = sheet('KQ', [
      ['Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Trạng thái'],
      ['I. Mục một'],
      ['Việc A', 'Phòng Kinh tế', '31/12/2026', 'Chưa thực hiện'],
      ['Việc B', 'Phòng Kinh tế', '30/06/2025', 'Chưa thực hiện'],
      ['II. Mục hai'],
      ['Việc C', 'Phòng Kinh tế', '31/12/2026', 'Đang thực hiện'],
    ]);
    const summary = analyze(workbook(s), { asOf: AS_OF, subject: 'Phòng Kinh tế' }).summary;
    expect(summary.groups.map((g) => g.sentence)).toEqual([
      'Phòng Kinh tế được giao 02 nhiệm vụ và 0 chỉ tiêu, đã và đang thực hiện 0 nhiệm vụ và 0 chỉ tiêu, ' +
        'hoàn thành 0 nhiệm vụ/chỉ tiêu, trong hạn 0 nhiệm vụ/chỉ tiêu, quá hạn 01 nhiệm vụ/0 chỉ tiêu; ' +
        'chưa triển khai 01 nhiệm vụ/0 chỉ tiêu.',
      'Phòng Kinh tế được giao 01 nhiệm vụ và 0 chỉ tiêu, đã và đang thực hiện 01 nhiệm vụ và 0 chỉ tiêu, ' +
        'hoàn thành 0 nhiệm vụ/chỉ tiêu, trong hạn 01 nhiệm vụ/0 chỉ tiêu, quá hạn 0 nhiệm vụ/chỉ tiêu; ' +
        'chưa triển khai 0 nhiệm vụ/chỉ tiêu.',
    ]);
  });

  it('leaves the workbook sentence as it was, without the plan tasks', () => {
    expect(analysis.summary.sentence).toBe(
      'UBND đặc khu được giao 08 nhiệm vụ và 04 chỉ tiêu, đã và đang thực hiện 08 nhiệm vụ và 0 chỉ tiêu, ' +
        'hoàn thành 05 nhiệm vụ/0 chỉ tiêu, trong hạn 02 nhiệm vụ/0 chỉ tiêu, quá hạn 01 nhiệm vụ/0 chỉ tiêu; ' +
        'chưa triển khai 0 nhiệm vụ/04 chỉ tiêu.',
    );
  });
});
