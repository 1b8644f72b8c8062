// Admission, as a production API decides it: refusals are rate limited and buy no KV reads; a
// public partner key cannot drain its partner's quota from one place (API calls and widget views
// alike) and buys no quota; IPv6 clients are counted by their /64; refusals list nothing of the
// partner's; the request id is ours; HEAD is GET without a body; `If-None-Match: *` never answers
// 304 for a query that fails; a malformed ID in `nodes` nulls only its own slot.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientOf } from '../../src/admission/caller.js';
import { keyHash, type Partner } from '../../src/admission/partners.js';
import type { Env } from '../../src/edge/env.js';
import app from '../../src/index.js';
import { bindings, bodyOf, gql, limiter, worker } from '../helpers.js';

/** The Worker's bindings with stand-in limiters and a KV that counts its reads. */
function envWith(limits: { anonymous?: number; partner?: number } = {}) {
  const anonymous = limiter(limits.anonymous ?? 1000);
  const partner = limiter(limits.partner ?? 1000);
  const reads = { count: 0 };
  const env: Env = {
    ...bindings,
    ASSETS: bindings.ASSETS,
    PARTNERS: {
      get: (key: string, type: 'json') => {
        reads.count++;
        return bindings.PARTNERS.get(key, type);
      },
    } as unknown as KVNamespace,
    RATE_LIMIT_ANONYMOUS: anonymous.binding,
    RATE_LIMIT_PARTNER: partner.binding,
    RATE_LIMIT_PARTNER_HIGH: partner.binding,
  };
  return { env, anonymous, partner, reads };
}

