// Faults survived: one platform part made to fail at a time, the API answers what it can, names
// the part in X-Certgraph-Degraded, and logs the failure once with the request id. (The catalog
// asset: test/edge/edge-holes.test.ts, "catalog loading backs off".) Each part is made to fail by
// handing the app a failing binding: the Cache API, KV (persisted queries, partner keys), the
// Rate Limiting bindings, the usage Durable Object.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keyHash, PARTNER_CACHE_MS, PARTNER_STALE_MS, type Partner } from '../../src/admission/partners.js';
import type { Env } from '../../src/edge/env.js';
import { flushUsage, pendingCounts } from '../../src/usage/counter.js';
import { usageStore } from '../../src/usage/durable-object.js';
import { FLUSH_AT } from '../../src/usage/outcomes.js';
import { bindings, countedApp, limiter, settledFetch } from '../helpers.js';

const { app, executions } = countedApp();
const run = `${Date.now()}`;
let ip = 0;

async function call(
  request: Request,
  env: Env = bindings,
): Promise<{ res: Response; body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } }> {
  request.headers.set('cf-connecting-ip', `198.19.66.${++ip % 250}`);
  const { res, body } = await settledFetch(app, request, env);
  return { res, body: JSON.parse(new TextDecoder().decode(body)) };
}

