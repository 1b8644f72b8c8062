// Each request pays only for the code it uses (issue 23): answering /graphql evaluates no module
// of another surface (the widget, the explorer, GraphiQL, the downloads, the usage reports); each
// surface is evaluated on its own first request. Deterministic, not a timing: (1) every surface's
// entry module records when it is evaluated, on a fresh Worker, request by request; (2) the
// modules src/index.ts imports statically (what a new isolate evaluates) include no module of
// another surface. (scripts/bundle-gate.mjs checks the same on the deployable bundle, and its size.)
import { AsyncLocalStorage } from 'node:async_hooks';
import { describe, expect, it, vi } from 'vitest';
import { OTHER_SURFACE } from '../../scripts/bundle-gate/surfaces.ts';
import { coldWorker } from '../helpers.js';

// vitest's mocker calls AsyncLocalStorage#disable() once a mock's factory has run (an optimisation
// for Node); workerd's AsyncLocalStorage does not implement it. Nothing here relies on it.
AsyncLocalStorage.prototype.disable = () => {};

const evaluated = vi.hoisted(() => new Set<string>());

// Each surface's entry module, as app.ts loads it on demand: marked when evaluated, then itself.
vi.mock('../../src/widget/index.js', async (original) => {
  evaluated.add('widget');
  return original();
});
vi.mock('../../src/explore/index.js', async (original) => {
  evaluated.add('explore');
  return original();
});
vi.mock('../../src/graphiql/index.js', async (original) => {
  evaluated.add('graphiql');
  return original();
});
vi.mock('../../src/downloads/index.js', async (original) => {
  evaluated.add('downloads');
  return original();
});
vi.mock('../../src/usage/endpoint.js', async (original) => {
  evaluated.add('usage');
  return original();
});

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

/** Each surface, a request it answers, and what it answers. */
const SURFACES: [string, string, Record<string, string>, number][] = [
  ['graphiql', '/graphql', { accept: 'text/html' }, 200],
  ['widget', '/embed/recommendations?role=scrum-master', {}, 200],
  ['explore', '/explore', {}, 200],
  ['downloads', '/data/overlap.csv', {}, 200],
  ['usage', '/operator/usage', {}, 401],
];

describe('/graphql evaluates no module of another surface', () => {
  for (const [what, request] of API_REQUESTS) {
    it(`${what}, as a fresh Worker's first and second request`, async () => {
      // Cleared first: what the Worker's start evaluates counts too.
      evaluated.clear();
      const worker = await coldWorker();
      for (let i = 0; i < 2; i++) await (await worker.fetch(request())).arrayBuffer();
      expect([...evaluated]).toEqual([]);
    });
  }

  it('each surface is evaluated on its own first request, and only it (so the check above can fail)', async () => {
    for (const [surface, path, headers, status] of SURFACES) {
      evaluated.clear();
      const worker = await coldWorker();
      const res = await worker.fetch(new Request(`http://localhost${path}`, { headers: { 'cf-connecting-ip': '198.51.100.24', ...headers } }));
      await res.arrayBuffer();
      expect({ surface, status: res.status, evaluated: [...evaluated] }).toEqual({ surface, status, evaluated: [surface] });
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
    for (const folder of ['widget', 'explore', 'downloads', 'graphiql', 'usage'])
      expect(all.some((p) => p.startsWith(`src/${folder}/`) && OTHER_SURFACE.test(p))).toBe(true);
  });
});
