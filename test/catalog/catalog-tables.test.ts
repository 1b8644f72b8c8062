// The catalog's derived tables, built once by the build and shipped in the catalog asset
// (src/data/tables.ts, src/resolvers/ship-tables.ts): what the build ships is the domain's definition
// (each pair's numbers as a pair computes them from its two certifications' depths; the cluster
// order as the seriation of the API's matrix), on the real catalog and on generated ones of several
// sizes and seeds; a catalog indexed in memory answers the same from tables it derives; tables that
// are missing or do not fit their catalog fail the load, with a message that says so.
import { describe, expect, it, vi } from 'vitest';
import { buildCatalogIndex, CATALOG_ASSET, type CatalogAsset, type CatalogIndex, catalog, installCatalog } from '../../src/data/catalog.js';
import { CatalogTablesSchema } from '../../src/data/schema.js';
import { pairCount, readTables, TablesError } from '../../src/data/tables.js';
import { matrixPairsPage, overlapMatrix, overlapTables } from '../../src/resolvers/compare.js';
import { overlapOf, overlapSums, round3 } from '../../src/resolvers/overlap.js';
import { seriate } from '../../src/resolvers/seriation.js';
import { shipTables } from '../../src/resolvers/ship-tables.js';
import { bindings, freshModules, grownCertifications, prng } from '../helpers.js';

/** The catalog asset this build ships, as the Worker fetches it. */
async function shippedAsset(): Promise<CatalogAsset> {
  const res = await bindings.ASSETS.fetch(new Request(new URL(CATALOG_ASSET.path, 'https://assets.invalid')));
  return (await res.json()) as CatalogAsset;
}

type Depths = readonly { readonly topics: readonly { readonly topic: string; readonly depth: number }[] }[];
const depthMap = (c: Depths[number]) => new Map(c.topics.map((t) => [t.topic, t.depth]));

/**
 * The definition, pair by pair (as before any table): each pair's sum of lesser depths from its
 * two depth maps; the cluster order as the seriation of the similarity matrix to 3 decimals.
 */
function byDefinition(certs: Depths): { mins: number[]; order: number[] } {
  const maps = certs.map(depthMap);
  const n = maps.length;
  const mins: number[] = [];
  const sim = Array.from({ length: n }, () => new Array<number>(n).fill(1));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      mins.push(overlapSums(maps[i]!, maps[j]!).min);
      const s = round3(overlapOf('a', maps[i]!, 'b', maps[j]!).similarity);
      sim[i]![j] = s;
      sim[j]![i] = s;
    }
  return { mins, order: seriate(sim) };
}

/** Every pair's sum as the shipped tables read it: in place (pairMin), and decoded whole (pairMins); the two must agree. */
function shippedMins(tables: ReturnType<typeof readTables>, n: number): number[] {
  const inPlace = Array.from({ length: pairCount(n) }, (_, p) => tables.pairMin(p));
  expect([...tables.pairMins()]).toEqual(inPlace);
  return inPlace;
}

describe('the tables the build ships are the domain’s definition', () => {
  it('the real catalog: the asset’s tables pass the catalog’s schema, are the build function’s, and hold each pair’s sum and the seriation', async () => {
    const asset = await shippedAsset();
    const shipped = CatalogTablesSchema.parse(asset.tables);
    expect(shipped).toEqual(shipTables(catalog.certifications));
    const n = catalog.certifications.length;
    const { mins, order } = byDefinition(catalog.certifications);
    expect(shippedMins(readTables(shipped, n), n)).toEqual(mins);
    expect(shipped.clusterOrder).toEqual(order);
    // The loaded catalog reads these very tables.
    expect(catalog.tables?.clusterOrder).toEqual(order);
  });

  it.each([
    [60, 1],
    [60, 2],
    [150, 3],
    [240, 4],
  ])('a catalog grown to %i certifications (seed %i): the same', (n, seed) => {
    const certs = grownCertifications(n, seed);
    const shipped = CatalogTablesSchema.parse(JSON.parse(JSON.stringify(shipTables(certs))));
    const { mins, order } = byDefinition(certs);
    expect(shipped.pairMins.digits).toBe(1);
    expect(shippedMins(readTables(shipped, n), n)).toEqual(mins);
    expect(shipped.clusterOrder).toEqual(order);
  });

  it('sums past 92 ship two digits each, read the same in place and decoded', () => {
    const rand = prng(9);
    // Long runs of topics at depth 3 that overlap by 95 or more: sums of 285 and more.
    const certs = Array.from({ length: 23 }, () => {
      const from = Math.floor(rand() * 15);
      const length = 110 + Math.floor(rand() * 50);
      return { topics: Array.from({ length }, (_, t) => ({ topic: `t${from + t}`, depth: 1 + (t % 3 === 0 ? 2 : Math.floor(rand() * 3)) })) };
    });
    const shipped = CatalogTablesSchema.parse(shipTables(certs));
    const { mins, order } = byDefinition(certs);
    expect(Math.max(...mins)).toBeGreaterThan(255);
    expect(shipped.pairMins.digits).toBe(2);
    expect(shippedMins(readTables(shipped, certs.length), certs.length)).toEqual(mins);
    expect(shipped.clusterOrder).toEqual(order);
  });
});

