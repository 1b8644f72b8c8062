// Overlap arithmetic over topic depths (docs/operator.md, "The numbers"):
//   similarity  = sum_t min(a,b) / sum_t max(a,b)            (weighted Jaccard)
//   coverageOfB = sum_{t in B} min(a,b) / sum_{t in B} b(t)  (what a holder of A knows of B)
// Depths (1..3) are the weights. Exact here; rounding to 3 decimals happens at the API edge.

/** Topic slug -> depth. */
export type DepthMap = ReadonlyMap<string, number>;

export interface OverlapSums {
  min: number;
  max: number;
  totalA: number;
  totalB: number;
}

/** The four sums every overlap figure is made of, in one pass over both maps. */
export function overlapSums(a: DepthMap, b: DepthMap): OverlapSums {
  let min = 0;
  let max = 0;
  let totalA = 0;
  let totalB = 0;
  for (const [topic, da] of a) {
    const db = b.get(topic) ?? 0;
    min += Math.min(da, db);
    max += Math.max(da, db);
    totalA += da;
  }
  for (const [topic, db] of b) {
    totalB += db;
    if (!a.has(topic)) max += db;
  }
  return { min, max, totalA, totalB };
}

/** Weighted Jaccard similarity of two depth maps, 0..1 (1 for two empty maps, which are identical). */
export function similarity(a: DepthMap, b: DepthMap): number {
  const { min, max } = overlapSums(a, b);
  return max === 0 ? 1 : min / max;
}

/**
 * Share of `target`'s content that `held` already covers, 0..1 (1 for an empty target). The sum
 * of min over all topics equals the sum over the target's topics: elsewhere the min is 0.
 */
export function coverage(held: DepthMap, target: DepthMap): number {
  const { min, totalB } = overlapSums(held, target);
  return totalB === 0 ? 1 : min / totalB;
}

/** Generalised weighted Jaccard of several maps: sum of the minimum over all, over sum of the maximum over any. */
export function similarityOfAll(maps: readonly DepthMap[]): number {
  const topics = new Set(maps.flatMap((m) => [...m.keys()]));
  let min = 0;
  let max = 0;
  for (const topic of topics) {
    const depths = maps.map((m) => m.get(topic) ?? 0);
    min += Math.min(...depths);
    max += Math.max(...depths);
  }
  return max === 0 ? 1 : min / max;
}

/** The depth map of what several held certifications cover together: the deepest coverage of each topic. */
export function unionOf(maps: readonly DepthMap[]): Map<string, number> {
  const union = new Map<string, number>();
  for (const m of maps) for (const [t, d] of m) union.set(t, Math.max(d, union.get(t) ?? 0));
  return union;
}

export interface PairOverlap {
  a: string;
  b: string;
  /** Topics both cover, in a's order. */
  readonly shared: string[];
  readonly onlyA: string[];
  readonly onlyB: string[];
  similarity: number;
  coverageOfB: number;
  coverageOfA: number;
}

/** The three figures of a pair from its sums, exactly as a pair (overlapOf) computes them. */
export const similarityOfSums = (min: number, max: number): number => (max === 0 ? 1 : min / max);
export const coverageOfSums = (min: number, total: number): number => (total === 0 ? 1 : min / total);

/**
 * Everything about how two certifications overlap, by topic slug. The three numbers come from
 * one pass (sum of min over both, sum of max, each side's total: coverageOfB = sum min / sum b);
 * the topic lists are built only if read, which a matrix of numbers never does. (A class, so
 * the lists are prototype getters and every pair has the same shape.)
 */
// (Fields written out, not constructor parameters: Node runs this module as it is for the build,
// src/resolvers/ship-tables.ts, and strips types only.)
class Overlap implements PairOverlap {
  readonly a: string;
  private readonly aDepths: DepthMap;
  readonly b: string;
  private readonly bDepths: DepthMap;
  readonly similarity: number;
  readonly coverageOfB: number;
  readonly coverageOfA: number;

  constructor(a: string, aDepths: DepthMap, b: string, bDepths: DepthMap, sums: OverlapSums = overlapSums(aDepths, bDepths)) {
    this.a = a;
    this.aDepths = aDepths;
    this.b = b;
    this.bDepths = bDepths;
    const { min, max, totalA, totalB } = sums;
    this.similarity = similarityOfSums(min, max);
    this.coverageOfB = coverageOfSums(min, totalB);
    this.coverageOfA = coverageOfSums(min, totalA);
  }

  // The lists are built on each read, never kept: a pair's size stays what it was when made (a
  // memoized matrix is counted once), and a list costs a pass over one pair's topics.
  get shared(): string[] {
    return [...this.aDepths.keys()].filter((t) => this.bDepths.has(t));
  }

  get onlyA(): string[] {
    return [...this.aDepths.keys()].filter((t) => !this.bDepths.has(t));
  }

  get onlyB(): string[] {
    return [...this.bDepths.keys()].filter((t) => !this.aDepths.has(t));
  }
}

export function overlapOf(aSlug: string, a: DepthMap, bSlug: string, b: DepthMap): PairOverlap {
  return new Overlap(aSlug, a, bSlug, b);
}

/**
 * A pair from its sum of lesser depths and both totals (a catalog's pair table:
 * src/resolvers/tables.ts): the same pair as overlapOf makes, without a pass over its topics (the
 * sum of greater depths is totalA + totalB - min).
 */
