// The dependency direction, enforced: src/index.ts -> src/schema -> src/resolvers -> src/data.
// The edge (src/app.ts, src/http, src/widget, src/graphiql, src/explore, src/downloads, src/usage) sits beside
// index.ts and may use every layer; no layer imports the edge or a layer above it. The data imports
// nothing of the project; the resolvers (the pure domain) import no GraphQL, Pothos, yoga or Hono.
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob(['../../src/**/*.ts', '!../../src/**/*.d.ts'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

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

const files = Object.entries(sources).map(([path, text]) => ({ path: path.replace(/^(\.\.\/)+/, ''), text }));
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
    const edge = /^src\/(app|http|widget|graphiql|explore|downloads|usage)(\/|\.|$)/;
    const below = edges.filter((e) => ['schema', 'resolvers', 'data'].includes(e.layer) && e.relative && edge.test(e.target));
    expect(below.map((e) => `${e.from} imports ${e.target}`)).toEqual([]);
    const app = [...new Set(edges.filter((e) => e.relative && /^src\/app(\.js|\.ts)?$/.test(e.target)).map((e) => e.from))];
    expect(app).toEqual(['src/index.ts']);
  });
});
