// Each request pays only for the code it uses (issue 23): answering /graphql evaluates no module
// of another surface (the widget, the explorer, GraphiQL, the downloads, the usage reports, the
// index page); each surface is evaluated on its own first request. Deterministic, not a timing:
// (1) which surfaces' modules a fresh Worker has evaluated, request by request (the module runner's record);
// (2) the modules src/index.ts imports statically (what a new isolate evaluates) include no module
// of another surface; (3) the surfaces built as modules of their own (SURFACE_MODULES) are reached
// only through their built module, never through their sources. (scripts/bundle-gate/cli.mjs
// checks the same on the deployable bundle, and its size.)
import { describe, expect, it } from 'vitest';
import { OTHER_SURFACE, SURFACE_MODULES } from '../../scripts/bundle-gate/surfaces.ts';
import { coldWorker, evaluatedModuleIds } from '../helpers.js';

/**
 * The surfaces a fresh Worker has evaluated so far, by name, as the module runner records them: the
 * widget, the explorer with the downloads, the usage reports, GraphiQL and the index page, each by
 * its module's entry (src/<surface>/module.ts: built apart when deployed, its source in the tests,
 * vitest.config.ts; test/edge/surface-modules.test.ts runs the built ones). Read from the runner,
 * not marked by mocks, which would outlive this file in the runner the test files share.
 */
function evaluatedSurfaces(): string[] {
  const ids = evaluatedModuleIds()?.map((id) => id.split('?')[0]!);
  if (!ids?.some((id) => id.endsWith('/src/app.ts'))) throw new Error("the module runner's registry was not read");
  return SURFACE_MODULES.filter((s) => ids.some((id) => id.endsWith(`/${s.entry}`)) && s.entry.endsWith('/module.ts')).map((s) => s.entry.split('/')[1]!);
}

const api = { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'cf-connecting-ip': '198.51.100.23' };
const QUERY = '{ certification(slug: "psm-i") { name } }';

/** The API's requests of every kind: each must leave every other surface unevaluated. */
const API_REQUESTS: [string, () => Request][] = [
  ['a POST', () => new Request('http://localhost/graphql', { method: 'POST', headers: api, body: JSON.stringify({ query: QUERY }) })],
  ['a GET', () => new Request(`http://localhost/graphql?query=${encodeURIComponent(QUERY)}`, { headers: api })],
  ['a refused POST (bad JSON)', () => new Request('http://localhost/graphql', { method: 'POST', headers: api, body: '{' })],
  [
    'a CORS preflight',
    () => new Request('http://localhost/graphql', { method: 'OPTIONS', headers: { origin: 'https://a.example', 'access-control-request-method': 'POST' } }),
  ],
  ['a request to no route', () => new Request('http://localhost/nowhere', { headers: api })],
];

/** Each surface, a request it answers, what it answers, and the module it loads (the downloads are in the explorer's). */
const SURFACES: [string, string, Record<string, string>, number, string][] = [
  ['graphiql', '/graphql', { accept: 'text/html' }, 200, 'graphiql'],
  ['widget', '/embed/recommendations?role=scrum-master', {}, 200, 'widget'],
  ['explore', '/explore', {}, 200, 'explore'],
  ['downloads', '/data/overlap.csv', {}, 200, 'explore'],
  ['usage', '/operator/usage', {}, 401, 'usage'],
  ['home', '/', { accept: 'text/html' }, 200, 'home'],
];

describe('/graphql evaluates no module of another surface', () => {
  for (const [what, request] of API_REQUESTS) {
    it(`${what}, as a fresh Worker's first and second request`, async () => {
      // A fresh Worker: what its start evaluates counts too.
      const worker = await coldWorker();
      for (let i = 0; i < 2; i++) await (await worker.fetch(request())).arrayBuffer();
      expect(evaluatedSurfaces()).toEqual([]);
    });
  }

  it('each surface is evaluated on its own first request, and only it (so the check above can fail)', async () => {
    for (const [surface, path, headers, status, module] of SURFACES) {
      const worker = await coldWorker();
      const res = await worker.fetch(new Request(`http://localhost${path}`, { headers: { 'cf-connecting-ip': '198.51.100.24', ...headers } }));
      await res.arrayBuffer();
      expect({ surface, status: res.status, evaluated: evaluatedSurfaces() }).toEqual({ surface, status, evaluated: [module] });
    }
  });
});

