// The list's orders are sorted once per catalog and filtered in order (src/resolvers/catalog.ts):
// for every order and many filters, the answer is exactly the filtered list sorted on its own, and
// a caller changing the array it got changes nothing for the next one.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog.js';
import { type CertificationFilter, type CertificationOrder, listCertifications } from '../../src/resolvers/catalog.js';

const ORDERS: CertificationOrder[] = ['NAME', 'COST', 'LEVEL', 'HOLDERS'];

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function filters(count: number): CertificationFilter[] {
  const next = random(23);
  const some = <T>(all: readonly T[]) => all.filter(() => next() < 0.3);
  const out: CertificationFilter[] = [{}];
  for (let i = 0; i < count; i++) {
    out.push({
      providers: next() < 0.5 ? some(catalog.providers.map((p) => p.slug)) : null,
      roles: next() < 0.4 ? some(catalog.roles.map((r) => r.slug)) : null,
      levels: next() < 0.4 ? some(['FOUNDATION', 'ADVANCED', 'EXPERT'] as const) : null,
      maxCostUsd: next() < 0.3 ? Math.round(next() * 3000) : null,
      requiresCourse: next() < 0.3 ? next() < 0.5 : null,
      hasExam: next() < 0.3 ? next() < 0.5 : null,
    });
  }
  return out;
}

describe('certifications in order', () => {
  it('equal the filtered list sorted on its own, for every order and 60 filters', () => {
    const whole = new Map(ORDERS.map((o) => [o, listCertifications(catalog, {}, o).map((c) => c.slug)]));
    for (const order of ORDERS) expect(new Set(whole.get(order)).size).toBe(catalog.certifications.length);
    for (const filter of filters(60)) {
      const kept = new Set(listCertifications(catalog, filter, 'NAME').map((c) => c.slug));
      for (const order of ORDERS) {
        const got = listCertifications(catalog, filter, order).map((c) => c.slug);
        expect(got).toEqual((whole.get(order) ?? []).filter((slug) => kept.has(slug)));
      }
    }
  });

  it('hands each caller its own array', () => {
    const first = listCertifications(catalog, {}, 'COST');
    const expected = first.map((c) => c.slug);
    first.reverse();
    first.length = 3;
    expect(listCertifications(catalog, {}, 'COST').map((c) => c.slug)).toEqual(expected);
    expect(listCertifications(catalog, null, null).map((c) => c.slug)).toEqual(listCertifications(catalog, {}, 'NAME').map((c) => c.slug));
  });

  it('sorts each order as its definition says', () => {
    const byName = listCertifications(catalog, {}, 'NAME');
    for (let i = 1; i < byName.length; i++) {
      const [a, b] = [byName[i - 1]!, byName[i]!];
      expect(a.name.localeCompare(b.name, 'en') || a.slug.localeCompare(b.slug, 'en')).toBeLessThan(0);
    }
    const rank = { FOUNDATION: 1, ADVANCED: 2, EXPERT: 3 } as const;
    const levels = listCertifications(catalog, {}, 'LEVEL').map((c) => rank[c.level]);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
  });
});
