// A partner sees its usage: the Worker counts every request that carries a partner's key (answered,
// refused by kind, failed) in the partner's Durable Object, and GET /partner/usage answers the
// figures to that partner's own server key. Through the real Worker and Durable Object in workerd.
import { createExecutionContext, runInDurableObject, waitOnExecutionContext } from 'cloudflare:test';
import fc from 'fast-check';
import { GraphQLError } from 'graphql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keyHash, type Partner } from '../../src/admission/partners.js';
import { createApp } from '../../src/app.js';
import type { Env } from '../../src/edge/env.js';
import { flushUsage, pendingCounts } from '../../src/usage/counter.js';
import { migrate, SCHEMA_VERSION, usageStore } from '../../src/usage/durable-object.js';
import { graphqlOutcome } from '../../src/usage/middleware.js';
import { DAY_MS, dayOf, FLUSH_AFTER_MS, FLUSH_AT, KEPT_QUERIES_PER_DAY, MINUTE_MS, minuteOf, outcomeOf, type QueryEntry } from '../../src/usage/outcomes.js';
import type { UsageReport } from '../../src/usage/report.js';
import { bindings, bodyOf, firstError, limiter, worker } from '../helpers.js';

/** The Worker's bindings, with the anonymous limiter (which counts a partner's pages per client) at `pages` a key. */
const envWith = ({ pages = 1000, server }: { pages?: number; server?: number } = {}): Env => ({
  ...bindings,
  RATE_LIMIT_ANONYMOUS: limiter(pages).binding,
  ...(server === undefined ? {} : { RATE_LIMIT_PARTNER: limiter(server).binding, RATE_LIMIT_PARTNER_HIGH: limiter(server).binding }),
});

const app = createApp();
let partnerNumber = 0;

/** A new partner (its own Durable Object) with a server key and a page key. */
async function newPartner(overrides: Partial<Partner> = {}) {
  const id = `ptn_usage_${++partnerNumber}_${crypto.randomUUID().slice(0, 8)}`;
  const serverKey = `cg_usage_server_${id}`;
  const pageKey = `cg_usage_pages_${id}`;
  const base: Partner = { id, name: `Usage ${partnerNumber}`, origins: ['https://shop.example'], tier: 'standard', createdAt: '2026-11-01T00:00:00Z' };
  await bindings.PARTNERS.put(await keyHash(serverKey), JSON.stringify({ ...base, allowServer: true, ...overrides }));
  await bindings.PARTNERS.put(await keyHash(pageKey), JSON.stringify({ ...base, ...overrides }));
  return { id, serverKey, pageKey };
}

let ip = 0;
const nextIp = () => `198.51.${(++ip >> 8) & 255}.${ip & 255}`;

/** A GraphQL POST through `app`, with the given headers (and further parameters); its own client IP unless one is given. */
function post(env: Env, headers: Record<string, string>, query: string | null = '{ catalog { version } }', ctx?: ExecutionContext, params: object = {}) {
  const request = new Request('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'cf-connecting-ip': nextIp(), ...headers },
    body: JSON.stringify({ ...(query === null ? {} : { query }), ...params }),
  });
  return app.fetch(request, env, ctx);
}

/** GET /partner/usage through `app`. */
function usage(env: Env, headers: Record<string, string>, search = '') {
  return app.fetch(new Request(`http://localhost/partner/usage${search}`, { headers: { 'cf-connecting-ip': nextIp(), ...headers } }), env);
}

async function reportOf(env: Env, key: string): Promise<UsageReport> {
  const res = await usage(env, { authorization: `Bearer ${key}` });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as UsageReport;
}

const TOO_DEEP = `{ ${'certifications { prerequisites { '.repeat(7)}slug${' }'.repeat(14)} }`;

