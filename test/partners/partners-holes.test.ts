// The admission holes of the security review (issue 22: F2, F3, F4, F5), closed as classes: each
// case is generated over the ways a caller can arrive (key kinds, origins, cold or warm isolate).
// F2: a partner's caller is judged by the partner's limit whether or not the isolate held its key.
// F3: public (page) keys never add capacity for a client. F4: usage and refusal counts are the
//     server's: a page key's holder cannot make counts that read as the partner's servers'.
// F5: the widget's frame-ancestors lists only the framing origin, and only when it is registered.
import { describe, expect, it, vi } from 'vitest';
import { clientOf } from '../../src/admission/caller.js';
import { keyHash, keyIdOf, type Partner } from '../../src/admission/partners.js';
import { createApp } from '../../src/app.js';
import type { Env } from '../../src/edge/env.js';
import { flushUsage } from '../../src/usage/counter.js';
import { usageStore } from '../../src/usage/durable-object.js';
import { bindings, coldWorker, htmlText, limiter } from '../helpers.js';

const app = createApp();
let n = 0;
const nextIp = () => `192.0.2.${++n % 250}`;
const ipv6 = () => `2001:db8:${(++n).toString(16)}::1`;

const SHOP = 'https://shop.example';
const ORIGINS = [SHOP, 'https://staging.shop.example', 'http://localhost:3000'];

async function partnerWithKeys(tag: string) {
  const id = `ptn_holes_${tag}_${crypto.randomUUID().slice(0, 8)}`;
  const base: Partner = { id, name: `Holes ${tag}`, origins: ORIGINS, tier: 'standard', createdAt: '2026-11-01T00:00:00Z' };
  const pageKey = `cg_holes_page_${id}`;
  const serverKey = `cg_holes_server_${id}`;
  await bindings.PARTNERS.put(await keyHash(pageKey), JSON.stringify({ ...base, kind: 'page' }));
  await bindings.PARTNERS.put(await keyHash(serverKey), JSON.stringify({ ...base, origins: [], kind: 'server', allowServer: true }));
  return { id, pageKey, serverKey };
}

const gqlRequest = (headers: Record<string, string>) =>
  new Request('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
    body: JSON.stringify({ query: '{ catalog { version } }' }),
  });
const widgetRequest = (key: string, headers: Record<string, string>) =>
  new Request(`http://localhost/embed/recommendations?targetRole=scrum-master&key=${key}`, { headers });

/** Bindings whose anonymous limiter allows `anonymous` a client, with every client in `spent` already at it. */
function envWith(anonymous: number, spent: string[] = []): Env {
  const anon = limiter(anonymous);
  for (const ip of spent) anon.counts.set(`ip:${clientOf(ip)}`, anonymous);
  return { ...bindings, RATE_LIMIT_ANONYMOUS: anon.binding, RATE_LIMIT_PARTNER: limiter(1000).binding, RATE_LIMIT_PARTNER_HIGH: limiter(1000).binding };
}

