import { fieldLabel, LABELS, severityTally } from '../../src/engine/labels/catalogue';
import { FINDING_CODES } from '../../src/engine/checks/findings';
import { INDICATOR_FIELDS, TASK_FIELDS } from '../../src/engine/layout/fields';

test('counts are phrases: Vietnamese number then noun, English with plurals', () => {
  expect(severityTally({ error: 9, warning: 14, info: 0 }, 'vi')).toBe('9 lỗi, 14 cảnh báo, 0 lưu ý');
  expect(severityTally({ error: 1, warning: 2, info: 1 }, 'en')).toBe('1 error, 2 warnings, 1 note');
  expect(`${LABELS.en.itemCount.tasks(0)}, ${LABELS.en.itemCount.indicators(1)}`).toBe('0 tasks, 1 indicator');
  expect(`${LABELS.vi.itemCount.tasks(0)}, ${LABELS.vi.itemCount.indicators(1)}`).toBe('0 nhiệm vụ, 1 chỉ tiêu');
});

test('info is "Lưu ý" / "Note" (what the CLI and sheets always said), never "Thông tin"', () => {
  expect(LABELS.vi.severity.info).toBe('Lưu ý');
  expect(LABELS.en.severity.info).toBe('Note');
});

test('a field is named by its table kind where known, and neutrally where not', () => {
  expect(fieldLabel('name', LABELS.vi, 'tasks')).toBe('Tên nhiệm vụ');
  expect(fieldLabel('name', LABELS.vi, 'indicators')).toBe('Tên chỉ tiêu');
  expect(fieldLabel('name', LABELS.vi)).toBe('Tên nhiệm vụ/chỉ tiêu');
  expect(fieldLabel('deadline', LABELS.en, 'tasks')).toBe('Deadline');
  expect(fieldLabel('target:2025', LABELS.vi)).toBe('target:2025');
});

test.each(['vi', 'en'] as const)('%s names every finding code and field, none empty or shared by two codes', (lang) => {
  const words = LABELS[lang];
  const codes = FINDING_CODES.map((c) => words.findingCode[c]);
  expect(codes.every((w) => w.trim() !== '')).toBe(true);
  expect(new Set(codes).size).toBe(codes.length);
  for (const field of [...TASK_FIELDS, ...INDICATOR_FIELDS]) expect(words.field[field].trim()).not.toBe('');
});
