import { oneLine, safeText, truncate } from '../../src/cli/text';

describe('terminal text', () => {
  it('truncates to the given number of characters, ending with …', () => {
    expect(truncate('ngắn')).toBe('ngắn');
    expect(truncate('x'.repeat(80))).toBe('x'.repeat(80));
    const cut = truncate('y'.repeat(30_000));
    expect(cut).toHaveLength(80);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('never splits a character outside the BMP', () => {
    const s = '😀'.repeat(100);
    const cut = truncate(s, 10);
    expect(Array.from(cut)).toHaveLength(10);
    expect(cut).toBe(`${'😀'.repeat(9)}…`);
  });

  it('shows line breaks and neutralises control characters and terminal escapes', () => {
    expect(oneLine('30-\n09-\r\n20\n25')).toBe('30-⏎09-⏎20⏎25');
    expect(oneLine('a\u001b[31mred\u0007')).toBe('a�[31mred�');
    expect(oneLine('abc\u202edef')).toBe('abc�def');
    expect(safeText('dòng 1\ndòng 2\u001b[2J')).toBe('dòng 1\ndòng 2�[2J');
    expect(oneLine('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
  });
});
