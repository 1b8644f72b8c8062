// Hostile queries and requests: each refused with the right code, before anything executes,
// and fast. (In-process calls of the app, so this isolate's execution counter can be read.)
import fc from 'fast-check';
import { GraphQLError, getIntrospectionQuery } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catalog } from '../../src/data/catalog.js';
import { LIMITS } from '../../src/graphql/limits/figures.js';
import { jsonSizeOver } from '../../src/graphql/limits/response-budget.js';
import { createGraphQLServer, maskError } from '../../src/graphql/yoga.js';
import { bindings, bodyOf, countedApp, firstError, type GraphQLResponse, inRequest, worker } from '../helpers.js';

const { app, executions } = countedApp();

/** An answer, how long it took, and how many operations ran for it. */
interface Sent {
  res: Response;
  json: GraphQLResponse<{ __schema: { queryType: { name: string } } }> | null;
  ms: number;
  executed: number;
}

let ip = 0;
async function send(body: BodyInit, headers: Record<string, string> = {}): Promise<Sent> {
  const before = executions.count;
  const t0 = performance.now();
  const res = await app.fetch(
    new Request('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': `198.19.0.${++ip % 250}`, ...headers },
      body,
    }),
    bindings,
  );
  const text = await res.text();
  const ms = performance.now() - t0;
  return { res, json: text ? (JSON.parse(text) as Sent['json']) : null, ms, executed: executions.count - before };
}
const query = (q: string, variables?: unknown) => send(JSON.stringify({ query: q, variables }));

