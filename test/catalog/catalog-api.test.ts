// The catalog graph through the real Worker, as a frontend team queries it.
import { describe, expect, it } from 'vitest';
import { bodyOf, data, error, type Slugged, slugs, worker } from '../helpers.js';

type Level = 'FOUNDATION' | 'ADVANCED' | 'EXPERT';
interface ListedCertification extends Slugged {
  name: string;
  level: Level;
  requiresCourse: boolean;
  cost: { amountUsd: number | null } | null;
  price: { status: string; budgetUsd: number | null; minUsd: number | null };
  exam: { questions: number | null } | null;
  renewal: { required: boolean };
  provider: Slugged;
}
interface CertificationPage {
  totalCount: number;
  nodes: ListedCertification[];
  edges: { cursor: string; node: Slugged }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}
type Listed = { certifications: CertificationPage };
type WithId = { id: string };

describe('lookups', () => {
  it('finds a certification by slug with its provider, role, exam and sources', async () => {
    const d = await data<{ certification: Record<string, unknown> & { sources: unknown[]; topics: unknown[] } }>(`{ certification(slug: "psm-i") {
      id slug acronym name level provider { slug name } primaryRole { slug }
      requiresCourse exam { questions durationMinutes passingScorePercent } cost { amountUsd asOf }
      renewal { required } sources { url confidence } topics { depth topic { slug kind } } } }`);
    const c = d.certification;
    expect(c).toMatchObject({
      slug: 'psm-i',
      acronym: 'PSM I',
      level: 'FOUNDATION',
      provider: { slug: 'scrum-org', name: 'Scrum.org' },
      primaryRole: { slug: 'scrum-master' },
      requiresCourse: false,
      exam: { questions: 80, durationMinutes: 60, passingScorePercent: 85 },
      cost: { amountUsd: 200 },
      renewal: { required: false },
    });
    expect(c.sources.length).toBeGreaterThan(0);
    expect(c.topics.length).toBeGreaterThanOrEqual(5);
  });

  it('takes a global ID wherever it takes a slug, and node/nodes resolve global IDs', async () => {
    const { certification } = await data<{ certification: WithId }>(`{ certification(slug: "cspo") { id } }`);
    const byId = await data<{ certification: Slugged }>(`query($id: String!) { certification(slug: $id) { slug } }`, { id: certification.id });
    expect(byId.certification.slug).toBe('cspo');
    const node = await data<{ node: unknown }>(`query($id: ID!) { node(id: $id) { id ... on Certification { acronym } } }`, { id: certification.id });
    expect(node.node).toEqual({ id: certification.id, acronym: 'CSPO' });
    const { role } = await data<{ role: WithId }>(`{ role(slug: "product-owner") { id } }`);
    const nodes = await data<{ nodes: { __typename: string }[] }>(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, {
      ids: [certification.id, role.id],
    });
    expect(nodes.nodes.map((n) => n.__typename)).toEqual(['Certification', 'Role']);
  });

  it('gives null for an unknown slug or ID in a lookup', async () => {
    const d = await data<Record<string, unknown>>(`{ certification(slug: "no-such-cert") { slug } provider(slug: "nobody") { slug }
      role(slug: "wizard") { slug } topic(slug: "alchemy") { slug } }`);
    expect(d).toEqual({ certification: null, provider: null, role: null, topic: null });
    // A Role's ID is not a Certification's.
    const { role } = await data<{ role: WithId }>(`{ role(slug: "scrum-master") { id } }`);
    const wrongType = await data<{ certification: Slugged | null }>(`query($id: String!) { certification(slug: $id) { slug } }`, { id: role.id });
    expect(wrongType.certification).toBeNull();
  });

  it('serves the reverse edges', async () => {
    const d = await data<{
      provider: { certifications: Slugged[] };
      role: { certifications: Slugged[]; topics: Slugged[] };
      topic: { kind: string; roles: Slugged[]; certifications: Slugged[] };
      csm: { nextSteps: Slugged[] };
      csp: { prerequisites: Slugged[] };
      psm: { nextSteps: Slugged[] };
    }>(`{
      provider(slug: "scrum-alliance") { certifications { slug } }
      role(slug: "product-owner") { certifications { slug } topics { slug } }
      topic(slug: "facilitation") { kind roles { slug } certifications { slug } }
      csm: certification(slug: "csm") { nextSteps { slug } }
      csp: certification(slug: "csp-sm") { prerequisites { slug } }
      psm: certification(slug: "psm-i") { nextSteps { slug } } }`);
    expect(slugs(d.provider.certifications)).toEqual(expect.arrayContaining(['csm', 'cspo', 'a-csm', 'csp-sm', 'a-cspo', 'csp-po', 'csd']));
    expect(slugs(d.role.certifications)).toEqual(expect.arrayContaining(['pspo-i', 'cspo']));
    expect(slugs(d.role.topics)).toContain('product-backlog-management');
    expect(d.topic.kind).toBe('ROLE_SPECIFIC');
    expect(slugs(d.topic.roles)).toContain('scrum-master');
    expect(slugs(d.topic.certifications)).toContain('csm');
    expect(slugs(d.csm.nextSteps)).toContain('a-csm');
    expect(slugs(d.csp.prerequisites)).toEqual(['a-csm']);
    expect(slugs(d.psm.nextSteps)).toContain('psm-ii');
  });

  it('reports which catalog it serves', async () => {
    const { catalog } = await data<{
      catalog: { version: string; asOf: string; certificationCount: number; providerCount: number; roleCount: number; topicCount: number };
    }>(`{ catalog { version asOf certificationCount providerCount roleCount topicCount } }`);
    expect(catalog.certificationCount).toBeGreaterThanOrEqual(45);
    expect(catalog.providerCount).toBeGreaterThanOrEqual(8);
    expect(catalog.topicCount).toBeGreaterThanOrEqual(25);
    expect(catalog.asOf).toMatch(/^20\d\d/);
  });

  it('lists topics by kind and role', async () => {
    const d = await data<{ f: (Slugged & { kind: string; roles: Slugged[] })[]; po: Slugged[] }>(
      `{ f: topics(kind: FUNDAMENTAL) { slug kind roles { slug } } po: topics(role: "product-owner") { slug } }`,
    );
    expect(d.f.length).toBeGreaterThan(4);
    for (const t of d.f) expect(t).toMatchObject({ kind: 'FUNDAMENTAL', roles: [] });
    expect(slugs(d.po)).toEqual(expect.arrayContaining(['product-vision', 'product-backlog-management']));
    const e = await error(`{ topics(role: "wizard") { slug } }`);
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.message).toContain('"wizard"');
  });
});

