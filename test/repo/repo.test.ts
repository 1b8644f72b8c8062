// The repo stands alone: nothing it ships (code, tests, scripts, docs, the printed schema, the
// contract) refers to a file outside it, so a fresh clone with nothing beside it is complete.
import { describe, expect, it } from 'vitest';

/** A glob's key (a path relative to this file, test/repo/) as a path from the repo's root. */
function repoPath(key: string): string {
  const parts = ['test', 'repo'];
  for (const seg of key.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}
const fromRoot = (glob: Record<string, unknown>) => Object.fromEntries(Object.entries(glob).map(([key, value]) => [repoPath(key), value]));

const files = fromRoot({
  ...import.meta.glob(['../../src/**/*.{ts,tsx}', '../../test/**/*.ts', '../../bench/**/*.mjs', '../../scripts/**/*.mjs', '../../contract/**/*'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
  ...import.meta.glob(
    [
      '../../README.md',
      '../../docs/**/*.md',
      '../../src/**/*.md',
      '../../schema.graphql',
      '../../wrangler.toml',
      '../../package.json',
      '../../vitest.config.ts',
      '../../.ci/run',
    ],
    { query: '?raw', import: 'default', eager: true },
  ),
}) as Record<string, string>;

// Paths that leave the repo: the team's shared folder, its notes (and, below, a relative path that
// climbs above the repo root from the file it is in).
const OUTSIDE = [/\/work\//, /\.\.\/shared\b/, /\bshared\/(design|data|seeds|hooks)\b/, /certifications-facts\.md/, /price-leads-/];

// Every file in the repo a document may link to (names only; nothing is read).
const repoFiles = new Set(
  Object.keys(
    fromRoot(
      import.meta.glob(['../../*', '../../{docs,src,examples,contract,bench,scripts,test}/**/*', '!../../**/node_modules/**'], {
        query: '?url',
        import: 'default',
      }),
    ),
  ),
);

/** The repo-relative path a Markdown link in `file` points at, or null for URLs and anchors. */
function linkTarget(file: string, href: string): string | null {
  if (/^([a-z]+:|#)/i.test(href)) return null;
  const parts = file.split('/').slice(0, -1);
  for (const seg of (href.split('#')[0] ?? '').split('/')) {
    if (seg === '..') parts.pop() ?? parts.push('..');
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

/** Whether `line` of `file` names a relative path that climbs above the repo root (node_modules aside). */
function climbsOut(file: string, line: string): boolean {
  const depth = file.split('/').length - 1;
  for (const m of line.matchAll(/(?:\.\.\/)+(?!node_modules)/g)) if (m[0].length / 3 > depth) return true;
  return false;
}

describe('the repo stands alone', () => {
  it('reads every file it checks (the glob is not empty)', () => {
    const names = Object.keys(files);
    expect(names.length).toBeGreaterThan(40);
    for (const must of ['README.md', 'schema.graphql', 'contract/api-contract.graphql', 'src/app.ts', 'test/helpers.ts', '.ci/run'])
      expect(names).toContain(must);
  });

  it('a relative path counts as outside when it climbs above the root from its own folder', () => {
    expect(repoPath('../graphql/a.test.ts')).toBe('test/graphql/a.test.ts');
    expect(repoPath('../../README.md')).toBe('README.md');
    expect(climbsOut('test/graphql/a.test.ts', "import '../../src/app.ts';")).toBe(false);
    expect(climbsOut('test/graphql/a.test.ts', "import '../../../elsewhere/x.md';")).toBe(true);
    expect(climbsOut('src/app.ts', "import './http/env.ts';")).toBe(false);
    expect(climbsOut('src/app.ts', 'see ../../notes.md')).toBe(true);
    expect(climbsOut('README.md', '[x](../other/README.md)')).toBe(true);
  });

  it('no file refers to anything outside the repo', () => {
    const found: string[] = [];
    for (const [name, text] of Object.entries(files)) {
      if (name === 'test/repo/repo.test.ts') continue;
      text.split('\n').forEach((line, i) => {
        if (climbsOut(name, line) || OUTSIDE.some((p) => p.test(line))) found.push(`${name}:${i + 1}: ${line.trim().slice(0, 160)}`);
      });
    }
    expect(found).toEqual([]);
  });

  it("every relative link in the repo's Markdown names a file inside the repo", () => {
    const broken: string[] = [];
    let links = 0;
    for (const [name, text] of Object.entries(files)) {
      if (!name.endsWith('.md')) continue;
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = linkTarget(name, m[1] ?? '');
        if (target === null) continue;
        links++;
        if (target.startsWith('..') || !repoFiles.has(target)) broken.push(`${name}: ${m[1]}`);
      }
    }
    expect(links).toBeGreaterThan(3);
    expect(broken).toEqual([]);
  });
});
