// The catalog's pair table, defined once: for each pair of certifications, the sum over the topics
// both cover of the lesser depth (`minSumsOfAll`, overlap.ts), whence its similarity and both
// coverages, exactly as a pair computes them. It depends on the catalog alone, so the build
// computes it once (ship-tables.ts) and ships it in the catalog's content-hashed asset
// (src/data/tables.ts); an isolate that loaded that asset reads it and never sums a pair. A catalog
// indexed in memory (a test's, a script's: no asset, no tables) gets the same table from the same
// functions, on first use, once. The cluster order, the other table, is cluster-order.ts's (the
// explorer's alone: its seriation stays out of what /graphql evaluates). (Imports name `.ts` files
// so that Node runs this module as it is, for the build.)
import type { CatalogIndex } from '../data/catalog.js';
import { codeDepths, coverageOfSums, type DepthMap, minSumsOfAll, similarityOfSums } from './overlap.ts';

/** A certification's topic depths, as the data files give them (compiled or linked: the same). */
export interface DepthsOf {
  readonly topics: readonly { readonly topic: string; readonly depth: number }[];
}

/** A certification's depth map (topic -> depth), as the catalog's index holds it (`depthsByCertification`). */
export const depthMapOf = (c: DepthsOf): DepthMap => new Map(c.topics.map((t) => [t.topic, t.depth]));

/** The pair sums and totals of depth maps in this order: for each pair i < j, row by row, the sum over shared topics of the lesser depth (whole numbers); each map's total depth. */
export function pairSumsOf(maps: readonly DepthMap[]): { pairMins: Float64Array; totals: Float64Array } {
  // The topics numbered (in order of first appearance), so pairs compare numbers, not strings.
  const numbers = new Map<string, number>();
  const depths = codeDepths(maps, numbers);
  return { pairMins: minSumsOfAll(depths, numbers.size), totals: Float64Array.from(depths, (d) => d.total) };
}

/**
 * The whole catalog's similarity and coverage, [i * n + j] in catalog order (the diagonal 1), from
 * the pair sums and totals: coverage[i * n + j] is the share of j that a holder of i knows (a pair's
 * coverageOfB for i < j, coverageOfA for i > j). The same sums and divisions as a pair's.
 */
export function figuresOf(pairMins: ArrayLike<number>, totals: ArrayLike<number>): { similarity: Float64Array; coverage: Float64Array } {
  const n = totals.length;
  const similarity = new Float64Array(n * n).fill(1);
  const coverage = new Float64Array(n * n).fill(1);
  let p = 0;
  for (let i = 0; i < n; i++) {
    const totalA = totals[i]!;
    for (let j = i + 1; j < n; j++) {
      const totalB = totals[j]!;
      const min = pairMins[p++]!;
      const s = similarityOfSums(min, totalA + totalB - min);
      similarity[i * n + j] = s;
      similarity[j * n + i] = s;
      coverage[i * n + j] = coverageOfSums(min, totalB);
      coverage[j * n + i] = coverageOfSums(min, totalA);
    }
  }
  return { similarity, coverage };
}

/** A catalog's pair table as the domain reads it: each certification's catalog index and total depth, and the pair sums. */
export interface PairTable {
  readonly indexOf: ReadonlyMap<string, number>;
  readonly totals: Float64Array;
  /** The sum of pair number p (`pairAt` in catalog order), read alone (a page of pairs, a chosen matrix). */
  minAt(p: number): number;
  /** Every pair's sum (a whole matrix): decoded, or computed, once. */
  mins(): ArrayLike<number>;
}

const pairTables = new WeakMap<CatalogIndex, PairTable>();

/**
 * The catalog's pair table, made once per catalog: its sums as shipped (read in place, or decoded
 * when a whole matrix is read), or for a catalog indexed in memory, computed once on first use.
 */
export function pairTableOf(catalog: CatalogIndex): PairTable {
  let table = pairTables.get(catalog);
  if (!table) {
    const certs = catalog.certifications;
    const maps = certs.map((c) => catalog.depthsByCertification.get(c.slug)!);
    const totals = Float64Array.from(maps, (m) => {
      let total = 0;
      for (const depth of m.values()) total += depth;
      return total;
    });
    const shipped = catalog.tables;
    let derived: Float64Array | null = null;
    const all = (): ArrayLike<number> => {
      if (shipped) return shipped.pairMins();
      derived ??= pairSumsOf(maps).pairMins;
      return derived;
    };
    table = {
      indexOf: new Map(certs.map((c, i) => [c.slug, i])),
      totals,
      minAt: shipped ? (p) => shipped.pairMin(p) : (p) => all()[p]!,
      mins: all,
    };
    pairTables.set(catalog, table);
  }
  return table;
}