describe("the Worker counts a partner's requests by outcome", () => {
  it('answered, rate limited, origin refused, query refused, invalid, revoked: each counted once, for that partner', async () => {
    const startedAt = Date.now();
    const env = envWith({ pages: 3 });
    const { id, serverKey, pageKey } = await newPartner();
    const shop = { authorization: `Bearer ${pageKey}`, origin: 'https://shop.example' };
    const visitor = nextIp();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await post(env, { ...shop, 'cf-connecting-ip': visitor })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect((await post(env, { ...shop, origin: 'https://evil.example' })).status).toBe(403);
    const server = { authorization: `Bearer ${serverKey}` };
    expect(firstError(await bodyOf(await post(env, server, TOO_DEEP))).extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect((await post(env, server, '{ catalog { version }')).status).toBe(400);
    const widget = await app.fetch(new Request(`http://localhost/embed/recommendations?key=${pageKey}`, { headers: { 'cf-connecting-ip': nextIp() } }), env);
    expect(widget.status).toBe(200);
    // An old key of the same partner, revoked: still the partner's traffic, refused.
    const oldKey = `cg_usage_old_${id}`;
    await bindings.PARTNERS.put(
      await keyHash(oldKey),
      JSON.stringify({ ...(await bindings.PARTNERS.get<Partner>(await keyHash(serverKey), 'json')), revokedAt: '2026-11-20T10:00:00Z' }),
    );
    expect((await post(env, { authorization: `Bearer ${oldKey}` })).status).toBe(401);

    const report = await reportOf(env, serverKey);
    expect(report.partner).toEqual({ id, name: expect.any(String), tier: 'standard' });
    expect(report.lastHour).toEqual({
      requests: 9,
      answered: 4,
      refused: { total: 5, rateLimited: 1, originRefused: 1, keyRevoked: 1, queryRefused: 1, invalidRequest: 1 },
      failed: 0,
      persistedQueryMisses: 0,
      byChannel: { server: 3, pages: 5, widget: 1 },
    });
    // The same requests by day (a test run at midnight UTC splits them over two days).
    expect(report.today.requests + report.days[1]!.requests).toBe(9);
    expect(report.days[0]).toEqual(report.today);
    // Quota: the server calls that reached the partner's limiter this minute (not the revoked key's 401).
    expect(report.quota).toMatchObject({ limit: 3000, left: 3000 - report.quota.used });
    if (minuteOf(Date.now()) === minuteOf(startedAt)) expect(report.quota.used).toBe(2);
    // The read itself is counted, after its answer: the next read shows it.
    expect((await reportOf(env, serverKey)).lastHour).toMatchObject({ requests: 10, answered: 5, byChannel: { server: 4, pages: 5, widget: 1 } });
  });

  it('anonymous requests are not counted for any partner, whatever page or widget they come from', async () => {
    const env = envWith();
    const { serverKey } = await newPartner();
    const before = await reportOf(env, serverKey);
    for (let i = 0; i < 3; i++) expect((await post(env, { origin: 'https://shop.example' })).status).toBe(200);
    expect((await post(env, {}, TOO_DEEP)).status).toBe(400);
    const widget = await app.fetch(new Request('http://localhost/embed/recommendations', { headers: { 'cf-connecting-ip': nextIp() } }), env);
    expect(widget.status).toBe(200);
    const after = await reportOf(env, serverKey);
    // Only the first read of the usage itself was added.
    expect(after.lastHour.requests).toBe(before.lastHour.requests + 1);
    expect(after.lastHour.answered).toBe(before.lastHour.answered + 1);
  });

  it('a GraphQL result says how it ended: answered, refused by the limits, invalid, or failed', () => {
    expect(graphqlOutcome(undefined)).toBe('answered');
    expect(graphqlOutcome([])).toBe('answered');
    expect(graphqlOutcome([new GraphQLError('too deep', { extensions: { code: 'QUERY_TOO_COMPLEX' } })])).toBe('queryRefused');
    expect(
      graphqlOutcome([
        new GraphQLError('bad', { extensions: { code: 'BAD_USER_INPUT' } }),
        new GraphQLError('x', { extensions: { code: 'QUERY_TOO_COMPLEX' } }),
      ]),
    ).toBe('queryRefused');
    expect(graphqlOutcome([new GraphQLError('Syntax Error', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })])).toBe('invalidRequest');
    // A persisted query's hash not known yet is a step of the protocol, not a refusal: raised by yoga, or as masked.
    expect(graphqlOutcome([new GraphQLError('PersistedQueryNotFound', { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } })])).toBe('persistedQueryMiss');
    expect(graphqlOutcome([new GraphQLError('PersistedQueryNotFound', { extensions: { code: 'NOT_FOUND', reason: 'PERSISTED_QUERY_NOT_FOUND' } })])).toBe(
      'persistedQueryMiss',
    );
    expect(graphqlOutcome([new GraphQLError('boom', { originalError: new TypeError('x is undefined') })])).toBe('failed');
    expect([429, 403, 401, 200, 304, 400, 413, 500].map((status) => outcomeOf(status, undefined))).toEqual([
      'rateLimited',
      'originRefused',
      'keyRevoked',
      'answered',
      'answered',
      'invalidRequest',
      'invalidRequest',
      'failed',
    ]);
    // An HTTP refusal wins over what GraphQL said; otherwise GraphQL's word counts (a 200 under application/json).
    expect(outcomeOf(429, 'answered')).toBe('rateLimited');
    expect(outcomeOf(200, 'queryRefused')).toBe('queryRefused');
  });
});