const post = (body: unknown) =>
  new Request('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
const get = (query: string) => new Request(`http://localhost/graphql?${new URLSearchParams({ query })}`, { headers: { accept: 'application/json' } });

/** The console.error lines written while `send` ran, and what it answered. */
async function logged<T>(send: () => Promise<T>): Promise<{ value: T; lines: string[] }> {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
  try {
    const value = await send();
    return { value, lines: spy.mock.calls.map((c) => c.map(String).join(' ')) };
  } finally {
    spy.mockRestore();
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/**
 * Sends `request` through the app from its own client (unless it names one), and reads the answer;
 * with `ctx`, the request's background work (sending usage counts) is handed to it.
 */
async function send(request: Request, env: Env, ctx?: ExecutionContext): Promise<{ res: Response; text: string }> {
  if (!request.headers.has('cf-connecting-ip')) request.headers.set('cf-connecting-ip', `198.19.67.${++ip % 250}`);
  const res = await app.fetch(request, env, ctx);
  return { res, text: await res.text() };
}

/** The log lines that name `part` and the answer's request id: there must be exactly one. */
function linesAbout(lines: string[], part: string, res: Response): string[] {
  const id = res.headers.get('x-request-id');
  expect(id).toBeTruthy();
  return lines.filter((l) => l.includes(`degraded: ${part} `) && l.includes(id!));
}

const SHOP = 'https://shop.example';
let partnerNumber = 0;

/** A new partner (its own usage object) with a server key and a page key, in the real PARTNERS KV. */
async function newPartner(tag: string) {
  const id = `ptn_faults_${tag}_${++partnerNumber}_${crypto.randomUUID().slice(0, 8)}`;
  const base: Partner = { id, name: `Faults ${tag}`, origins: [SHOP], tier: 'standard', createdAt: '2026-11-01T00:00:00Z' };
  const serverKey = `cg_faults_server_${id}`;
  const pageKey = `cg_faults_page_${id}`;
  await bindings.PARTNERS.put(await keyHash(serverKey), JSON.stringify({ ...base, origins: [], kind: 'server', allowServer: true }));
  await bindings.PARTNERS.put(await keyHash(pageKey), JSON.stringify({ ...base, kind: 'page' }));
  return { id, serverKey, pageKey };
}

const gqlRequest = (headers: Record<string, string>) =>
  new Request('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query: '{ catalog { version } }' }),
  });
const widgetRequest = (key: string, headers: Record<string, string> = {}) =>
  new Request(`http://localhost/embed/recommendations?targetRole=scrum-master&key=${key}`, { headers: { referer: `${SHOP}/page`, ...headers } });

/** The requests (answered or not) the partner's usage object counted in the last hour, by channel and outcome. */
async function counted(env: Env, partnerId: string): Promise<Record<string, number>> {
  await flushUsage(env, partnerId);
  const out: Record<string, number> = {};
  for (const row of await usageStore(bindings, partnerId).rows()) {
    if (row.period === 'minute') out[`${row.channel} ${row.outcome}`] = (out[`${row.channel} ${row.outcome}`] ?? 0) + row.n;
  }
  return out;
}

describe('the Cache API fails', () => {
  it('GET and POST are computed and answered; the answer says the colo cache is degraded; one log line each, with the request id', async () => {
    const broken = {
      match: () => Promise.reject(new Error('cache storage unavailable')),
      put: () => Promise.reject(new Error('cache storage unavailable')),
    };
    vi.stubGlobal('caches', { default: broken });
    for (const [i, request] of [get(`{ roles { slug } } # faults ${run} get`), post({ query: `{ roles { slug } } # faults ${run} post` })].entries()) {
      const before = executions.count;
      const { value, lines } = await logged(() => call(request));
      expect(value.res.status, String(i)).toBe(200);
      expect(value.body.errors).toBeUndefined();
      expect((value.body.data as { roles: unknown[] }).roles.length).toBeGreaterThan(0);
      expect(executions.count - before).toBe(1);
      expect(value.res.headers.get('x-certgraph-degraded')).toBe('colo-cache');
      const id = value.res.headers.get('x-request-id')!;
      expect(lines.filter((l) => l.includes('colo-cache'))).toHaveLength(1);
      expect(lines.find((l) => l.includes('colo-cache'))).toContain(id);
    }
  });

  it('when nothing fails, no answer says it is degraded', async () => {
    const { res } = await call(post({ query: `{ catalog { version } } # faults ${run} healthy` }));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-certgraph-degraded')).toBeNull();
  });
});

describe('KV (persisted queries) fails', () => {
  it('a hash alone is a miss the client recovers from; the answer says so; one log line with the request id', async () => {
    const failing = {
      get: () => Promise.reject(new Error('KV read timed out')),
      put: () => Promise.reject(new Error('KV write timed out')),
    } as unknown as KVNamespace;
    const env = { ...bindings, PERSISTED_QUERIES: failing } as Env;
    const query = `{ providers { slug } } # faults ${run} apq`;
    const digest = [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(query)))]
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('');
    const extensions = { persistedQuery: { version: 1, sha256Hash: digest } };
    const miss = await logged(() => call(post({ extensions }), env));
    expect(miss.value.res.status).toBe(200);
    expect(JSON.stringify(miss.value.body.errors)).toContain('PERSISTED_QUERY_NOT_FOUND');
    expect(miss.value.res.headers.get('x-certgraph-degraded')).toBe('persisted-queries');
    const id = miss.value.res.headers.get('x-request-id')!;
    expect(miss.lines.filter((l) => l.includes('persisted-queries') && l.includes(id))).toHaveLength(1);
    // The client's retry with the query is answered.
    const retried = await call(post({ query, extensions }), env);
    expect(retried.res.status).toBe(200);
    expect(retried.body.errors).toBeUndefined();
  });

  it('a trusted-documents-only key, whose requests run nothing unchecked: 503, Retry-After and a stable reason; one log line', async () => {
    const key = `cg_faults_trusted_${++partnerNumber}_${crypto.randomUUID().slice(0, 8)}`;
    const partner = { id: `ptn_faults_trusted_${partnerNumber}`, name: 'Trusted', origins: [], tier: 'standard', createdAt: '2026-11-01T00:00:00Z' };
    await bindings.PARTNERS.put(await keyHash(key), JSON.stringify({ ...partner, kind: 'server', allowServer: true, trustedDocumentsOnly: true }));
    const failing = { get: () => Promise.reject(new Error('KV read timed out')) } as unknown as KVNamespace;
    const env = { ...bindings, PERSISTED_QUERIES: failing } as Env;
    const request = post({ documentId: `sha256:${'ab'.repeat(32)}` });
    request.headers.set('x-api-key', key);
    const { value, lines } = await logged(() => send(request, env));
    expect(value.res.status, value.text.slice(0, 300)).toBe(503);
    expect(value.res.headers.get('retry-after')).toBe('5');
    expect(value.res.headers.get('x-certgraph-degraded')).toBe('persisted-queries');
    expect(JSON.parse(value.text).errors[0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', reason: 'TRUSTED_DOCUMENTS_UNAVAILABLE' });
    expect(linesAbout(lines, 'persisted-queries', value.res)).toHaveLength(1);
    expect(lines).toHaveLength(1);
  });
});

describe('KV (partner keys) fails', () => {
  /** PARTNERS failing every read, with the reads it was asked for. */
  const failingPartners = () => {
    const reads = { count: 0 };
    const kv = {
      get: () => {
        reads.count++;
        return Promise.reject(new Error('KV GET failed: 503 Service Unavailable'));
      },
    } as unknown as KVNamespace;
    return { kv, reads };
  };
  /** Limiters that refuse every client's anonymous request, and allow partners: they record who was asked. */
  const limiters = () => {
    const anonymous = limiter(0);
    const partner = limiter(1000);
    return {
      anonymous,
      partner,
      env: { RATE_LIMIT_ANONYMOUS: anonymous.binding, RATE_LIMIT_PARTNER: partner.binding, RATE_LIMIT_PARTNER_HIGH: partner.binding },
    };
  };

  const unheld = [
    ['a server key', (k: { serverKey: string }) => gqlRequest({ 'x-api-key': k.serverKey })],
    ["a page key from the partner's page", (k: { pageKey: string }) => gqlRequest({ 'x-api-key': k.pageKey, origin: SHOP })],
    ['the widget with a page key', (k: { pageKey: string }) => widgetRequest(k.pageKey)],
  ] as const;
  for (const [name, request] of unheld) {
    it(`${name} this isolate holds no record of: 503, Retry-After and a stable reason; never the anonymous limit, never a 500; one log line`, async () => {
      const keys = await newPartner('kv503');
      const { kv } = failingPartners();
      const limits = limiters();
      const env = { ...bindings, ...limits.env, PARTNERS: kv } as Env;
      const { value, lines } = await logged(() => send(request(keys), env));
      expect(value.res.status, value.text.slice(0, 300)).toBe(503);
      expect(value.res.headers.get('retry-after')).toBe('5');
      expect(value.res.headers.get('x-certgraph-degraded')).toBe('partners');
      if (value.res.headers.get('content-type')?.includes('json')) {
        const error = JSON.parse(value.text).errors[0];
        expect(error.extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', reason: 'PARTNER_LOOKUP_UNAVAILABLE' });
        expect(error.message).toContain(value.res.headers.get('x-request-id'));
        expect(value.res.headers.get('access-control-allow-origin')).toBe('*');
      } else expect(value.text).toContain('could not be checked');
      // Judged by no limit it does not belong to: neither the anonymous one nor a partner's.
      expect([...limits.anonymous.counts.keys(), ...limits.partner.counts.keys()]).toEqual([]);
      expect(linesAbout(lines, 'partners', value.res)).toHaveLength(1);
      expect(lines).toHaveLength(1);
      // Nothing was counted to a partner it could not name.
      expect(await counted(env, keys.id)).toEqual({});
    });
  }

  it("a key whose record the isolate read within the stale bound is judged by its partner's limit, and counted to it, once", async () => {
    const keys = await newPartner('kvstale');
    const limits = limiters();
    // Read once while KV works: the isolate holds the record.
    const warm = await send(gqlRequest({ 'x-api-key': keys.serverKey }), { ...bindings, ...limits.env } as Env);
    expect(warm.res.status).toBe(200);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + PARTNER_CACHE_MS + PARTNER_STALE_MS - 60_000);
    const { kv, reads } = failingPartners();
    const env = { ...bindings, ...limits.env, PARTNERS: kv } as Env;
    for (const request of [gqlRequest({ 'x-api-key': keys.serverKey }), gqlRequest({ 'x-api-key': keys.serverKey })]) {
      const { value, lines } = await logged(() => send(request, env));
      expect(value.res.status, value.text.slice(0, 300)).toBe(200);
      expect(value.res.headers.get('x-certgraph-degraded')).toBe('partners');
      expect(linesAbout(lines, 'partners', value.res)).toHaveLength(1);
    }
    // KV is asked again on each request (it may be back), and the partner's own limiter counted them.
    expect(reads.count).toBe(2);
    expect(limits.partner.counts.get(`partner:${keys.id}`)).toBe(3);
    expect(limits.anonymous.counts.size).toBe(0);
    // (Sent on the test's clock: the usage object, in this isolate, runs on it too.)
    expect(await counted(env, keys.id)).toEqual({ 'server answered': 3 });
  });

  it('past the stale bound, the record is not used: 503, not the anonymous limit', async () => {
    const keys = await newPartner('kvold');
    const limits = limiters();
    expect((await send(gqlRequest({ 'x-api-key': keys.serverKey }), { ...bindings, ...limits.env } as Env)).res.status).toBe(200);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + PARTNER_CACHE_MS + PARTNER_STALE_MS + 60_000);
    const env = { ...bindings, ...limits.env, PARTNERS: failingPartners().kv } as Env;
    const { value } = await logged(() => send(gqlRequest({ 'x-api-key': keys.serverKey }), env));
    expect(value.res.status).toBe(503);
    expect(limits.anonymous.counts.size).toBe(0);
  });

  it('a request without a key is answered, reads no KV, and says nothing is degraded', async () => {
    const { kv, reads } = failingPartners();
    const { res } = await send(gqlRequest({}), { ...bindings, PARTNERS: kv } as Env);
    expect(res.status).toBe(200);
    expect(reads.count).toBe(0);
    expect(res.headers.get('x-certgraph-degraded')).toBeNull();
  });

  it('a value not shaped like a key is refused (401) without a read', async () => {
    const { kv, reads } = failingPartners();
    const { res } = await send(gqlRequest({ 'x-api-key': 'not-a-key' }), { ...bindings, RATE_LIMIT_ANONYMOUS: limiter(10).binding, PARTNERS: kv } as Env);
    expect(res.status).toBe(401);
    expect(reads.count).toBe(0);
  });
});

describe('the Rate Limiting binding fails', () => {
  const throwing = { limit: () => Promise.reject(new Error('rate limiter unavailable')) } as unknown as RateLimit;
  /** Starts a fixed clock 1 s into a minute, so that every request of a test falls in one window. */
  const inOneWindow = () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const now = Date.now();
    vi.setSystemTime(now - (now % 60_000) + 60_000 + 1_000);
  };

  it('anonymous calls are answered and judged by the same limit, counted in the isolate: the 301st from a client is refused, another client is not', async () => {
    inOneWindow();
    const env = { ...bindings, RATE_LIMIT_ANONYMOUS: throwing } as Env;
    const client = '203.0.113.77';
    const { value, lines } = await logged(async () => {
      const statuses: number[] = [];
      let first: Response | undefined;
      for (let i = 0; i < 301; i++) {
        const { res } = await send(gqlRequest({ 'cf-connecting-ip': client }), env);
        first ??= res;
        statuses.push(res.status);
      }
      const other = await send(gqlRequest({ 'cf-connecting-ip': '203.0.113.78' }), env);
      return { statuses, first: first!, other };
    });
    expect(value.statuses.slice(0, 300).every((s) => s === 200)).toBe(true);
    expect(value.statuses[300]).toBe(429);
    expect(value.other.res.status).toBe(200);
    expect(value.first.headers.get('x-certgraph-degraded')).toBe('rate-limit');
    expect(linesAbout(lines, 'rate-limit', value.first)).toHaveLength(1);
    // One line a request, no more.
    expect(lines.filter((l) => l.includes('degraded: rate-limit'))).toHaveLength(302);
  });

  it("a partner's server is judged by its partner limit, not the anonymous one, and counted once", async () => {
    inOneWindow();
    const keys = await newPartner('rl');
    const env = { ...bindings, RATE_LIMIT_ANONYMOUS: throwing, RATE_LIMIT_PARTNER: throwing, RATE_LIMIT_PARTNER_HIGH: throwing } as Env;
    const client = '203.0.113.79';
    const { value } = await logged(async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 320; i++) statuses.push((await app.fetch(gqlRequest({ 'cf-connecting-ip': client, 'x-api-key': keys.serverKey }), env)).status);
      // A page key from the same client shares the client's anonymous bucket (the fallback's too).
      for (let i = 0; i < 301; i++) statuses.push((await app.fetch(gqlRequest({ 'cf-connecting-ip': client }), env)).status);
      return statuses;
    });
    expect(value.slice(0, 320).filter((s) => s !== 200)).toEqual([]);
    expect(value.slice(320, 620).filter((s) => s !== 200)).toEqual([]);
    expect(value[620]).toBe(429);
    expect(await counted(env, keys.id)).toEqual({ 'server answered': 320 });
  });

  it('a missing binding is a failing one: judged the same way, never unlimited', async () => {
    inOneWindow();
    const env = { ...bindings, RATE_LIMIT_ANONYMOUS: undefined } as unknown as Env;
    const { value } = await logged(async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 301; i++) statuses.push((await app.fetch(gqlRequest({ 'cf-connecting-ip': '203.0.113.80' }), env)).status);
      return statuses;
    });
    expect(value.filter((s) => s === 200)).toHaveLength(300);
    expect(value[300]).toBe(429);
  });
});

