import { duplicateTaskCheck } from '../../src/engine/checks/duplicateTasks';
import { FindingSink } from '../../src/engine/checks/findingSink';

describe('the duplicate-task rule (SPEC §6)', () => {
  it('raises on the later row and names the first; the lead compares as unit names do; blank names are not tasks', () => {
    const sink = new FindingSink('PL1', 'vi');
    const check = duplicateTaskCheck(sink);
    check(4, 1, 'Số hóa hồ sơ', 'Phòng Văn hóa - Xã hội');
    check(5, 1, 'Số hóa hồ sơ', 'Phòng Kinh tế');
    check(6, 1, '', 'Phòng Kinh tế');
    check(7, 1, '', 'Phòng Kinh tế');
    check(9, 1, 'SỐ HÓA HỒ SƠ', 'Phòng VHXH');
    expect(sink.findings.map((f) => [f.code, f.cell, f.value])).toEqual([['duplicate-task', 'B10', 'SỐ HÓA HỒ SƠ']]);
    expect(sink.findings[0].message).toContain('5');
  });

  it('each check remembers only its own rows: one per sheet', () => {
    const sink = new FindingSink('PL1', 'en');
    duplicateTaskCheck(sink)(4, 1, 'Số hóa hồ sơ', 'Phòng Kinh tế');
    duplicateTaskCheck(sink)(5, 1, 'Số hóa hồ sơ', 'Phòng Kinh tế');
    expect(sink.findings).toEqual([]);
  });
});
