// The edge's holes of issue 22 (F6-F8 and the info items), each closed as a class and shown over
// generated variants: every cache key is canonical (a parsed and re-written request, known
// parameters only, the negotiated media type, bounded in size), errors echo at most a short piece
// of any input, content negotiation follows RFC 9110, every answer of the API carries CORS, the
// catalog asset is free of paths and its loading backs off, cursor errors say nothing of Pothos.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATALOG_ASSET } from '../../src/data/catalog.js';
import { sha256Hex } from '../../src/edge/digest.js';
import { MAX_ECHO } from '../../src/edge/echo.js';
import type { Env } from '../../src/edge/env.js';
import { responseCache } from '../../src/graphql/response-cache.js';
import { bindings, countedApp, freshModules, settledFetch, worker } from '../helpers.js';

const { app, executions } = countedApp();
const JSON_TYPE = 'application/graphql-response+json';
const run = `${Date.now()}`;
let ip = 0;

/** Calls the app in-process with an execution context, and waits for what it left running (the colo cache's writes). */
async function call(request: Request, env: Env = bindings): Promise<{ res: Response; text: string; ran: number }> {
  if (!request.headers.has('cf-connecting-ip')) request.headers.set('cf-connecting-ip', `198.19.22.${++ip % 250}`);
  const before = executions.count;
  const { res, body } = await settledFetch(app, request, env);
  return { res, text: new TextDecoder().decode(body), ran: executions.count - before };
}

