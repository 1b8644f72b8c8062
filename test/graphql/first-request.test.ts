// A fresh isolate's first request: while it waits for the catalog, the schema's share of its work
// is done ahead (src/graphql/warm-up.ts: the server's own parse, validation and cost check of a
// prepared document), and the first answers of a lookup, a list, a comparison and a
// recommendation are the answers a warm isolate gives.
import { describe, expect, it } from 'vitest';
import { PREPARED_DOCUMENT, PREPARED_VARIABLES, prepareSchemaWork } from '../../src/graphql/warm-up.js';
import { createGraphQLServer } from '../../src/graphql/yoga.js';
import { coldWorker } from '../helpers.js';

const post = (query: string, variables?: unknown) =>
  new Request('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'cf-connecting-ip': '198.51.100.23' },
    body: JSON.stringify({ query, variables }),
  });

const QUERIES: [string, string, Record<string, unknown>?][] = [
  ['lookup', '{ certification(slug: "psm-i") { acronym name cost { amountUsd } exam { questions } topics { depth topic { slug } } } }'],
  ['list', '{ certifications(first: 10, orderBy: NAME) { totalCount edges { node { slug name } } } }'],
  [
    'compare',
    'query($c: [String!]!) { compare(certifications: $c) { similarity summary sharedTopics { slug } differences { attribute values { certification { slug } value confidence sources { title } } } } }',
    { c: ['psm-i', 'pspo-i'] },
  ],
  [
    'recommend',
    'query($p: ProfileInput!) { recommend(profile: $p) { rank score eligible certification { slug } reasons { code message weight } newTopics { slug } } }',
    { p: { currentRole: 'scrum-master', held: ['csm'], targetRole: 'product-owner', budgetUsd: 1500 } },
  ],
  ['the prepared document', PREPARED_DOCUMENT, PREPARED_VARIABLES],
];

describe('the first request on a fresh isolate', () => {
  it("prepares the schema's share: the prepared document is one the schema accepts and the limits let through", () => {
    expect(prepareSchemaWork(createGraphQLServer())).toBe(true);
  });

  it('parses and validates the prepared document while the catalog loads, into the server’s own cache', async () => {
    const cold = await coldWorker();
    const res = await cold.fetch(post('{ catalog { version } }'));
    expect(res.status).toBe(200);
    // The modules of that isolate (coldWorker evaluated them anew): its parse cache holds the document.
    const { graphqlCaches } = await import('../../src/edge/caches.js');
    expect(graphqlCaches.documents.get(PREPARED_DOCUMENT)).toBeDefined();
  });

  for (const [name, query, variables] of QUERIES) {
    it(`answers ${name} first as a warm isolate does`, async () => {
      const first = await (await (await coldWorker()).fetch(post(query, variables))).json();
      // A warm isolate: one that has answered every other query first.
      const warm = await coldWorker();
      for (const [, q, v] of QUERIES) if (q !== query) await (await warm.fetch(post(q, v))).arrayBuffer();
      const again = await (await warm.fetch(post(query, variables))).json();
      expect((first as { errors?: unknown }).errors).toBeUndefined();
      expect(first).toEqual(again);
    });
  }
});