const call = (env: Env, headers: Record<string, string>, query = '{ catalog { version } }') =>
  app.fetch(
    new Request('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) }),
    env,
  );

const BROWSER_KEY = 'cg_admission_browser_key_0001';
const SERVER_KEY = 'cg_admission_server_key_00001';
async function addPartner(key: string, partner: Partner) {
  await bindings.PARTNERS.put(await keyHash(key), JSON.stringify(partner));
}
const base = { origins: ['https://shop.example', 'https://secret-staging.shop.example'], tier: 'standard' as const, createdAt: '2026-11-01T00:00:00Z' };
await addPartner(BROWSER_KEY, { ...base, id: 'ptn_shop', name: 'Shop' });
await addPartner(SERVER_KEY, { ...base, id: 'ptn_srv', name: 'Server', allowServer: true });

describe('401 and 403 are rate limited, and bogus keys buy no KV reads', () => {
  it('a stream of unknown keys from one IP: 401s until the IP limit, then 429; at most one KV read per counted request, and one more', async () => {
    const { env, reads } = envWith({ anonymous: 5 });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push((await call(env, { 'cf-connecting-ip': '203.0.113.10', 'x-api-key': `cg_unknown_key_${String(i).padStart(20, '0')}` })).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual(Array(7).fill(429));
    // Keys are looked up before any limit (a cold isolate judges a partner by its own limit): the
    // request that finds the IP over its limit costs one read, then this isolate looks up no more for it.
    expect(reads.count).toBe(6);
    // Another IP is not affected.
    expect((await call(env, { 'cf-connecting-ip': '203.0.113.11' })).status).toBe(200);
  });

  it('values not shaped like a key are refused without a KV read, and still counted', async () => {
    const { env, reads, anonymous } = envWith({ anonymous: 3 });
    const statuses: number[] = [];
    for (const key of ['nope', 'Bearer', 'x'.repeat(5000), 'cg_short', '<script>', `cg_${'!'.repeat(30)}`])
      statuses.push((await call(env, { 'cf-connecting-ip': '203.0.113.12', 'x-api-key': key })).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429, 429]);
    expect(reads.count).toBe(0);
    expect(anonymous.counts.get('ip:203.0.113.12')).toBe(6);
  });

  it('403s (a known key from another origin) count against the IP too', async () => {
    const { env } = envWith({ anonymous: 2 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await call(env, { 'cf-connecting-ip': '203.0.113.13', 'x-api-key': BROWSER_KEY, origin: 'https://evil.example' })).status);
    expect(statuses).toEqual([403, 403, 429, 429]);
  });
});

describe("a partner's public key cannot drain its quota from one place", () => {
  it("calls from web pages are counted in the client's own anonymous bucket: a forged Origin from curl exhausts only its own share", async () => {
    const { env, anonymous, partner } = envWith({ anonymous: 3, partner: 1000 });
    const from = (ip: string) => call(env, { 'cf-connecting-ip': ip, 'x-api-key': BROWSER_KEY, origin: 'https://shop.example' });
    const abuser: number[] = [];
    for (let i = 0; i < 6; i++) abuser.push((await from('198.51.100.66')).status);
    // A public key buys no quota: the abuser gets what one anonymous client gets, not the partner's tier.
    expect(abuser).toEqual([200, 200, 200, 429, 429, 429]);
    // The partner's real visitors, on other IPs, are served; the key added nothing to the abuser's own allowance.
    for (const ip of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) expect((await from(ip)).status).toBe(200);
    expect((await call(env, { 'cf-connecting-ip': '198.51.100.66' })).status).toBe(429);
    expect([...anonymous.counts.keys()]).toEqual(expect.arrayContaining(['ip:198.51.100.66', 'ip:198.51.100.1']));
    expect([...partner.counts.keys()]).toEqual([]);
  });

  it("a server key (no Origin, a secret) is counted per partner: it is the partner's own quota", async () => {
    const { env, partner } = envWith({ partner: 3 });
    const statuses: number[] = [];
    for (const ip of ['192.0.2.1', '192.0.2.2', '192.0.2.3', '192.0.2.4'])
      statuses.push((await call(env, { 'cf-connecting-ip': ip, authorization: `Bearer ${SERVER_KEY}` })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect([...partner.counts.keys()]).toEqual(['partner:ptn_srv']);
  });

  it("a 403 lists none of the partner's origins", async () => {
    for (const headers of [{ origin: 'https://evil.example' }, {}] as Record<string, string>[]) {
      const res = await worker('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': BROWSER_KEY, ...headers },
        body: '{"query":"{ catalog { version } }"}',
      });
      expect(res.status).toBe(403);
      const text = await res.text();
      expect(text).not.toMatch(/shop\.example/);
      expect(JSON.parse(text).errors[0].extensions.code).toBe('FORBIDDEN');
    }
  });
});

describe("the widget: a partner's public key cannot drain its quota from curl", () => {
  const view = (env: Env, ip: string, how: 'query' | 'header' = 'query', key = BROWSER_KEY) =>
    app.fetch(
      new Request(`http://localhost/embed/recommendations?targetRole=scrum-master${how === 'query' ? `&key=${key}` : ''}`, {
        headers: { 'cf-connecting-ip': ip, 'sec-fetch-dest': 'iframe', referer: 'https://shop.example/', ...(how === 'header' ? { 'x-api-key': key } : {}) },
      }),
      env,
    );

  it("widget views (no Origin) are counted per client: one client exhausts only its own share, never the partner's", async () => {
    const { env, anonymous, partner } = envWith({ anonymous: 3, partner: 3 });
    const abuser: number[] = [];
    for (let i = 0; i < 6; i++) abuser.push((await view(env, '203.0.113.66')).status);
    expect(abuser).toEqual([200, 200, 200, 429, 429, 429]);
    // The next real visitors, from other clients, see the widget.
    for (const ip of ['198.51.100.7', '198.51.100.8', '2001:db8:1::7']) {
      const res = await view(env, ip);
      expect(res.status, ip).toBe(200);
      expect(await res.text()).not.toMatch(/Too many requests/);
    }
    expect([...anonymous.counts.keys()]).toEqual(expect.arrayContaining(['ip:203.0.113.66', 'ip:198.51.100.7']));
    // No bucket of the partner's own (the one a server key uses) is touched by a widget view.
    expect([...partner.counts.keys()]).toEqual([]);
  });

  it('the same with the key as a header, with a server key, and from a page of another origin: every widget view is a page view', async () => {
    for (const [how, key, origin, served] of [
      ['header', BROWSER_KEY, null, 200],
      ['query', SERVER_KEY, null, 200],
      // Shown nowhere but on the partner's origins: a message naming the origin, counted alike.
      ['query', BROWSER_KEY, 'https://evil.example', 403],
    ] as const) {
      const { env, partner } = envWith({ anonymous: 2, partner: 1000 });
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) {
        const res = await app.fetch(
          new Request(`http://localhost/embed/recommendations?targetRole=scrum-master${how === 'query' ? `&key=${key}` : ''}`, {
            headers: { 'cf-connecting-ip': '203.0.113.70', ...(how === 'header' ? { 'x-api-key': key } : {}), ...(origin ? { origin } : {}) },
          }),
          env,
        );
        statuses.push(res.status);
      }
      expect(statuses, `${how} ${key} ${origin}`).toEqual([served, served, 429, 429]);
      expect([...partner.counts.keys()]).toEqual([]);
      expect((await view(env, '203.0.113.71', how === 'header' ? 'header' : 'query', key)).status).toBe(200);
    }
  });
});

