// A partner sees its usage: the Worker counts every request that carries a partner's key (answered,
// refused by kind, failed) in the partner's Durable Object, and GET /partner/usage answers the
// figures to that partner's own server key. Through the real Worker and Durable Object in workerd.
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import type { Env } from '../src/http/env.js';
import { keyHash, type Partner } from '../src/http/partners.js';
import { FLUSH_AFTER_MS, FLUSH_AT, pendingCounts } from '../src/usage/counter.js';
import { MINUTE_MS, minuteOf } from '../src/usage/outcomes.js';
import type { UsageReport } from '../src/usage/report.js';
import { bindings, bodyOf, firstError } from './helpers.js';

/** A limiter that lets `limit` requests a key through (the real ones allow hundreds a minute). */
function limiter(limit: number): RateLimit {
  const counts = new Map<string, number>();
  return {
    limit: async ({ key }: { key: string }) => {
      counts.set(key, (counts.get(key) ?? 0) + 1);
      return { success: counts.get(key)! <= limit };
    },
  } as RateLimit;
}

/** The Worker's bindings, with the anonymous limiter (which counts a partner's pages per client) at `pages` a key. */
const envWith = ({ pages = 1000, server }: { pages?: number; server?: number } = {}): Env => ({
  ...bindings,
  RATE_LIMIT_ANONYMOUS: limiter(pages),
  ...(server === undefined ? {} : { RATE_LIMIT_PARTNER: limiter(server), RATE_LIMIT_PARTNER_HIGH: limiter(server) }),
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

/** A GraphQL POST through `app`, with the given headers; its own client IP unless one is given. */
function post(env: Env, headers: Record<string, string>, query = '{ catalog { version } }', ctx?: ExecutionContext) {
  const request = new Request('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'cf-connecting-ip': nextIp(), ...headers },
    body: JSON.stringify({ query }),
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

    const report = await reportOf(env, serverKey);
    expect(report.partner).toEqual({ id, name: expect.any(String), tier: 'standard' });
    expect(report.lastHour).toEqual({
      requests: 8,
      answered: 4,
      refused: { total: 4, rateLimited: 1, originRefused: 1, keyRevoked: 0, queryRefused: 1, invalidRequest: 1 },
      failed: 0,
      byChannel: { server: 2, pages: 6 },
    });
    expect(report.today.requests).toBe(8);
    // The read itself is counted, after its answer: the next read shows it.
    expect((await reportOf(env, serverKey)).lastHour).toMatchObject({ requests: 9, answered: 5, byChannel: { server: 3, pages: 6 } });
  });
});
