// Partner-ready: keys, origins, rate limits and CORS, through the real Worker in workerd.
import { beforeAll, describe, expect, it } from 'vitest';
import { keyHash, type Partner } from '../../src/admission/partners.js';
import { bodyOf, bindings as env, firstError, worker } from '../helpers.js';

const QUERY = JSON.stringify({ query: '{ catalog { version } }' });
const post = (headers: Record<string, string>) =>
  worker('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: QUERY });

const ACME_KEY = 'cg_test_acme_key_0123456789';
const REVOKED_KEY = 'cg_test_revoked_key_0123456789';
const SERVER_KEY = 'cg_test_server_key_0123456789';
const HIGH_KEY = 'cg_test_high_key_0123456789';

async function addPartner(key: string, partner: Partner) {
  await env.PARTNERS.put(await keyHash(key), JSON.stringify(partner));
}

beforeAll(async () => {
  const base = { origins: ['https://acme.example'], tier: 'standard' as const, createdAt: '2026-11-01T00:00:00Z' };
  await addPartner(ACME_KEY, { ...base, id: 'ptn_acme', name: 'ACME' });
  await addPartner(REVOKED_KEY, { ...base, id: 'ptn_gone', name: 'Gone', revokedAt: '2026-11-20T10:00:00Z' });
  await addPartner(SERVER_KEY, { ...base, id: 'ptn_srv', name: 'Server', allowServer: true });
  await addPartner(HIGH_KEY, { ...base, id: 'ptn_high', name: 'High', tier: 'high' });
});

describe('partner keys', () => {
  it('stores records under the SHA-256 of the key, never the key itself', async () => {
    expect(await env.PARTNERS.get(ACME_KEY)).toBeNull();
    expect(await env.PARTNERS.get(await keyHash(ACME_KEY))).toContain('ptn_acme');
    expect(await keyHash(ACME_KEY)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('a known key from a registered origin is served, by Bearer or x-api-key', async () => {
    const ways: Record<string, string>[] = [{ authorization: `Bearer ${ACME_KEY}` }, { 'x-api-key': ACME_KEY }];
    for (const auth of ways) {
      const res = await post({ ...auth, origin: 'https://acme.example' });
      expect(res.status).toBe(200);
      expect((await bodyOf<{ catalog: { version: string } }>(res)).data!.catalog.version).toBeTruthy();
    }
  });

  it('an unknown key is 401 UNAUTHENTICATED, never a silent fall back to anonymous', async () => {
    const res = await post({ authorization: 'Bearer cg_not_a_real_key', origin: 'https://acme.example' });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const body = await bodyOf(res);
    expect(firstError(body).extensions.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
  });

  it('a revoked key is 401 and says it was revoked', async () => {
    const res = await post({ authorization: `Bearer ${REVOKED_KEY}`, origin: 'https://acme.example' });
    expect(res.status).toBe(401);
    const body = await bodyOf(res);
    expect(firstError(body).extensions.code).toBe('UNAUTHENTICATED');
    expect(firstError(body).message).toMatch(/revoked on 2026-11-20/);
  });

  it('a key from another origin is 403 FORBIDDEN: a key copied out of a partner page is useless elsewhere', async () => {
    const res = await post({ authorization: `Bearer ${ACME_KEY}`, origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    const body = await bodyOf(res);
    expect(firstError(body).extensions.code).toBe('FORBIDDEN');
    expect(firstError(body).message).toContain('https://evil.example');
    // The partner's registered origins are its business, not the caller's: never listed.
    expect(JSON.stringify(body)).not.toContain('acme.example');
    // The refusal is still readable by the page that made it.
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('a key with no Origin needs server access', async () => {
    expect((await post({ authorization: `Bearer ${ACME_KEY}` })).status).toBe(403);
    expect((await post({ authorization: `Bearer ${SERVER_KEY}` })).status).toBe(200);
  });

  it('no key is the anonymous tier', async () => {
    expect((await post({ origin: 'https://anyone.example' })).status).toBe(200);
  });
});

describe('rate limits', () => {
  it('an anonymous IP over 300 requests a minute gets 429, Retry-After and RATE_LIMITED; other IPs do not', async () => {
    // The limiter counts in fixed 60-second windows: if a window ends mid-test the count starts
    // again, so the refusal comes after 300 to 600 requests, never before 300.
    const ip = '203.0.113.77';
    let over: Response | undefined;
    let served = 0;
    for (let i = 0; i < 601 && !over; i++) {
      const res = await post({ 'cf-connecting-ip': ip });
      if (res.status === 200) served++;
      else over = res;
    }
    expect(served).toBeGreaterThanOrEqual(300);
    expect(over?.status).toBe(429);
    expect(over!.headers.get('retry-after')).toBe('60');
    const body = await bodyOf(over!);
    expect(firstError(body).extensions.code).toBe('RATE_LIMITED');
    expect(firstError(body).message).toMatch(/Retry after 60 seconds/);
    expect((await post({ 'cf-connecting-ip': '203.0.113.78' })).status).toBe(200);
    expect(over!.headers.get('access-control-allow-origin')).toBe('*');
  });

  it("a partner's server key is counted by its id, at its tier's higher limit", async () => {
    // 350 requests as the partner's servers, from one IP: over the anonymous limit, within the partner's.
    const ip = '203.0.113.90';
    let refused = 0;
    for (let i = 0; i < 350; i++) {
      const res = await post({ 'cf-connecting-ip': ip, 'x-api-key': SERVER_KEY });
      if (res.status !== 200) refused++;
    }
    expect(refused).toBe(0);
  });

  it("a public key (from a page, with an Origin) buys no quota: one client gets what an anonymous one gets, whatever the partner's tier", async () => {
    const ip = '203.0.113.91';
    let served = 0;
    let over: Response | undefined;
    for (let i = 0; i < 601 && !over; i++) {
      const res = await post({ 'cf-connecting-ip': ip, 'x-api-key': HIGH_KEY, origin: 'https://acme.example' });
      if (res.status === 200) served++;
      else over = res;
    }
    // As for anonymous callers: 300 a minute, so refused after 300 to 600 (a window may end mid-test).
    expect(served).toBeGreaterThanOrEqual(300);
    expect(over?.status).toBe(429);
    expect(firstError(await bodyOf(over!)).message).toMatch(/your IP address \(a partner's pages and widget share it with anonymous calls\)/);
    // Counted with that client's anonymous calls (a public key adds no capacity), apart from the partner's other visitors.
    expect((await post({ 'cf-connecting-ip': ip })).status).toBe(429);
    expect((await post({ 'cf-connecting-ip': '203.0.113.92', 'x-api-key': HIGH_KEY, origin: 'https://acme.example' })).status).toBe(200);
  });
});

describe('CORS', () => {
  it('answers a preflight for any origin, allowing the key headers', async () => {
    const res = await worker('/graphql', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://acme.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization, x-api-key',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-methods')).toMatch(/POST/);
    const allowed = res.headers.get('access-control-allow-headers')!.toLowerCase();
    for (const h of ['content-type', 'authorization', 'x-api-key']) expect(allowed).toContain(h);
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(Number(res.headers.get('access-control-max-age'))).toBeGreaterThan(0);
  });

  it('lets any page read anonymous responses, without credentials', async () => {
    const res = await post({ origin: 'https://anyone.example' });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')?.toLowerCase()).toContain('etag');
  });
});
