import { CAPABILITY_API_SET } from '../../src/excel/capabilities';
import { LABELS } from '../../src/engine';
import { periodEn, periodVi } from '../../src/taskpane/periodStrings';
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

test.each([
  ['the pane', vi, en],
  ['the period views', periodVi, periodEn],
])('%s: vi and en have the same keys, no empty text and the same placeholders', (_words, viTable: object, enTable: object) => {
  const viLeaves = leaves(viTable);
  const enLeaves = leaves(enTable);
  expect([...enLeaves.keys()].sort()).toEqual([...viLeaves.keys()].sort());
  for (const [path, text] of [...viLeaves, ...enLeaves]) {
    expect({ path, empty: text.trim() === '' }).toEqual({ path, empty: false });
  }
  for (const [path, text] of viLeaves) {
    expect({ path, placeholders: placeholders(enLeaves.get(path) ?? '') }).toEqual({ path, placeholders: placeholders(text) });
  }
});

test('the pane keeps no words of its own for severities, categories, fields, codes or kinds: it shows the engine catalogue', () => {
  expect(vi.labels).toBe(LABELS.vi);
  expect(en.labels).toBe(LABELS.en);
  const own = ['severity', 'codes', 'taskCategories', 'indicatorCategories', 'kinds', 'taskFields', 'indicatorFields'];
  for (const table of [vi, en]) for (const key of own) expect({ key, present: key in table }).toEqual({ key, present: false });
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
  ['print', CAPABILITY_API_SET.pageLayout],
] as const)('the "%s" note names the first one-time-purchase Excel with ExcelApi %s, and no API set in its sentence', (feature, apiSet) => {
  const minor = (version: string) => Number(version.split('.')[1]);
  const first = PERPETUAL_EXCEL.find(([, lastSet]) => minor(lastSet) >= minor(apiSet))?.[0];
  for (const table of [vi, en]) {
    const note = table.capabilities[feature];
    expect(note).toContain(`${first},`);
    expect(note).not.toContain('ExcelApi');
  }
});
