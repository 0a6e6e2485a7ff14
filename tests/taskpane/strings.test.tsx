import { CAPABILITY_API_SET } from '../../src/excel/capabilities';
import { FINDING_CODES } from '../../src/engine/checks/findings';
import { INDICATOR_FIELDS, TASK_FIELDS } from '../../src/engine/layout/fields';
import { INDICATOR_CATEGORIES, TASK_CATEGORIES } from '../../src/engine/analysis';
import { en, fill, vi } from '../../src/taskpane/strings';

/** Every leaf of a strings table as "path → text". */
function leaves(table: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(table)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [p, v] of leaves(value as object, path)) out.set(p, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('vi and en have the same keys, no empty text and the same placeholders', () => {
  const viLeaves = leaves(vi);
  const enLeaves = leaves(en);
  expect([...enLeaves.keys()].sort()).toEqual([...viLeaves.keys()].sort());
  for (const [path, text] of [...viLeaves, ...enLeaves]) {
    expect({ path, empty: text.trim() === '' }).toEqual({ path, empty: false });
  }
  for (const [path, text] of viLeaves) {
    expect({ path, placeholders: placeholders(enLeaves.get(path) ?? '') }).toEqual({ path, placeholders: placeholders(text) });
  }
});

test('every finding code, field and category has a label', () => {
  for (const table of [vi, en]) {
    expect(Object.keys(table.codes).sort()).toEqual([...FINDING_CODES].sort());
    expect(Object.keys(table.taskFields).sort()).toEqual([...TASK_FIELDS].sort());
    expect(Object.keys(table.indicatorFields).sort()).toEqual([...INDICATOR_FIELDS].sort());
    expect(Object.keys(table.taskCategories).sort()).toEqual([...TASK_CATEGORIES].sort());
    expect(Object.keys(table.indicatorCategories).sort()).toEqual([...INDICATOR_CATEGORIES].sort());
  }
});

test('category labels are the SPEC §4.2 and §5.3 wording', () => {
  expect(vi.taskCategories).toEqual({
    done_on_time: 'Hoàn thành đúng hạn',
    done_late: 'Hoàn thành quá hạn',
    in_progress: 'Đang thực hiện trong hạn',
    overdue: 'Quá hạn',
    not_started: 'Chưa triển khai',
    unknown: 'Chưa xác định',
  });
  expect(vi.indicatorCategories).toEqual({
    done: 'Đạt (hoàn thành)',
    in_progress: 'Trong hạn (chưa đạt)',
    overdue: 'Không đạt (quá hạn)',
    not_started: 'Chưa có số liệu',
    unknown: 'Chưa xác định',
  });
});

test('fill puts values into placeholders and leaves unknown ones visible', () => {
  expect(fill(vi.check.readingRows, { read: 500, total: 2000 })).toBe('Đang đọc 500/2000 dòng…');
  expect(fill('{n} và {m}', { n: 3 })).toBe('3 và {m}');
});

/** The last ExcelApi set each one-time-purchase Excel for Windows supports (Microsoft's requirement-set table). */
const PERPETUAL_EXCEL: [name: string, lastSet: string][] = [
  ['Excel 2016', '1.1'],
  ['Excel 2019', '1.8'],
  ['Excel 2021', '1.14'],
  ['Excel 2024', '1.17'],
];

test.each([
  ['highlight', CAPABILITY_API_SET.conditionalFormats],
  ['dropdowns', CAPABILITY_API_SET.dataValidation],
  ['merges', CAPABILITY_API_SET.mergedAreas],
  ['freeze', CAPABILITY_API_SET.freezePanes],
] as const)('the "%s" note names ExcelApi %s and the first one-time-purchase Excel that has it', (feature, apiSet) => {
  const minor = (version: string) => Number(version.split('.')[1]);
  const first = PERPETUAL_EXCEL.find(([, lastSet]) => minor(lastSet) >= minor(apiSet))?.[0];
  for (const table of [vi, en]) {
    const note = table.capabilities[feature];
    expect(note).toContain(`ExcelApi ${apiSet}`);
    expect(note).toContain(`${first},`);
  }
});
