// /mcp driven by the MCP SDK's own client (Client + StreamableHTTPClientTransport) against the
// Worker under test: what assistants list, call, read and get; that the tools answer with the
// API's own figures (one engine); every certification's facts and page; bad input as tool errors
// (never a 500); the same admission as /graphql (keys, rate limits, body limit); the cache.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { CfWorkerJsonSchemaValidator } from '@modelcontextprotocol/sdk/validation/cfworker-provider.js';
import { describe, expect, it } from 'vitest';
import { keyHash, type Partner } from '../../src/admission/partners.js';
import type { Env } from '../../src/edge/env.js';
import app from '../../src/index.js';
import { bindings, countedApp, data, limiter, worker } from '../helpers.js';

type Fetch = (request: Request) => Promise<Response>;
const viaWorker: Fetch = async (request) =>
  worker(new URL(request.url).pathname, { method: request.method, headers: request.headers, body: request.method === 'POST' ? await request.text() : null });

/** A connected SDK client whose requests go to `fetch` (the Worker by default), with `headers` on each. */
async function connect(fetch: Fetch = viaWorker, headers: Record<string, string> = {}): Promise<Client> {
  const transport = new StreamableHTTPClientTransport(new URL('http://localhost/mcp'), {
    requestInit: { headers },
    fetch: (url, init) => fetch(new Request(url, init)),
  });
  // workerd forbids code generation, which the SDK's default (ajv) validator uses.
  const client = new Client({ name: 'certgraph-test', version: '1.0.0' }, { jsonSchemaValidator: new CfWorkerJsonSchemaValidator() });
  await client.connect(transport);
  return client;
}

interface Structured {
  [key: string]: unknown;
  sources: { title: string; url: string; confidence: string; accessed: string | null; ageDays: number | null }[];
  catalog: { version: string; asOf: string };
}

async function call(client: Client, name: string, args: Record<string, unknown>) {
  const res = (await client.callTool({ name, arguments: args })) as {
    isError?: boolean;
    content: { type: string; text: string }[];
    structuredContent?: Structured;
  };
  return { ...res, text: res.content.map((c) => c.text).join('\n') };
}

/** An answer that must succeed: cited, dated, quotable. */
async function answer(client: Client, name: string, args: Record<string, unknown>) {
  const res = await call(client, name, args);
  if (res.isError) throw new Error(`${name} failed: ${res.text}`);
  const s = res.structuredContent!;
  expect(s.sources.length).toBeGreaterThan(0);
  for (const source of s.sources) {
    expect(source.url).toMatch(/^https?:\/\//);
    if (source.accessed) expect(source.ageDays).toBeGreaterThanOrEqual(0);
  }
  expect(res.text).toContain('Sources:');
  expect(res.text).toContain(s.catalog.version);
  return s;
}

const client = await connect();
const { catalog, certifications } = await data<{ catalog: { version: string }; certifications: { nodes: { slug: string }[] } }>(
  '{ catalog { version } certifications(first: 100) { nodes { slug } } }',
);
const allSlugs = certifications.nodes.map((n) => n.slug);

describe('what an assistant lists', () => {
  it('five tools, each with input and output schemas and a description that says when to use it and what it cannot know', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      'compare_certifications',
      'find_certifications',
      'get_certification',
      'plan_learning_path',
      'recommend_certifications',
    ]);
    for (const tool of tools) {
      expect(tool.inputSchema.type).toBe('object');
      expect(tool.outputSchema?.type).toBe('object');
      expect(tool.outputSchema?.required).toEqual(expect.arrayContaining(['sources', 'catalog']));
      expect(tool.description).toMatch(/Use it/);
      expect(tool.description).toMatch(/It knows only certgraph/);
      expect(tool.annotations?.readOnlyHint).toBe(true);
    }
  });

  it("every certification's facts and page as resources, the catalog and its freshness report, the coach's prompt", async () => {
    const { resources } = await client.listResources();
    const uris = resources.map((r) => r.uri);
    for (const slug of allSlugs) {
      expect(uris).toContain(`certgraph://certifications/${slug}/facts.json`);
      expect(uris).toContain(`certgraph://certifications/${slug}/page.md`);
    }
    expect(uris).toEqual(expect.arrayContaining(['certgraph://catalog', 'certgraph://catalog/freshness']));
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((t) => t.uriTemplate).sort()).toEqual([
      'certgraph://certifications/{slug}/facts.json',
      'certgraph://certifications/{slug}/page.md',
    ]);
    const { prompts } = await client.listPrompts();
    expect(prompts.map((p) => p.name)).toEqual(['choose-a-certification']);
  });
});

