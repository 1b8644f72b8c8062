// Every repeated request is cheap: a POST is answered from the isolate's response cache, keyed by
// what determines its answer (the GraphQL parameters, whatever their formatting, and the media
// type asked for); a GET computed by one isolate is answered by another of the same colo from the
// colo's cache (the Workers Cache API, which miniflare implements) without executing. Never an
// answer with errors, never past admission. In-process calls, so executions can be counted.
import fc from 'fast-check';
import { Hono } from 'hono';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { keyHash } from '../../src/admission/partners.js';
import type { createApp as CreateApp } from '../../src/app.js';
import { catalog } from '../../src/data/catalog.js';
import type { AppEnv, Env } from '../../src/edge/env.js';
import { type RequestState, requestContext } from '../../src/edge/request-context.js';
import { responseCache, responseCaching } from '../../src/graphql/response-cache.js';
import { createGraphQLServer } from '../../src/graphql/yoga.js';
import { bindings, bodyOf, countedApp, executionCounter, freshModules, type GraphQLResponse, serverContext, settledFetch } from '../helpers.js';

const { app, executions } = countedApp();

let ip = 0;
const nextIp = () => `198.19.7.${++ip % 250}`;
const JSON_TYPE = 'application/graphql-response+json';

/** Calls an app with an execution context, and waits for what it left running (the colo cache's writes). */
async function call(target: { fetch: ReturnType<typeof CreateApp>['fetch'] }, request: Request, env: Env = bindings): Promise<Response> {
  if (!request.headers.has('cf-connecting-ip')) request.headers.set('cf-connecting-ip', nextIp());
  const { res, body } = await settledFetch(target, request, env);
  return new Response(res.status === 304 || request.method === 'HEAD' ? null : body, res);
}