/** Refused with `code`, before execution, quickly (generous bound: the point is no execution). */
function expectRefused(r: Sent, code: string, status?: number) {
  expect(r.json?.errors?.[0]?.extensions?.code, JSON.stringify(r.json).slice(0, 300)).toBe(code);
  if (status) expect(r.res.status).toBe(status);
  expect(r.executed).toBe(0);
  expect(r.ms).toBeLessThan(1000);
  expect(JSON.stringify(r.json)).not.toMatch(/\s+at\s+\S+\s+\(|node_modules/);
}

describe('query limits, refused during validation', () => {
  it('1,000 aliases (at least 3,000 tokens: the token limit stops it in the parser)', async () => {
    const r = await query(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: catalog { version }`).join(' ')} }`);
    expectRefused(r, 'QUERY_TOO_COMPLEX');
    expect(['tokens', 'aliases']).toContain(firstError(r.json).extensions.limit);
  });

  it('40 aliases, within the token limit, are refused by the aliases limit with the figure', async () => {
    const r = await query(`{ ${Array.from({ length: 40 }, (_, i) => `a${i}: catalog { version }`).join(' ')} }`);
    expectRefused(r, 'QUERY_TOO_COMPLEX');
    expect(firstError(r.json).extensions).toMatchObject({ limit: 'aliases', max: LIMITS.aliases, requested: 40 });
    expect(firstError(r.json).message).toBe('Query too complex: Aliases limit of 30 exceeded, found 40.');
  });

  it('depth 50', async () => {
    const nested = 'topics { topic { certifications { '.repeat(17);
    const r = await query(`{ certification(slug: "psm-i") { ${nested} slug ${'} } } '.repeat(17)} } }`);
    expectRefused(r, 'QUERY_TOO_COMPLEX');
    expect(firstError(r.json).extensions).toMatchObject({ limit: 'depth', max: LIMITS.depth });
    expect(firstError(r.json).extensions.requested).toBeGreaterThanOrEqual(50);
  });

  it('a 100,000-token query, stopped inside the parser', async () => {
    const q = `{ ${'a '.repeat(99_998)}}`;
    expect(q.length).toBeLessThan(LIMITS.bodyBytes);
    const r = await query(q);
    expectRefused(r, 'QUERY_TOO_COMPLEX');
    expect(firstError(r.json).extensions).toMatchObject({ limit: 'tokens', max: LIMITS.tokens });
    expect(firstError(r.json).message).toMatch(/Token limit of 2000 exceeded/);
  });

  it('many directives', async () => {
    const r = await query(`{ catalog ${'@include(if: true) '.repeat(50)}{ version } }`);
    expectRefused(r, 'QUERY_TOO_COMPLEX');
    expect(firstError(r.json).extensions.limit).toBe('directives');
  });

  it('a query whose cost explodes through nested lists names its cost and the limit', async () => {
    const r = await query('{ overlapMatrix { pairs { shared { certifications { topics { topic { slug } } } } } } }');
    expectRefused(r, 'QUERY_TOO_COMPLEX');
    const { requested, max, limit } = firstError(r.json).extensions;
    expect(limit).toBe('cost');
    expect(max).toBe(LIMITS.cost);
    expect(requested).toBeGreaterThan(LIMITS.cost);
    expect(firstError(r.json).message).toContain((requested as number).toLocaleString('en-US'));
    expect(r.json!.extensions!.cost!).toEqual({ requested, limit: LIMITS.cost });
  });

  it("the whole matrix with every pair's numbers is within the cost limit; with every pair's topic lists it grows past it and is refused; compare gives a chosen set's topic lists", async () => {
    const numbers = await query('{ overlapMatrix { certifications { slug } similarity pairs { a { slug } b { slug } similarity coverageOfA coverageOfB } } }');
    expect(numbers.json!.errors).toBeUndefined();
    expect(numbers.json!.extensions!.cost!.requested).toBeLessThanOrEqual(LIMITS.cost);
    const TOPICS = 'pairs { a { slug } b { slug } similarity coverageOfA coverageOfB shared { slug } onlyA { slug } onlyB { slug } }';
    // The catalog's 45 certifications make 990 pairs: every pair's topic lists is priced past the
    // limit (the cost grows with the square of the catalog), and refused before it runs.
    const everything = await query(`{ overlapMatrix { certifications { slug } similarity ${TOPICS} } }`);
    expectRefused(everything, 'QUERY_TOO_COMPLEX');
    expect(everything.json!.errors![0]!.extensions).toMatchObject({ limit: 'cost', max: LIMITS.cost });
    expect(everything.json!.errors![0]!.extensions!.requested).toBeGreaterThan(LIMITS.cost);
    // For the pairs one is weighing, `compare` gives the same topic lists, within the limit.
    const chosen = catalog.certifications.slice(0, 6).map((c) => c.slug);
    const some = await query(`{ compare(certifications: ${JSON.stringify(chosen)}) { ${TOPICS} } }`);
    expect(some.json!.errors).toBeUndefined();
    expect((some.json!.data as unknown as { compare: { pairs: unknown[] } }).compare.pairs).toHaveLength(15);
    expect(some.json!.extensions!.cost!.requested).toBeLessThanOrEqual(LIMITS.cost);
  });

  it('circular fragments', async () => {
    const r = await query('query { ...A } fragment A on Query { catalog { version } ...B } fragment B on Query { ...A }');
    expectRefused(r, 'BAD_USER_INPUT');
    expect(firstError(r.json).message).toMatch(/Cannot spread fragment/);
  });

  it('first: 1000000 is BAD_USER_INPUT, not a silent cap, and costs no more than the largest page', async () => {
    const r = await query('{ certifications(first: 1000000) { totalCount nodes { slug } } }');
    expect(firstError(r.json).extensions.code).toBe('BAD_USER_INPUT');
    expect(firstError(r.json).message).toMatch(/between 0 and 100/);
    expect(r.json!.data).toBeNull();
    expect(r.ms).toBeLessThan(1000);
  });
});

describe('request limits', () => {
  it('a 1 MB body is 413 with a GraphQL error, before it is parsed', async () => {
    const r = await send(JSON.stringify({ query: '{ catalog { version } }', pad: 'x'.repeat(1024 * 1024) }));
    expectRefused(r, 'BAD_USER_INPUT', 413);
    expect(firstError(r.json).message).toMatch(/256 KiB/);
  });

  it('a 1 MB chunked body (no Content-Length) is 413 too', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 16) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const r = await send(stream as unknown as BodyInit);
    expectRefused(r, 'BAD_USER_INPUT', 413);
  });

  it('a variables object of 1 MB is refused (413)', async () => {
    const r = await query('query($c: [String!]!) { compare(certifications: $c) { similarity } }', { c: Array.from({ length: 1024 }, () => 'x'.repeat(1024)) });
    expectRefused(r, 'BAD_USER_INPUT', 413);
  });

  it('variables over 64 KiB inside a body under the limit are refused, naming both sizes', async () => {
    const r = await query('query($c: [String!]!) { compare(certifications: $c) { similarity } }', { c: Array.from({ length: 100 }, () => 'x'.repeat(1024)) });
    expectRefused(r, 'BAD_USER_INPUT', 413);
    expect(firstError(r.json).message).toMatch(/variables are [\d,]+ bytes; the limit is 65,536/);
  });

  it('invalid UTF-8 is a 400 BAD_USER_INPUT', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"query":"{ catalog { version'), 0xff, 0xfe, 0xc3, 0x28, ...new TextEncoder().encode(' } }"}')]);
    const r = await send(bytes);
    expectRefused(r, 'BAD_USER_INPUT', 400);
    expect(firstError(r.json).message).toMatch(/not valid UTF-8/);
  });

  it('batching is off: an array of operations is refused', async () => {
    const r = await send(JSON.stringify([{ query: '{ catalog { version } }' }, { query: '{ roles { slug } }' }]));
    expect(r.res.status).toBeGreaterThanOrEqual(400);
    expect(r.res.status).toBeLessThan(500);
    expectRefused(r, 'BAD_USER_INPUT');
  });
});

