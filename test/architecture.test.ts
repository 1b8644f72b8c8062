// The dependency direction, enforced: src/index.ts -> src/schema -> src/resolvers -> src/data.
// The edge (src/app.ts, src/edge, src/admission, src/graphql, src/widget, src/graphiql, src/explore, src/downloads, src/usage) sits beside
// index.ts and may use every layer; no layer imports the edge or a layer above it. The data imports
// nothing of the project; the resolvers (the pure domain) import no GraphQL, Pothos, yoga or Hono.
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob(['../src/**/*.ts', '!../src/**/*.d.ts'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** A source's folder under src/ ('index.ts' and 'app.ts' are the root). */
const layerOf = (path: string) => (path.match(/^src\/([^/]+)\//)?.[1] ?? 'root') as string;

/** Every import of a source: relative ones resolved to src/..., packages as written. */
function importsOf(path: string, text: string): { target: string; relative: boolean }[] {
  const specifiers = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? m[2] ?? m[3]!);
  return specifiers.map((specifier) => {
    if (!specifier.startsWith('.')) return { target: specifier, relative: false };
    const parts = path.split('/').slice(0, -1);
    for (const part of specifier.split('/')) {
      if (part === '..') parts.pop();
      else if (part !== '.') parts.push(part);
    }
    return { target: parts.join('/'), relative: true };
  });
}

const files = Object.entries(sources).map(([path, text]) => ({ path: path.replace(/^\.\.\//, ''), text }));
const edges = files.flatMap(({ path, text }) => importsOf(path, text).map((i) => ({ from: path, layer: layerOf(path), ...i })));
const violations = (allowed: (edge: (typeof edges)[number]) => boolean, layer: string) =>
  edges.filter((e) => e.layer === layer && !allowed(e)).map((e) => `${e.from} imports ${e.target}`);

const GRAPHQL_OR_HTTP = /^(graphql|graphql-yoga|@graphql-yoga\/|@pothos\/|@escape\.tech\/|hono)(\/|$)/;

describe('the dependency direction: index -> schema -> resolvers -> data', () => {
  it('reads the sources it checks', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(edges.some((e) => e.layer === 'schema' && e.target.startsWith('src/resolvers/'))).toBe(true);
  });

  it('src/data imports nothing of the project', () => {
    expect(violations((e) => !e.relative || e.target.startsWith('src/data/'), 'data')).toEqual([]);
  });

  it('src/resolvers import only the resolvers and the data, and no GraphQL, Pothos, yoga or Hono', () => {
    expect(violations((e) => (e.relative ? /^src\/(resolvers|data)\//.test(e.target) : !GRAPHQL_OR_HTTP.test(e.target)), 'resolvers')).toEqual([]);
  });

  it('src/schema imports only the schema, the resolvers and the data (never the edge)', () => {
    expect(violations((e) => !e.relative || /^src\/(schema|resolvers|data)\//.test(e.target), 'schema')).toEqual([]);
  });

  it('nothing but src/index.ts imports the app, and no layer below the edge imports the edge', () => {
    const edge = /^src\/(app|on-demand|load-floor|edge|admission|graphql|widget|graphiql|explore|downloads|usage)(\/|\.|$)/;
    const below = edges.filter((e) => ['schema', 'resolvers', 'data'].includes(e.layer) && e.relative && edge.test(e.target));
    expect(below.map((e) => `${e.from} imports ${e.target}`)).toEqual([]);
    const app = [...new Set(edges.filter((e) => e.relative && /^src\/app(\.js|\.ts)?$/.test(e.target)).map((e) => e.from))];
    expect(app).toEqual(['src/index.ts']);
  });
});

describe('state crosses from Hono to yoga in one typed object, never through module variables', () => {
  /** The names a source imports from src/data/catalog.ts (values only, not types). */
  const catalogValues = files.flatMap(({ path, text }) =>
    [...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]([^'"]*data\/catalog\.js)['"]/g)].flatMap((m) =>
      m[1]!
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name && !name.startsWith('type '))
        .map((name) => ({ path, name: name.split(/\s+as\s+/)[0]! })),
    ),
  );

  it('reads the imports it checks', () => {
    expect(catalogValues.some((i) => i.name === 'loadCatalog')).toBe(true);
  });

  it("only the catalog-loading middleware reads the isolate's loaded catalog; everything else is handed it", () => {
    const readers = catalogValues.filter((i) => i.name === 'catalog').map((i) => i.path);
    expect(readers).toEqual(['src/admission/catalog-loading.ts']);
  });

  it("no module reads the request through AsyncLocalStorage but the one store for yoga's callbacks", () => {
    const users = files.filter(({ text }) => /hono\/context-storage|node:async_hooks|AsyncLocalStorage/.test(text)).map(({ path }) => path);
    expect(users).toEqual(['src/edge/request-context.ts']);
  });

  it('each middleware declares what it sets beside itself: there is no hub of variables', () => {
    expect(files.some(({ path }) => path === 'src/admission/env.ts')).toBe(false);
    const hubs = files.filter(({ text }) => /Variables\s*:\s*\{/.test(text)).map(({ path }) => path);
    expect(hubs).toEqual([]);
  });
});
