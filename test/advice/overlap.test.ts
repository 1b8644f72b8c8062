// The overlap arithmetic on hand-computed cases, then as properties over the real catalog.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog.js';
import { compare, overlapMatrix } from '../../src/resolvers/compare.js';
import { coverage, overlapOf, round3, similarity, similarityOfAll } from '../../src/resolvers/overlap.js';

const m = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('weighted Jaccard, by hand', () => {
  it('identical topic sets give 1, disjoint give 0', () => {
    const a = m({ x: 2, y: 3, z: 1 });
    expect(similarity(a, m({ x: 2, y: 3, z: 1 }))).toBe(1);
    expect(similarity(a, m({ p: 1, q: 3 }))).toBe(0);
  });

  it('is symmetric', () => {
    const a = m({ x: 3, y: 1 });
    const b = m({ x: 1, z: 2 });
    expect(similarity(a, b)).toBe(similarity(b, a));
  });

  it('respects the weights (depths)', () => {
    // min: x 1 ; max: x 3 + y 1 + z 2 = 6  ->  1/6
    expect(similarity(m({ x: 3, y: 1 }), m({ x: 1, z: 2 }))).toBeCloseTo(1 / 6, 12);
    // The same topics at equal depths overlap more than at unequal ones.
    expect(similarity(m({ x: 2, y: 2 }), m({ x: 2, y: 2 }))).toBeGreaterThan(similarity(m({ x: 3, y: 2 }), m({ x: 1, y: 2 })));
    // (1 + 2) / (3 + 2) = 0.6
    expect(similarity(m({ x: 3, y: 2 }), m({ x: 1, y: 2 }))).toBeCloseTo(0.6, 12);
  });

  it('coverageOfB differs from coverageOfA on an asymmetric pair', () => {
    // A = {x:3, y:2, z:1}, B = {x:1, y:2}. A holder of A knows all of B; B covers (1+2)/6 of A.
    const a = m({ x: 3, y: 2, z: 1 });
    const b = m({ x: 1, y: 2 });
    const o = overlapOf('a', a, 'b', b);
    expect(o.coverageOfB).toBe(1);
    expect(o.coverageOfA).toBeCloseTo(3 / 6, 12);
    expect(coverage(a, b)).toBe(o.coverageOfB);
    expect(o.shared).toEqual(['x', 'y']);
    expect(o.onlyA).toEqual(['z']);
    expect(o.onlyB).toEqual([]);
  });

  it('generalises to several sets and rounds only at the edge', () => {
    // min: x 1 ; max: x 3 + y 2 + z 1 = 6
    expect(similarityOfAll([m({ x: 3, y: 2 }), m({ x: 1, y: 1 }), m({ x: 2, z: 1 })])).toBeCloseTo(1 / 6, 12);
    expect(round3(2 / 3)).toBe(0.667);
    expect(round3(1 / 6)).toBe(0.167);
  });
});

describe('properties over the catalog', () => {
  const slugs = catalog.certifications.map((c) => c.slug);
  const depths = (slug: string) => catalog.depthsByCertification.get(slug)!;
  const pair = fc.tuple(fc.constantFrom(...slugs), fc.constantFrom(...slugs));
  const set = fc.uniqueArray(fc.constantFrom(...slugs), { minLength: 2, maxLength: 6 });

  it('0 <= similarity <= 1, symmetric, 1 with itself', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const s = similarity(depths(a), depths(b));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(similarity(depths(b), depths(a))).toBe(s);
        expect(similarity(depths(a), depths(a))).toBe(1);
      }),
      { numRuns: 300 },
    );
  });

  it('coverage is within 0..1 and at least the similarity', () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const o = overlapOf(a, depths(a), b, depths(b));
        for (const c of [o.coverageOfA, o.coverageOfB]) {
          expect(c).toBeGreaterThanOrEqual(o.similarity - 1e-12);
          expect(c).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('shared = sharedFundamentals + sharedRoleSpecific, distinct sets are disjoint', () => {
    fc.assert(
      fc.property(set, (certs) => {
        const c = compare(catalog, certs);
        const kinds = c.sharedTopics.map((t) => t.kind);
        expect(c.sharedFundamentals).toEqual(c.sharedTopics.filter((t) => t.kind === 'FUNDAMENTAL'));
        expect(kinds.filter((k) => k === 'FUNDAMENTAL').length + kinds.filter((k) => k === 'ROLE_SPECIFIC').length).toBe(kinds.length);
        const seen = new Set<string>();
        for (const d of c.distinct) {
          for (const t of d.topics) {
            expect(seen.has(t.slug), `${t.slug} distinct to two certifications`).toBe(false);
            seen.add(t.slug);
            expect(c.sharedTopics).not.toContain(t);
          }
        }
        for (const p of c.pairs) {
          expect(new Set([...p.shared, ...p.onlyA, ...p.onlyB]).size).toBe(p.shared.length + p.onlyA.length + p.onlyB.length);
        }
        expect(c.pairs.length).toBe((certs.length * (certs.length - 1)) / 2);
        expect(c.similarity).toBeGreaterThanOrEqual(0);
        expect(c.similarity).toBeLessThanOrEqual(Math.min(...c.pairs.map((p) => p.similarity)) + 1e-12);
      }),
      { numRuns: 200 },
    );
  });

  it('the matrix is symmetric with 1 on the diagonal and matches the pairs', () => {
    const { certifications, similarity: s, pairs } = overlapMatrix(catalog, null);
    expect(certifications.length).toBe(catalog.certifications.length);
    expect(pairs.length).toBe((s.length * (s.length - 1)) / 2);
    for (let i = 0; i < s.length; i++) {
      expect(s[i]![i]).toBe(1);
      for (let j = 0; j < s.length; j++) expect(s[i]![j]).toBe(s[j]![i]);
    }
    for (const p of pairs) {
      const i = certifications.findIndex((c) => c.slug === p.a);
      const j = certifications.findIndex((c) => c.slug === p.b);
      expect(s[i]![j]).toBe(p.similarity);
    }
  });
});
