// `npm run assets` on a fresh checkout (CI, a deploy from a clean tree): the generated modules
// src/app.ts imports are gitignored, so each must be written before any step that bundles the
// Worker. copy-graphiql-assets.mjs bundles it (scripts/build-downloads.mjs loads the Worker in
// process to build the downloads from the API's answers), so the introspection answers
// (scripts/build-introspection.mjs, which bundles only the schema) come first.
import { describe, expect, it } from 'vitest';

const raw = import.meta.glob(['../../package.json', '../../src/app.ts', '../../scripts/build-downloads.mjs'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const packageJson = JSON.parse(raw['../../package.json']!) as { scripts: Record<string, string> };
const app = raw['../../src/app.ts']!;

describe('npm run assets on a fresh checkout', () => {
  const steps = packageJson.scripts.assets!.split('&&').map((s) => s.trim());
  const at = (script: string) => steps.findIndex((s) => s.includes(script));

  it('the Worker is bundled by the downloads step (so what app.ts imports must exist by then)', () => {
    expect(raw['../../scripts/build-downloads.mjs']).toContain('loadWorkerInProcess');
    expect(app).toContain("import('./graphql/generated/introspection.mjs')");
  });

  it('writes the introspection answers before the step that bundles the Worker', () => {
    expect(at('scripts/build-introspection.mjs')).toBeGreaterThanOrEqual(0);
    expect(at('scripts/copy-graphiql-assets.mjs')).toBeGreaterThanOrEqual(0);
    expect(at('scripts/build-introspection.mjs')).toBeLessThan(at('scripts/copy-graphiql-assets.mjs'));
  });
});