describe('the usage Durable Object fails', () => {
  /** A USAGE binding whose object cannot be reached. */
  const down = {
    idFromName: (name: string) => bindings.USAGE.idFromName(name),
    get: () => ({ fetch: () => Promise.reject(new Error('Durable Object is overloaded')) }),
  } as unknown as Env['USAGE'];
  /** A USAGE binding whose object stores each batch, and whose answer is then lost. */
  const answerLost = {
    idFromName: (name: string) => bindings.USAGE.idFromName(name),
    get: (id: DurableObjectId) => ({
      fetch: async (input: RequestInfo, init?: RequestInit) => {
        const res = await bindings.USAGE.get(id).fetch(input, init);
        if (new URL(typeof input === 'string' ? input : input.url).pathname === '/add') throw new Error('Network connection lost.');
        return res;
      },
    }),
  } as unknown as Env['USAGE'];
  const serverCall = (key: string) => gqlRequest({ 'x-api-key': key });

  it('the partner is answered; its counts are kept through failed sends, and stored once when the object is back: none lost', async () => {
    const keys = await newPartner('dodown');
    const env = { ...bindings, USAGE: down } as Env;
    const { value } = await logged(async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        statuses.push((await send(serverCall(keys.serverKey), env)).res.status);
        await flushUsage(env, keys.id);
      }
      return statuses;
    });
    expect(value).toEqual([200, 200, 200, 200, 200]);
    expect(pendingCounts(keys.id)).toBe(5);
    expect(await counted(bindings, keys.id)).toEqual({ 'server answered': 5 });
    expect(pendingCounts(keys.id)).toBe(0);
  });

  it('a send the object stored but whose answer was lost is sent again, and not counted twice', async () => {
    const keys = await newPartner('dolost');
    const env = { ...bindings, USAGE: answerLost } as Env;
    await logged(async () => {
      for (let i = 0; i < 3; i++) await send(serverCall(keys.serverKey), env);
      await flushUsage(env, keys.id);
      // Stored, but the isolate could not know: it keeps the batch.
      expect(pendingCounts(keys.id)).toBe(3);
      await send(serverCall(keys.serverKey), env);
      await flushUsage(env, keys.id);
    });
    expect(await counted(bindings, keys.id)).toEqual({ 'server answered': 4 });
    // And again, once more, with nothing new: nothing changes.
    await flushUsage(bindings, keys.id);
    expect(await counted(bindings, keys.id)).toEqual({ 'server answered': 4 });
  });

  it('each failed send is logged once, with the id of the request it was sent for; later answers say usage is degraded', async () => {
    const keys = await newPartner('dolog');
    const env = { ...bindings, USAGE: down } as Env;
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const lines = () => spy.mock.calls.map((c) => c.map(String).join(' ')).filter((l) => l.includes('degraded: usage'));
    try {
      const contexts = Array.from({ length: FLUSH_AT + 1 }, () => createExecutionContext());
      const ids: string[] = [];
      for (const ctx of contexts.slice(0, FLUSH_AT)) {
        const { res } = await send(serverCall(keys.serverKey), env, ctx);
        expect(res.status).toBe(200);
        ids.push(res.headers.get('x-request-id')!);
      }
      // The 32nd request's send (from its waitUntil) failed: one line, with its id.
      await waitOnExecutionContext(contexts[FLUSH_AT - 1]!);
      expect(lines().filter((l) => l.includes(ids[FLUSH_AT - 1]!))).toHaveLength(1);
      // The next answer says its figures lag; nothing failed while it was answered, so nothing is logged for it.
      const next = await send(serverCall(keys.serverKey), env, contexts[FLUSH_AT]!);
      expect(next.res.status).toBe(200);
      expect(next.res.headers.get('x-certgraph-degraded')).toBe('usage');
      const nextId = next.res.headers.get('x-request-id')!;
      expect(lines().filter((l) => l.includes(nextId))).toEqual([]);
      ids.push(nextId);
      await Promise.all(contexts.map((ctx) => waitOnExecutionContext(ctx)));
      // Each later failed send once, under the id of the request whose timer sent it. (Lines naming
      // none of these requests are other tests' background sends: the suite shares one workerd,
      // whose Durable Objects it may reset between files.)
      const named = lines()
        .map((l) => ids.filter((id) => l.includes(id)))
        .filter((found) => found.length > 0);
      expect(named.length).toBeGreaterThan(0);
      expect(named.every((found) => found.length === 1)).toBe(true);
      expect(new Set(named.flat()).size).toBe(named.length);
    } finally {
      spy.mockRestore();
    }
    expect(await counted(bindings, keys.id)).toEqual({ 'server answered': FLUSH_AT + 1 });
    // Once the counts are taken, answers are no longer degraded.
    expect((await send(serverCall(keys.serverKey), bindings)).res.headers.get('x-certgraph-degraded')).toBeNull();
  });

  it('GET /partner/usage: 503, Retry-After and a stable reason when the object cannot be read, never a 500 or zeros; one log line', async () => {
    const keys = await newPartner('doread');
    const env = { ...bindings, USAGE: down } as Env;
    const request = new Request('http://localhost/partner/usage', { headers: { authorization: `Bearer ${keys.serverKey}` } });
    const { value, lines } = await logged(() => send(request, env));
    expect(value.res.status, value.text.slice(0, 300)).toBe(503);
    expect(value.res.headers.get('retry-after')).toBe('5');
    expect(value.res.headers.get('x-certgraph-degraded')).toBe('usage');
    expect(JSON.parse(value.text).errors[0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', reason: 'USAGE_UNAVAILABLE' });
    expect(linesAbout(lines, 'usage', value.res)).toHaveLength(1);
    expect(lines).toHaveLength(1);
    // The refused read itself is counted, once the object is back.
    expect(await counted(bindings, keys.id)).toEqual({ 'server failed': 1 });
  });

  it('the object takes each numbered batch of a sender once; a sender it forgot (after the kept hour) can only resend minutes it no longer takes', async () => {
    const store = usageStore(bindings, `ptn_faults_seq_${crypto.randomUUID().slice(0, 8)}`);
    const t0 = Date.UTC(2026, 0, 10, 12, 30);
    const entry = (minute: number, n = 1) => ({ minute, channel: 'server' as const, outcome: 'answered' as const, n });
    expect(await store.addBatches('isolate-a', [{ seq: 1, entries: [entry(t0, 2)] }], t0)).toBe(1);
    // Sent again (its answer was lost), then with the next: the first is skipped.
    expect(await store.addBatches('isolate-a', [{ seq: 1, entries: [entry(t0, 2)] }], t0)).toBe(0);
    expect(
      await store.addBatches(
        'isolate-a',
        [
          { seq: 1, entries: [entry(t0, 2)] },
          { seq: 2, entries: [entry(t0)] },
        ],
        t0,
      ),
    ).toBe(1);
    // Another isolate's numbers are its own.
    expect(await store.addBatches('isolate-b', [{ seq: 1, entries: [entry(t0)] }], t0)).toBe(1);
    // Past the kept hour the sender is forgotten, and its old batch's minute is refused.
    const later = t0 + 61 * 60_000;
    expect(await store.addBatches('isolate-a', [{ seq: 1, entries: [entry(t0, 2)] }], later)).toBe(0);
    expect((await store.rows()).find((r) => r.period === 'day')!.n).toBe(4);
  });

  it("a resent batch carries its requests' queries, and they are not counted twice either", async () => {
    const keys = await newPartner('doqueries');
    const env = { ...bindings, USAGE: answerLost } as Env;
    const named = (key: string) =>
      new Request('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-api-key': key },
        body: JSON.stringify({ query: 'query Version { catalog { version } }', operationName: 'Version' }),
      });
    await logged(async () => {
      for (let i = 0; i < 3; i++) await send(named(keys.serverKey), env);
      await flushUsage(env, keys.id);
      expect(pendingCounts(keys.id)).toBe(3);
      await send(named(keys.serverKey), env);
      await flushUsage(env, keys.id);
    });
    expect(await counted(bindings, keys.id)).toEqual({ 'server answered': 4 });
    const queries = await usageStore(bindings, keys.id).queries();
    expect(queries.kept.map((q) => [q.operation, q.n])).toEqual([['Version', 4]]);
    expect(queries.other).toEqual([]);
  });

  it("the object takes a numbered batch's queries once with its counts; sends without numbers or without queries are still taken", async () => {
    const store = usageStore(bindings, `ptn_faults_seqq_${crypto.randomUUID().slice(0, 8)}`);
    const t0 = Date.UTC(2026, 0, 10, 12, 30);
    const entry = (n = 1) => ({ minute: t0, channel: 'server' as const, outcome: 'answered' as const, n });
    const query = (operation: string, n = 1) => ({ minute: t0, operation, document: 'abcdef012345', n });
    const batch = { seq: 1, entries: [entry(2)], queries: [query('A', 2)] };
    expect(await store.addBatches('isolate-q', [batch], t0)).toBe(1);
    expect(await store.addBatches('isolate-q', [batch, { seq: 2, entries: [entry()], queries: [query('B')] }], t0)).toBe(1);
    // A numbered batch from a Worker that counted no queries.
    expect(await store.addBatches('isolate-old', [{ seq: 1, entries: [entry()] }], t0)).toBe(1);
    // Unnumbered, as Workers before numbering sent them: counts, and counts with queries.
    expect(await store.add([entry()], t0)).toBe(1);
    expect(await store.add([entry()], t0, [query('A')])).toBe(1);
    expect((await store.rows()).find((r) => r.period === 'day')!.n).toBe(6);
    const { kept, other } = await store.queries();
    expect(kept.map((q) => [q.operation, q.n])).toEqual([
      ['A', 3],
      ['B', 1],
    ]);
    expect(other).toEqual([]);
  });

  it("GET /partner/usage: 503 with the same reason when the counts can be read but the day's queries cannot", async () => {
    const keys = await newPartner('doqread');
    const queriesDown = {
      idFromName: (name: string) => bindings.USAGE.idFromName(name),
      get: (id: DurableObjectId) => ({
        fetch: (input: RequestInfo, init?: RequestInit) =>
          new URL(typeof input === 'string' ? input : input.url).pathname === '/queries'
            ? Promise.reject(new Error('Durable Object reset because its code was updated.'))
            : bindings.USAGE.get(id).fetch(input, init),
      }),
    } as unknown as Env['USAGE'];
    const env = { ...bindings, USAGE: queriesDown } as Env;
    const request = new Request('http://localhost/partner/usage', { headers: { authorization: `Bearer ${keys.serverKey}` } });
    const { value, lines } = await logged(() => send(request, env));
    expect(value.res.status, value.text.slice(0, 300)).toBe(503);
    expect(value.res.headers.get('retry-after')).toBe('5');
    expect(JSON.parse(value.text).errors[0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', reason: 'USAGE_UNAVAILABLE' });
    expect(linesAbout(lines, 'usage', value.res)).toHaveLength(1);
  });

  it('what an isolate keeps is bounded: counts the object would no longer take (older than its kept hour) are dropped, and said so', async () => {
    const keys = await newPartner('doold');
    const env = { ...bindings, USAGE: down } as Env;
    const { lines } = await logged(async () => {
      await send(serverCall(keys.serverKey), env);
      await flushUsage(env, keys.id);
      expect(pendingCounts(keys.id)).toBe(1);
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + 61 * 60_000);
      await flushUsage(env, keys.id);
    });
    expect(pendingCounts(keys.id)).toBe(0);
    expect(lines.filter((l) => l.includes(`1 counts of partner ${keys.id} dropped`))).toHaveLength(1);
  });
});
