// Edge caching: GET queries carry Cache-Control and an ETag tied to the catalog; If-None-Match
// gets a 304; repeated identical GETs are answered from the response cache without executing;
// Automatic Persisted Queries in the Apollo/urql protocol; a POST answer is never stored downstream
// (test/graphql/response-cache.test.ts: POSTs answered from the isolate's cache, GETs shared across isolates).
import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, catalog } from '../../src/data/catalog.js';
import { etagOf, ifNoneMatchHits } from '../../src/edge/http-cache.js';
import { bodyOf, countedApp, bindings as env, firstError, worker } from '../helpers.js';

const { app, executions } = countedApp();

const QUERY = '{ certification(slug: "psm-i") { acronym cost { amountUsd } } }';
const getUrl = (params: Record<string, string>) => `/graphql?${new URLSearchParams(params)}`;
const sha256 = async (text: string) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))].map((b) => b.toString(16).padStart(2, '0')).join('');

describe('HTTP caching of GET queries', () => {
  it('a GET query carries public Cache-Control and an ETag; If-None-Match gets a 304 with no body', async () => {
    const res = await worker(getUrl({ query: QUERY }));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/public, max-age=\d+.*stale-while-revalidate=\d+/);
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"[0-9a-f]{40}"$/);
    expect(res.headers.get('vary')).toMatch(/Accept/);
    const again = await worker(getUrl({ query: QUERY }), { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    // A different query or variables gets another tag.
    const other = await worker(getUrl({ query: '{ catalog { version } }' }));
    expect(other.headers.get('etag')).not.toBe(etag);
  });

  it('the ETag changes with the catalog version and content', async () => {
    const url = new URL(`http://x${getUrl({ query: QUERY })}`);
    const base = await etagOf(catalog, url);
    const bumped = await etagOf(buildCatalogIndex({ ...catalog, version: 'next' }), url);
    const edited = await etagOf(
      buildCatalogIndex({ ...catalog, certifications: catalog.certifications.map((c, i) => (i === 0 ? { ...c, name: `${c.name}!` } : c)) }),
      url,
    );
    expect(new Set([base, bumped, edited]).size).toBe(3);
    expect(ifNoneMatchHits(`"zzz", ${base}`, base!)).toBe(true);
    expect(ifNoneMatchHits('*', base!)).toBe(true);
    expect(ifNoneMatchHits('"zzz"', base!)).toBe(false);
  });

  it('a POST answer is never stored downstream (no-store), and an error response is not stored', async () => {
    const res = await worker('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('etag')).toBeNull();
    const bad = await worker(getUrl({ query: '{ certifications(first: 500) { totalCount } }' }));
    expect(bad.headers.get('cache-control')).toBe('no-store');
    expect(bad.headers.get('etag')).toBeNull();
  });

  it('a repeated identical GET is answered from the response cache without executing', async () => {
    // In-process, so the execution counter of this very isolate can be read.
    const call = () =>
      app.fetch(new Request(`http://localhost${getUrl({ query: '{ compare(certifications: ["csm", "cspo"]) { similarity summary } }' })}`), env);
    const first = await call();
    expect(first.status).toBe(200);
    const firstBody = await first.text();
    const before = executions.count;
    for (let i = 0; i < 5; i++) {
      const hit = await call();
      expect(await hit.text()).toBe(firstBody);
      expect(hit.headers.get('etag')).toBe(first.headers.get('etag'));
    }
    expect(executions.count).toBe(before);
    // A POST of the same query is another cache entry: it executes once.
    await app.fetch(
      new Request('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ compare(certifications: ["csm", "cspo"]) { similarity summary } }' }),
      }),
      env,
    );
    expect(executions.count).toBe(before + 1);
  });
});

describe('Automatic Persisted Queries (Apollo / urql protocol)', () => {
  it('an unknown hash asks for the query; once sent, a short GET with the hash alone works', async () => {
    const query = '{ certification(slug: "cspo") { acronym renewal { everyYears feeUsd } } }';
    const hash = await sha256(query);
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } });
    const miss = await worker(getUrl({ extensions }));
    expect(miss.status).toBe(200);
    const missError = firstError(await bodyOf(miss));
    expect(missError.message).toBe('PersistedQueryNotFound');
    expect(missError.extensions.code).toBe('NOT_FOUND');
    expect(missError.extensions.reason).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(miss.headers.get('cache-control')).toBe('no-store');
    // The client registers the query with its hash...
    const register = await worker('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, extensions: JSON.parse(extensions) }),
    });
    expect((await bodyOf<{ certification: { acronym: string } }>(register)).data!.certification.acronym).toBe('CSPO');
    // ...then GETs by hash alone, cacheable, with the same ETag as the full query.
    const hit = await worker(getUrl({ extensions }));
    expect(hit.status).toBe(200);
    expect((await bodyOf<{ certification: unknown }>(hit)).data!.certification).toEqual({ acronym: 'CSPO', renewal: { everyYears: 2, feeUsd: 100 } });
    const full = await worker(getUrl({ query }));
    expect(hit.headers.get('etag')).toBe(full.headers.get('etag'));
  });

  it('a hash that does not match the query is refused', async () => {
    const res = await worker('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ catalog { version } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
    });
    expect(firstError(await bodyOf(res)).extensions.code).toBe('BAD_USER_INPUT');
  });
});
