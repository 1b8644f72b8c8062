// Automatic Persisted Queries across isolates: a hash registered through one isolate is answered
// by another (a fresh module load: a new isolate's memory) from the hash alone, through the shared
// store (KV PERSISTED_QUERIES); only executed queries reach it, once per hash, within a write
// budget; and when the store is missing or failing, APQ falls back to the isolate's cache.
import { describe, expect, it } from 'vitest';
import { sha256Hex as sha256 } from '../../src/edge/digest.js';
import type { Env } from '../../src/edge/env.js';
import { apqKey, SHARED_APQ } from '../../src/graphql/persisted-queries.js';
import wranglerToml from '../../wrangler.toml?raw';
import { bindings, bodyOf, coldWorker, firstError, type GraphQLResponse } from '../helpers.js';

type Acronym = { certification: { acronym: string } };

const apq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
let client = 0;
/** A request as Apollo's and urql's links send it, each from its own client address. */
function request(method: 'GET' | 'POST', params: { query?: string; extensions?: object; variables?: object }): Request {
  client++;
  const headers = { 'cf-connecting-ip': `203.0.113.${client % 250}`, accept: 'application/json' };
  if (method === 'POST') {
    return new Request('http://localhost/graphql', { method, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(params) });
  }
  const url = new URL('http://localhost/graphql');
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, typeof v === 'string' ? v : JSON.stringify(v));
  return new Request(url, { headers });
}

/** A query of its own for each test (a comment changes its hash, not what it asks). */
const unique = (query: string) => `${query} # ${crypto.randomUUID()}`;
const CERT = '{ certification(slug: "psm-i") { acronym } }';

async function answer(worker: { fetch: (r: Request) => Promise<Response> }, req: Request) {
  const res = await worker.fetch(req);
  return { status: res.status, body: (await bodyOf<Acronym>(res)) as GraphQLResponse<Acronym> };
}

async function expectNotFound(worker: { fetch: (r: Request) => Promise<Response> }, hash: string) {
  const { status, body } = await answer(worker, request('GET', { extensions: apq(hash) }));
  expect(status).toBe(200);
  expect(firstError(body).message).toBe('PersistedQueryNotFound');
  expect(firstError(body).extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'PERSISTED_QUERY_NOT_FOUND' });
}

describe('a persisted query survives its isolate', () => {
  it('a hash registered through one isolate is answered by a fresh isolate from the hash alone, by GET and POST', async () => {
    const query = unique(CERT);
    const hash = await sha256(query);
    const first = await coldWorker();
    const registered = await answer(first, request('POST', { query, extensions: apq(hash) }));
    expect(registered.body.data!.certification.acronym).toBe('PSM I');
    for (const method of ['GET', 'POST'] as const) {
      const fresh = await coldWorker();
      const byHash = await answer(fresh, request(method, { extensions: apq(hash) }));
      expect(byHash.status).toBe(200);
      expect(byHash.body).toEqual({ data: { certification: { acronym: 'PSM I' } }, extensions: { cost: expect.any(Object) } });
    }
  });

  it('a hash written `sha256:<hex>` (as codegen writes persisted-document hashes) is the same hash', async () => {
    const query = unique(CERT);
    const prefixed = `sha256:${await sha256(query)}`;
    await (await coldWorker()).fetch(request('POST', { query, extensions: apq(prefixed) }));
    for (const hash of [prefixed, prefixed.slice('sha256:'.length)]) {
      const byHash = await answer(await coldWorker(), request('GET', { extensions: apq(hash) }));
      expect(byHash.body.data!.certification.acronym).toBe('PSM I');
    }
  });

  it('is kept for 7 days (a TTL), under its hash, with its exact text', async () => {
    const query = unique(CERT);
    const hash = await sha256(query);
    await (await coldWorker()).fetch(request('POST', { query, extensions: apq(hash) }));
    expect(await bindings.PERSISTED_QUERIES!.get(apqKey(hash))).toBe(query);
    const { keys } = await bindings.PERSISTED_QUERIES!.list({ prefix: apqKey(hash) });
    const expected = Date.now() / 1000 + SHARED_APQ.ttlSeconds;
    expect(keys[0]!.expiration).toBeGreaterThan(expected - 120);
    expect(keys[0]!.expiration).toBeLessThan(expected + 120);
  });

  it('an unknown hash still answers PersistedQueryNotFound on a fresh isolate, and so do hashes that are not SHA-256s', async () => {
    const fresh = await coldWorker();
    await expectNotFound(fresh, await sha256(unique(CERT)));
    for (const odd of ['', 'abc', 'A'.repeat(64), `${'0'.repeat(64)}:x`, 'x'.repeat(10_000)]) await expectNotFound(fresh, odd);
  });
});