describe("F2: a partner's caller is judged by the partner's limit, cold isolate or warm", () => {
  // A server key is the partner's own quota: a client over its anonymous limit is still served.
  // Page keys share the client's anonymous allowance (F3), so they are refused alike, cold or warm.
  const cases = [
    { name: 'server key, IPv4', kind: 'server', ip: nextIp, expected: 200 },
    { name: 'server key, IPv6', kind: 'server', ip: ipv6, expected: 200 },
    { name: 'page key from its origin', kind: 'page', ip: nextIp, expected: 429 },
  ] as const;
  for (const { name, kind, ip, expected } of cases) {
    it(`${name}: the same answer on a cold isolate as on a warm one, over the anonymous limit`, async () => {
      const keys = await partnerWithKeys(`f2${kind}`);
      const client = ip();
      const env = envWith(5, [client]);
      const headers: Record<string, string> =
        kind === 'server'
          ? { 'cf-connecting-ip': client, 'x-api-key': keys.serverKey }
          : { 'cf-connecting-ip': client, 'x-api-key': keys.pageKey, origin: SHOP };
      const cold = await coldWorker(env);
      const first = await cold.fetch(gqlRequest(headers));
      const second = await cold.fetch(gqlRequest(headers));
      expect([first.status, second.status], await first.clone().text()).toEqual([expected, expected]);
    });
  }

  it('an unknown key is still counted against the client, and a client refused for it gets no further lookups for a while', async () => {
    const reads = { count: 0 };
    const env: Env = {
      ...envWith(3),
      PARTNERS: {
        get: (k: string, t: 'json') => {
          reads.count++;
          return bindings.PARTNERS.get(k, t);
        },
      } as unknown as KVNamespace,
    };
    const client = nextIp();
    const statuses: number[] = [];
    // (The clock stands still: a barred client gets one lookup a second, see below.)
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      for (let i = 0; i < 20; i++)
        statuses.push((await app.fetch(gqlRequest({ 'cf-connecting-ip': client, 'x-api-key': `cg_bogus_${n}_${i}_padpadpadpadpad` }), env)).status);
    } finally {
      vi.useRealTimers();
    }
    expect(statuses).toEqual([401, 401, 401, ...Array(17).fill(429)]);
    // One read per counted request, and one for the request that found the client over its limit.
    expect(reads.count).toBe(4);
  });

  it("a partner's server sharing its address with a client barred for unknown keys is still judged by its partner limit", async () => {
    const keys = await partnerWithKeys('f2nat');
    const env = envWith(3);
    const client = nextIp();
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // Someone behind the same address sends made-up keys until it is barred from lookups.
      const bogus: number[] = [];
      for (let i = 0; i < 5; i++)
        bogus.push((await app.fetch(gqlRequest({ 'cf-connecting-ip': client, 'x-api-key': `cg_bogus_nat_${n}_${i}_padpadpadpad` }), env)).status);
      expect(bogus).toEqual([401, 401, 401, 429, 429]);
      // A second later, the partner's server, on an isolate that does not hold its key yet: looked
      // up (a barred client's lookup of that second), and judged by its partner's limit.
      vi.setSystemTime(Date.now() + 1_000);
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await app.fetch(gqlRequest({ 'cf-connecting-ip': client, 'x-api-key': keys.serverKey }), env)).status);
      expect(statuses).toEqual([200, 200, 200]);
      // Made-up keys get no more than that lookup a second.
      const more = await app.fetch(gqlRequest({ 'cf-connecting-ip': client, 'x-api-key': `cg_bogus_nat_${n}_more_padpadpadpad` }), env);
      expect(more.status).toBe(429);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('F3: public keys never add capacity for a client', () => {
  for (const keys of [1, 2, 4]) {
    it(`a client with ${keys} page key(s) of ${keys} partner(s) is served no more than without a key`, async () => {
      const partners = await Promise.all(Array.from({ length: keys }, (_, i) => partnerWithKeys(`f3_${keys}_${i}`)));
      const env = envWith(4);
      const client = nextIp();
      let served = 0;
      for (let round = 0; round < 6; round++) {
        if ((await app.fetch(gqlRequest({ 'cf-connecting-ip': client }), env)).status === 200) served++;
        for (const p of partners) {
          if ((await app.fetch(gqlRequest({ 'cf-connecting-ip': client, 'x-api-key': p.pageKey, origin: SHOP }), env)).status === 200) served++;
          if ((await app.fetch(widgetRequest(p.pageKey, { 'cf-connecting-ip': client, referer: `${SHOP}/page` }), env)).status === 200) served++;
        }
      }
      expect(served).toBe(4);
    });
  }
});

describe("F4: counts are the server's: a page key cannot produce counts that read as the partner's servers'", () => {
  const variants: [string, (key: string) => Request][] = [
    ['no Origin (a script outside a browser)', (key) => gqlRequest({ 'cf-connecting-ip': nextIp(), 'x-api-key': key })],
    ['a foreign Origin', (key) => gqlRequest({ 'cf-connecting-ip': nextIp(), 'x-api-key': key, origin: 'https://evil.example' })],
    ['its own Origin', (key) => gqlRequest({ 'cf-connecting-ip': nextIp(), 'x-api-key': key, origin: SHOP })],
    ['a Bearer header and no Origin', (key) => gqlRequest({ 'cf-connecting-ip': nextIp(), authorization: `Bearer ${key}` })],
    ['the widget from a foreign page', (key) => widgetRequest(key, { 'cf-connecting-ip': nextIp(), referer: 'https://evil.example/' })],
    ['the widget from its page', (key) => widgetRequest(key, { 'cf-connecting-ip': nextIp(), referer: `${SHOP}/x` })],
  ];
  it('every way of sending a page key lands in pages or widget, never server; the server key alone writes server counts', async () => {
    const { id, pageKey, serverKey } = await partnerWithKeys('f4');
    const env = envWith(1000);
    for (const [, request] of variants) await app.fetch(request(pageKey), env);
    await flushUsage(env, id);
    const minutes = (await usageStore(env, id).rows()).filter((r) => r.period === 'minute');
    expect(minutes.reduce((sum, r) => sum + r.n, 0)).toBe(variants.length);
    expect(minutes.filter((r) => r.channel === 'server')).toEqual([]);
    expect(minutes.filter((r) => r.channel === 'widget').reduce((sum, r) => sum + r.n, 0)).toBe(2);
    await app.fetch(gqlRequest({ 'cf-connecting-ip': nextIp(), 'x-api-key': serverKey }), env);
    await flushUsage(env, id);
    expect((await usageStore(env, id).rows()).filter((r) => r.period === 'minute' && r.channel === 'server').map((r) => [r.outcome, r.n])).toEqual([
      ['answered', 1],
    ]);
  });
});

describe('F5: frame-ancestors lists only the framing origin, when it is registered', () => {
  const ancestors = (res: Response) => /frame-ancestors ([^;]*)$/.exec(res.headers.get('content-security-policy') ?? '')?.[1];
  for (const origin of ORIGINS) {
    it(`framed by ${origin}: that origin alone`, async () => {
      const { pageKey } = await partnerWithKeys('f5');
      const res = await app.fetch(
        widgetRequest(pageKey, { 'cf-connecting-ip': nextIp(), referer: `${origin}/some/page?x=1`, 'sec-fetch-dest': 'iframe' }),
        envWith(100),
      );
      expect(res.status).toBe(200);
      expect(ancestors(res)).toBe(origin);
      expect(await res.text()).toContain(`data-parent-origin="${origin}"`);
    });
  }
  for (const origin of ['https://evil.example', 'https://shop.example.evil.example', 'http://shop.example', 'https://shop.example:8443']) {
    it(`framed by ${origin}: a message naming it and what to register, showing no partner origin`, async () => {
      const { id, pageKey } = await partnerWithKeys('f5x');
      const res = await app.fetch(widgetRequest(pageKey, { 'cf-connecting-ip': nextIp(), referer: `${origin}/`, 'sec-fetch-dest': 'iframe' }), envWith(100));
      expect(res.status).toBe(403);
      const text = htmlText(await res.text());
      expect(text).toContain(`not registered for "${origin}"`);
      expect(text).toMatch(/register that origin for your page key/);
      // The command it gives runs as it is: this partner's id and this key's id, no placeholder.
      expect(text).toContain(`npm run partner -- key origins ${id} ${keyIdOf(await keyHash(pageKey))} --add ${origin}`);
      for (const registered of ORIGINS) expect(res.headers.get('content-security-policy')).not.toContain(registered);
      expect(text).not.toContain('staging');
    });
  }
  it('framed with no Referer: a message saying what to change; opened on its own: shown, framable by no one', async () => {
    const { pageKey } = await partnerWithKeys('f5n');
    const framed = await app.fetch(widgetRequest(pageKey, { 'cf-connecting-ip': nextIp(), 'sec-fetch-dest': 'iframe' }), envWith(100));
    expect(framed.status).toBe(403);
    expect(htmlText(await framed.text())).toContain('referrerpolicy="origin"');
    const alone = await app.fetch(widgetRequest(pageKey, { 'cf-connecting-ip': nextIp(), 'sec-fetch-dest': 'document' }), envWith(100));
    expect(alone.status).toBe(200);
    expect(ancestors(alone)).toBe("'none'");
  });
});
