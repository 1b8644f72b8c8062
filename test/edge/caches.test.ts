// Every cache the Worker keeps in an isolate's memory is bounded in bytes, and keeps only entries
// up to a size. A stream of distinct maximal requests fills each one to its budget and no further
// (`npm run bench:heap` measures the heap itself). In-process calls, so the caches can be read.
import { parse } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { partnerCache } from '../../src/admission/partners.js';
import { ByteCache } from '../../src/data/byte-cache.js';
import { CACHE_BUDGETS, documentBytes, graphqlCaches } from '../../src/edge/caches.js';
import { responseCache } from '../../src/graphql/response-cache.js';
import { bindings, bodyOf, countedApp } from '../helpers.js';

const { app, executions } = countedApp();

afterEach(() => vi.restoreAllMocks());

let ip = 0;
const headers = () => ({ 'content-type': 'application/json', 'cf-connecting-ip': `198.19.2.${++ip % 250}` });
const post = (body: unknown, extra: Record<string, string> = {}) =>
  app.fetch(new Request('http://localhost/graphql', { method: 'POST', headers: { ...headers(), ...extra }, body: JSON.stringify(body) }), bindings);
const get = (params: Record<string, string>) =>
  app.fetch(new Request(`http://localhost/graphql?${new URLSearchParams(params)}`, { headers: headers() }), bindings);
const sha256 = async (text: string) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))].map((b) => b.toString(16).padStart(2, '0')).join('');

describe('ByteCache', () => {
  it('evicts the least recently used until the bytes fit; never keeps an entry over its limit', () => {
    const cache = new ByteCache<string, string>({ maxBytes: 100, maxEntryBytes: 40, sizeOf: (_k, v) => v.length });
    cache.set('a', 'x'.repeat(30)).set('b', 'x'.repeat(30)).set('c', 'x'.repeat(30));
    expect(cache.bytes).toBe(90);
    cache.get('a'); // a is now the most recently used
    cache.set('d', 'x'.repeat(30));
    expect([cache.has('a'), cache.has('b'), cache.has('c'), cache.has('d')]).toEqual([true, false, true, true]);
    expect(cache.bytes).toBeLessThanOrEqual(100);
    cache.set('big', 'x'.repeat(41));
    expect(cache.has('big')).toBe(false);
    // Replacing an entry by one too large drops the old one too: never a stale value.
    cache.set('a', 'x'.repeat(50));
    expect(cache.has('a')).toBe(false);
    expect(cache.bytes).toBe(60);
    // An entry whose size cannot be measured is not kept.
    new ByteCache<string, string>({ maxBytes: 100, maxEntryBytes: 40, sizeOf: () => Number.NaN }).set('n', 'v');
  });

  it('has no expiry: an entry in use stays, however long ago it was set', () => {
    const cache = new ByteCache<string, string>({ maxBytes: 100, maxEntryBytes: 40, sizeOf: () => 10 });
    cache.set('k', 'v');
    vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 24 * 3600_000);
    expect(cache.get('k')).toBe('v');
  });

  it("a document's size counts its tokens, not only its text (a 2,000-token query keeps ~1 MB alive)", () => {
    const dense = `{ catalog { ${'version '.repeat(1990)} } }`;
    expect(documentBytes(dense, parse(dense))).toBeGreaterThan(1_000_000);
    const padded = `{ catalog { version } } #${'x'.repeat(200_000)}`;
    expect(documentBytes(padded, parse(padded))).toBeGreaterThan(400_000);
  });
});

describe('distinct maximal requests fill each cache to its budget, and no further', () => {
  const BODY = 250 * 1024;
  const budgets = () => ({
    documents: graphqlCaches.documents,
    parseErrors: graphqlCaches.parseErrors,
    persistedQueries: graphqlCaches.persistedQueries,
    responses: responseCache,
    partners: partnerCache,
  });

  it("the issue's example: hundreds of queries padded with comments to ~250 KB, and their kin", async () => {
    for (let i = 0; i < 40; i++) {
      // Parsed documents: padded to the body limit, and dense (many tokens).
      await post({ query: `{ catalog { version } } #${i} ${'x'.repeat(BODY - 100)}` });
      await post({ query: `query Q${i} { catalog { ${'version '.repeat(1900)} } }` });
      await post({ query: `query S${i} { catalog { ${'version '.repeat(300)} } }` });
      // Parse errors: large and small.
      await post({ query: `{ catalog { version } #${i} ${'x'.repeat(BODY - 100)}\n}}` });
      await post({ query: `{ catalog { version } #${i} ${'x'.repeat(10_000)}\n}}` });
      // Persisted queries: registered with their hashes, large and small.
      for (const size of [BODY - 200, 20_000]) {
        const query = `{ catalog { version } } #${i} ${'x'.repeat(size)}`;
        await post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: await sha256(query) } } });
      }
      // GET responses: distinct queries with large answers.
      await get({
        query: `{ overlapMatrix { certifications { slug } similarity pairs { a { slug } b { slug } shared { slug } onlyA { slug } onlyB { slug } } } } #${i}`,
      });
      await get({ query: `{ catalog { version } } #${i}` });
      // Unknown partner keys.
      for (let k = 0; k < 10; k++) await post({ query: '{ catalog { version } }' }, { 'x-api-key': `cg_${String(i * 10 + k).padStart(40, 'k')}` });
    }
    for (const [name, cache] of Object.entries(budgets())) {
      const budget = CACHE_BUDGETS[name as keyof typeof CACHE_BUDGETS];
      expect(cache.maxBytes, name).toBe(budget.maxBytes);
      expect(cache.bytes, name).toBeLessThanOrEqual(budget.maxBytes);
      expect(cache.size, `${name} keeps the small entries`).toBeGreaterThan(0);
    }
    // Small, repeated entries are what the caches are for: they are still served from them.
    const before = executions.count;
    const cached = await get({ query: '{ catalog { version } } #39' });
    expect(cached.status).toBe(200);
    expect(executions.count).toBe(before);
  });

  it('a persisted query stays while in use: hours after it was registered, its hash still works', async () => {
    const query = '{ certification(slug: "psm-i") { acronym } }';
    const hash = await sha256(query);
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } });
    await post({ query, extensions: JSON.parse(extensions) });
    const now = Date.now();
    for (const later of [40_000, 3_600_000, 6 * 3_600_000]) {
      vi.spyOn(Date, 'now').mockReturnValue(now + later);
      // With the response cache emptied, so no cached answer is given in its place.
      responseCache.clear();
      const body = await bodyOf<{ certification: { acronym: string } }>(await post({ extensions: JSON.parse(extensions) }));
      expect(body.errors, `${later} ms later`).toBeUndefined();
      expect(body.data!.certification.acronym).toBe('PSM I');
      vi.restoreAllMocks();
    }
  });
});