const sources = import.meta.glob(['../../src/**/*.ts', '!../../src/**/*.d.ts'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** The modules a module imports statically (evaluated with it): not `import type`, not import(). */
function staticImports(path: string): string[] {
  const text = sources[`../../${path}`] ?? '';
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s+(?!type\s)[^'"]*?from\s+['"](\.[^'"]+)['"]|(?:^|\n)\s*import\s+['"](\.[^'"]+)['"]/g)];
  return specifiers.map((m) => {
    const parts = path.split('/').slice(0, -1);
    for (const part of (m[1] ?? m[2])!.split('/')) {
      if (part === '..') parts.pop();
      else if (part !== '.') parts.push(part);
    }
    return parts.join('/').replace(/\.js$/, '.ts');
  });
}

/** What a new isolate evaluates: the static closure of src/index.ts. */
function evaluatedAtStart(): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const next of staticImports(path)) visit(next);
  };
  visit('src/index.ts');
  return seen;
}

describe('a new isolate evaluates only /graphql and what every request passes through', () => {
  it('the modules src/index.ts imports statically include none of another surface', () => {
    const start = evaluatedAtStart();
    expect(start.size).toBeGreaterThan(40);
    expect(start.has('src/schema/index.ts')).toBe(true);
    expect([...start].filter((path) => OTHER_SURFACE.test(path))).toEqual([]);
  });

  it('every module of another surface is reachable from the app (the pattern names real modules)', () => {
    const all = Object.keys(sources).map((p) => p.replace(/^(\.\.\/)+/, ''));
    for (const folder of ['widget', 'explore', 'downloads', 'graphiql', 'usage', 'home'])
      expect(all.some((p) => p.startsWith(`src/${folder}/`) && OTHER_SURFACE.test(p))).toBe(true);
  });
});

/** Every run-time import of the sources (static or import(); not `import type`), as [from, to] source paths. */
function runtimeImports(): [string, string][] {
  const pattern =
    /(?:^|\n)\s*(?:import|export)\s+(?!type\s)[^'"]*?from\s+['"](\.[^'"]+)['"]|(?:^|\n)\s*import\s+['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;
  return Object.entries(sources).flatMap(([key, text]) => {
    const from = key.replace(/^(\.\.\/)+/, '');
    return [...text.matchAll(pattern)].map((m): [string, string] => {
      const parts = from.split('/').slice(0, -1);
      for (const part of (m[1] ?? m[2] ?? m[3])!.split('/')) {
        if (part === '..') parts.pop();
        else if (part !== '.') parts.push(part);
      }
      return [from, parts.join('/').replace(/\.js$/, '.ts')];
    });
  });
}

describe('the surfaces built as modules of their own are reached only through their built module', () => {
  const edges = runtimeImports();

  it("the Worker's sources reach none of theirs at run time, import() included (so the main module holds none of them)", () => {
    const reached = new Set<string>();
    const visit = (path: string) => {
      if (reached.has(path) || !path.endsWith('.ts')) return;
      reached.add(path);
      for (const [from, to] of edges) if (from === path) visit(to);
    };
    visit('src/index.ts');
    expect(reached.has('src/schema/index.ts') && reached.has('src/mcp/engine.ts')).toBe(true);
    for (const surface of SURFACE_MODULES)
      expect({ surface: surface.name, reached: [...reached].filter((path) => surface.owns.test(path)) }).toEqual({ surface: surface.name, reached: [] });
  });

  it('src/app.ts imports each built module (so the check above can fail: the table names real imports)', () => {
    const app = edges.filter(([from]) => from === 'src/app.ts').map(([, to]) => to);
    for (const surface of SURFACE_MODULES) expect(app).toContain(surface.out);
    expect(edges.filter(([from, to]) => from === 'src/app.ts' && to.startsWith('src/explore/'))).toEqual([['src/app.ts', 'src/explore/generated/explore.mjs']]);
  });
});