describe('the tools answer with the API’s own figures', () => {
  it('find_certifications filters by provider, role, level and text', async () => {
    const s = await answer(client, 'find_certifications', { provider: 'scrum-org', role: 'product-owner' });
    const found = s.certifications as { slug: string; provider: string; price: { confidence: string } }[];
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.provider).toBe('Scrum.org');
    const api = await data<{ certifications: { nodes: { slug: string }[] } }>(
      '{ certifications(filter: { providers: ["scrum-org"], roles: ["product-owner"] }, first: 10) { nodes { slug } } }',
    );
    expect(found.map((c) => c.slug)).toEqual(api.certifications.nodes.map((n) => n.slug));
    const expert = await answer(client, 'find_certifications', { level: 'EXPERT', first: 50 });
    for (const c of expert.certifications as { level: string }[]) expect(c.level).toBe('EXPERT');
    const none = await call(client, 'find_certifications', { text: 'no such words anywhere' });
    expect(none.isError).toBeFalsy();
    expect(none.structuredContent?.totalCount).toBe(0);
  });

  it('get_certification: every fact with its value, date, confidence and source', async () => {
    const s = await answer(client, 'get_certification', { slug: 'psm-i' });
    const facts = s.facts as { fact: string; value: string; confidence: string; source: { url: string } | null }[];
    expect(facts.map((f) => f.fact)).toEqual(expect.arrayContaining(['price', 'exam', 'renewal']));
    for (const f of facts) {
      expect(f.value.length).toBeGreaterThan(0);
      expect(['OFFICIAL', 'MIRROR', 'SECONDARY', 'CONFLICT', 'UNVERIFIED']).toContain(f.confidence);
    }
  });

  it('compare_certifications: shared fundamentals, role-specific content, both coverages and the verdict, as the API computes them', async () => {
    for (const set of [['psm-i', 'csm'], ['psm-i', 'pspo-i', 'cspo'], allSlugs.slice(0, 6)]) {
      const s = await answer(client, 'compare_certifications', { certifications: set });
      const api = await data<{ compare: { summary: string; pairs: { a: { slug: string }; b: { slug: string }; coverageOfA: number; coverageOfB: number }[] } }>(
        'query($c: [String!]!) { compare(certifications: $c) { summary pairs { a { slug } b { slug } coverageOfA coverageOfB } } }',
        { c: set },
      );
      expect(s.verdict).toBe(api.compare.summary);
      expect((s.pairs as { a: string; b: string; coverageOfA: number; coverageOfB: number }[]).map((p) => [p.a, p.b, p.coverageOfA, p.coverageOfB])).toEqual(
        api.compare.pairs.map((p) => [p.a.slug, p.b.slug, p.coverageOfA, p.coverageOfB]),
      );
      expect((s.roleSpecific as unknown[]).length).toBe(set.length);
    }
  });

  const profiles = [
    { currentRole: 'developer', targetRole: 'scrum-master', experienceMonths: 18, budgetUsd: 600 },
    { targetRole: 'product-owner', held: ['psm-i'], selfStudy: true },
    { currentRole: 'scrum-master', targetRole: 'agile-coach', experienceMonths: 40, budgetUsd: 3000, avoidRenewal: true },
    {},
  ];

  it.each(profiles)('recommend_certifications ranks as the API does, with reasons, eligibility and price confidence (%o)', async (profile) => {
    const s = await answer(client, 'recommend_certifications', { profile, first: 5 });
    const api = await data<{ recommendations: { items: { certification: { slug: string }; eligible: boolean }[] } }>(
      'query($p: ProfileInput!) { recommendations(profile: $p, first: 5) { items { certification { slug } eligible } } }',
      { p: profile },
    );
    const ranking = s.ranking as { slug: string; eligible: boolean; reasons: string[]; price: { confidence: string } }[];
    expect(ranking.map((r) => [r.slug, r.eligible])).toEqual(api.recommendations.items.map((i) => [i.certification.slug, i.eligible]));
    for (const r of ranking) {
      expect(r.reasons.length).toBeGreaterThan(0);
      expect(r.price.confidence).toMatch(/^[A-Z]+$/);
    }
  });

  it.each([300, 1500, 5000])('plan_learning_path follows the API’s path within a budget of $%i', async (budgetUsd) => {
    const profile = { currentRole: 'developer', targetRole: 'agile-coach' };
    const s = await answer(client, 'plan_learning_path', { profile, budgetUsd });
    const api = await data<{ learningPath: { withinBudget: boolean; steps: { certification: { slug: string } }[] } }>(
      'query($p: ProfileInput!) { learningPath(profile: $p) { withinBudget steps { certification { slug } } } }',
      { p: { ...profile, budgetUsd } },
    );
    expect((s.steps as { slug: string }[]).map((x) => x.slug)).toEqual(api.learningPath.steps.map((x) => x.certification.slug));
    expect(s.withinBudget).toBe(api.learningPath.withinBudget);
  });
});