const postText = (body: string, headers: Record<string, string> = {}) =>
  new Request('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: JSON_TYPE, ...headers }, body });
const getUrl = (path: string, search: string, headers: Record<string, string> = {}) =>
  new Request(`http://localhost${path}?${search}`, { headers: { accept: JSON_TYPE, ...headers } });

describe('F6: the POST cache keys on the parsed and re-written parameters, never the body as sent', () => {
  it('sixteen whitespace-padded 255 KiB POSTs do not flush the isolate response cache', async () => {
    // Answers kept before: GETs and POSTs.
    const warm = Array.from({ length: 12 }, (_, i) => `{ certifications(first: ${i + 1}) { totalCount } } # F6 ${run}`);
    for (const [i, query] of warm.entries()) {
      const request = i % 2 ? getUrl('/graphql', new URLSearchParams({ query }).toString()) : postText(JSON.stringify({ query }));
      expect((await call(request)).res.status).toBe(200);
    }
    // Padded around the JSON, between its members, and inside the document (each a distinct request).
    const pad = (n: number) => ' \n\t'.repeat(n);
    const size = 255 * 1024;
    const padded = Array.from({ length: 16 }, (_, i) => {
      const query = `{ catalog { version } } # F6 padded ${run}`;
      if (i % 3 === 0) return `${pad((size - 100) / 3 - i)}{"query":${JSON.stringify(query)}}`;
      if (i % 3 === 1) return `{"query":${JSON.stringify(query)},${pad((size - 100) / 3 - i)}"variables":{}}`;
      return JSON.stringify({ query: `${query}${' '.repeat(size - 100 - i)}` });
    });
    for (const body of padded) {
      expect(body.length).toBeGreaterThan(250 * 1024);
      expect((await call(postText(body))).res.status).toBe(200);
    }
    // Every answer kept before is still answered without executing.
    for (const [i, query] of warm.entries()) {
      const request = i % 2 ? getUrl('/graphql', new URLSearchParams({ query }).toString()) : postText(JSON.stringify({ query }));
      expect((await call(request)).ran, query).toBe(0);
    }
    expect(responseCache.bytes).toBeLessThan(responseCache.maxBytes / 2);
  });

  it('generated: formatting, padding, member order and the media type that carried them make one entry', async () => {
    const query = `{ certification(slug: "psm-ii") { acronym } } # F6 media ${run}`;
    const variables = { unused: [1, { b: 2, a: 'x' }] };
    const first = await call(postText(JSON.stringify({ query, variables })));
    expect([first.res.status, first.ran]).toEqual([200, 1]);
    const size = responseCache.size;
    const ws = fc.constantFrom('', ' ', '\n', '\t\t', ' '.repeat(4096));
    const variant = fc.tuple(ws, fc.boolean(), fc.constantFrom('json', 'form', 'graphql+json'));
    await fc.assert(
      fc.asyncProperty(variant, async ([space, reversed, type]) => {
        const members = [`"query"${space}:${space}${JSON.stringify(query)}`, `"variables":${space}{"unused":[1,{"a":"x",${space}"b":2}]}`];
        if (reversed) members.reverse();
        const body =
          type === 'form'
            ? new URLSearchParams({ variables: JSON.stringify(variables), query, junk: space }).toString()
            : `${space}{${members.join(`,${space}`)}}${space}`;
        const contentType = type === 'form' ? 'application/x-www-form-urlencoded' : type === 'json' ? 'application/json' : 'application/graphql+json';
        const again = await call(postText(body, { 'content-type': contentType }));
        expect(again.ran, body.slice(0, 200)).toBe(0);
        expect(again.text).toBe(first.text);
      }),
      { numRuns: 30 },
    );
    expect(responseCache.size).toBe(size);
  });
});

describe('F7: the colo cache keys on known parameters, the negotiated media type and the one path', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** Records the keys the colo's cache is asked to store. */
  function recordPuts(): string[] {
    const colo = (globalThis as unknown as { caches: CacheStorage & { default: Cache } }).caches.default;
    const keys: string[] = [];
    const recording = {
      match: (key: RequestInfo) => colo.match(key),
      put: (key: RequestInfo, response: Response) => {
        keys.push(String(key));
        return colo.put(key, response);
      },
      delete: (key: RequestInfo) => colo.delete(key),
    };
    vi.stubGlobal('caches', { default: recording });
    return keys;
  }

  it('generated: unknown and repeated parameters, parameter order, Accept spellings and JSON formatting make one entry', async () => {
    const puts = recordPuts();
    const query = `query Q($s: String!) { certification(slug: $s) { acronym } } # F7 ${run}`;
    const first = await call(getUrl('/graphql', new URLSearchParams({ query, variables: '{"s":"psm-i"}' }).toString(), { accept: 'application/json' }));
    expect([first.res.status, first.ran, puts.length]).toEqual([200, 1, 1]);
    const extra = fc.array(fc.tuple(fc.constantFrom('junk', 'utm_source', 'cb', 'query2', '_'), fc.string({ maxLength: 20 })), { maxLength: 3 });
    const accept = fc.constantFrom(
      'application/json',
      'APPLICATION/JSON',
      'application/json;q=1',
      'application/json; charset=utf-8',
      '*/*',
      '',
      'text/plain;q=0.5, application/json',
    );
    const variables = fc.constantFrom('{"s":"psm-i"}', '{ "s" : "psm-i" }', '{\n"s":"psm-i"}');
    await fc.assert(
      fc.asyncProperty(extra, accept, variables, fc.boolean(), async (junk, acceptValue, vars, reversed) => {
        const pairs: [string, string][] = [['query', query], ['variables', vars], ...junk];
        if (reversed) pairs.reverse();
        const search = new URLSearchParams(pairs).toString();
        const again = await call(getUrl('/graphql', search, { accept: acceptValue }));
        expect(again.ran, search).toBe(0);
        expect(again.text).toBe(first.text);
        // Downstream caches key on the URL as sent: only a URL of known parameters is public.
        const known = junk.length === 0;
        expect(again.res.headers.get('cache-control')?.startsWith('public'), search).toBe(known);
      }),
      { numRuns: 40 },
    );
    expect(puts).toHaveLength(1);
  });

  it('a path other than /graphql that reaches the API is computed, sent no-store, and stored nowhere', async () => {
    const puts = recordPuts();
    const paths = ['/graphql/', '/graphq%6c', '/graphql/.', '/graphql/./', '/%67raphql'];
    for (const [i, path] of paths.entries()) {
      const search = new URLSearchParams({ query: `{ catalog { version } } # F7 path ${run} ${i}` }).toString();
      const res = await call(getUrl(path, search));
      if (res.res.status === 404) continue;
      expect(res.res.status, path).toBe(200);
      expect(res.res.headers.get('cache-control'), path).toBe('no-store');
    }
    expect(puts).toEqual([]);
  });
});