describe('counting does not slow a request: batches per isolate, sent after the response', () => {
  /** The Durable Object's own rows for a partner, read directly (not through the Worker's flush). */
  const storedRequests = async (id: string) => (await usageStore(bindings, id).rows()).filter((r) => r.period === 'day').reduce((sum, r) => sum + r.n, 0);

  // The batch's timer is vitest's fake setTimeout here: its time is the clock's, not the machine's
  // (no 2-second waits, and a loaded machine cannot fire it early or late).
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(async () => {
    await vi.runAllTimersAsync();
    vi.useRealTimers();
  });

  it(`a count waits in memory; the batch is sent ${FLUSH_AFTER_MS} ms after its first request, from that request's waitUntil`, async () => {
    const { id, serverKey } = await newPartner();
    const ctx = createExecutionContext();
    expect((await post(bindings, { authorization: `Bearer ${serverKey}` }, undefined, ctx)).status).toBe(200);
    expect(pendingCounts(id)).toBe(1);
    expect(await storedRequests(id)).toBe(0);
    await vi.advanceTimersByTimeAsync(FLUSH_AFTER_MS - 1);
    expect(pendingCounts(id)).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await waitOnExecutionContext(ctx);
    expect(pendingCounts(id)).toBe(0);
    expect(await storedRequests(id)).toBe(1);
  });

  it(`a batch of ${FLUSH_AT} requests is sent at once`, async () => {
    const { id, serverKey } = await newPartner();
    const contexts = Array.from({ length: FLUSH_AT }, () => createExecutionContext());
    const started = performance.now();
    for (const [i, ctx] of contexts.entries()) {
      await post(bindings, { authorization: `Bearer ${serverKey}` }, undefined, ctx);
      // (On a machine so loaded that the batch's timer fired first, the batch was sent by it.)
      if (performance.now() - started < FLUSH_AFTER_MS) expect(pendingCounts(id)).toBe(i + 1 < FLUSH_AT ? i + 1 : 0);
    }
    expect(pendingCounts(id)).toBe(0);
    // Sent by the 32nd request (no timer has fired: the clock has not moved).
    await waitOnExecutionContext(contexts.at(-1)!);
    expect(await storedRequests(id)).toBe(FLUSH_AT);
    await vi.runAllTimersAsync();
    await Promise.all(contexts.map((ctx) => waitOnExecutionContext(ctx)));
  });

  it('a read of the usage right after a batch was sent waits for that send: it sees every count', async () => {
    const { serverKey } = await newPartner();
    const contexts = Array.from({ length: FLUSH_AT + 3 }, () => createExecutionContext());
    await Promise.all(contexts.map((ctx) => post(bindings, { authorization: `Bearer ${serverKey}` }, undefined, ctx)));
    // The 32nd request's batch is on its way (from its waitUntil); 3 more wait in memory.
    expect((await reportOf(bindings, serverKey)).lastHour.requests).toBe(FLUSH_AT + 3);
    await vi.runAllTimersAsync();
    await Promise.all(contexts.map((ctx) => waitOnExecutionContext(ctx)));
  });

  it('a batch that cannot be sent is kept, and sent with the next once the object is back (test/faults.test.ts: bounds, doubling)', async () => {
    const broken = {
      ...bindings,
      USAGE: { idFromName: (name: string) => name, get: () => ({ fetch: async () => new Response('down', { status: 503 }) }) },
    } as unknown as Env;
    const { id, serverKey } = await newPartner();
    await post(broken, { authorization: `Bearer ${serverKey}` });
    expect(pendingCounts(id)).toBe(1);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    await flushUsage(broken, id);
    expect(pendingCounts(id)).toBe(1);
    await flushUsage(broken, id);
    expect(pendingCounts(id)).toBe(1);
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();
    await flushUsage(bindings, id);
    expect(pendingCounts(id)).toBe(0);
    expect(await storedRequests(id)).toBe(1);
  });
});