describe('resources and the prompt', () => {
  it.each(allSlugs)('%s: its facts (JSON) and its page (Markdown), each fact sourced', async (slug) => {
    const facts = await client.readResource({ uri: `certgraph://certifications/${slug}/facts.json` });
    const content = facts.contents[0] as { mimeType: string; text: string };
    expect(content.mimeType).toBe('application/json');
    const parsed = JSON.parse(content.text) as { certification: { slug: string }; facts: { source: unknown }[]; sources: unknown[] };
    expect(parsed.certification.slug).toBe(slug);
    expect(parsed.sources.length).toBeGreaterThan(0);
    const page = (await client.readResource({ uri: `certgraph://certifications/${slug}/page.md` })).contents[0] as { mimeType: string; text: string };
    expect(page.mimeType).toBe('text/markdown');
    expect(page.text).toMatch(/^# /);
    expect(page.text).toContain('## Sources');
  });

  it('the catalog version and its freshness report', async () => {
    const version = JSON.parse(((await client.readResource({ uri: 'certgraph://catalog' })).contents[0] as { text: string }).text);
    expect(version.version).toBe(catalog.version);
    const report = JSON.parse(((await client.readResource({ uri: 'certgraph://catalog/freshness' })).contents[0] as { text: string }).text);
    expect(report.prices.total).toBe(allSlugs.length);
    expect(report.sources.total).toBeGreaterThan(0);
    expect(Array.isArray(report.prices.stale)).toBe(true);
  });

  it('an unknown certification is a resource error that says how to find the slug', async () => {
    await expect(client.readResource({ uri: 'certgraph://certifications/no-such-cert/facts.json' })).rejects.toThrow(/find_certifications/);
  });

  it('choose-a-certification asks what a coach would ask, with what the person said', async () => {
    const prompt = await client.getPrompt({ name: 'choose-a-certification', arguments: { situation: 'I am a developer.' } });
    const text = (prompt.messages[0]!.content as { text: string }).text;
    for (const topic of [/role today/, /want next/, /already hold/, /spend/, /renewed/, /provider/]) expect(text).toMatch(topic);
    expect(text).toContain('I am a developer.');
  });
});

describe('bad input is a tool error that says what to fix, never a 500', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['compare_certifications', { certifications: ['psm-i'] }, /at least 2/],
    ['compare_certifications', { certifications: allSlugs.slice(0, 7) }, /at most 6/],
    ['compare_certifications', { certifications: ['psm-i', 'no-such-cert'] }, /no-such-cert/],
    ['compare_certifications', {}, /certifications/],
    ['get_certification', { slug: 'no-such-cert' }, /find_certifications/],
    ['get_certification', { slug: '' }, /empty/],
    ['find_certifications', { level: 'GURU' }, /FOUNDATION, ADVANCED, EXPERT/],
    ['find_certifications', { provider: 'no-such-provider' }, /no-such-provider/],
    ['find_certifications', { first: 500 }, /At most 50/],
    ['recommend_certifications', { profile: { targetRole: 'astronaut' } }, /astronaut/],
    ['recommend_certifications', { profile: { budgetUsd: -5 } }, /negative/],
    ['recommend_certifications', { profile: { shoeSize: 42 } }, /shoeSize/],
    ['plan_learning_path', { profile: { held: ['no-such-cert'] } }, /no-such-cert/],
    ['plan_learning_path', { profile: {}, budgetUsd: -1 }, /negative/],
    ['no_such_tool', {}, /no_such_tool/],
  ];
  it.each(cases)('%s %o', async (name, args, message) => {
    const res = await call(client, name, args);
    expect(res.isError).toBe(true);
    expect(res.text).toMatch(message);
  });

  it('GET and DELETE (no sessions here) are 405 with a JSON-RPC error', async () => {
    for (const method of ['GET', 'DELETE']) {
      const res = await worker('/mcp', { method, headers: { accept: 'text/event-stream' } });
      expect(res.status).toBe(405);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/POST/);
    }
  });

  it('a body that is not JSON-RPC is a JSON-RPC error, not a 500', async () => {
    for (const body of ['not json', '{"jsonrpc":"2.0"}', '{"jsonrpc":"2.0","id":1,"method":42}', '"a string"']) {
      const res = await worker('/mcp', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
        body,
      });
      expect(res.status, body).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(((await res.json()) as { error: { message: string } }).error.message.length).toBeGreaterThan(0);
    }
  });
});