describe('only queries that executed are shared, each once', () => {
  // Each is answered (or refused) as before through the isolate that got it; none reaches the shared store.
  const refusedOrUnshared: [string, (q: string) => Promise<{ query: string; hash: string }>][] = [
    ['a hash that does not match its query', async (q) => ({ query: q, hash: await sha256(`${q} `) })],
    ['a syntax error', async (q) => withText(`${q}\n}`)],
    ['an unknown field', async (q) => ({ query: q.replace('acronym', 'acronymz'), hash: await sha256(q.replace('acronym', 'acronymz')) })],
    ['over the alias limit', async (q) => aliased(q, 31)],
    [
      'over the depth limit',
      async (q) => withText(`{ topics { ${'certifications { topics { '.repeat(6)} slug ${'} } '.repeat(6)} } } ${q.slice(q.indexOf('#'))}`),
    ],
    ['over the cost limit', async (q) => withText(`{ overlapMatrix { pairs { shared { slug } onlyA { slug } onlyB { slug } } } } ${q.slice(q.indexOf('#'))}`)],
    ['over 16 KiB (kept in the isolate only)', async (q) => withText(`${q} ${'#'.repeat(17 * 1024)}`)],
  ];

  it.each(refusedOrUnshared)('%s: not in the shared store, so a fresh isolate does not know it', async (_, make) => {
    const { query, hash } = await make(unique(CERT));
    const first = await coldWorker();
    await first.fetch(request('POST', { query, extensions: apq(hash) }));
    expect(await bindings.PERSISTED_QUERIES!.get(apqKey(hash))).toBeNull();
    await expectNotFound(await coldWorker(), hash);
  });

  it('a valid registration beside them is shared (the same path, the control case)', async () => {
    const query = unique(CERT);
    const hash = await sha256(query);
    await (await coldWorker()).fetch(request('POST', { query, extensions: apq(hash) }));
    const byHash = await answer(await coldWorker(), request('GET', { extensions: apq(hash) }));
    expect(byHash.body.data!.certification.acronym).toBe('PSM I');
  });

  it('a hash is written once: registered again in other isolates, and concurrently in one, it is not rewritten', async () => {
    const { env, puts } = countingStore();
    const query = unique(CERT);
    const hash = await sha256(query);
    const one = await coldWorker(env);
    await Promise.all([1, 2, 3].map(() => one.fetch(request('POST', { query, extensions: apq(hash) }))));
    for (let i = 0; i < 3; i++) await (await coldWorker(env)).fetch(request('POST', { query, extensions: apq(hash) }));
    expect(puts.filter((key) => key === apqKey(hash))).toHaveLength(1);
  });

  it(`random registrations write at most ${SHARED_APQ.writesPerMinute} a minute (the RATE_LIMIT_APQ_WRITES binding), and are all still answered`, async () => {
    const { env, puts } = countingStore();
    const worker = await coldWorker(env);
    for (let i = 0; i < SHARED_APQ.writesPerMinute + 8; i++) {
      const query = unique(CERT);
      const { body } = await answer(worker, request('POST', { query, extensions: apq(await sha256(query)) }));
      expect(body.data!.certification.acronym).toBe('PSM I');
    }
    // Some were shared (the budget is per minute: this file's earlier tests spent a few of it; each
    // file has a budget of its own, test/setup-catalog.ts), never more than the budget.
    expect(puts.length).toBeGreaterThan(0);
    expect(puts.length).toBeLessThanOrEqual(SHARED_APQ.writesPerMinute);
    // The binding's limit is the figure the code and the README give.
    const limit = /name = "RATE_LIMIT_APQ_WRITES"\s+namespace_id = "\d+"\s+simple = \{ limit = (\d+), period = 60 \}/.exec(wranglerToml);
    expect(Number(limit?.[1])).toBe(SHARED_APQ.writesPerMinute);
  });
});

describe('when the shared store is missing or failing, APQ falls back to the isolate (never a 500)', () => {
  const failing = (): KVNamespace =>
    ({
      get: () => Promise.reject(new Error('KV is down')),
      put: () => Promise.reject(new Error('KV is down')),
      list: () => Promise.reject(new Error('KV is down')),
    }) as unknown as KVNamespace;
  const wrongText = (): KVNamespace => ({ get: async () => '{ catalog { version } }', put: async () => undefined }) as unknown as KVNamespace;
  const throwingLimiter = { limit: () => Promise.reject(new Error('limiter down')) } as unknown as RateLimit;
  const cases: [string, Partial<Env>][] = [
    ['no PERSISTED_QUERIES binding', { PERSISTED_QUERIES: undefined }],
    ['KV throwing', { PERSISTED_QUERIES: failing() }],
    ['KV answering a text that does not hash to its key', { PERSISTED_QUERIES: wrongText() }],
    ['no write limiter', { RATE_LIMIT_APQ_WRITES: undefined }],
    ['the write limiter throwing', { RATE_LIMIT_APQ_WRITES: throwingLimiter }],
  ];

  it.each(cases)('%s: the registering isolate answers by hash; a fresh one asks for the query', async (_, broken) => {
    const env = { ...bindings, ...broken } as Env;
    const query = unique(CERT);
    const hash = await sha256(query);
    const first = await coldWorker(env);
    const registered = await answer(first, request('POST', { query, extensions: apq(hash) }));
    expect(registered.body.data!.certification.acronym).toBe('PSM I');
    // By POST here: the colo's response cache (caches.default) keeps this answer under the POST's
    // key, so the fresh isolate's GET below must find the query through the APQ store or not at all.
    const again = await answer(first, request('POST', { extensions: apq(hash) }));
    expect(again.body.data!.certification.acronym).toBe('PSM I');
    await expectNotFound(await coldWorker(env), hash);
  });
});

/** The real bindings, with every write to PERSISTED_QUERIES counted. */
function countingStore(): { env: Env; puts: string[] } {
  const puts: string[] = [];
  const kv = bindings.PERSISTED_QUERIES!;
  const counted = {
    get: kv.get.bind(kv),
    list: kv.list.bind(kv),
    put: (key: string, value: string, options?: KVNamespacePutOptions) => {
      puts.push(key);
      return kv.put(key, value, options);
    },
  } as unknown as KVNamespace;
  return { env: { ...bindings, PERSISTED_QUERIES: counted }, puts };
}

async function withText(query: string) {
  return { query, hash: await sha256(query) };
}

async function aliased(q: string, n: number) {
  const fields = Array.from({ length: n }, (_, i) => `a${i}: catalog { version }`).join(' ');
  return withText(`{ ${fields} } ${q.slice(q.indexOf('#'))}`);
}
