import { duplicateTaskCheck } from '../../src/engine/checks/duplicateTasks';
import { FindingSink } from '../../src/engine/checks/findingSink';
import { lowerCaseHash } from '../../src/engine/text/textHash';

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

  it('two names that share a hash are still two tasks', () => {
    // Found by search: different texts, one 32-bit hash.
    const [a, b] = ['Nhiệm vụ 925773', 'Nhiệm vụ 1482600'];
    expect(lowerCaseHash(a)).toBe(lowerCaseHash(b));
    const sink = new FindingSink('PL1', 'vi');
    const check = duplicateTaskCheck(sink);
    check(1, 1, a, 'Phòng Kinh tế');
    check(2, 1, b, 'Phòng Kinh tế');
    check(3, 1, b.toUpperCase(), 'Phòng Kinh tế');
    check(4, 1, a, 'Phòng Kinh tế');
    expect(sink.findings.map((f) => [f.cell, f.value, f.message])).toEqual([
      ['B4', 'NHIỆM VỤ 1482600', 'Trùng tên và đơn vị chủ trì với nhiệm vụ ở dòng 3.'],
      ['B5', a, 'Trùng tên và đơn vị chủ trì với nhiệm vụ ở dòng 2.'],
    ]);
  });

  it('finds each duplicate among thousands of tasks', () => {
    const sink = new FindingSink('PL1', 'en');
    const check = duplicateTaskCheck(sink);
    for (let i = 0; i < 5_000; i++) check(i, 1, `Task ${i % 4_000}`, i % 2 === 0 ? 'Phòng Kinh tế' : 'Phòng Kinh Tế');
    expect(sink.findings).toHaveLength(1_000);
    expect(sink.findings[999].message).toBe('Same name and lead unit as the task in row 1000.');
  });
});