describe('GET /partner/usage answers a partner its own figures, to its server key only', () => {
  it("each key reads its own partner's figures, whatever the request names; never a key, hash or origin", async () => {
    const env = envWith();
    const a = await newPartner();
    const b = await newPartner({ tier: 'high' });
    for (let i = 0; i < 3; i++) await post(env, { authorization: `Bearer ${a.serverKey}` });
    await post(env, { authorization: `Bearer ${b.serverKey}` }, TOO_DEEP);
    for (const [who, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const res = await usage(env, { authorization: `Bearer ${who.serverKey}` }, `?partner=${other.id}&id=${other.id}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      const text = await res.text();
      const report = JSON.parse(text) as UsageReport;
      expect(report.partner.id).toBe(who.id);
      expect(text).not.toContain(other.id);
      for (const secret of [who.serverKey, who.pageKey, await keyHash(who.serverKey), await keyHash(who.pageKey), 'shop.example'])
        expect(text).not.toContain(secret);
    }
    const reportA = await reportOf(env, a.serverKey);
    const reportB = await reportOf(env, b.serverKey);
    expect(reportA.lastHour).toMatchObject({ requests: 4, answered: 4, refused: { total: 0 } });
    expect(reportB.lastHour).toMatchObject({ requests: 2, answered: 1, refused: { total: 1, queryRefused: 1 } });
    expect(reportB.partner.tier).toBe('high');
    expect(reportB.quota.limit).toBe(30000);
  });

  it('refuses without a key (401), with an unknown key (401), and with a page key (403): a page key is public', async () => {
    const env = envWith();
    const { pageKey } = await newPartner();
    const none = await usage(env, {});
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(firstError(await bodyOf(none))).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringContaining('server key') });
    expect((await usage(env, { authorization: 'Bearer cg_no_such_partner_key_0000' })).status).toBe(401);
    const fromPage = await usage(env, { authorization: `Bearer ${pageKey}`, origin: 'https://shop.example' });
    expect(fromPage.status).toBe(403);
    expect(firstError(await bodyOf(fromPage)).message).toMatch(/without an Origin header, with a key that has server access/);
    // Without an Origin, a page key has no server access.
    expect((await usage(env, { 'x-api-key': pageKey })).status).toBe(403);
  });

  it('is rate limited like any call of the partner', async () => {
    const env = envWith({ server: 2 });
    const { serverKey } = await newPartner();
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await usage(env, { authorization: `Bearer ${serverKey}` })).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('lists the days asked for (1 to 90), newest first; any other `days` is a 400 that says what to send', async () => {
    const env = envWith();
    const { serverKey } = await newPartner();
    const res = await usage(env, { authorization: `Bearer ${serverKey}` }, '?days=30');
    const { days, today } = (await res.json()) as UsageReport;
    expect(days).toHaveLength(30);
    expect(days[0]!.date).toBe(today.date);
    expect(Date.parse(days[0]!.date) - Date.parse(days[29]!.date)).toBe(29 * 86_400_000);
    for (const bad of ['0', '91', 'abc', '7.5', '-1', '']) {
      const refused = await usage(env, { authorization: `Bearer ${serverKey}` }, `?days=${bad}`);
      expect(refused.status, bad).toBe(400);
      expect(firstError(await bodyOf(refused))).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringContaining('from 1 to 90') });
    }
  });

  it('through the Worker as deployed (wrangler.toml bindings): a partner call, then its figures', async () => {
    const { serverKey } = await newPartner();
    expect((await worker('/graphql?query={catalog{version}}', { headers: { authorization: `Bearer ${serverKey}` } })).status).toBe(200);
    const res = await worker('/partner/usage', { headers: { authorization: `Bearer ${serverKey}` } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as UsageReport).lastHour).toMatchObject({ requests: 1, answered: 1, byChannel: { server: 1, pages: 0 } });
  });
});

describe("the operator route (the CLI's --remote) reads any partner's counters, with the operator token only", () => {
  const TOKEN = 'op_test_token_0123456789_abcdefghijklmnop';
  const operator = (env: Env, headers: Record<string, string>, search: string) =>
    app.fetch(new Request(`http://localhost/operator/usage${search}`, { headers: { 'cf-connecting-ip': nextIp(), ...headers } }), env);

  it('answers the rows with the token; 401 with another token or a partner key; off when the secret is unset or short', async () => {
    const env = { ...envWith(), USAGE_OPERATOR_TOKEN: TOKEN };
    const { id, serverKey } = await newPartner();
    await post(env, { authorization: `Bearer ${serverKey}` });
    const res = await operator(env, { authorization: `Bearer ${TOKEN}` }, `?partner=${id}`);
    expect(res.status).toBe(200);
    const { rows } = (await res.json()) as { rows: { period: string; n: number }[] };
    expect(rows.filter((r) => r.period === 'day').reduce((sum, r) => sum + r.n, 0)).toBe(1);
    for (const token of [`${TOKEN}x`, TOKEN.slice(0, -1), serverKey])
      expect((await operator(env, { authorization: `Bearer ${token}` }, `?partner=${id}`)).status).toBe(401);
    expect((await operator(env, {}, `?partner=${id}`)).status).toBe(401);
    expect((await operator({ ...env, USAGE_OPERATOR_TOKEN: undefined }, { authorization: `Bearer ${TOKEN}` }, `?partner=${id}`)).status).toBe(401);
    expect((await operator({ ...env, USAGE_OPERATOR_TOKEN: 'short' }, { authorization: 'Bearer short' }, `?partner=${id}`)).status).toBe(401);
    expect((await operator(env, { authorization: `Bearer ${TOKEN}` }, '?partner=../x')).status).toBe(400);
  });

  it('guesses are rate limited per client before the token is checked', async () => {
    const env = { ...envWith({ pages: 2 }), USAGE_OPERATOR_TOKEN: TOKEN };
    const ip = nextIp();
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await operator(env, { authorization: 'Bearer guess', 'cf-connecting-ip': ip }, '?partner=ptn_x')).status);
    expect(statuses).toEqual([401, 401, 429]);
  });
});

describe('the Durable Object keeps bounded, valid counters', () => {
  const entry = (minute: number, n = 1) => ({ minute, channel: 'server' as const, outcome: 'answered' as const, n });

  it('keeps minutes for an hour and days for 90 days, pruned as it writes', async () => {
    const id = `ptn_prune_${crypto.randomUUID().slice(0, 8)}`;
    const store = usageStore(bindings, id);
    const t0 = Date.UTC(2026, 0, 10, 12, 30);
    expect(await store.add([entry(t0, 5)], t0)).toBe(1);
    expect((await store.rows()).map((r) => [r.period, r.start, r.n])).toEqual([
      ['day', Date.UTC(2026, 0, 10), 5],
      ['minute', t0, 5],
    ]);
    const later = t0 + 61 * MINUTE_MS;
    await store.add([entry(later)], later);
    expect((await store.rows()).filter((r) => r.period === 'minute').map((r) => r.start)).toEqual([later]);
    expect((await store.rows()).find((r) => r.period === 'day')!.n).toBe(6);
    const months = Date.UTC(2026, 3, 10, 12, 30);
    await store.add([entry(months)], months);
    expect((await store.rows()).map((r) => [r.period, r.start])).toEqual([
      ['day', Date.UTC(2026, 3, 10)],
      ['minute', months],
    ]);
  });

  it('takes only well-formed counts: known channel and outcome, a whole positive n, a minute of the kept hour', async () => {
    const store = usageStore(bindings, `ptn_valid_${crypto.randomUUID().slice(0, 8)}`);
    const now = minuteOf(Date.now());
    const bad = [
      { ...entry(now), outcome: 'sneaky' },
      { ...entry(now), channel: 'elsewhere' },
      entry(now, 0),
      entry(now, -3),
      entry(now, 1.5),
      entry(now + 17),
      entry(now + 10 * MINUTE_MS),
      entry(now - 2 * 60 * MINUTE_MS),
    ];
    expect(await store.add(bad as never, now)).toBe(0);
    expect(await store.rows()).toEqual([]);
  });
});

const hex = async (text: string) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))].map((b) => b.toString(16).padStart(2, '0')).join('');

