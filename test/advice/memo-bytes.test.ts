// The memo (src/resolvers/memo.ts) counts what a result keeps alive beyond the catalog without
// knowing every object of the catalog: a pointer at a certification, topic, role or provider (the
// one its slug names) or at one of the catalog's lists is a pointer, anything else is the result's
// own. The count must be the one that knows every object of the catalog, for every memoized
// function over generated arguments: never less (the memo would hold more than its bytes), and not
// more (a result would be counted, and frozen, for objects that are the catalog's).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog.js';
import { compare, overlapMatrix } from '../../src/resolvers/compare.js';
import { bytesBeyond, ownedByCatalog } from '../../src/resolvers/memo.js';
import { learningPath } from '../../src/resolvers/path.js';
import { recommendations } from '../../src/resolvers/recommend.js';
import { profileArbitrary } from '../helpers.js';

/** Every object reachable from the catalog (its Maps' and Sets' members too): what the memo once walked on its first call. */
function everyObjectOf(root: unknown): Set<object> {
  const all = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object' || all.has(value)) continue;
    all.add(value);
    if (value instanceof Map) for (const [k, v] of value) stack.push(k, v);
    else if (value instanceof Set) for (const v of value) stack.push(v);
    else for (const v of Object.values(value)) stack.push(v);
  }
  return all;
}

const certs = catalog.certifications.map((c) => c.slug);
const profileArb = profileArbitrary();

describe("the memo's count of a result's bytes", () => {
  const all = everyObjectOf(catalog);
  const exact = (result: unknown) => bytesBeyond(result, (o) => all.has(o));
  const counted = (result: unknown) => bytesBeyond(result, (o) => ownedByCatalog(catalog, o));

  it('is the count that knows every object of the catalog, for every memoized function', () => {
    const results: unknown[] = [overlapMatrix(catalog, null), overlapMatrix(catalog, certs.slice(2, 9))];
    for (const pair of fc.sample(fc.uniqueArray(fc.constantFrom(...certs), { minLength: 2, maxLength: 4 }), { numRuns: 40, seed: 7 }))
      results.push(compare(catalog, pair));
    for (const p of fc.sample(profileArb, { numRuns: 60, seed: 23 })) {
      results.push(recommendations(catalog, p, 10));
      try {
        results.push(learningPath(catalog, p));
      } catch {
        // A profile the path refuses (a goal it cannot aim at): nothing kept, nothing counted.
      }
    }
    for (const result of results) {
      const bytes = counted(result);
      expect(bytes).toBeGreaterThan(0);
      expect(bytes).toBe(exact(result));
    }
  });
});