const SERVER_KEY = 'cg_mcp_server_key_0000000001';
const BROWSER_KEY = 'cg_mcp_browser_key_000000001';
const partner = (id: string, extra: Partial<Partner> = {}): Partner => ({
  id,
  name: id,
  origins: ['https://shop.example'],
  tier: 'standard',
  createdAt: '2026-11-01T00:00:00Z',
  ...extra,
});
await bindings.PARTNERS.put(await keyHash(SERVER_KEY), JSON.stringify(partner('ptn_mcp_server', { allowServer: true })));
await bindings.PARTNERS.put(await keyHash(BROWSER_KEY), JSON.stringify(partner('ptn_mcp_pages')));

/** The Worker with stand-in rate limiters. */
function limited(limits: { anonymous: number; partner: number }) {
  const anonymous = limiter(limits.anonymous);
  const partnerLimit = limiter(limits.partner);
  const env: Env = {
    ...bindings,
    RATE_LIMIT_ANONYMOUS: anonymous.binding,
    RATE_LIMIT_PARTNER: partnerLimit.binding,
    RATE_LIMIT_PARTNER_HIGH: partnerLimit.binding,
  };
  const fetch: Fetch = async (request) => {
    request.headers.set('cf-connecting-ip', '203.0.113.77');
    return app.fetch(request, env);
  };
  return { fetch, anonymous, partner: partnerLimit };
}

