import { periodEn, periodVi } from '../../src/taskpane/periodStrings';

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

test('the period views’ words: vi and en have the same keys, no empty text and the same placeholders', () => {
  const vi = leaves(periodVi);
  const en = leaves(periodEn);
  expect([...en.keys()].sort()).toEqual([...vi.keys()].sort());
  for (const [path, text] of [...vi, ...en]) expect({ path, empty: text.trim() === '' }).toEqual({ path, empty: false });
  for (const [path, text] of vi) {
    expect({ path, placeholders: placeholders(en.get(path) ?? '') }).toEqual({ path, placeholders: placeholders(text) });
  }
});