describe('every response reports its cost; introspection still works', () => {
  it('extensions.cost on a plain query', async () => {
    const r = await query('{ catalog { version } certification(slug: "psm-i") { topics { depth topic { slug } } } }');
    expect(r.json!.extensions!.cost!).toEqual({ requested: expect.any(Number), limit: LIMITS.cost });
    expect(r.json!.extensions!.cost!.requested).toBeGreaterThan(2);
  });

  it("GraphiQL's introspection query is accepted", async () => {
    const r = await query(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true, directiveIsRepeatable: true }));
    expect(r.json!.errors).toBeUndefined();
    expect(r.json!.data!.__schema.queryType.name).toBe('Query');
  });
});

describe('errors never leak internals', () => {
  afterEach(() => vi.restoreAllMocks());

  it('an unexpected error becomes INTERNAL_SERVER_ERROR with a request id, also in the log line', async () => {
    const logged: unknown[][] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
    const internal = new Error('connection string postgres://admin:secret@db');
    const wrapped = new GraphQLError(internal.message, { originalError: internal, path: ['catalog'] });
    const yoga = createGraphQLServer();
    const masked = await inRequest('req-123', () => {
      yoga.logger.error(wrapped);
      return maskError(wrapped, 'Unexpected error.') as GraphQLError;
    });
    expect(masked.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'req-123' });
    expect(masked.message).toBe('Unexpected error. Quote request id req-123 if you report it.');
    expect(masked.message).not.toContain('secret');
    expect(logged.flat().map(String).join(' ')).toContain('req-123');
  });

  it('responses carry a request id and secure headers', async () => {
    const r = await query('{ catalog { version } }');
    expect(r.res.headers.get('x-request-id')).toBeTruthy();
    expect(r.res.headers.get('x-content-type-options')).toBe('nosniff');
    const csp = r.res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("'unsafe-inline' 'unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(r.res.headers.get('strict-transport-security')).toMatch(/max-age=/);
    // The id is always the server's own: a client cannot choose what lands in messages and logs.
    for (const headers of [{ 'cf-ray': '8a1b2c3d4e5f6789-AMS' }, { 'x-request-id': 'chosen-by-client' }, { 'cf-ray': 'x'.repeat(40) }] as Record<
      string,
      string
    >[]) {
      const r = await send(JSON.stringify({ query: '{ catalog { version } }' }), headers);
      expect(r.res.headers.get('x-request-id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });
});

describe('every response of every surface carries the request id and the security headers', () => {
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  const surfaces: [string, string, RequestInit?][] = [
    ['an answer', '/graphql?query=%7B__typename%7D'],
    ['a refusal (malformed JSON)', '/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }],
    ['a CORS preflight', '/graphql', { method: 'OPTIONS', headers: { origin: 'https://a.example', 'access-control-request-method': 'POST' } }],
    ['no such route', '/no/such/route'],
    ['a download (a static asset)', '/data/overlap.csv'],
    ["GraphiQL's boot script (a static asset)", '/graphiql-boot.js'],
    ['the explorer', '/explore'],
    ['the widget', '/embed/recommendations?targetRole=scrum-master'],
  ];
  it.each(surfaces)('%s', async (_, path, init) => {
    const res = await worker(path, init);
    await res.arrayBuffer();
    expect(res.headers.get('x-request-id')).toMatch(UUID);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=/);
    if (!path.startsWith('/embed/')) expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});

describe("operations other than queries are the caller's mistake, refused before anything runs", () => {
  afterEach(() => vi.restoreAllMocks());

  it('subscriptions and mutations, sent or chosen by operationName, by POST and GET: BAD_USER_INPUT saying what to send, nothing logged at error level', async () => {
    const errors = vi.spyOn(console, 'error');
    const cases: { query: string; operationName?: string; word: RegExp }[] = [
      { query: 'subscription { __typename }', word: /no subscriptions/ },
      { query: 'subscription Watch { catalog { version } }', word: /no subscriptions/ },
      { query: 'query A { __typename } subscription B { __typename }', operationName: 'B', word: /no subscriptions/ },
      { query: 'mutation { __typename }', word: /no mutations/ },
      { query: 'mutation M { catalog { version } } query Q { __typename }', operationName: 'M', word: /no mutations/ },
    ];
    for (const { query: q, operationName, word } of cases) {
      const r = await send(JSON.stringify({ query: q, operationName }), { accept: 'application/graphql-response+json' });
      expectRefused(r, 'BAD_USER_INPUT', 400);
      expect(firstError(r.json).message).toMatch(word);
      expect(firstError(r.json).message).toMatch(/Send the operation as a query/);
      expect(r.json?.data).toBeUndefined();
    }
    const viaGet = await app.fetch(
      new Request(`http://localhost/graphql?query=${encodeURIComponent('subscription { __typename }')}`, {
        headers: { accept: 'application/graphql-response+json', 'cf-connecting-ip': '198.19.3.1' },
      }),
      bindings,
    );
    expect(viaGet.status).toBe(400);
    expect(firstError(await bodyOf(viaGet)).extensions.code).toBe('BAD_USER_INPUT');
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('every refusal before execution answers the same way over HTTP', () => {
  // GraphQL over HTTP (and yoga, for its own validation errors): a request error is 400 under
  // application/graphql-response+json, 200 under application/json; never data.
  const deep = (k: number) => `{ certification(slug: "psm-i") { ${'prerequisites { '.repeat(k)}slug${' }'.repeat(k)} } }`;
  const REFUSALS: { name: string; body: Record<string, unknown>; code: string; limit?: string }[] = [
    { name: 'depth', body: { query: deep(13) }, code: 'QUERY_TOO_COMPLEX', limit: 'depth' },
    {
      name: 'aliases',
      body: { query: `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: __typename`).join(' ')} }` },
      code: 'QUERY_TOO_COMPLEX',
      limit: 'aliases',
    },
    { name: 'directives', body: { query: `{ __typename ${'@skip(if: false) '.repeat(21)}}` }, code: 'QUERY_TOO_COMPLEX', limit: 'directives' },
    { name: 'tokens', body: { query: `{ ${'__typename '.repeat(2001)}}` }, code: 'QUERY_TOO_COMPLEX', limit: 'tokens' },
    {
      name: 'cost',
      body: { query: '{ certification(slug: "psm-i") { fundamentals { certifications { fundamentals { certifications { slug } } } } } }' },
      code: 'QUERY_TOO_COMPLEX',
      limit: 'cost',
    },
    {
      name: 'introspection depth',
      body: { query: '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }' },
      code: 'QUERY_TOO_COMPLEX',
      limit: 'introspectionDepth',
    },
    { name: 'syntax', body: { query: '{ catalog { version }' }, code: 'BAD_USER_INPUT' },
    { name: 'validation', body: { query: '{ nope }' }, code: 'BAD_USER_INPUT' },
    { name: 'variables', body: { query: 'query($n: Int) { certifications(first: $n) { totalCount } }', variables: { n: 'ten' } }, code: 'BAD_USER_INPUT' },
    { name: 'unknown operation', body: { query: 'query A { __typename }', operationName: 'B' }, code: 'BAD_USER_INPUT' },
    {
      name: 'list too long',
      body: { query: 'query($c: [String!]!) { compare(certifications: $c) { similarity } }', variables: { c: Array(7).fill('psm-i') } },
      code: 'BAD_USER_INPUT',
    },
    { name: 'subscription', body: { query: 'subscription { __typename }' }, code: 'BAD_USER_INPUT' },
  ];

  it(`${REFUSALS.length} kinds of refusal: 400 under application/graphql-response+json, 200 under application/json, fresh or cached, never data`, async () => {
    for (const { name, body, code, limit } of REFUSALS) {
      for (const [accept, status] of [
        ['application/graphql-response+json', 400],
        ['application/json', 200],
        ['application/graphql-response+json', 400],
      ] as const) {
        const r = await send(JSON.stringify(body), { accept });
        expect(r.res.status, `${name} ${accept}`).toBe(status);
        expectRefused(r, code);
        if (limit) expect(firstError(r.json).extensions.limit, name).toBe(limit);
        expect(r.json?.data, name).toBeUndefined();
      }
    }
  });

  it("graphql-js's introspection depth limit is QUERY_TOO_COMPLEX, naming the limit and what to do", async () => {
    const r = await send(JSON.stringify({ query: '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }' }));
    expectRefused(r, 'QUERY_TOO_COMPLEX');
    expect(firstError(r.json).extensions).toMatchObject({ limit: 'introspectionDepth', max: 3 });
    expect(firstError(r.json).message).toMatch(/introspection nests .* more than 3 deep.*__type\(name:\)/);
    // Fragments and interfaces/possibleTypes count too.
    const viaFragments = await send(
      JSON.stringify({ query: '{ __schema { types { ...T } } } fragment T on __Type { interfaces { possibleTypes { fields { name } } } }' }),
    );
    expectRefused(viaFragments, 'QUERY_TOO_COMPLEX');
  });

  it('requests that are not well formed or too large keep their own status under both media types', async () => {
    for (const accept of ['application/graphql-response+json', 'application/json']) {
      expectRefused(await send(JSON.stringify({ query: '{ __typename }', variables: [1] }), { accept }), 'BAD_USER_INPUT', 400);
      expectRefused(await send(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(70_000) } }), { accept }), 'BAD_USER_INPUT', 413);
    }
  });
});

describe('the variables size is measured without recursion', () => {
  afterEach(() => vi.restoreAllMocks());
  const nested = (n: number) => '['.repeat(n) + ']'.repeat(n);

  it("variables nested 100,000 deep (a 200 KB body) are 413 BAD_USER_INPUT, not a stack overflow; 30,000 deep within the limit are the caller's mistake too", async () => {
    const errors = vi.spyOn(console, 'error');
    const big = await send(`{"query":"{ __typename }","variables":{"a":${nested(100_000)}}}`);
    expectRefused(big, 'BAD_USER_INPUT', 413);
    expect(firstError(big.json).message).toMatch(/variables are 200,0\d\d bytes; the limit is 65,536/);
    const used = await send(`{"query":"query($p: ProfileInput!) { recommend(profile: $p) { rank } }","variables":{"p":{"held":${nested(30_000)}}}}`);
    expectRefused(used, 'BAD_USER_INPUT');
    const unused = await send(`{"query":"{ __typename }","variables":{"a":${nested(30_000)}}}`);
    expect(unused.json?.errors).toBeUndefined();
    expect(errors).not.toHaveBeenCalled();
  });

  it('generated: the measure is the size JSON.stringify writes, and it stops early past a limit', () => {
    const plain = fc.jsonValue({ maxDepth: 6 }).filter((v) => !JSON.stringify(v).includes('\\'));
    fc.assert(
      fc.property(plain, (v) => {
        expect(jsonSizeOver(v)).toBe(JSON.stringify(v).length);
      }),
      { numRuns: 500 },
    );
    // Past the limit it gives up: a value of a million items is not walked whole.
    const wide = Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, 'x']));
    const deep = JSON.parse(nested(100_000)) as unknown;
    for (const v of [wide, deep, [wide, deep]]) {
      const size = jsonSizeOver(v, 1000);
      expect(size).toBeGreaterThan(1000);
      expect(size).toBeLessThan(1100);
    }
  });
});