describe('the API answers from the tables what it computed pair by pair', () => {
  const numbers = (p: { a: string; b: string; similarity: number; coverageOfA: number; coverageOfB: number }) => [
    p.a,
    p.b,
    p.similarity,
    p.coverageOfA,
    p.coverageOfB,
  ];
  const definition = (of: CatalogIndex, a: string, b: string) => numbers(overlapOf(a, of.depthsByCertification.get(a)!, b, of.depthsByCertification.get(b)!));

  it('the whole matrix, a chosen one, pages of pairs and the explorer’s tables: each pair exactly as overlapOf makes it', () => {
    const whole = overlapMatrix(catalog, null);
    for (const p of whole.pairs) expect(numbers(p)).toEqual(definition(catalog, p.a, p.b));
    for (const p of whole.pairs)
      expect(p.shared).toEqual(overlapOf(p.a, catalog.depthsByCertification.get(p.a)!, p.b, catalog.depthsByCertification.get(p.b)!).shared);
    const chosen = ['tkp', 'psm-i', 'kmp-i', 'cspo', 'safe-sa'].filter((s) => catalog.certificationBySlug.has(s));
    expect(chosen.length).toBeGreaterThan(2);
    for (const p of overlapMatrix(catalog, chosen).pairs) expect(numbers(p)).toEqual(definition(catalog, p.a, p.b));
    const certs = catalog.certifications;
    const page = matrixPairsPage(catalog, certs, 300, 50);
    expect(page.map((p) => [p.a, p.b])).toEqual(whole.pairs.slice(300, 350).map((p) => [p.a, p.b]));
    for (const p of page) expect(numbers(p)).toEqual(definition(catalog, p.a, p.b));
    const t = overlapTables(catalog);
    const n = certs.length;
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        const [, , s, , coverageOfB] = definition(catalog, certs[i]!.slug, certs[j]!.slug);
        expect([t.similarity[i * n + j], t.coverage[i * n + j]]).toEqual([s, coverageOfB]);
      }
  });

  it('a catalog indexed in memory (no tables) derives them, and answers the same', () => {
    const inMemory = buildCatalogIndex(catalog);
    expect(inMemory.tables).toBeNull();
    const shipped = overlapMatrix(catalog, null);
    const derived = overlapMatrix(inMemory, null);
    expect(derived.similarity).toEqual(shipped.similarity);
    expect(derived.pairs.map(numbers)).toEqual(shipped.pairs.map(numbers));
    expect(matrixPairsPage(inMemory, inMemory.certifications, 17, 40).map(numbers)).toEqual(shipped.pairs.slice(17, 57).map(numbers));
  });
});

describe('tables that do not fit their catalog fail the load', () => {
  const withTables = (asset: CatalogAsset, tables: unknown): CatalogAsset => ({ ...asset, tables }) as CatalogAsset;

  it.each([
    ['missing', () => undefined, /has no `tables`/],
    ['without pair sums', (t: CatalogAsset['tables']) => ({ clusterOrder: t.clusterOrder }), /pairMins` is missing/],
    ['of another number of digits', (t: CatalogAsset['tables']) => ({ ...t, pairMins: { ...t.pairMins, digits: 3 } }), /digits` must be 1 or 2; got 3/],
    [
      'not digits',
      (t: CatalogAsset['tables']) => ({ ...t, pairMins: { ...t.pairMins, text: `\u00e9${t.pairMins.text.slice(1)}` } }),
      /holds a character that is not a digit/,
    ],
    [
      'one pair short',
      (t: CatalogAsset['tables']) => ({ ...t, pairMins: { ...t.pairMins, text: t.pairMins.text.slice(1) } }),
      /must hold 990 sums of 1 digit\(s\) for 45 certifications \(990 characters\); it has 989/,
    ],
    ['read as two digits', (t: CatalogAsset['tables']) => ({ ...t, pairMins: { ...t.pairMins, digits: 2 } }), /must hold 990 sums of 2 digit\(s\)/],
    ['an order missing one', (t: CatalogAsset['tables']) => ({ ...t, clusterOrder: t.clusterOrder.slice(1) }), /must list the 45 certifications; it lists 44/],
    [
      'an order naming one twice',
      (t: CatalogAsset['tables']) => ({ ...t, clusterOrder: [t.clusterOrder[1], ...t.clusterOrder.slice(1)] }),
      /name each certification once/,
    ],
    ['another catalog’s', () => shipTables(catalog.certifications.slice(1)), /must hold 990 sums/],
  ])('%s: a TablesError that says what does not fit, and no catalog installed', async (_, tamper, message) => {
    const asset = await shippedAsset();
    const before = catalog;
    expect(() => installCatalog(withTables(asset, tamper(asset.tables)))).toThrow(message);
    expect(() => installCatalog(withTables(asset, tamper(asset.tables)))).toThrow(TablesError);
    // (What `catalog` holds is the live binding: nothing was installed.)
    expect(catalog).toBe(before);
  });

  it('a Worker whose asset’s tables do not fit refuses with 503 and logs why, as for a missing catalog', async () => {
    const asset = await shippedAsset();
    freshModules();
    const app = (await import('../../src/index.js')).default;
    const broken = JSON.stringify(withTables(asset, { ...asset.tables, clusterOrder: [] }));
    const env = { ...bindings, ASSETS: { fetch: async () => new Response(broken) } as unknown as Fetcher };
    const errorSpy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await app.fetch(
      new Request('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ catalog { version } }' }),
      }),
      env,
    );
    const logged = errorSpy.mock.calls.map((call) => call.map(String).join(' ')).join('\n');
    errorSpy.mockRestore();
    expect(res.status).toBe(503);
    expect(logged).toMatch(/the catalog asset's tables are not this catalog's: `tables.clusterOrder` must list the 45 certifications; it lists 0/);
  });
});
