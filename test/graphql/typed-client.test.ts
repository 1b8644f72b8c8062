// The typed client example (examples/typed-client) run against the real Worker inside workerd:
// urql with Automatic Persisted Queries over GET (the hash alone first, the query once on a miss,
// the hash alone again after), typed documents from the client preset, errors with their codes.
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import {
  CertgraphError,
  certificationDetails,
  compareTwo,
  createCertgraphClient,
  recommendationsFor,
  typicalPrice,
} from '../../examples/typed-client/src/client.ts';
import { data } from '../helpers.js';

/** The Worker as the client's fetch, recording what the client sends. */
function recordingFetch() {
  const sent: { method: string; url: URL; hasQuery: boolean; status: number; reason?: string }[] = [];
  let n = 0;
  const fetchFn = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input as RequestInfo, init);
    request.headers.set('cf-connecting-ip', `198.19.0.${++n}`);
    const url = new URL(request.url);
    const body = request.method === 'POST' ? await request.clone().text() : '';
    const response = await exports.default.fetch(request);
    const text = await response.clone().text();
    sent.push({
      method: request.method,
      url,
      hasQuery: url.searchParams.has('query') || body.includes('"query"'),
      status: response.status,
      reason: /PERSISTED_QUERY_NOT_FOUND/.test(text) ? 'PERSISTED_QUERY_NOT_FOUND' : undefined,
    });
    return response;
  }) as typeof fetch;
  return { fetchFn, sent };
}

describe('examples/typed-client against the Worker', () => {
  it('compares two certifications: the API’s answer, through the persisted-query flow', async () => {
    const { fetchFn, sent } = recordingFetch();
    const client = createCertgraphClient('http://localhost/graphql', { fetch: fetchFn });
    const pair = ['csd', 'psd-i'] as const; // a pair no other test persists first
    const first = await compareTwo(client, pair[0], pair[1]);
    const expected = await data<{ compare: { summary: string; pairs: { similarity: number }[] } }>(
      `query($pair: [String!]!) { compare(certifications: $pair) { summary pairs { similarity coverageOfA coverageOfB } } }`,
      { pair: [...pair] },
    );
    expect(first.compare.summary).toBe(expected.compare.summary);
    expect(first.compare.pairs[0]!.similarity).toBe(expected.compare.pairs[0]!.similarity);
    expect(first.compare.certifications.map((c) => c.slug)).toEqual([...pair]);
    // The hash alone (a GET), refused as unknown, then the same GET with the query.
    expect(sent.map((s) => [s.method, s.hasQuery, s.reason ?? 'ok'])).toEqual([
      ['GET', false, 'PERSISTED_QUERY_NOT_FOUND'],
      ['GET', true, 'ok'],
    ]);
    expect(JSON.parse(sent[0]!.url.searchParams.get('extensions')!).persistedQuery.sha256Hash).toMatch(/^[0-9a-f]{64}$/);
    // Now the server knows the hash: the next call sends it alone, and it is answered.
    const again = await compareTwo(createCertgraphClient('http://localhost/graphql', { fetch: fetchFn }), pair[0], pair[1]);
    expect(again).toEqual(first);
    expect(sent.slice(2).map((s) => [s.method, s.hasQuery, s.status])).toEqual([['GET', false, 200]]);
  });

  it('recommends, typed, with reasons and the typical price with its range, as the API gives it', async () => {
    const { fetchFn } = recordingFetch();
    const client = createCertgraphClient('http://localhost/graphql', { fetch: fetchFn });
    const profile = { currentRole: 'scrum-master', held: ['csm'], targetRole: 'product-owner' };
    const { recommendations } = await recommendationsFor(client, profile);
    expect(recommendations.items.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(recommendations.items.every((r) => r.certification.slug !== 'csm' && r.reasons.length > 0)).toBe(true);
    const direct = await data<{ certification: { price: { typicalUsd: number | null; minUsd: number | null; maxUsd: number | null } } }>(
      '{ certification(slug: "cspo") { price { typicalUsd minUsd maxUsd } } }',
    );
    const cspo = direct.certification.price;
    expect(typicalPrice(cspo)).toBe(
      `$${(cspo.typicalUsd ?? cspo.maxUsd)!.toLocaleString('en-US')}${cspo.minUsd !== cspo.maxUsd ? ` (range $${cspo.minUsd!.toLocaleString('en-US')} to $${cspo.maxUsd!.toLocaleString('en-US')})` : ''}`,
    );
    for (const r of recommendations.items) expect(r.certification.price.summary.length).toBeGreaterThan(0);
  });

  it("a certification's details: the API's own price with its range, exam, renewal and sources; null for none", async () => {
    const { fetchFn } = recordingFetch();
    const client = createCertgraphClient('http://localhost/graphql', { fetch: fetchFn });
    const cspo = await certificationDetails(client, 'cspo');
    const direct = await data<{ certification: { price: object; renewal: object; sources: object[] } }>(
      '{ certification(slug: "cspo") { price { typicalUsd minUsd maxUsd confidence asOf summary } renewal { required everyYears feeUsd } sources { title url } } }',
    );
    expect(cspo?.slug).toBe('cspo');
    expect(cspo?.price).toEqual(direct.certification.price);
    expect(cspo?.renewal).toEqual(direct.certification.renewal);
    expect(cspo?.sources).toEqual(direct.certification.sources);
    expect(await certificationDetails(client, 'no-such-certification')).toBeNull();
  });

  it('typicalPrice: the typical figure, else the highest; the range only when it is one', () => {
    expect(typicalPrice({ typicalUsd: 1295, minUsd: 995, maxUsd: 1495 })).toBe('$1,295 (range $995 to $1,495)');
    expect(typicalPrice({ typicalUsd: null, minUsd: 200, maxUsd: 250 })).toBe('$250 (range $200 to $250)');
    expect(typicalPrice({ typicalUsd: 150, minUsd: 150, maxUsd: 150 })).toBe('$150');
    expect(typicalPrice({ typicalUsd: null, minUsd: null, maxUsd: null })).toBeNull();
  });

  it('turns an API error into a CertgraphError with its stable code', async () => {
    const { fetchFn } = recordingFetch();
    const client = createCertgraphClient('http://localhost/graphql', { fetch: fetchFn });
    const error = await compareTwo(client, 'psm-i', 'nope').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CertgraphError);
    expect((error as CertgraphError).code).toBe('NOT_FOUND');
    expect((error as CertgraphError).message).toContain('"nope"');
  });
});
