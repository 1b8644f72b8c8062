// The matrix's figures without an object per pair (overlapTables, minSumsOfAll) and the memo's
// sizing of a matrix from its counts (matrixBytes): what the cold render's speed work must not
// change. Random catalogs' figures equal the definition's (sum of min over sum of max; sum of min
// over the target's sum) and a pair's own (overlapOf) exactly; a matrix's counted bytes equal
// what the memo's walk counts; a result too large to keep is neither frozen nor kept.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CatalogIndex } from '../../src/data/catalog.js';
import { catalog } from '../../src/data/catalog.js';
import { matrixBytes, overlapMatrix, overlapTables } from '../../src/resolvers/compare.js';
import { MEMO_BUDGET, memoized, walkedBytes } from '../../src/resolvers/memo.js';
import { codeDepths, type DepthMap, minSumsOfAll, overlapOf, overlapsOfAll } from '../../src/resolvers/overlap.js';

/** The figures of a pair by their definition, over the union of both maps' topics. */
function byDefinition(a: DepthMap, b: DepthMap): { similarity: number; coverageOfB: number; coverageOfA: number } {
  let min = 0;
  let max = 0;
  for (const t of new Set([...a.keys(), ...b.keys()])) {
    min += Math.min(a.get(t) ?? 0, b.get(t) ?? 0);
    max += Math.max(a.get(t) ?? 0, b.get(t) ?? 0);
  }
  const total = (m: DepthMap) => [...m.values()].reduce((x, y) => x + y, 0);
  return {
    similarity: max === 0 ? 1 : min / max,
    coverageOfB: total(b) === 0 ? 1 : min / total(b),
    coverageOfA: total(a) === 0 ? 1 : min / total(a),
  };
}

/** Random catalogs: 1 to 40 certifications over 30 topics, depths 1 to 3, some with no topic at all. */
const depthsArb = fc
  .uniqueArray(fc.tuple(fc.integer({ min: 0, max: 29 }), fc.integer({ min: 1, max: 3 })), { selector: ([t]) => t, maxLength: 18 })
  .map((entries) => new Map(entries.map(([t, d]) => [`topic-${t}`, d])) as DepthMap);
const catalogArb = fc.array(depthsArb, { minLength: 1, maxLength: 40 });

/** Just what overlapTables reads of a catalog. */
const fakeCatalog = (maps: readonly DepthMap[]): CatalogIndex =>
  ({
    certifications: maps.map((_, i) => ({ slug: `c${i}` })),
    depthsByCertification: new Map(maps.map((m, i) => [`c${i}`, m])),
  }) as unknown as CatalogIndex;

