import { FindingTexts } from '../../src/engine/checks/findingTexts';

describe('the words of findings, written once per distinct input', () => {
  it('gives equal inputs one shared copy', () => {
    const texts = new FindingTexts('vi');
    const first = texts.words('overdue', 'deadline', '28/07/2025', { deadline: '28/07/2025' });
    const again = texts.words('overdue', 'deadline', `28/07/${2025}`, { deadline: '28/07/2025' });
    expect(again).toBe(first);
    expect(first.message).toBe('Đã quá thời hạn 28/07/2025 nhưng chưa hoàn thành.');
  });

  it('writes anew whatever the message reads: a detail, the field, the value, the code', () => {
    const texts = new FindingTexts('en');
    const words = [
      texts.words('overdue', 'deadline', 'Quý IV/2025', { deadline: '31/12/2025' }),
      texts.words('overdue', 'deadline', 'Quý IV/2025', { deadline: '30/06/2025' }),
      texts.words('due-soon', 'deadline', 'Quý IV/2025', { deadline: '31/12/2025', days: 20 }),
      texts.words('due-soon', 'deadline', 'Quý IV/2025', { deadline: '31/12/2025', days: 19 }),
      texts.words('missing-required', 'name', '', {}),
      texts.words('missing-required', 'lead', '', {}),
      texts.words('invalid-status', 'status', 'Xong', { suggestion: null }),
      texts.words('invalid-status', 'status', 'Hoàn thành', { suggestion: null }),
    ].map((w) => w.message);
    expect(words).toEqual([
      'Past the deadline 31/12/2025 and not done.',
      'Past the deadline 30/06/2025 and not done.',
      'Due soon: 20 day(s) left until the deadline 31/12/2025, not done yet.',
      'Due soon: 19 day(s) left until the deadline 31/12/2025, not done yet.',
      'Task/indicator name is missing.',
      'Lead unit is missing.',
      'The status “Xong” is not a known status.',
      'The status “Hoàn thành” is not a known status.',
    ]);
  });

  it('past the inputs it remembers for one value, still writes each finding right', () => {
    const texts = new FindingTexts('en');
    const words = [];
    for (let row = 1; row <= 100; row++) words.push(texts.words('duplicate-task', 'name', 'Số hóa', { row: (row % 40) + 1 }));
    expect(words.map((w) => w.message)).toEqual(words.map((_, i) => `Same name and lead unit as the task in row ${((i + 1) % 40) + 1}.`));
  });

  it('past the inputs it remembers for a sheet, still writes each finding right', () => {
    const texts = new FindingTexts('en');
    const rows = Array.from({ length: 10_050 }, (_, i) => i + 1);
    const messages = rows.map((row) => texts.words('duplicate-task', 'name', `Task ${row}`, { row }).message);
    expect(messages).toEqual(rows.map((row) => `Same name and lead unit as the task in row ${row}.`));
  });
});