describe("a partner's top queries: each GraphQL request counted once, under its operation and document", () => {
  it('cached or computed, GET or POST, by text, APQ hash or documentId: one count each; widget views, usage reads and refusals before admission none', async () => {
    const env = envWith();
    const { serverKey, pageKey } = await newPartner();
    const server = { authorization: `Bearer ${serverKey}` };
    const compare = 'query TopCompare { compare(certifications: ["psm-i", "pspo-i"]) { similarity } }';
    const version = `query TopVersion { catalog { version } } # ${crypto.randomUUID()}`;
    const compareId = (await hex(compare)).slice(0, 12);
    const versionHash = await hex(version);
    const get = (params: string) => app.fetch(new Request(`http://localhost/graphql?${params}`, { headers: { 'cf-connecting-ip': nextIp(), ...server } }), env);
    // The same GET three times: computed once, then answered by the response cache (no yoga).
    for (let i = 0; i < 3; i++) expect((await get(`query=${encodeURIComponent(compare)}&operationName=TopCompare`)).status).toBe(200);
    // POSTs: computed, then cached; from a page too.
    for (let i = 0; i < 2; i++) expect((await post(env, server, compare, undefined, { operationName: 'TopCompare' })).status).toBe(200);
    expect(
      (await post(env, { authorization: `Bearer ${pageKey}`, origin: 'https://shop.example' }, compare, undefined, { operationName: 'TopCompare' })).status,
    ).toBe(200);
    // APQ: the hash alone (a miss), the registration, the hash alone again; documentId.
    const apq = { operationName: 'TopVersion', extensions: { persistedQuery: { version: 1, sha256Hash: versionHash } } };
    expect(firstError(await bodyOf(await post(env, server, null, undefined, apq))).extensions.reason).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post(env, server, version, undefined, apq)).status).toBe(200);
    expect((await post(env, server, null, undefined, apq)).status).toBe(200);
    expect((await post(env, server, null, undefined, { operationName: 'TopVersion', documentId: `sha256:${versionHash}` })).status).toBe(200);
    // Unnamed, and refused by the limits: counted under its fingerprint.
    expect((await post(env, server, TOO_DEEP)).status).toBe(400);
    // Not queries: a widget view, a refusal before admission (the body is never read), a read of the usage.
    await app.fetch(new Request(`http://localhost/embed/recommendations?key=${pageKey}`, { headers: { 'cf-connecting-ip': nextIp() } }), env);
    expect(
      (await post(env, { authorization: `Bearer ${pageKey}`, origin: 'https://evil.example' }, compare, undefined, { operationName: 'TopCompare' })).status,
    ).toBe(403);
    await reportOf(env, serverKey);

    const report = await reportOf(env, serverKey);
    // (A test run across midnight UTC splits the day: then only the sums are checked.)
    const queries = [report.today.queries!, report.days[1]?.queries].filter((q) => q && q.requests > 0);
    const top = queries.flatMap((q) => q!.top);
    const total = (operation: string | null, document: string) =>
      top.filter((q) => q.operation === operation && q.document === document).reduce((sum, q) => sum + q.requests, 0);
    expect(total('TopCompare', compareId)).toBe(6);
    expect(total('TopVersion', versionHash.slice(0, 12))).toBe(4);
    expect(total(null, (await hex(TOO_DEEP)).slice(0, 12))).toBe(1);
    expect(queries.reduce((sum, q) => sum + q!.requests, 0)).toBe(11);
    expect(queries.reduce((sum, q) => sum + q!.other, 0)).toBe(0);
    // Never the text or the variables.
    const text = JSON.stringify(report);
    for (const secret of ['psm-i', 'compare(', 'catalog {', versionHash]) expect(text).not.toContain(secret);
    // The CSV carries the same day.
    const csv = await (await usage(env, server, '?format=csv&days=1')).text();
    expect(csv.split('\r\n')[0]).toMatch(/,query_requests,top_queries,other_queries$/);
    if (queries.length === 1) expect(csv).toContain(`TopCompare ${compareId}=6; TopVersion ${versionHash.slice(0, 12)}=4; (unnamed) `);
  });
});