describe('the same admission as /graphql', () => {
  it('a server key as a bearer token is counted per partner, at its tier', async () => {
    const { fetch, partner: counted } = limited({ anonymous: 1000, partner: 1000 });
    const keyed = await connect(fetch, { authorization: `Bearer ${SERVER_KEY}` });
    await answer(keyed, 'get_certification', { slug: 'cspo' });
    expect(counted.counts.get('partner:ptn_mcp_server')).toBeGreaterThanOrEqual(2);
  });

  it('an unknown key is a 401 asking for a bearer token; a page key without its origin a 403', async () => {
    await expect(connect(viaWorker, { authorization: 'Bearer cg_no_such_key_00000000000' })).rejects.toThrow(/Unknown API key/);
    const res = await worker('/mcp', {
      method: 'POST',
      headers: { authorization: 'Bearer cg_no_such_key_00000000000', 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: '{}',
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
    await expect(connect(viaWorker, { authorization: `Bearer ${BROWSER_KEY}` })).rejects.toThrow(/Origin/);
  });

  it('over the rate limit: 429 with Retry-After, every MCP request counted', async () => {
    const { fetch, anonymous } = limited({ anonymous: 3, partner: 1000 });
    const limitedClient = await connect(fetch); // initialize + initialized: 2 requests
    await answer(limitedClient, 'find_certifications', { text: 'scrum' }); // the 3rd
    await expect(limitedClient.callTool({ name: 'find_certifications', arguments: {} })).rejects.toThrow(/Too many requests/);
    expect(anonymous.counts.get('ip:203.0.113.77')).toBe(4);
    const res = await fetch(
      new Request('http://localhost/mcp', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
        body: '{}',
      }),
    );
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('60');
  });

  it("a body over the API's limit is a 413 before anything is parsed", async () => {
    const body = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'tools/call',
      params: { name: 'find_certifications', arguments: { text: 'x'.repeat(300 * 1024) } },
    });
    const res = await worker('/mcp', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' }, body });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/KiB/);
  });
});

describe('answers are cached like GraphQL answers', () => {
  it('the same call again is answered from the response cache, without executing', async () => {
    const { app: counted, executions } = countedApp();
    const cached = await connect((request) => Promise.resolve(counted.fetch(request, bindings)));
    await answer(cached, 'compare_certifications', { certifications: ['psm-ii', 'pspo-ii'] });
    const after = executions.count;
    expect(after).toBe(1);
    await answer(cached, 'compare_certifications', { certifications: ['psm-ii', 'pspo-ii'] });
    expect(executions.count).toBe(after);
  });
});

describe('/graphql never loads the protocol', () => {
  const sources = import.meta.glob('../../src/mcp/*.ts', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
  /** A source's imports that are evaluated at run time (type-only imports are erased). */
  const runtimeImports = (text: string) =>
    [...text.matchAll(/^import\s+(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)].map((m) => m[1] ?? m[2]!);
  const LAZY = ['server', 'tools', 'resources', 'facts', 'answers', 'schemas', 'documents', 'descriptions'].map((n) => `../../src/mcp/${n}.ts`);

  it('reads every source of src/mcp', () => {
    expect(Object.keys(sources).sort()).toEqual([...LAZY, '../../src/mcp/engine.ts', '../../src/mcp/index.ts'].sort());
  });

  it('what the app loads (index.ts, engine.ts) imports neither the SDK nor zod, and the server only as its separate build', () => {
    for (const file of ['../../src/mcp/index.ts', '../../src/mcp/engine.ts']) {
      const imports = runtimeImports(sources[file]!);
      expect(imports.filter((i) => /modelcontextprotocol|zod|\.\/(server|tools|resources|facts|answers|schemas|documents|descriptions)\.js/.test(i))).toEqual(
        [],
      );
    }
    const app = (import.meta.glob('../../src/app.ts', { query: '?raw', import: 'default', eager: true }) as Record<string, string>)['../../src/app.ts']!;
    expect(runtimeImports(app).filter((i) => i.includes('mcp/'))).toEqual(['./mcp/index.js', './mcp/generated/server.mjs']);
  });

  it('the separately built server imports the SDK, zod and its own folder only (nothing of the project to copy)', () => {
    for (const file of LAZY) {
      for (const specifier of runtimeImports(sources[file]!)) expect(specifier, file).toMatch(/^(@modelcontextprotocol\/sdk\/|zod$|\.\/[a-z-]+\.js$)/);
    }
  });
});

describe("a partner's usage counts /mcp like /graphql", () => {
  it('a tool error is counted as a refused request (invalidRequest), an answer as answered', async () => {
    const id = `ptn_mcp_usage_${crypto.randomUUID().slice(0, 8)}`;
    const key = `cg_mcp_usage_${id}`;
    await bindings.PARTNERS.put(await keyHash(key), JSON.stringify(partner(id, { allowServer: true })));
    const headers = { authorization: `Bearer ${key}` };
    const keyed = await connect((request) => Promise.resolve(app.fetch(request, bindings)), headers);
    await answer(keyed, 'find_certifications', { role: 'scrum-master' });
    expect((await call(keyed, 'compare_certifications', { certifications: ['psm-i'] })).isError).toBe(true); // the SDK's input check
    expect((await call(keyed, 'get_certification', { slug: 'no-such-cert' })).isError).toBe(true); // the API's answer
    const res = await app.fetch(new Request('http://localhost/partner/usage', { headers }), bindings);
    const report = (await res.json()) as { lastHour: { requests: number; answered: number; refused: { invalidRequest: number } } };
    // initialize, initialized, three calls (the usage read itself is counted after it answers).
    expect(report.lastHour.requests).toBe(5);
    expect(report.lastHour.refused.invalidRequest).toBe(2);
    expect(report.lastHour.answered).toBe(3);
  });
});