describe('rate limits count a client as Cloudflare reports it: an IPv4 address, an IPv6 /64', () => {
  it('addresses of one IPv6 /64, however written, share one bucket; another /64 and each IPv4 address have their own', async () => {
    const { env, anonymous } = envWith({ anonymous: 3 });
    const statuses: number[] = [];
    for (const ip of [
      '2001:db8:aa:1::1',
      '2001:db8:aa:1::2',
      '2001:0DB8:00AA:0001:0000:0000:0000:0003',
      '2001:db8:aa:1:ffff:ffff:ffff:ffff',
      '2001:db8:aa:1::5',
    ]) {
      statuses.push((await call(env, { 'cf-connecting-ip': ip })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect((await call(env, { 'cf-connecting-ip': '2001:db8:aa:2::1' })).status).toBe(200);
    for (const ip of ['192.0.2.1', '192.0.2.2', '192.0.2.3', '192.0.2.4']) expect((await call(env, { 'cf-connecting-ip': ip })).status, ip).toBe(200);
    expect([...anonymous.counts.keys()]).toEqual(expect.arrayContaining(['ip:2001:db8:aa:1::/64', 'ip:2001:db8:aa:2::/64', 'ip:192.0.2.1']));
  });

  it('an IPv4-mapped IPv6 address is its IPv4 client; values that are not addresses share one bucket', async () => {
    const { env } = envWith({ anonymous: 2 });
    const statuses: number[] = [];
    for (const ip of ['192.0.2.50', '::ffff:192.0.2.50', '::ffff:c000:232']) statuses.push((await call(env, { 'cf-connecting-ip': ip })).status);
    expect(statuses).toEqual([200, 200, 429]);
    const junk: number[] = [];
    for (const ip of ['not-an-ip', '999.1.1.1', '1::2::3', 'x'.repeat(300)]) junk.push((await call(env, { 'cf-connecting-ip': ip })).status);
    expect(junk).toEqual([200, 200, 429, 429]);
  });

  it('generated: two addresses share a bucket exactly when they are the same IPv4 address or in the same IPv6 /64', () => {
    const hextet = fc.integer({ min: 0, max: 0xffff });
    const v6 = fc.array(hextet, { minLength: 8, maxLength: 8 });
    const spell = (h: number[], compress: boolean, upper: boolean) => {
      let text = h.map((x) => x.toString(16)).join(':');
      if (compress) text = text.replace(/(^|:)0(:0)+(:|$)/, '::');
      return upper ? text.toUpperCase() : text;
    };
    fc.assert(
      fc.property(v6, v6, fc.boolean(), fc.boolean(), fc.boolean(), (a, b, c1, c2, up) => {
        // Not IPv4-mapped: that range is an IPv4 client.
        fc.pre(!(a.slice(0, 5).every((x) => x === 0) && a[5] === 0xffff) && !(b.slice(0, 5).every((x) => x === 0) && b[5] === 0xffff));
        const same = a.slice(0, 4).join() === b.slice(0, 4).join();
        expect(clientOf(spell(a, c1, up)) === clientOf(spell(b, c2, false))).toBe(same);
        expect(clientOf(spell(a, c1, up))).toBe(clientOf(spell(a, !c1, !up)));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.ipV4(), fc.ipV4(), (a, b) => {
        expect(clientOf(a) === clientOf(b)).toBe(a === b);
      }),
    );
  });
});

describe('HTTP', () => {
  const Q = `/graphql?query=${encodeURIComponent('{ certification(slug: "cspo") { acronym } }')}`;

  it('HEAD is GET without a body: same status and caching headers, and a 304 for a matching ETag', async () => {
    const get = await worker(Q, { headers: { accept: 'application/json' } });
    const head = await worker(Q, { method: 'HEAD', headers: { accept: 'application/json' } });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    for (const h of ['etag', 'cache-control', 'content-type']) expect(head.headers.get(h), h).toBe(get.headers.get(h));
    const again = await worker(Q, { method: 'HEAD', headers: { accept: 'application/json', 'if-none-match': get.headers.get('etag')! } });
    expect(again.status).toBe(304);
    // A HEAD for a query that fails is not a 415 either: the GET's own answer, without the body.
    const bad = await worker(`/graphql?query=${encodeURIComponent('{ nope }')}`, { method: 'HEAD', headers: { accept: 'application/json' } });
    expect(bad.status).not.toBe(415);
    expect(bad.headers.get('cache-control')).toBe('no-store');
  });

  it('If-None-Match: * never answers 304 for a query that fails; it does for one that succeeds', async () => {
    for (const query of ['{ nope }', '{ certifications(first: 500) { totalCount } }', '{ catalog { version ']) {
      const res = await worker(`/graphql?query=${encodeURIComponent(query)}`, { headers: { accept: 'application/json', 'if-none-match': '*' } });
      expect(res.status, query).not.toBe(304);
      expect((await bodyOf(res)).errors!.length).toBeGreaterThan(0);
    }
    const ok = await worker(`/graphql?query=${encodeURIComponent('{ catalog { version asOf } }')}`, {
      headers: { accept: 'application/json', 'if-none-match': '*' },
    });
    expect(ok.status).toBe(304);
    expect(ok.headers.get('etag')).toMatch(/^W\//);
  });
});

describe('a malformed ID in nodes nulls only its own slot', () => {
  it('nodes: null and a BAD_USER_INPUT error at the index of each malformed ID; the rest is served', async () => {
    const good = btoa('Certification:psm-i');
    const unknown = btoa('Certification:psm-x');
    const res = await gql<{ catalog: { version: string }; nodes: ({ __typename: string } | null)[] }>(
      'query($ids: [ID!]!) { catalog { version } nodes(ids: $ids) { id __typename } }',
      { ids: [good, '!!!', unknown, 'zzz', btoa('Spaceship:x'), good] },
    );
    expect(res.data!.catalog.version).toBeTruthy();
    expect(res.data!.nodes.map((n) => n?.__typename ?? null)).toEqual(['Certification', null, null, null, null, 'Certification']);
    expect(res.errors!.map((e) => e.path)).toEqual([
      ['nodes', 1],
      ['nodes', 3],
      ['nodes', 4],
    ]);
    for (const e of res.errors!) {
      expect(e.extensions!.code).toBe('BAD_USER_INPUT');
      expect(e.message).toMatch(/is not a global ID of this API \(`ids\[\d\]`\)/);
    }
  });

  it('node: a malformed ID is null with its error; the other fields are served', async () => {
    const res = await gql('{ catalog { version } node(id: "!!!") { id } }');
    expect(res.data).toEqual({ catalog: { version: expect.any(String) }, node: null });
    expect(res.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0]!.path).toEqual(['node']);
  });
});