describe('the matrix figures as tables', () => {
  it('equal the definition (within 1e-12) and a pair computed alone (exactly), on random catalogs', () => {
    fc.assert(
      fc.property(catalogArb, (maps) => {
        const n = maps.length;
        const t = overlapTables(fakeCatalog(maps));
        const pairs = overlapsOfAll(maps.map((depths, i) => ({ slug: `c${i}`, depths })));
        expect(pairs).toHaveLength((n * (n - 1)) / 2);
        let k = 0;
        for (let i = 0; i < n; i++) {
          expect(t.similarity[i * n + i]).toBe(1);
          expect(t.coverage[i * n + i]).toBe(1);
          for (let j = i + 1; j < n; j++) {
            const alone = overlapOf(`c${i}`, maps[i]!, `c${j}`, maps[j]!);
            const def = byDefinition(maps[i]!, maps[j]!);
            const pair = pairs[k++]!;
            const figures = [t.similarity[i * n + j], t.similarity[j * n + i], t.coverage[i * n + j], t.coverage[j * n + i]];
            expect(figures).toEqual([alone.similarity, alone.similarity, alone.coverageOfB, alone.coverageOfA]);
            expect([pair.a, pair.b, pair.similarity, pair.coverageOfB, pair.coverageOfA]).toEqual([
              alone.a,
              alone.b,
              alone.similarity,
              alone.coverageOfB,
              alone.coverageOfA,
            ]);
            expect(Math.abs(alone.similarity - def.similarity)).toBeLessThanOrEqual(1e-12);
            expect(Math.abs(alone.coverageOfB - def.coverageOfB)).toBeLessThanOrEqual(1e-12);
            expect(Math.abs(alone.coverageOfA - def.coverageOfA)).toBeLessThanOrEqual(1e-12);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('give the real catalog the figures overlapMatrix gives', () => {
    const m = overlapMatrix(catalog, null);
    const t = overlapTables(catalog);
    const n = m.certifications.length;
    expect(t.certifications.map((c) => c.slug)).toEqual(m.certifications.map((c) => c.slug));
    let k = 0;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) expect(t.similarity[i * n + j]).toBe(m.similarity[i]![j]);
      for (let j = i + 1; j < n; j++) {
        const p = m.pairs[k++]!;
        expect([t.coverage[i * n + j], t.coverage[j * n + i]]).toEqual([p.coverageOfB, p.coverageOfA]);
      }
    }
  });

  it('number topics the same whichever maps are coded together (min sums by number)', () => {
    const maps = catalog.certifications.slice(0, 6).map((c) => catalog.depthsByCertification.get(c.slug)!);
    const numbers = new Map<string, number>();
    const mins = minSumsOfAll(codeDepths(maps, numbers), numbers.size);
    let k = 0;
    for (let i = 0; i < maps.length; i++) {
      for (let j = i + 1; j < maps.length; j++) {
        let min = 0;
        for (const [topic, d] of maps[i]!) min += Math.min(d, maps[j]!.get(topic) ?? 0);
        expect(mins[k++]).toBe(min);
      }
    }
  });
});

describe('the memo keeps a matrix sized from its counts', () => {
  it('counts the bytes its walk would count, for the whole catalog and for chosen certifications', () => {
    const slugs = catalog.certifications.map((c) => c.slug);
    for (const chosen of [null, slugs.slice(0, 1), slugs.slice(3, 5), slugs.slice(10, 30), [...slugs].reverse()]) {
      const m = overlapMatrix(catalog, chosen);
      expect(matrixBytes(m), String(chosen?.length ?? 'all')).toBe(walkedBytes(m));
    }
  });

  it('freezes a matrix it keeps: its tables, rows and pairs', () => {
    const m = overlapMatrix(catalog, null);
    expect(overlapMatrix(catalog, null)).toBe(m);
    for (const o of [m, m.certifications, m.similarity, m.similarity[0], m.similarity3, m.similarity3[0], m.pairs, m.pairs[0]])
      expect(Object.isFrozen(o)).toBe(true);
    expect(() => {
      (m.similarity[0] as number[])[1] = 5;
    }).toThrow(TypeError);
  });

  it('neither keeps nor freezes a result larger than its largest entry, and keeps one that fits', () => {
    let calls = 0;
    const frozen: unknown[] = [];
    const keeping = (bytes: number) => ({ bytes: () => bytes, freeze: (r: object) => frozen.push(r) });
    const big = memoized('test-big', () => ({ calls: ++calls }), keeping(MEMO_BUDGET.maxEntryBytes + 1));
    const first = big(catalog);
    expect(big(catalog)).not.toBe(first);
    expect(calls).toBe(2);
    expect(frozen).toEqual([]);
    const unmeasured = memoized('test-nan', () => ({ calls: ++calls }), keeping(Number.NaN));
    expect(unmeasured(catalog)).not.toBe(unmeasured(catalog));
    expect(frozen).toEqual([]);
    const small = memoized('test-small', () => ({ calls: ++calls }), keeping(100));
    const kept = small(catalog);
    expect(small(catalog)).toBe(kept);
    expect(frozen).toEqual([kept]);
  });
});
