// The bundle gate's checks (scripts/bundle-gate/checks.ts) on made-up esbuild metafiles: each
// fails on what it must refuse, so the gate on the real bundle (`npm run bundle:gate`, CI) can fail.
import { describe, expect, it } from 'vitest';
import { duplicatePackages, evaluatedAtStart, type Metafile, movedBack, strayInputs } from '../../scripts/bundle-gate/checks.ts';
import { SURFACE_MODULES } from '../../scripts/bundle-gate/surfaces.ts';

const explorer = SURFACE_MODULES.find((s) => s.out === 'src/explore/generated/explore.mjs')!;
const widget = SURFACE_MODULES.find((s) => s.out === 'src/widget/generated/widget.mjs')!;
const usage = SURFACE_MODULES.find((s) => s.out === 'src/usage/generated/usage.mjs')!;

/** A main module made of these inputs (each with some bytes), src/index.ts importing them statically or with import(). */
function mainOf(statics: string[], dynamics: string[] = []): Metafile {
  const imports = [...statics.map((path) => ({ path, kind: 'import-statement' })), ...dynamics.map((path) => ({ path, kind: 'dynamic-import' }))];
  const inputs: Metafile['inputs'] = { 'src/index.ts': { imports } };
  for (const path of [...statics, ...dynamics]) inputs[path] = { imports: [] };
  const kept = Object.fromEntries(Object.keys(inputs).map((path) => [path, { bytesInOutput: 100 }]));
  return { inputs, outputs: { 'dist/index.js': { entryPoint: 'src/index.ts', inputs: kept } } };
}

describe('the main module holds no code of a surface built apart', () => {
  it('passes a main module that imports only the built modules (external, so not inputs)', () => {
    expect(movedBack(mainOf(['src/app.ts', 'src/surface-kits.ts', 'src/on-demand.ts']), SURFACE_MODULES)).toEqual([]);
  });

  it("fails on a surface's source in it, imported statically or with import() (bundled lazily, it still counts)", () => {
    expect(movedBack(mainOf(['src/app.ts'], ['src/explore/page.ts']), SURFACE_MODULES)).toEqual([`src/explore/page.ts (belongs in ${explorer.out})`]);
    expect(movedBack(mainOf(['src/downloads/view.ts', 'src/widget/render.ts', 'src/usage/report.ts']), SURFACE_MODULES)).toEqual([
      `src/downloads/view.ts (belongs in ${explorer.out})`,
      `src/widget/render.ts (belongs in ${widget.out})`,
      `src/usage/report.ts (belongs in ${usage.out})`,
    ]);
  });

  it("keeps in the main module what every request passes through: usage counting and its Durable Object, MCP's admission and engine", () => {
    const kept = [
      'src/usage/middleware.ts',
      'src/usage/counter.ts',
      'src/usage/durable-object.ts',
      'src/usage/queries.ts',
      'src/mcp/index.ts',
      'src/mcp/engine.ts',
    ];
    expect(movedBack(mainOf(kept), SURFACE_MODULES)).toEqual([]);
  });

  it('reads what a new isolate evaluates: static imports, not import()', () => {
    expect([...evaluatedAtStart(mainOf(['src/app.ts'], ['src/home/index.ts']))].sort()).toEqual(['src/app.ts', 'src/index.ts']);
  });
});

describe("a surface's built module holds no copy of what must be one per isolate", () => {
  const inputs = (paths: string[]) => Object.fromEntries(paths.map((path) => [path, { bytesInOutput: 100 }]));

  it('passes its own sources and the stateless helpers', () => {
    expect(strayInputs(explorer, inputs(['src/explore/page.ts', 'src/downloads/view.ts', 'src/resolvers/wording.ts', 'src/edge/http-cache.ts']))).toEqual([]);
  });

  it("fails on a copy of admission, the colo cache, the request store, the memoized domain, the domain's errors, classify, or Hono", () => {
    const copies = [
      'src/admission/index.ts',
      'src/admission/refusals.ts',
      'src/edge/colo-cache.ts',
      'src/edge/request-context.ts',
      'src/resolvers/memo.ts',
      'src/resolvers/compare.ts',
      'src/resolvers/errors.ts',
      'src/resolvers/profile.ts',
      'src/graphql/errors.ts',
      '../../main/node_modules/hono/dist/hono-base.js',
    ];
    for (const surface of [explorer, widget, usage]) expect(strayInputs(surface, inputs(copies))).toEqual([...copies.slice(0, -1), 'hono'].sort());
  });

  it("fails on another surface's sources, and on usage counting's batch copied into the reports' module", () => {
    expect(strayInputs(widget, inputs(['src/explore/model.ts']))).toEqual(['src/explore/model.ts']);
    expect(strayInputs(usage, inputs(['src/usage/counter.ts', 'src/usage/queries.ts']))).toEqual(['src/usage/counter.ts', 'src/usage/queries.ts']);
  });

  it('ignores what esbuild dropped (no bytes in the output)', () => {
    expect(strayInputs(widget, { 'src/admission/index.ts': { bytesInOutput: 0 } })).toEqual([]);
  });
});

describe('one graphql-js in the main module', () => {
  const withInputs = (paths: string[]): Metafile => ({
    inputs: Object.fromEntries(paths.map((path) => [path, { imports: [] }])),
    outputs: { 'dist/index.js': { entryPoint: 'src/index.ts', inputs: Object.fromEntries(paths.map((path) => [path, { bytesInOutput: 100 }])) } },
  });

  it('passes one copy, ESM, whatever else is nested', () => {
    expect(
      duplicatePackages(
        withInputs([
          '../node_modules/graphql/execution/execute.mjs',
          'node_modules/graphql/type/definition.mjs',
          'node_modules/@graphql-tools/executor/node_modules/@graphql-tools/utils/esm/memoize.js',
          'node_modules/@graphql-tools/utils/esm/memoize.js',
        ]),
      ),
    ).toEqual([]);
  });

  it('fails on its CommonJS build beside the ESM one, and on a nested install', () => {
    expect(duplicatePackages(withInputs(['node_modules/graphql/type/definition.mjs', 'node_modules/graphql/language/parser.js']))).toEqual([
      'graphql: node_modules/graphql (cjs), node_modules/graphql (esm)',
    ]);
    expect(duplicatePackages(withInputs(['node_modules/graphql/index.mjs', 'node_modules/graphql-yoga/node_modules/graphql/index.mjs']))).toEqual([
      'graphql: node_modules/graphql (esm), node_modules/graphql-yoga/node_modules/graphql (esm)',
    ]);
  });
});