describe('certifications: filter, order, pages', () => {
  const list = `query($filter: CertificationFilter, $orderBy: CertificationOrder, $first: Int, $after: String) {
    certifications(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount nodes { slug name level requiresCourse cost { amountUsd } price { status budgetUsd minUsd } exam { questions } renewal { required } provider { slug } }
      edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;

  it('pages through the whole catalog with cursors, 20 by default', async () => {
    const first = (await data<Listed>(list)).certifications;
    expect(first.nodes.length).toBe(Math.min(20, first.totalCount));
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: CertificationPage = (await data<Listed>(list, { first: 7, after })).certifications;
      seen.push(...slugs(page.nodes));
      expect(page.edges.map((e) => e.node.slug)).toEqual(slugs(page.nodes));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.length).toBe(first.totalCount);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('filters by provider, level, course, exam and renewal together', async () => {
    const { certifications } = await data<Listed>(list, {
      filter: { providers: ['scrum-org'], levels: ['FOUNDATION'], requiresCourse: false, hasExam: true, renewalRequired: false },
    });
    expect(certifications.totalCount).toBeGreaterThan(3);
    for (const c of certifications.nodes) {
      expect(c).toMatchObject({ level: 'FOUNDATION', requiresCourse: false, renewal: { required: false }, provider: { slug: 'scrum-org' } });
      expect(c.exam).not.toBeNull();
    }
  });

  it('filters by role, topics (all of them), search and maximum cost', async () => {
    const byTopics = (await data<Listed>(list, { filter: { topics: ['product-vision', 'stakeholders-customers'] } })).certifications;
    expect(slugs(byTopics.nodes)).toEqual(expect.arrayContaining(['pspo-i', 'cspo']));
    expect(slugs(byTopics.nodes)).not.toContain('psm-i');
    const search = (await data<Listed>(list, { filter: { search: 'product owner' } })).certifications;
    expect(slugs(search.nodes)).toEqual(expect.arrayContaining(['pspo-i', 'cspo']));
    const cheap = (await data<Listed>(list, { filter: { maxCostUsd: 200 } })).certifications;
    for (const c of cheap.nodes) expect(c.price.budgetUsd).toBeLessThanOrEqual(200);
    expect(slugs(cheap.nodes)).toContain('psm-i');
    // The realistic price decides, never the floor: CSM's trainer-set course starts at $250 but is
    // typically $1,295, so a $300 maximum does not include it; an unknown price is never included.
    const upTo300 = (await data<Listed>(list, { filter: { maxCostUsd: 300 }, first: 100 })).certifications.nodes;
    expect(slugs(upTo300)).not.toContain('csm');
    for (const c of upTo300) expect(['KNOWN', 'RANGE']).toContain(c.price.status);
    const upTo1300 = slugs((await data<Listed>(list, { filter: { maxCostUsd: 1300 }, first: 100 })).certifications.nodes);
    expect(upTo1300).toContain('csm');
    expect(upTo1300).not.toContain('popm'); // its $995 is unverified
  });

  it('orders by cost, level and holders', async () => {
    // By realistic price; prices that are only a lower bound after; unknown and unverified last.
    const byCost = (await data<Listed>(list, { orderBy: 'COST', first: 100 })).certifications.nodes;
    const tier = (c: ListedCertification) => (c.price.budgetUsd !== null ? 0 : c.price.status === 'PARTIAL' ? 1 : 2);
    const keys = byCost.map((c) => [tier(c), tier(c) === 2 ? 0 : (c.price.budgetUsd ?? c.price.minUsd ?? 0)] as const);
    expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]));
    const costOrder = slugs(byCost);
    expect(costOrder.indexOf('pmi-acp')).toBeGreaterThan(costOrder.indexOf('csm'));
    expect(costOrder.indexOf('popm')).toBeGreaterThan(costOrder.indexOf('pmi-acp'));
    const byLevel = (await data<Listed>(list, { orderBy: 'LEVEL', first: 100 })).certifications.nodes;
    const rank = { FOUNDATION: 1, ADVANCED: 2, EXPERT: 3 } as const;
    const levels = byLevel.map((c) => rank[c.level]);
    expect(levels).toEqual([...levels].sort());
    const byHolders = slugs((await data<Listed>(list, { orderBy: 'HOLDERS', first: 100 })).certifications.nodes);
    expect(byHolders[0]).toBe('psm-i');
    // A 2011 count (CSM 95,000) never ranks with current ones: stale counts come after every current count.
    expect(byHolders.indexOf('csm')).toBeGreaterThan(byHolders.indexOf('psk-i'));
    expect(byHolders.indexOf('csm')).toBeGreaterThan(byHolders.indexOf('pspo-iii'));
  });

  it('refuses a page larger than 100 instead of capping it', async () => {
    const e = await error(list, { first: 101 });
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.message).toMatch(/first.*100/);
  });

  it('names an unknown slug in a filter', async () => {
    const e = await error(list, { filter: { providers: ['scrum-org', 'acme-certs'], roles: ['scrum-master'] } });
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.message).toContain('"acme-certs"');
    expect(e.message).toContain('filter.providers');
    const t = await error(list, { filter: { topics: ['alchemy', 'facilitation', 'necromancy'] } });
    expect(t.message).toContain('"alchemy"');
    expect(t.message).toContain('"necromancy"');
  });

  it('rejects a malformed cursor and a negative maximum cost clearly', async () => {
    const c = await error(list, { after: 'not-a-cursor' });
    expect(c.extensions?.code).toBe('BAD_USER_INPUT');
    expect(c.message).toMatch(/cursor/i);
    const m = await error(list, { filter: { maxCostUsd: -5 } });
    expect(m.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('HTTP', () => {
  it('answers a GraphQL syntax error with a 400, a contract code and no stack trace', async () => {
    const res = await worker('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ certification(slug: ' }),
    });
    expect(res.status).toBe(400);
    const body = await bodyOf(res);
    expect(body.errors![0]!.message).toContain('Syntax Error');
    expect(body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body)).not.toMatch(/\bat \w+ \(|stack/);
  });

  it('a malformed global ID is BAD_USER_INPUT; a well-formed one that matches nothing is null', async () => {
    const e = await error(`{ node(id: "zzz") { id } }`);
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    const foreign = await error(`{ node(id: "${btoa('Spaceship:x')}") { id } }`);
    expect(foreign.extensions?.code).toBe('BAD_USER_INPUT');
    const d = await data<{ node: WithId | null }>(`{ node(id: "${btoa('Certification:psm-x')}") { id } }`);
    expect(d.node).toBeNull();
  });

  it('serves GraphiQL from the Worker itself, with no CDN', async () => {
    const res = await worker('/graphql', { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('/graphiql/');
    expect(html).not.toMatch(/unpkg|jsdelivr|cdn\./);
    const script = html.match(/src="([^"]+yoga-graphiql\.umd\.js)"/)![1]!;
    const asset = await worker(script);
    expect(asset.status).toBe(200);
    expect((await asset.text()).length).toBeGreaterThan(1_000_000);
  });

  it('answers at /graphql/ too, like yoga', async () => {
    const res = await worker('/graphql/', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ catalog { version } }' }),
    });
    expect(res.status).toBe(200);
  });

  it('points unknown paths at the API', async () => {
    const res = await worker('/nope');
    expect(res.status).toBe(404);
    const body = await bodyOf(res);
    expect(body.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});

it('a variables error says what is wrong, with a contract code, never a 500 (400, or 200 under application/json as GraphQL over HTTP has it)', async () => {
  for (const [accept, status] of [
    ['application/graphql-response+json', 400],
    ['application/json', 200],
    [null, 200],
  ] as const) {
    const res = await worker('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
      body: JSON.stringify({ query: 'query($first: Int) { certifications(first: $first) { totalCount } }', variables: { first: 'ten' } }),
    });
    expect(res.status, String(accept)).toBe(status);
    const body = await bodyOf(res);
    expect(body.errors![0]!.message).toMatch(/Int cannot represent/);
    expect(body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(body.data).toBeUndefined();
  }
});
