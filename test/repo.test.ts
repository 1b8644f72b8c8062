// The repo stands alone: nothing it ships (code, tests, scripts, docs, the printed schema, the
// contract) refers to a file outside it, so a fresh clone with nothing beside it is complete.
import { describe, expect, it } from 'vitest';

const files: Record<string, string> = {
  ...import.meta.glob(['../src/**/*.{ts,tsx}', '../test/**/*.ts', '../bench/**/*.mjs', '../scripts/**/*.mjs', '../contract/**/*'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
  ...import.meta.glob(
    ['../README.md', '../docs/**/*.md', '../src/**/*.md', '../schema.graphql', '../wrangler.toml', '../package.json', '../vitest.config.ts', '../.ci/run'],
    { query: '?raw', import: 'default', eager: true },
  ),
} as Record<string, string>;

// Paths that leave the repo: a parent of the repo root, the team's shared folder, its notes.
const OUTSIDE = [/\/work\//, /\.\.\/shared\b/, /\bshared\/(design|data|seeds|hooks)\b/, /certifications-facts\.md/, /price-leads-/];

/** Whether a line climbs out of the repo with `../` from where its file sits (`name`: ../<path in the repo>). */
function climbsOut(name: string, line: string): boolean {
  const depth = name.slice(3).split('/').length - 1;
  return [...line.matchAll(/((?:\.\.\/)+)(?!\.\.\/|node_modules)/g)].some((m) => (m[1] ?? '').length / 3 > Math.max(depth, 1));
}

// Every file in the repo a document may link to (names only; nothing is read).
const repoFiles = new Set(
  Object.keys(
    import.meta.glob(['../*', '../{docs,src,examples,contract,bench,scripts,test}/**/*', '!../**/node_modules/**'], { query: '?url', import: 'default' }),
  ).map((n) => n.slice(3)),
);

/** The repo-relative path a Markdown link in `file` points at, or null for URLs and anchors. */
function linkTarget(file: string, href: string): string | null {
  if (/^([a-z]+:|#)/i.test(href)) return null;
  const parts = file.slice(3).split('/').slice(0, -1);
  for (const seg of (href.split('#')[0] ?? '').split('/')) {
    if (seg === '..') parts.pop() ?? parts.push('..');
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

describe('the repo stands alone', () => {
  it('reads every file it checks (the glob is not empty)', () => {
    const names = Object.keys(files);
    expect(names.length).toBeGreaterThan(40);
    for (const must of ['../README.md', '../schema.graphql', '../contract/api-contract.graphql', '../src/app.ts', '../.ci/run']) expect(names).toContain(must);
  });

  it('no file refers to anything outside the repo', () => {
    const found: string[] = [];
    for (const [name, text] of Object.entries(files)) {
      if (name === '../test/repo.test.ts') continue;
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
