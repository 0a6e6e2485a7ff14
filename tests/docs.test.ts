/**
 * Every link in the repository's documents resolves inside a clone: a relative link names a file
 * (or folder) that exists in the repository, an anchor names a heading of its target, and no link
 * leaves the repository (no http(s), mailto or absolute path) — a reader of a clone has nothing else.
 * Code spans and fenced blocks are not links (`https://localhost:3000/` in a command stays allowed),
 * except a code span that is a path going up or sideways (`../seeds/`, `./x.md`): a reader follows it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(__dirname, '..');

/** README.md, samples/README.md and every document under docs/. */
function documents(): string[] {
  const docs = readdirSync(join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md'))
    .map((name) => join('docs', name));
  return ['README.md', join('samples', 'README.md'), ...docs];
}

/** The text with fenced blocks and code spans blanked out: what they hold is never a link. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/**
 * Targets of inline links and images `[x](target)`, reference definitions `[x]: target`, autolinks
 * `<scheme:…>`, and code spans that are relative paths (`../shared/spec/SPEC.md`).
 */
export function linkTargets(markdown: string): string[] {
  const text = withoutCode(markdown);
  const pathSpans = [...markdown.matchAll(/`(\.\.?\/[^`\s]*)`/g)].map((m) => m[1]);
  const inline = [...text.matchAll(/\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]);
  const definitions = [...text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)].map((m) => m[1]);
  const autolinks = [...text.matchAll(/<([a-z][a-z0-9+.-]*:[^>\s]*)>/gi)].map((m) => m[1]);
  return [...inline, ...definitions, ...autolinks, ...pathSpans];
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

function anchorsIn(file: string): Set<string> {
  const headings = [...withoutCode(readFileSync(file, 'utf8')).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)];
  return new Set(headings.map((m) => anchorOf(m[1])));
}

/** Why a link from `document` cannot be followed in a clone, or null when it can. */
export function brokenLink(document: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) return 'leaves the repository';
  if (target.startsWith('/')) return 'is an absolute path';
  const [path, anchor] = target.split('#', 2) as [string, string | undefined];
  const file = path === '' ? join(ROOT, document) : resolve(ROOT, dirname(document), decodeURI(path));
  const inside = relative(ROOT, file);
  if (inside.startsWith('..') || inside.startsWith(sep)) return 'leaves the repository';
  if (!existsSync(file)) return 'names no file';
  if (anchor !== undefined && (!file.endsWith('.md') || !anchorsIn(file).has(anchor))) return `names no heading #${anchor}`;
  return null;
}

describe('links in README.md, samples/README.md and docs/', () => {
  it.each(documents())('%s: every link resolves inside the repository', (document) => {
    const broken = linkTargets(readFileSync(join(ROOT, document), 'utf8'))
      .map((target) => ({ target, why: brokenLink(document, target) }))
      .filter((link) => link.why !== null);
    expect(broken).toEqual([]);
  });

  it('the contract and the architecture are linked from the README', () => {
    const targets = linkTargets(readFileSync(join(ROOT, 'README.md'), 'utf8'));
    expect(targets).toEqual(expect.arrayContaining(['docs/spec.md', 'docs/architecture.md']));
  });
});

describe('the link check itself', () => {
  it('finds links of every form and skips code', () => {
    const markdown = [
      'See [a](a.md), ![img](assets/x.png "title"), <https://example.org>.',
      '[ref]: ../outside.md',
      '`[not](a link)` and `../seeds/` and `npm test`',
      '```',
      '[not](either.md)',
      '```',
    ].join('\n');
    expect(linkTargets(markdown).sort()).toEqual(['../outside.md', '../seeds/', 'a.md', 'assets/x.png', 'https://example.org'].sort());
  });

  it.each([
    ['README.md', 'https://github.com/x/y', 'leaves the repository'],
    ['README.md', 'mailto:someone@example.org', 'leaves the repository'],
    ['README.md', '../shared/spec/SPEC.md', 'leaves the repository'],
    ['samples/README.md', '../../seeds/', 'leaves the repository'],
    ['samples/README.md', '../seeds/', 'names no file'],
    ['README.md', '/etc/passwd', 'is an absolute path'],
    ['README.md', 'docs/missing.md', 'names no file'],
    ['README.md', 'docs/spec.md#no-such-section', 'names no heading #no-such-section'],
  ])('from %s, %s %s', (document, target, why) => {
    expect(brokenLink(document, target)).toBe(why);
  });

  it.each([
    ['README.md', 'docs/spec.md'],
    ['docs/spec.md', '../samples/README.md'],
    ['samples/README.md', '../docs/spec.md#the-seeds'],
    ['docs/spec.md', '#3-vietnamese-values'],
  ])('from %s, %s resolves', (document, target) => {
    expect(brokenLink(document, target)).toBeNull();
  });
});

describe('the contract in docs/spec.md', () => {
  /** Every "§2.3" the code cites (ECMA-376's own sections, cited with "ECMA", are not ours). */
  function citedSections(): Set<string> {
    const cited = new Set<string>();
    const files = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    for (const file of files) {
      for (const line of readFileSync(join(ROOT, 'src', file), 'utf8').split('\n')) {
        if (line.includes('ECMA')) continue;
        for (const m of line.matchAll(/§(\d+(?:\.\d+)?)/g)) cited.add(m[1]);
      }
    }
    return cited;
  }

  it('has a section for every § the code cites, and every section of the contract', () => {
    const spec = readFileSync(join(ROOT, 'docs', 'spec.md'), 'utf8');
    const sections = new Set([...spec.matchAll(/^#{2,3} §(\d+(?:\.\d+)?) /gm)].map((m) => m[1]));
    expect([...citedSections()].filter((s) => !sections.has(s))).toEqual([]);
    const contract = ['1', '2', '2.1', '2.2', '2.3', '3', '3.1', '3.2', '4', '4.1', '4.2', '4.3', '5', '5.1', '5.2', '5.3',
      '6', '7', '8', '9', '10', '11', '12'];
    expect(contract.filter((s) => !sections.has(s))).toEqual([]);
  });
});