describe('content negotiation follows RFC 9110', () => {
  const cases: [string, number, string | null][] = [
    ['*/*;q=0', 406, null],
    ['application/json;q=0, */*;q=0', 406, null],
    ['application/json;q=0', 406, null],
    ['application/json;q=0, application/graphql-response+json', 200, JSON_TYPE],
    ['*/*;q=0.1, application/json;q=0', 200, JSON_TYPE],
    ['application/*;q=0.5, application/graphql-response+json;q=0.9', 200, JSON_TYPE],
    ['application/json;q=0.4, application/graphql-response+json;q=0.5', 200, JSON_TYPE],
    ['application/graphql-response+json;q=0.4, application/json;q=0.5', 200, 'application/json'],
    ['application/json; charset=latin1', 406, null],
    ['*/*', 200, 'application/json'],
    ['', 200, 'application/json'],
    ['application/graphql-response+json, application/json', 200, JSON_TYPE],
    ['image/png', 406, null],
  ];
  for (const [accept, status, type] of cases) {
    it(`Accept: ${accept || '(empty)'} -> ${status}${type ? ` ${type}` : ''}, by GET and POST`, async () => {
      const query = `{ catalog { version } } # negotiation ${run}`;
      for (const request of [getUrl('/graphql', new URLSearchParams({ query }).toString(), { accept }), postText(JSON.stringify({ query }), { accept })]) {
        const { res, text } = await call(request);
        expect(res.status, request.method).toBe(status);
        if (type) expect(res.headers.get('content-type')).toBe(`${type}; charset=utf-8`);
        else expect(JSON.parse(text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
      }
    });
  }

  it('generated: a header whose ranges each weigh 0 or name a type the API does not answer in is refused 406', async () => {
    const none = fc.constantFrom('*/*;q=0', 'application/*;q=0', 'application/json;q=0', `${JSON_TYPE};q=0.0`, 'text/plain', 'image/*;q=0.8', 'text/*;q=0');
    await fc.assert(
      fc.asyncProperty(fc.array(none, { minLength: 1, maxLength: 4 }), fc.boolean(), async (ranges, byGet) => {
        const accept = ranges.join(', ');
        const query = '{ catalog { version } }';
        const request = byGet ? getUrl('/graphql', new URLSearchParams({ query }).toString(), { accept }) : postText(JSON.stringify({ query }), { accept });
        expect((await call(request)).res.status, accept).toBe(406);
      }),
      { numRuns: 25 },
    );
  });
});

describe('F8: a 404 and every error echo at most a short piece of the input', () => {
  const long = 'x'.repeat(20_000);
  const wide = 'é'.repeat(8_000);
  /** The longest run of `char` in `text`, in UTF-8 bytes. */
  const longestRun = (text: string, char: string) =>
    Math.max(0, ...(text.match(new RegExp(`${char}+`, 'g')) ?? []).map((r) => new TextEncoder().encode(r).length));
  const gqlProbes: [string, unknown][] = [
    [`{ ${long} }`, undefined],
    [`{ certifications(${long}: 1) { totalCount } }`, undefined],
    [`{ topics(role: ${long}) { slug } }`, undefined],
    [`{ certifications(first: "${long}") { totalCount } }`, undefined],
    [`{ certifications(first: "${wide}") { totalCount } }`, undefined],
    [`query($n: Int) { certifications(first: $n) { totalCount } }`, { n: long }],
    [`query($n: Int) { certifications(first: $n) { totalCount } }`, { n: wide }],
    [`query($n: ${long}) { catalog { version } }`, undefined],
    [`{ catalog { ...${long} } }`, undefined],
    [`{ catalog @${long} { version } }`, undefined],
    [`{ catalog { version } ${long}`, undefined],
    [`query($p: ProfileInput!) { recommend(profile: $p) { rank } }`, { p: { [long]: 1 } }],
    [`{ compare(certifications: ["${long}", "psm-i"]) { similarity } }`, undefined],
    [`{ certifications(after: "${long}") { totalCount } }`, undefined],
    [`{ node(id: "${long}") { id } }`, undefined],
  ];
  for (const [i, [query, variables]] of gqlProbes.entries()) {
    it(`GraphQL error ${i + 1}: ${query
      .replace(/x{20}x+/, 'x…')
      .replace(/é{20}é+/, 'é…')
      .slice(0, 70)}`, async () => {
      for (const operationName of [undefined, long]) {
        const { text } = await call(postText(JSON.stringify({ query, variables, operationName })));
        expect(text).toMatch(/"errors"/);
        expect(longestRun(text, 'x'), text.slice(0, 300).replace(/x{20}x+/g, 'x…')).toBeLessThanOrEqual(200);
        expect(longestRun(text, 'é')).toBeLessThanOrEqual(200);
        // A message quotes at most MAX_ECHO characters of any piece (extensions list a few values, each cut too).
        for (const e of JSON.parse(text).errors as { message: string }[]) expect(longestRun(e.message, 'x')).toBeLessThanOrEqual(MAX_ECHO);
      }
    });
  }

  it('generated: a 404 on any path (60 KB of it) names at most a short piece of it', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/', '/graphql/', '/data/', '/explore/', '/embed/', '/x/'),
        fc.constantFrom(long, encodeURIComponent(wide)),
        async (prefix, tail) => {
          const res = await worker(`${prefix}${tail}`);
          const text = await res.text();
          expect(res.status).toBeGreaterThanOrEqual(400);
          expect(longestRun(text, 'x')).toBeLessThanOrEqual(200);
          expect(longestRun(text, '%C3%A9|é')).toBeLessThanOrEqual(200);
          expect(text.length).toBeLessThan(4000);
        },
      ),
      { numRuns: 12 },
    );
  });
});