const postRaw = (body: string, headers: Record<string, string> = {}) =>
  new Request('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: JSON_TYPE, ...headers }, body });
const post = (body: unknown, headers: Record<string, string> = {}) => postRaw(JSON.stringify(body), headers);
const get = (params: Record<string, string>, headers: Record<string, string> = {}) =>
  new Request(`http://localhost/graphql?${new URLSearchParams(params)}`, { headers: { accept: JSON_TYPE, ...headers } });

/** Runs `send` and says how many operations it executed. */
async function executed(send: () => Promise<Response>, counter = executions): Promise<{ res: Response; text: string; ran: number }> {
  const before = counter.count;
  const res = await send();
  const text = await res.clone().text();
  return { res, text, ran: counter.count - before };
}

const COMPARE =
  'query Compare($c: [String!]!, $first: Int) { compare(certifications: $c) { similarity summary certifications { slug } } recommend(profile: {}, first: $first) { rank certification { slug } } }';

describe('POST answered from the isolate cache', () => {
  it('bodies that differ only in whitespace, key order, variables order or empty members share one answer', async () => {
    const variables = { c: ['psm-i', 'cspo', 'pmi-acp'], first: 3 };
    const first = await executed(() => call(app, post({ query: COMPARE, variables, operationName: 'Compare' })));
    expect(first.ran).toBe(1);
    expect(first.res.status).toBe(200);
    expect((await bodyOf(first.res)).errors).toBeUndefined();
    // Generated variants: members in any order, variables' keys in any order, any JSON whitespace,
    // an empty `extensions`, and the same bytes again.
    const member = fc.constantFrom<[string, unknown][]>(
      [
        ['query', COMPARE],
        ['variables', variables],
        ['operationName', 'Compare'],
      ],
      [
        ['query', COMPARE],
        ['variables', { first: 3, c: variables.c }],
        ['operationName', 'Compare'],
        ['extensions', {}],
      ],
      [
        ['operationName', 'Compare'],
        ['extensions', null],
        ['variables', { first: 3, c: variables.c }],
        ['query', COMPARE],
      ],
    );
    const space = fc.constantFrom('', ' ', '\n', '\t ', '\r\n  ');
    const variant = member.chain((m) => fc.tuple(fc.shuffledSubarray(m, { minLength: m.length, maxLength: m.length }), space));
    await fc.assert(
      fc.asyncProperty(variant, async ([members, ws]) => {
        const text = `${ws}{${ws}${members.map(([k, v]) => `${JSON.stringify(k)}${ws}:${ws}${JSON.stringify(v, null, ws.includes('\n') ? 2 : 0)}`).join(`,${ws}`)}${ws}}${ws}`;
        const hit = await executed(() => call(app, postRaw(text)));
        expect(hit.ran, text).toBe(0);
        expect(hit.text).toBe(first.text);
        expect(hit.res.headers.get('content-type')).toBe(first.res.headers.get('content-type'));
        expect(hit.res.headers.get('cache-control')).toBe('no-store');
      }),
      { numRuns: 40 },
    );
  });

  it('omitted, null and empty variables, operationName and extensions are one request', async () => {
    const query = '{ certification(slug: "cspo") { acronym level } }';
    const bodies = [
      { query },
      { query, variables: {} },
      { query, variables: null },
      { query, operationName: null },
      { query, operationName: '' },
      { query, extensions: {} },
      { variables: {}, extensions: {}, query, operationName: '' },
    ];
    const runs = [];
    for (const body of bodies) runs.push(await executed(() => call(app, post(body))));
    expect(runs.map((r) => r.ran)).toEqual([1, 0, 0, 0, 0, 0, 0]);
    for (const r of runs) {
      expect(r.res.status).toBe(200);
      expect(r.text).toBe(runs[0]!.text);
    }
    expect(JSON.parse(runs[0]!.text).data.certification.acronym).toBe('CSPO');
  });

  it('a different query, variables, operation or Accept is another request: it executes, and gets its own answer', async () => {
    const base = { query: COMPARE, variables: { c: ['csm', 'pspo-i'], first: 2 } };
    await call(app, post(base));
    const others = [
      post({ ...base, variables: { c: ['csm', 'pspo-i'], first: 3 } }),
      post({ ...base, variables: { c: ['pspo-i', 'csm'], first: 2 } }),
      post({ ...base, query: `${COMPARE} query Other { catalog { version } }`, operationName: 'Other' }),
      post({ ...base, query: COMPARE.replace('similarity summary', 'summary') }),
      post(base, { accept: 'application/json' }),
    ];
    const answers = new Set<string>();
    for (const request of others) {
      const run = await executed(() => call(app, request));
      expect(run.ran).toBe(1);
      expect(run.res.status).toBe(200);
      answers.add(`${run.res.headers.get('content-type')} ${run.text}`);
    }
    expect(answers.size).toBe(others.length);
    // The media type follows Accept, on a hit as on a miss.
    const asJson = await executed(() => call(app, post(base, { accept: 'application/json' })));
    expect(asJson.ran).toBe(0);
    expect(asJson.res.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it('an answer with errors, or a refusal, is never kept: each repeat executes again', async () => {
    const failing = [
      { query: 'query($p: ProfileInput!) { recommend(profile: $p) { rank } }', variables: { p: { held: ['no-such-cert'] } } },
      { query: 'query($c: [String!]!) { compare(certifications: $c) { similarity } }', variables: { c: ['psm-i'] } },
      { query: '{ certifications(first: 500) { totalCount } }' },
      { query: '{ nope }' },
    ];
    for (const body of failing) {
      const kept = responseCache.size;
      const first = await executed(() => call(app, post(body)));
      expect((await bodyOf(first.res)).errors?.length, JSON.stringify(body)).toBeGreaterThan(0);
      // Nothing kept for it (a refusal before execution runs nothing either way: this is what shows it).
      expect(responseCache.size, JSON.stringify(body)).toBe(kept);
      const again = await executed(() => call(app, post(body)));
      expect(again.text.includes('"errors"')).toBe(true);
      expect(again.res.headers.get('cache-control')).toBe('no-store');
      expect(again.ran, JSON.stringify(body)).toBe(first.ran);
    }
    // While a successful answer is kept: its repeat does not execute.
    const ok = { query: '{ certification(slug: "a-csm") { acronym } }' };
    const before = responseCache.size;
    await call(app, post(ok));
    expect(responseCache.size).toBeGreaterThan(before);
    expect((await executed(() => call(app, post(ok)))).ran).toBe(0);
  });

  it('a body refused as sent is refused even when its parameters have an answer kept', async () => {
    const query = '{ catalog { version } }';
    expect((await call(app, post({ query }))).status).toBe(200);
    // Padded with whitespace past the body limit: 413; an unknown member: 400; not UTF-8: 400.
    const padded = await call(app, postRaw(`{"query": ${JSON.stringify(query)}${' '.repeat(300 * 1024)}}`));
    expect(padded.status).toBe(413);
    const extra = await call(app, post({ query, extra: 1 }));
    expect(extra.status).toBe(400);
    const latin1 = new Uint8Array([...new TextEncoder().encode(`{"query": "${query}", "x": "`), 0xe9, ...new TextEncoder().encode('"}')]);
    const notUtf8 = await call(app, new Request('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: latin1 }));
    expect(notUtf8.status).toBe(400);
    for (const res of [padded, extra, notUtf8]) expect(firstErrorCode(await bodyOf(res))).toBe('BAD_USER_INPUT');
    // The well-formed request is still answered from the cache.
    expect((await executed(() => call(app, post({ query })))).ran).toBe(0);
  });

  it('other media types a POST may use: a repeated form-encoded or application/graphql body is answered from the cache', async () => {
    const query = '{ certification(slug: "popm") { acronym } }';
    const bodies = [
      () => postRaw(new URLSearchParams({ query }).toString(), { 'content-type': 'application/x-www-form-urlencoded' }),
      () => postRaw(query, { 'content-type': 'application/graphql' }),
    ];
    for (const make of bodies) {
      const send = () => call(app, make());
      const first = await executed(send);
      const again = await executed(send);
      expect([first.res.status, again.res.status]).toEqual([200, 200]);
      expect(again.ran).toBe(0);
      expect(again.text).toBe(first.text);
    }
  });

  it('an Automatic Persisted Query sent by its hash alone is answered from the cache once known', async () => {
    const query = '{ certification(slug: "psd-i") { acronym provider { slug } } }';
    const hash = [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(query)))]
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('');
    const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
    await call(app, post({ query, extensions }));
    const byHash = await executed(() => call(app, post({ extensions })));
    const again = await executed(() => call(app, post({ extensions: { persistedQuery: { sha256Hash: hash, version: 1 } } })));
    expect(byHash.ran).toBe(1);
    expect(again.ran).toBe(0);
    expect(again.text).toBe(byHash.text);
    expect(JSON.parse(again.text).data.certification.acronym).toBe('PSD I');
  });
});

const firstErrorCode = (body: { errors?: { extensions?: { code?: string } }[] }) => body.errors?.[0]?.extensions?.code;

describe('admission still runs before a hit: the answer is the same for every admitted caller, and nobody else', () => {
  const KEY = 'cg_test_respcache_partner_0123456789';
  const query = { query: '{ certification(slug: "psm-ii") { acronym name } }' };
  beforeAll(async () => {
    const partner = { id: 'ptn_rc', name: 'RC', origins: ['https://rc.example'], tier: 'standard', createdAt: '2026-11-01T00:00:00Z' };
    await bindings.PARTNERS.put(await keyHash(KEY), JSON.stringify(partner));
  });

  it('anonymous and partner callers share one answer; an unknown key, a wrong origin and a rate limit are refused', async () => {
    const anonymous = await executed(() => call(app, post(query)));
    const partner = await executed(() => call(app, post(query, { 'x-api-key': KEY, origin: 'https://rc.example' })));
    const partnerGet = await executed(() => call(app, get(query, { authorization: `Bearer ${KEY}`, origin: 'https://rc.example' })));
    const anonymousGet = await executed(() => call(app, get(query)));
    expect([anonymous.ran, partner.ran, partnerGet.ran, anonymousGet.ran]).toEqual([1, 0, 1, 0]);
    expect(partner.text).toBe(anonymous.text);
    // A hit is answered with the same headers around it: CORS, the request id.
    expect(partner.res.headers.get('access-control-allow-origin')).toBe('*');
    expect(partner.res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(anonymousGet.text).toBe(partnerGet.text);
    expect(anonymousGet.res.headers.get('etag')).toBe(partnerGet.res.headers.get('etag'));
    for (const send of [post, get] as const) {
      expect((await call(app, send(query, { 'x-api-key': 'cg_no_such_key_0123456789' }))).status).toBe(401);
      expect((await call(app, send(query, { 'x-api-key': KEY, origin: 'https://evil.example' }))).status).toBe(403);
      const limited = { ...bindings, RATE_LIMIT_ANONYMOUS: { limit: async () => ({ success: false }) } } as Env;
      expect((await call(app, send(query), limited)).status).toBe(429);
    }
  });
});

describe('HEAD', () => {
  it('a HEAD nobody has asked before is the GET without its body, and is kept for the GET', async () => {
    const params = { query: '{ certification(slug: "csp-sm") { acronym } }' };
    const head = await executed(() => call(app, new Request(get(params), { method: 'HEAD' })));
    expect(head.res.status).toBe(200);
    expect(head.text).toBe('');
    const full = await executed(() => call(app, get(params)));
    expect(full.ran).toBe(0);
    expect(JSON.parse(full.text).data.certification.acronym).toBe('CSP-SM');
    for (const h of ['etag', 'cache-control', 'content-type']) expect(head.res.headers.get(h), h).toBe(full.res.headers.get(h));
  });
});

/** A new isolate: the Worker's modules loaded anew (empty isolate caches), with an execution counter. */
async function newIsolate() {
  freshModules();
  const counter = executionCounter();
  const { createApp } = (await import('../../src/app.js')) as { createApp: typeof CreateApp };
  return { app: createApp({ plugins: [counter.plugin] }), counter };
}

describe("GET answers shared across isolates through the colo's cache (caches.default)", () => {
  afterEach(() => vi.unstubAllGlobals());
  let n = 0;
  /** A query no other test (nor a previous run of this one) has asked. */
  const fresh = () => ({ query: `{ certification(slug: "pspo-ii") { acronym } } # ${Date.now()}-${++n}` });

  it('an answer computed by one isolate is served by another without executing, ETag and all', async () => {
    const params = fresh();
    const a = await newIsolate();
    const computed = await executed(() => call(a.app, get(params)), a.counter);
    expect(computed.ran).toBe(1);
    const b = await newIsolate();
    const shared = await executed(() => call(b.app, get(params)), b.counter);
    expect(shared.ran).toBe(0);
    expect(shared.res.status).toBe(200);
    expect(shared.text).toBe(computed.text);
    for (const h of ['etag', 'cache-control', 'content-type', 'vary']) expect(shared.res.headers.get(h), h).toBe(computed.res.headers.get(h));
    // HEAD, If-None-Match (the tag, another tag, *) on a third isolate: all without executing.
    const c = await newIsolate();
    const etag = computed.res.headers.get('etag')!;
    const head = await executed(() => call(c.app, new Request(get(params), { method: 'HEAD' })), c.counter);
    const match = await executed(() => call(c.app, get(params, { 'if-none-match': etag })), c.counter);
    const other = await executed(() => call(c.app, get(params, { 'if-none-match': 'W/"0000"' })), c.counter);
    const d = await newIsolate();
    const star = await executed(() => call(d.app, get(params, { 'if-none-match': '*' })), d.counter);
    expect([head.res.status, match.res.status, other.res.status, star.res.status]).toEqual([200, 304, 200, 304]);
    expect(head.res.headers.get('etag')).toBe(etag);
    expect(other.text).toBe(computed.text);
    expect(c.counter.count + d.counter.count).toBe(0);
  });

  it('a POST computed by one isolate is served by another, in any formatting, without executing; another Accept or variables miss', async () => {
    const { query } = fresh();
    const variables = { p: { targetRole: 'product-owner', held: ['csm'] } };
    const q = `query Rec($p: ProfileInput!) { recommend(profile: $p, first: 2) { rank certification { slug } } } ${query.slice(query.indexOf('#'))}`;
    const a = await newIsolate();
    const computed = await executed(() => call(a.app, post({ query: q, variables })), a.counter);
    expect([computed.res.status, computed.ran]).toEqual([200, 1]);
    const b = await newIsolate();
    const reformatted = JSON.stringify({ variables: { p: { held: ['csm'], targetRole: 'product-owner' } }, extensions: {}, query: q }, null, 2);
    const shared = await executed(() => call(b.app, postRaw(reformatted)), b.counter);
    expect(shared.ran).toBe(0);
    expect(shared.text).toBe(computed.text);
    for (const h of ['cache-control', 'content-type']) expect(shared.res.headers.get(h), h).toBe(computed.res.headers.get(h));
    expect(shared.res.headers.get('cache-control')).toBe('no-store');
    // Found in the colo, it is now this isolate's too.
    expect((await executed(() => call(b.app, post({ query: q, variables })), b.counter)).ran).toBe(0);
    const c = await newIsolate();
    const json = await executed(() => call(c.app, post({ query: q, variables }, { accept: 'application/json' })), c.counter);
    const other = await executed(() => call(c.app, post({ query: q, variables: { p: { targetRole: 'scrum-master' } } })), c.counter);
    expect([json.ran, other.ran]).toEqual([1, 1]);
    expect(json.res.headers.get('content-type')).toMatch(/^application\/json/);
    // An answer with errors is not shared.
    const failing = { query: q, variables: { p: { held: ['no-such-cert'] } } };
    await call(c.app, post(failing));
    const d = await newIsolate();
    expect((await executed(() => call(d.app, post(failing)), d.counter)).ran).toBe(1);
  });

  it('the key holds the media type, the catalog and the deployed version: a different one misses', async () => {
    const params = fresh();
    await call((await newIsolate()).app, get(params));
    const otherAccept = await newIsolate();
    const json = await executed(() => call(otherAccept.app, get(params, { accept: 'application/json' })), otherAccept.counter);
    expect(json.ran).toBe(1);
    expect(json.res.headers.get('content-type')).toMatch(/^application\/json/);
    // Another catalog: the same files under another content hash (as a new build's would be).
    const otherCatalog = await newIsolate();
    const { installCatalog, CATALOG_ASSET } = await import('../../src/data/catalog.js');
    const compiled = await (await bindings.ASSETS.fetch(new Request(new URL(CATALOG_ASSET.path, 'https://assets.invalid')))).json();
    installCatalog(compiled as never, `${CATALOG_ASSET.fingerprint}-next`);
    expect((await executed(() => call(otherCatalog.app, get(params)), otherCatalog.counter)).ran).toBe(1);
    // Another deployed version of the Worker.
    const otherVersion = await newIsolate();
    const env = { ...bindings, CF_VERSION_METADATA: { id: 'another-version', tag: '', timestamp: '' } } as Env;
    expect((await executed(() => call(otherVersion.app, get(params), env), otherVersion.counter)).ran).toBe(1);
    // The same again in yet another isolate: found.
    const same = await newIsolate();
    expect((await executed(() => call(same.app, get(params)), same.counter)).ran).toBe(0);
  });

  it('an answer with errors is never shared: every isolate computes it', async () => {
    const params = { query: `{ certifications(first: 500) { totalCount } } # ${Date.now()}` };
    for (let i = 0; i < 2; i++) {
      const isolate = await newIsolate();
      const run = await executed(() => call(isolate.app, get(params)), isolate.counter);
      expect(run.ran).toBe(1);
      expect(run.res.headers.get('cache-control')).toBe('no-store');
    }
    // A successful one, by contrast, is computed once.
    const ok = fresh();
    await call((await newIsolate()).app, get(ok));
    const other = await newIsolate();
    expect((await executed(() => call(other.app, get(ok)), other.counter)).ran).toBe(0);
  });

  it('fails safe: with no Cache API, or one that throws, every answer is computed, never a 500', async () => {
    const params = fresh();
    vi.stubGlobal('caches', undefined);
    const none = await newIsolate();
    const missing = await executed(() => call(none.app, get(params)), none.counter);
    expect([missing.res.status, missing.ran]).toEqual([200, 1]);
    const attempts: string[] = [];
    const broken = {
      default: {
        match: () => {
          attempts.push('match');
          return Promise.reject(new Error('cache unavailable'));
        },
        put: () => {
          attempts.push('put');
          throw new Error('cache unavailable');
        },
      },
    };
    vi.stubGlobal('caches', broken);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const throwing = await newIsolate();
    const failed = await executed(() => call(throwing.app, get(params)), throwing.counter);
    expect([failed.res.status, failed.ran]).toEqual([200, 1]);
    expect(failed.text).toBe(missing.text);
    const failedPost = await executed(() => call(throwing.app, post(params)), throwing.counter);
    expect([failedPost.res.status, failedPost.ran]).toEqual([200, 1]);
    expect(JSON.parse(failed.text).data.certification.acronym).toBe('PSPO II');
    // The colo's cache was tried (read before executing, written after), and failed.
    expect(attempts).toEqual(['match', 'put', 'match', 'put']);
  });
});

describe('what may be kept is what yoga recorded on the request state, never the body parsed again', () => {
  // The response cache alone, in front of a stand-in for yoga that answers a clean body and records
  // (or not) a result on the state as it is told: the decision follows the record, not the body.
  const noColo = { ...bindings, CF_VERSION_METADATA: undefined } as unknown as Env;
  function standIn(record: (state: RequestState) => void) {
    const answered = { count: 0 };
    const app = new Hono<AppEnv>();
    app.use(requestContext());
    app.use((c, next) => {
      c.set('catalog', catalog);
      return next();
    });
    app.post('/graphql', responseCaching(), (c) => {
      answered.count++;
      record(c.var.state);
      return c.body('{"data":{"ok":true}}', 200, { 'content-type': JSON_TYPE });
    });
    return { app, answered };
  }
  /** How many of two identical requests the stand-in answered (1: the second came from the cache). */
  async function answeredOfTwo(name: string, record: (state: RequestState) => void): Promise<number> {
    const { app, answered } = standIn(record);
    const body = { query: `{ ${name} }` };
    for (let i = 0; i < 2; i++) {
      const res = await app.fetch(post(body), noColo);
      expect(await res.text()).toBe('{"data":{"ok":true}}');
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    return answered.count;
  }

  it('a record of one JSON document without errors is kept: the repeat is not computed', async () => {
    expect(await answeredOfTwo('recordedClean', (s) => (s.graphqlResult = { oneJsonDocument: true, errorCodes: [] }))).toBe(1);
  });

  it('fails closed: no record, a record with errors, or one that is not one JSON document keeps nothing', async () => {
    expect(await answeredOfTwo('notRecorded', () => {})).toBe(2);
    expect(await answeredOfTwo('recordedErrors', (s) => (s.graphqlResult = { oneJsonDocument: true, errorCodes: ['INTERNAL_SERVER_ERROR'] }))).toBe(2);
    expect(await answeredOfTwo('recordedUncoded', (s) => (s.graphqlResult = { oneJsonDocument: true, errorCodes: [null] }))).toBe(2);
    expect(await answeredOfTwo('recordedStream', (s) => (s.graphqlResult = { oneJsonDocument: false, errorCodes: [] }))).toBe(2);
    expect(
      await answeredOfTwo('callersOwn', (s) => {
        s.graphqlResult = { oneJsonDocument: true, errorCodes: [] };
        s.callersOwn = true;
      }),
    ).toBe(2);
  });

  it("yoga records its final result: the errors' codes as sent, none for a clean answer, not one document for SSE", async () => {
    const server = createGraphQLServer();
    const record = async (query: string, accept = JSON_TYPE) => {
      const context = serverContext();
      const res = await server.fetch(
        new Request('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: JSON.stringify({ query }) }),
        context,
      );
      const body = await res.text();
      return { record: context.state.graphqlResult, body };
    };
    const clean = await record('{ certification(slug: "a-csm") { acronym } }');
    expect(clean.record).toEqual({ oneJsonDocument: true, errorCodes: [] });
    const failing = await record('{ nope }');
    const sent = (JSON.parse(failing.body) as GraphQLResponse).errors?.map((e) => e.extensions?.code ?? null);
    expect(sent?.length).toBeGreaterThan(0);
    expect(failing.record).toEqual({ oneJsonDocument: true, errorCodes: sent });
    const refused = await record('{ certifications(first: 500) { totalCount } }');
    expect(refused.record?.errorCodes.length).toBeGreaterThan(0);
    expect((await record('{ certification(slug: "a-csm") { acronym } }', 'text/event-stream')).record?.oneJsonDocument).toBe(false);
  });
});
