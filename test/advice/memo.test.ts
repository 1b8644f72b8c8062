// What the speed work must not change. The domain's results are memoized per isolate and a
// matrix's pairs are computed over numbered topics; an operation without variables is priced once
// per parsed document. Each must give exactly what computing afresh gives, for any arguments, on a
// warm isolate as on a cold one; a result handed out must be unchangeable; the memo stays within
// its bytes; and refusals are never remembered.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog.js';
import { overlapMatrix } from '../../src/resolvers/compare.js';
import { domainMemo, MEMO_BUDGET } from '../../src/resolvers/memo.js';
import { overlapOf } from '../../src/resolvers/overlap.js';
import { learningPath } from '../../src/resolvers/path.js';
import { recommendations } from '../../src/resolvers/recommend.js';
import { bodyOf, coldWorker, gql, profileArbitrary, worker } from '../helpers.js';

const profileArb = profileArbitrary();

describe('a matrix computed over numbered topics', () => {
  it('gives, for every pair of the catalog, the figures and topic lists a pair computed alone gives', () => {
    const matrix = overlapMatrix(catalog, null);
    const n = matrix.certifications.length;
    expect(matrix.pairs).toHaveLength((n * (n - 1)) / 2);
    let k = 0;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const a = matrix.certifications[i]!.slug;
        const b = matrix.certifications[j]!.slug;
        const alone = overlapOf(a, catalog.depthsByCertification.get(a)!, b, catalog.depthsByCertification.get(b)!);
        const pair = matrix.pairs[k++]!;
        expect([pair.a, pair.b, pair.similarity, pair.coverageOfA, pair.coverageOfB], `${a} x ${b}`).toEqual([
          alone.a,
          alone.b,
          alone.similarity,
          alone.coverageOfA,
          alone.coverageOfB,
        ]);
        expect([pair.shared, pair.onlyA, pair.onlyB]).toEqual([alone.shared, alone.onlyA, alone.onlyB]);
        expect(matrix.similarity[i]![j]).toBe(alone.similarity);
        expect(matrix.similarity[j]![i]).toBe(alone.similarity);
      }
    }
  });
});

describe('memoized domain results', () => {
  it('hand out results nobody can change: what the next caller gets is what was computed', () => {
    const first = recommendations(catalog, { targetRole: 'product-owner' }, 3);
    expect(() => {
      (first.items as unknown[]).push(null);
    }).toThrow(TypeError);
    expect(() => {
      (first as { fitCount: number }).fitCount = 99;
    }).toThrow(TypeError);
    const again = recommendations(catalog, { targetRole: 'product-owner' }, 3);
    expect(again.items).toHaveLength(first.items.length);
    expect(again.fitCount).not.toBe(99);
  });

  it('never remember a refusal: a caller’s mistake is refused every time', () => {
    for (let i = 0; i < 3; i++) expect(() => learningPath(catalog, { targetRole: 'no-such-role' })).toThrow(/no-such-role/);
  });

  it(`stay within their budget (${MEMO_BUDGET.maxBytes / 1024 / 1024} MiB) however many different questions are asked`, () => {
    for (let budget = 0; budget < 1500; budget++) learningPath(catalog, { targetRole: 'scrum-master', budgetUsd: budget * 7 });
    for (let budget = 0; budget < 1500; budget++) recommendations(catalog, { currentRole: 'developer', budgetUsd: budget * 3 }, 10);
    expect(domainMemo.bytes).toBeLessThanOrEqual(MEMO_BUDGET.maxBytes);
    expect(domainMemo.size).toBeLessThan(3000);
    expect(domainMemo.size).toBeGreaterThan(10);
  });

  it('answer generated profiles on a warm isolate exactly as a cold isolate does', { timeout: 60_000 }, async () => {
    const FULL = `query($p: ProfileInput!) {
      recommendations(profile: $p, first: 5) { fitCount nothingFits message notes { code message } items { rank score rawScore fits certification { slug } reasons { code message weight } } }
      learningPath(profile: $p) { goal withinBudget coverage notes { code message } cost { totalUsd atLeastUsd unpriced { slug } summary } steps { order costUsd certification { slug } } } }`;
    // A different selection of the same results: on the warm isolate it is answered from the memo.
    const PART = `query($p: ProfileInput!) {
      learningPath(profile: $p) { steps { certification { slug } } goal cost { totalUsd summary } withinBudget notes { code message } }
      recommendations(profile: $p, first: 5) { items { certification { slug } fits rank reasons { code message } } message fitCount } }`;
    const profiles = fc.sample(profileArb, { numRuns: 24, seed: 1402 });
    for (const p of profiles) {
      const warmFirst = await gql(FULL, { p });
      const warm = await gql(PART, { p });
      const cold = await bodyOf(
        await (await coldWorker()).fetch(
          new Request('http://localhost/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'cf-connecting-ip': '198.51.100.9' },
            body: JSON.stringify({ query: PART, variables: { p } }),
          }),
        ),
      );
      expect(warm, JSON.stringify(p)).toEqual(cold);
      expect(warmFirst.errors === undefined).toBe(warm.errors === undefined);
    }
  });
});

describe('an operation without variables, priced once per document', () => {
  it('still refuses what its own request gets wrong, and prices each operation of the document on its own', async () => {
    const doc = `query Small { certification(slug: "psm-i") { slug } }
      query Huge { overlapMatrix { pairs { a { slug } shared { slug name } onlyA { slug name } onlyB { slug name } } } }`;
    for (let i = 0; i < 2; i++) {
      const small = await bodyOf(await fetchGraphQL({ query: doc, operationName: 'Small' }));
      expect(small.errors).toBeUndefined();
      const huge = await bodyOf(await fetchGraphQL({ query: doc, operationName: 'Huge' }));
      expect(huge.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      const unnamed = await bodyOf(await fetchGraphQL({ query: doc }));
      expect(unnamed.errors?.[0]?.message).toMatch(/operationName/);
      const badVariables = await bodyOf(await fetchGraphQL({ query: doc, operationName: 'Small', variables: [1] }));
      expect(badVariables.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(badVariables.errors?.[0]?.message).toMatch(/variables/);
    }
  });
});

function fetchGraphQL(body: unknown): Promise<Response> {
  return worker('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}
