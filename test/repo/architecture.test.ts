// The layout's directions, enforced on every import of src/**/*.ts (type-only and dynamic ones
// included), one way only:
//   root (src/index.ts, src/app.ts and what app.ts composes) -> the surfaces
//   surfaces (widget, explore, graphiql, downloads, usage, mcp, home) -> graphql, admission, edge, and the domain
//   graphql (the /graphql surface) -> admission, edge, schema -> resolvers -> data
//   admission -> edge, and the domain's words for a refusal (resolvers/errors.ts, resolvers/wording.ts)
//   edge -> nothing of the project but data's byte cache
// and no import cycle between files anywhere. The domain (resolvers) imports no GraphQL, Pothos,
// yoga or Hono; nothing but src/index.ts imports the app.
import { describe, expect, it } from 'vitest';

const sources = import.meta.glob(['../../src/**/*.ts', '!../../src/**/*.d.ts'], { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

const SURFACES = ['widget', 'explore', 'graphiql', 'downloads', 'usage', 'mcp', 'home'];
const DOMAIN = ['schema', 'resolvers', 'data'];

/** A source's room: its folder under src/, or 'root' for a file directly in src/. */
const roomOf = (path: string) => path.match(/^src\/([^/]+)\//)?.[1] ?? 'root';

/** The relative specifiers and package names a source imports (static, type-only, re-exports, dynamic). */
function specifiersOf(text: string): string[] {
  const pattern = /(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [...text.matchAll(pattern)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

/** A relative specifier as the source file it names (src/x/y.ts), or a package name as written. */
function resolve(from: string, specifier: string): { target: string; relative: boolean } {
  if (!specifier.startsWith('.')) return { target: specifier, relative: false };
  const parts = from.split('/').slice(0, -1);
  for (const part of specifier.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return { target: parts.join('/').replace(/\.js$/, '.ts'), relative: true };
}

const files = Object.entries(sources).map(([path, text]) => ({ path: path.replace(/^(\.\.\/)+/, ''), text }));
const edges = files.flatMap(({ path, text }) => specifiersOf(text).map((s) => ({ from: path, room: roomOf(path), ...resolve(path, s) })));
const relativeEdges = edges.filter((e) => e.relative);

/** The imports of a room that break its rule: `may` says which rooms (or files) it may import. */
function violations(room: string, may: (target: string) => boolean): string[] {
  return relativeEdges.filter((e) => e.room === room && !may(e.target)).map((e) => `${e.from} imports ${e.target}`);
}
const inRooms = (rooms: string[]) => (target: string) => rooms.includes(roomOf(target));

/** Every import cycle between source files (Tarjan's strongly connected components), each as its files. */
function cyclesOf(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return cycles;
}

const graph = new Map<string, string[]>(files.map(({ path }) => [path, []]));
for (const e of relativeEdges) graph.get(e.from)?.push(e.target);

const GRAPHQL_OR_HTTP = /^(graphql|graphql-yoga|@graphql-yoga\/|@pothos\/|@escape\.tech\/|hono)(\/|$)/;

describe('the layout: directions one way, no cycles', () => {
  it('reads the sources it checks, and resolves their imports to files that exist', () => {
    expect(files.length).toBeGreaterThan(80);
    expect(relativeEdges.some((e) => e.room === 'graphql' && roomOf(e.target) === 'schema')).toBe(true);
    const known = new Set(files.map((f) => f.path));
    // (Generated modules and data, src/mcp/generated/*.mjs, src/graphql/generated/*.mjs and src/data/generated/*.json, are not sources.)
    const unresolved = relativeEdges.filter((e) => e.target.endsWith('.ts') && !known.has(e.target));
    expect(unresolved.map((e) => `${e.from} imports ${e.target}`)).toEqual([]);
  });

  it('no import cycle between files, type-only imports included', () => {
    expect(cyclesOf(graph).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  it('the cycle check finds a cycle (so the test above can fail)', () => {
    const looped = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cyclesOf(looped)).toEqual([['a', 'b', 'c']]);
  });

  it('src/data imports nothing of the project', () => {
    expect(violations('data', inRooms(['data']))).toEqual([]);
  });

  it('src/resolvers import only the resolvers and the data, and no GraphQL, Pothos, yoga or Hono', () => {
    expect(violations('resolvers', inRooms(['resolvers', 'data']))).toEqual([]);
    const packages = edges.filter((e) => e.room === 'resolvers' && !e.relative && GRAPHQL_OR_HTTP.test(e.target));
    expect(packages.map((e) => `${e.from} imports ${e.target}`)).toEqual([]);
  });

  it('src/schema imports only the schema, the resolvers and the data', () => {
    expect(violations('schema', inRooms(DOMAIN))).toEqual([]);
  });

  it('src/edge imports nothing of the project but its own files and the byte cache', () => {
    expect(violations('edge', (t) => roomOf(t) === 'edge' || t === 'src/data/byte-cache.ts')).toEqual([]);
  });

  it("src/admission imports only admission, the edge, and the domain's words for a refusal", () => {
    const words = ['src/resolvers/errors.ts', 'src/resolvers/wording.ts'];
    expect(violations('admission', (t) => inRooms(['admission', 'edge', 'data'])(t) || words.includes(t))).toEqual([]);
  });

  it('src/graphql imports only graphql, admission, the edge and the domain (never a surface)', () => {
    expect(violations('graphql', inRooms(['graphql', 'admission', 'edge', ...DOMAIN]))).toEqual([]);
  });

  it('a surface imports the surfaces, graphql, admission, the edge and the domain (never the root)', () => {
    for (const surface of SURFACES) {
      expect(violations(surface, inRooms([...SURFACES, 'graphql', 'admission', 'edge', ...DOMAIN]))).toEqual([]);
    }
  });

  it('nothing but src/index.ts imports the app', () => {
    const app = [...new Set(relativeEdges.filter((e) => e.target === 'src/app.ts').map((e) => e.from))];
    expect(app).toEqual(['src/index.ts']);
  });

  it('every room of src/ is one the rules above name', () => {
    const rooms = new Set(files.map((f) => roomOf(f.path)));
    expect([...rooms].filter((r) => ![...SURFACES, ...DOMAIN, 'graphql', 'admission', 'edge', 'root'].includes(r))).toEqual([]);
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