describe('cursor errors', () => {
  it("generated: a malformed cursor is refused in the API's terms, never Pothos's", async () => {
    const cursor = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.integer({ min: -5, max: 100 }).map((n) => btoa(`OffsetConnection:${n}`)),
      fc.constantFrom('T2Zmc2V0', btoa('Offset:1'), btoa('OffsetConnection:abc'), '%%%'),
    );
    await fc.assert(
      fc.asyncProperty(cursor, fc.constantFrom('after', 'before'), async (value, arg) => {
        const { text } = await call(
          postText(JSON.stringify({ query: `query($c: String) { certifications(${arg}: $c, first: 2) { totalCount } }`, variables: { c: value } })),
        );
        expect(text).not.toMatch(/OffsetConnection|Pothos|prefix/);
      }),
      { numRuns: 30 },
    );
  });
});

describe('/_catalog, the asset the Worker loads', () => {
  it('is named by the hash of what it serves and carries no repository path', async () => {
    const res = await bindings.ASSETS.fetch(new Request(new URL(CATALOG_ASSET.path, 'https://assets.invalid')));
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(CATALOG_ASSET.path).toBe(`/_catalog/${(await sha256Hex(text)).slice(0, 16)}.json`);
    expect(text).not.toMatch(/src\/|\.ya?ml"|"file"/);
  });
});

describe('every answer of the API carries CORS; catalog loading backs off', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a broken catalog asset: one fetch and one log line per back-off window; preflight, 503 and 404 all carry CORS', async () => {
    let fetches = 0;
    let broken = true;
    freshModules();
    const cold = (await import('../../src/index.js')).default;
    const env = {
      ...bindings,
      ASSETS: {
        fetch: (request: Request) => {
          if (new URL(request.url).pathname === CATALOG_ASSET.path) fetches++;
          return broken ? Promise.resolve(new Response('gone', { status: 500 })) : bindings.ASSETS.fetch(request);
        },
      },
    } as unknown as Env;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const send = (request: Request) => Promise.resolve(cold.fetch(request, env));
    const requests = () => [
      new Request('http://localhost/graphql', { method: 'OPTIONS', headers: { origin: 'https://a.example', 'access-control-request-method': 'POST' } }),
      postText(JSON.stringify({ query: '{ catalog { version } }' })),
      getUrl('/graphql', 'query=%7B%20catalog%20%7B%20version%20%7D%20%7D'),
      new Request('http://localhost/graphql/nothing-here'),
    ];
    for (let round = 0; round < 3; round++) {
      for (const request of requests()) {
        const res = await send(request);
        expect(res.headers.get('access-control-allow-origin'), `${request.method} ${request.url}`).toBe('*');
        if (request.method === 'OPTIONS') expect(res.status).toBe(204);
        else {
          expect(res.status).toBe(503);
          expect(Number(res.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
          expect(res.headers.get('x-certgraph-degraded')).toBe('catalog');
        }
      }
    }
    expect(fetches).toBe(1);
    expect(errors.mock.calls.filter((c) => String(c[0]).includes(CATALOG_ASSET.path))).toHaveLength(1);
    // Past the window, one more try; then, once the asset answers, the API does.
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + 1_500);
    expect((await send(requests()[1]!)).status).toBe(503);
    expect(fetches).toBe(2);
    expect((await send(requests()[1]!)).status).toBe(503);
    expect(fetches).toBe(2);
    broken = false;
    vi.spyOn(Date, 'now').mockReturnValue(now + 60_000);
    const served = await send(requests()[1]!);
    expect(served.status).toBe(200);
    expect(served.headers.get('access-control-allow-origin')).toBe('*');
    expect(fetches).toBe(3);
  });

  it('refusals of every kind carry CORS', async () => {
    const refused = [
      postText(JSON.stringify({ query: '{ catalog { version } }' }), { accept: 'image/png' }),
      postText('{not json'),
      postText(JSON.stringify({ query: '{ nope }' })),
      new Request('http://localhost/graphql', { method: 'PUT' }),
      new Request('http://localhost/graphql/x'),
      postText(JSON.stringify({ query: '{ catalog { version } }' }), { 'x-api-key': 'cg_no_such_key_0123456789abcdef' }),
    ];
    for (const request of refused) {
      const res = await worker(new URL(request.url).pathname, request);
      expect(res.status, `${request.method} ${request.url}`).toBeGreaterThanOrEqual(200);
      expect(res.headers.get('access-control-allow-origin'), `${request.method} ${request.url} ${res.status}`).toBe('*');
    }
  });
});