describe("the Durable Object keeps a day's queries bounded, and every count once", () => {
  const query = (minute: number, name: string, n = 1): QueryEntry => ({ minute, operation: name, document: 'abcdef012345', n });
  const count = (minute: number, n = 1) => ({ minute, channel: 'server' as const, outcome: 'answered' as const, n });

  it(`at most ${KEPT_QUERIES_PER_DAY} queries a day; the least counted make room, their counts move to other; nothing lost or doubled`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 79 }), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 300 }),
        async (stream) => {
          const store = usageStore(bindings, `ptn_bound_${crypto.randomUUID().slice(0, 8)}`);
          const now = minuteOf(Date.now());
          // In batches of up to 32, as isolates send them.
          for (let i = 0; i < stream.length; i += 32) {
            const batch = stream.slice(i, i + 32).map(([q, n]) => query(now, `Q${q}`, n));
            await store.add([count(now)], now, batch);
          }
          const { kept, other } = await store.queries();
          const sent = new Map<string, number>();
          for (const [q, n] of stream) sent.set(`Q${q}`, (sent.get(`Q${q}`) ?? 0) + n);
          const total = [...sent.values()].reduce((a, b) => a + b, 0);
          expect(kept.length).toBeLessThanOrEqual(KEPT_QUERIES_PER_DAY);
          expect(kept.reduce((sum, q) => sum + q.n, 0) + other.reduce((sum, o) => sum + o.n, 0)).toBe(total);
          // A kept count is never more than was sent for it.
          for (const q of kept) expect(q.n).toBeLessThanOrEqual(sent.get(q.operation)!);
          // With room for all, every count is exact.
          if (sent.size <= KEPT_QUERIES_PER_DAY) {
            expect(other).toEqual([]);
            expect(new Map(kept.map((q) => [q.operation, q.n]))).toEqual(sent);
          }
        },
      ),
      { numRuns: 15 },
    );
  });

  it('a query counted often takes a place from those counted once, and keeps it', async () => {
    const store = usageStore(bindings, `ptn_room_${crypto.randomUUID().slice(0, 8)}`);
    const now = minuteOf(Date.now());
    await store.add(
      [],
      now,
      Array.from({ length: KEPT_QUERIES_PER_DAY + 20 }, (_, i) => query(now, `Noise${i}`)),
    );
    for (let i = 0; i < 5; i++) await store.add([], now, [query(now, 'Popular'), query(now, `Late${i}`)]);
    const { kept, other } = await store.queries();
    expect(kept.find((q) => q.operation === 'Popular')?.n).toBe(5);
    expect(kept).toHaveLength(KEPT_QUERIES_PER_DAY);
    expect(kept.reduce((sum, q) => sum + q.n, 0) + other[0]!.n).toBe(KEPT_QUERIES_PER_DAY + 20 + 10);
  });

  it('takes only well-formed query counts, and prunes them with the days', async () => {
    const store = usageStore(bindings, `ptn_qvalid_${crypto.randomUUID().slice(0, 8)}`);
    const now = minuteOf(Date.now());
    const bad = [
      query(now, 'has space'),
      query(now, 'x'.repeat(65)),
      { ...query(now, 'Ok'), document: 'ABCDEF012345' },
      { ...query(now, 'Ok'), document: 'short' },
      query(now, 'Ok', 0),
      query(now + 17, 'Ok'),
    ];
    await store.add([], now, bad);
    expect((await store.queries()).kept).toEqual([]);
    const t0 = Date.UTC(2026, 0, 10, 12, 30);
    const old = usageStore(bindings, `ptn_qprune_${crypto.randomUUID().slice(0, 8)}`);
    await old.add([], t0, [query(t0, 'Old')]);
    const months = t0 + 91 * DAY_MS;
    await old.add([], months, [query(months, 'New')]);
    expect((await old.queries()).kept.map((q) => [q.day, q.operation])).toEqual([[dayOf(months), 'New']]);
  });

  it('a store written before queries were counted is migrated without losing a count; its days before have no query counts', async () => {
    const id = `ptn_migrate_${crypto.randomUUID().slice(0, 8)}`;
    const stub = bindings.USAGE.get(bindings.USAGE.idFromName(id));
    const day = Date.UTC(2026, 10, 20);
    await runInDurableObject(stub, (_instance, state) => {
      const sql = state.storage.sql;
      // Back to exactly what the first code wrote (src/usage/durable-object.ts at 8e6130c): its schema and rows, no version.
      sql.exec(
        'DROP TABLE IF EXISTS queries; DROP TABLE IF EXISTS query_other; DROP TABLE IF EXISTS senders; DROP TABLE IF EXISTS counts; DROP TABLE IF EXISTS meta;',
      );
      sql.exec(`
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS counts (
  period TEXT NOT NULL, start INTEGER NOT NULL, channel TEXT NOT NULL, outcome TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (period, start, channel, outcome)
) WITHOUT ROWID;`);
      sql.exec('INSERT INTO meta (key, value) VALUES (?, ?)', 'partner', id);
      sql.exec('INSERT INTO counts VALUES (?, ?, ?, ?, ?)', 'day', day, 'server', 'answered', 41);
      sql.exec('INSERT INTO counts VALUES (?, ?, ?, ?, ?)', 'day', day, 'widget', 'originRefused', 2);
      const now = Date.UTC(2026, 11, 7, 16, 20, 30);
      migrate(state.storage, now);
      // A second open is a no-op.
      migrate(state.storage, now + DAY_MS);
      expect(sql.exec("SELECT value FROM meta WHERE key = 'schema'").one().value).toBe(String(SCHEMA_VERSION));
      expect(sql.exec("SELECT value FROM meta WHERE key = 'queriesSince'").one().value).toBe(String(Date.UTC(2026, 11, 7, 16, 20)));
    });
    const store = usageStore(bindings, id);
    expect((await store.rows()).map((r) => [r.start, r.channel, r.outcome, r.n])).toEqual([
      [day, 'server', 'answered', 41],
      [day, 'widget', 'originRefused', 2],
    ]);
    expect(await store.queries()).toEqual({ since: Date.UTC(2026, 11, 7, 16, 20), kept: [], other: [] });
    // And it numbers batches now: a resent one is taken once.
    const t = minuteOf(Date.now());
    const batch = { seq: 1, entries: [{ minute: t, channel: 'server' as const, outcome: 'answered' as const, n: 1 }] };
    expect(await store.addBatches('isolate-1', [batch])).toBe(1);
    expect(await store.addBatches('isolate-1', [batch])).toBe(0);
  });

  /** Rebuilds the object `id`'s store as `tables` (SQL), with `rows`, then migrates it (twice: the second is a no-op). */
  async function migratedFrom(id: string, tables: string, fill: (sql: SqlStorage) => void, now: number) {
    const stub = bindings.USAGE.get(bindings.USAGE.idFromName(id));
    await runInDurableObject(stub, (_instance, state) => {
      const sql = state.storage.sql;
      sql.exec(
        'DROP TABLE IF EXISTS queries; DROP TABLE IF EXISTS query_other; DROP TABLE IF EXISTS senders; DROP TABLE IF EXISTS counts; DROP TABLE IF EXISTS meta;',
      );
      sql.exec(tables);
      fill(sql);
      migrate(state.storage, now);
      migrate(state.storage, now + DAY_MS);
      expect(sql.exec("SELECT value FROM meta WHERE key = 'schema'").one().value).toBe(String(SCHEMA_VERSION));
    });
  }
  const FIRST_TABLES = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS counts (
  period TEXT NOT NULL, start INTEGER NOT NULL, channel TEXT NOT NULL, outcome TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (period, start, channel, outcome)
) WITHOUT ROWID;`;

  it('a store that numbered batches before it had a schema version (no queries) keeps its counts and its senders: a batch it took is not taken again', async () => {
    const id = `ptn_migrate_senders_${crypto.randomUUID().slice(0, 8)}`;
    const now = Date.now();
    const t = minuteOf(now);
    const day = dayOf(now);
    // As the numbered-batches code wrote it (src/usage/durable-object.ts at e2cadd4): the first schema plus `senders`, no version.
    await migratedFrom(
      id,
      `${FIRST_TABLES}