export function overlapOfSums(aSlug: string, a: DepthMap, bSlug: string, b: DepthMap, min: number, totalA: number, totalB: number): PairOverlap {
  return new Overlap(aSlug, a, bSlug, b, { min, max: totalA + totalB - min, totalA, totalB });
}

/** A depth map as numbered topics: each topic's number (shared across the maps coded together), its depth, and the sum of depths. */
export interface CodedDepths {
  readonly topics: Int32Array;
  readonly values: Float64Array;
  readonly total: number;
}

/**
 * Depth maps with their topics numbered (by `numbers`, which grows: maps coded with the same
 * `numbers` can be compared by number, with no string hashing).
 */
export function codeDepths(maps: readonly DepthMap[], numbers: Map<string, number> = new Map()): CodedDepths[] {
  return maps.map((depths) => {
    const topics = new Int32Array(depths.size);
    const values = new Float64Array(depths.size);
    let total = 0;
    let k = 0;
    for (const [topic, depth] of depths) {
      let n = numbers.get(topic);
      if (n === undefined) {
        n = numbers.size;
        numbers.set(topic, n);
      }
      topics[k] = n;
      values[k++] = depth;
      total += depth;
    }
    return { topics, values, total };
  });
}

/**
 * The sum of min depths of every pair (i < j, row by row) of maps coded together (`width`: how
 * many topic numbers they use), by topic: each topic lists the maps holding it (in order), and
 * row i adds, for each of its topics in its order, the min depth to every later map holding it.
 * A pair costs its shared topics only, and its sum is made in the order overlapSums makes it
 * (the first map's topics; a topic the second lacks adds 0 there): the same number. The other
 * sums follow: max = totalA + totalB - min.
 */
export function minSumsOfAll(coded: readonly CodedDepths[], width: number): Float64Array {
  const n = coded.length;
  // Postings: for topic t, holders[start[t] .. start[t + 1]) are the maps holding it, by index, with their depths.
  const start = new Int32Array(width + 1);
  for (const { topics } of coded) for (let k = 0; k < topics.length; k++) start[topics[k]! + 1]!++;
  for (let t = 0; t < width; t++) start[t + 1]! += start[t]!;
  const next = start.slice(0, width);
  const holders = new Int32Array(start[width]!);
  const depths = new Float64Array(start[width]!);
  for (let i = 0; i < n; i++) {
    const { topics, values } = coded[i]!;
    for (let k = 0; k < topics.length; k++) {
      const at = next[topics[k]!]!++;
      holders[at] = i;
      depths[at] = values[k]!;
    }
  }
  // Row by row, each topic's postings before `first[t]` are rows already done (row i is next).
  const first = start.slice(0, width);
  const sums = new Float64Array((n * (n - 1)) / 2);
  const row = new Float64Array(n);
  let p = 0;
  for (let i = 0; i < n; i++) {
    const { topics, values } = coded[i]!;
    for (let k = 0; k < topics.length; k++) {
      const t = topics[k]!;
      const da = values[k]!;
      const end = start[t + 1]!;
      for (let at = ++first[t]!; at < end; at++) row[holders[at]!]! += Math.min(da, depths[at]!);
    }
    for (let j = i + 1; j < n; j++) {
      sums[p++] = row[j]!;
      row[j] = 0;
    }
  }
  return sums;
}

/**
 * Every pair of `items` (i < j, row by row), with the same figures as overlapOf, for a matrix:
 * each item's topics numbered once, so a pair costs a pass over the first one's topics against
 * the second's depths by number (no string hashing), and the max sum follows from the min one
 * (max(x, y) = x + y - min(x, y)).
 */
export function overlapsOfAll(items: readonly { slug: string; depths: DepthMap }[]): PairOverlap[] {
  const numbers = new Map<string, number>();
  const coded = codeDepths(
    items.map((x) => x.depths),
    numbers,
  );
  const mins = minSumsOfAll(coded, numbers.size);
  const pairs = new Array<PairOverlap>(mins.length);
  let p = 0;
  for (let i = 0; i < items.length; i++) {
    const a = coded[i]!;
    for (let j = i + 1; j < items.length; j++) {
      const b = coded[j]!;
      const min = mins[p]!;
      const sums = { min, max: a.total + b.total - min, totalA: a.total, totalB: b.total };
      pairs[p++] = new Overlap(items[i]!.slug, items[i]!.depths, items[j]!.slug, items[j]!.depths, sums);
    }
  }
  return pairs;
}

/** Rounds to 3 decimals for the API (0.6666 -> 0.667). */
export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Whether one certification's content lies wholly within the other's (every topic, at its depth or deeper). */
export type Containment = 'SAME' | 'A_INCLUDES_B' | 'B_INCLUDES_A' | 'NEITHER';

/** Coverage from which one certification counts as including the other (1, less rounding error). */
const INCLUDED_FROM = 0.999;

/** Containment from both coverages: a holder of a knows all of b (a includes b), the reverse, both (the same content), or neither. */
export function containmentOf(p: Pick<PairOverlap, 'coverageOfA' | 'coverageOfB'>): Containment {
  const aIncludesB = p.coverageOfB >= INCLUDED_FROM;
  const bIncludesA = p.coverageOfA >= INCLUDED_FROM;
  if (aIncludesB && bIncludesA) return 'SAME';
  if (aIncludesB) return 'A_INCLUDES_B';
  if (bIncludesA) return 'B_INCLUDES_A';
  return 'NEITHER';
}
