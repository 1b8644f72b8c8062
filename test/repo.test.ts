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

// Paths that leave the repo: a parent of the repo root, the team's shared folder, its design notes.
const OUTSIDE = [/\.\.\/\.\.\/(?!node_modules)/, /\/work\//, /\bshared\/(design|data|seeds)\b/, /\barchitecture\.md\b/, /certifications-facts\.md/];

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
        if (OUTSIDE.some((p) => p.test(line))) found.push(`${name}:${i + 1}: ${line.trim().slice(0, 160)}`);
      });
    }
    expect(found).toEqual([]);
  });
});