CREATE TABLE IF NOT EXISTS senders (sender TEXT PRIMARY KEY, seq INTEGER NOT NULL, at INTEGER NOT NULL) WITHOUT ROWID;`,
      (sql) => {
        sql.exec('INSERT INTO meta (key, value) VALUES (?, ?)', 'partner', id);
        sql.exec('INSERT INTO counts VALUES (?, ?, ?, ?, ?)', 'minute', t, 'server', 'answered', 5);
        sql.exec('INSERT INTO counts VALUES (?, ?, ?, ?, ?)', 'day', day, 'server', 'answered', 5);
        sql.exec('INSERT INTO senders VALUES (?, ?, ?)', 'isolate-m', 7, now);
      },
      now,
    );
    const store = usageStore(bindings, id);
    const entries = [{ minute: t, channel: 'server' as const, outcome: 'answered' as const, n: 1 }];
    const queries = [{ minute: t, operation: 'Q', document: 'abcdef012345', n: 1 }];
    // Batch 7 was taken before the migration: its resend is skipped; 8 is taken, with its query.
    expect(await store.addBatches('isolate-m', [{ seq: 7, entries, queries }], now)).toBe(0);
    expect(await store.addBatches('isolate-m', [{ seq: 8, entries, queries }], now)).toBe(1);
    expect((await store.rows()).filter((r) => r.period === 'day').map((r) => r.n)).toEqual([6]);
    expect((await store.queries()).kept.map((q) => [q.operation, q.n])).toEqual([['Q', 1]]);
  });

  it('a store at schema version 2 (queries, no senders) keeps its queries and gains senders', async () => {
    const id = `ptn_migrate_v2_${crypto.randomUUID().slice(0, 8)}`;
    const now = Date.now();
    const t = minuteOf(now);
    const day = dayOf(now);
    await migratedFrom(
      id,
      `${FIRST_TABLES}
CREATE TABLE queries (
  day INTEGER NOT NULL, operation TEXT NOT NULL, document TEXT NOT NULL, n INTEGER NOT NULL, last INTEGER NOT NULL,
  PRIMARY KEY (day, operation, document)
) WITHOUT ROWID;
CREATE TABLE query_other (day INTEGER PRIMARY KEY, n INTEGER NOT NULL);`,
      (sql) => {
        sql.exec("INSERT INTO meta (key, value) VALUES ('partner', ?), ('schema', '2'), ('queriesSince', ?)", id, String(t - MINUTE_MS));
        sql.exec('INSERT INTO counts VALUES (?, ?, ?, ?, ?)', 'day', day, 'server', 'answered', 3);
        sql.exec('INSERT INTO queries VALUES (?, ?, ?, ?, ?)', day, 'Q', 'abcdef012345', 2, t);
        sql.exec('INSERT INTO query_other VALUES (?, ?)', day, 1);
      },
      now,
    );
    const store = usageStore(bindings, id);
    expect(await store.queries()).toEqual({ since: t - MINUTE_MS, kept: [{ day, operation: 'Q', document: 'abcdef012345', n: 2 }], other: [{ day, n: 1 }] });
    const batch = { seq: 1, entries: [{ minute: t, channel: 'server' as const, outcome: 'answered' as const, n: 1 }] };
    expect(await store.addBatches('isolate-2', [batch], now)).toBe(1);
    expect(await store.addBatches('isolate-2', [batch], now)).toBe(0);
    expect((await store.rows()).filter((r) => r.period === 'day').map((r) => r.n)).toEqual([4]);
  });
});
