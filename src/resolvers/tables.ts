// The catalog's derived tables, defined once: what depends on the catalog alone, so is computed
// once, by the build (scripts/catalog-build.ts calls `deriveTables`, and ships the result in the
// catalog's content-hashed asset: src/data/tables.ts), never by an isolate that loaded that asset:
//   - each pair's sum of lesser depths over the topics both cover (`minSumsOfAll`, overlap.ts),
//     whence its similarity and both coverages, exactly as a pair computes them;
//   - the explorer's cluster order: the seriation (seriation.ts) of the API's similarity matrix,
//     to 3 decimals as the API gives it.
// A catalog indexed in memory (a test's, a script's: no asset, no tables) gets the same tables from
// the same functions, on first use, once. (Imports name `.ts` files so that Node runs this module
// as it is, for the build.)
import type { CatalogIndex } from '../data/catalog.js';
import { encodeTables, type ShippedTables } from '../data/tables.ts';
import { codeDepths, coverageOfSums, minSumsOfAll, round3, similarityOfSums } from './overlap.ts';
import { seriate } from './seriation.ts';

/** A certification's topic depths, as the data files give them (compiled or linked: the same). */
export interface DepthsOf {
  readonly topics: readonly { readonly topic: string; readonly depth: number }[];
}

/** The tables of a catalog, as computed (what the asset ships, before encoding). */
export interface DerivedTables {
  /** For each pair i < j in catalog order, row by row: the sum over shared topics of the lesser depth (whole numbers). */
  pairMins: Float64Array;
  /** Each certification's total depth (the sum of its depths), in catalog order. */
  totals: Float64Array;
  /** The catalog indexes in the explorer's cluster order. */
  clusterOrder: number[];
}

/** Each certification's topic depths numbered (topics numbered in order of first appearance), for the pair sums. */
function coded(certs: readonly DepthsOf[]) {
  const numbers = new Map<string, number>();
  const depths = codeDepths(
    certs.map((c) => new Map(c.topics.map((t) => [t.topic, t.depth]))),
    numbers,
  );
  return { depths, width: numbers.size };
}

/** The pair sums and totals of certifications in this order. */
export function derivePairSums(certs: readonly DepthsOf[]): { pairMins: Float64Array; totals: Float64Array } {
  const { depths, width } = coded(certs);
  return { pairMins: minSumsOfAll(depths, width), totals: Float64Array.from(depths, (d) => d.total) };
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

/** A table [i * n + j] as rows of numbers to 3 decimals, as the API gives them (overlapMatrix.similarity). */
export function rows3(table: ArrayLike<number>, n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => round3(table[i * n + j]!)));
}

/** The explorer's cluster order from the pair sums and totals: the seriation of the API's similarity matrix. */
export function clusterOrderOf(pairMins: ArrayLike<number>, totals: ArrayLike<number>): number[] {
  return seriate(rows3(figuresOf(pairMins, totals).similarity, totals.length));
}

/** Every table of certifications in catalog order. */
export function deriveTables(certs: readonly DepthsOf[]): DerivedTables {
  const { pairMins, totals } = derivePairSums(certs);
  return { pairMins, totals, clusterOrder: clusterOrderOf(pairMins, totals) };
}

/** The tables of certifications in catalog order as the asset ships them (scripts/catalog-build.ts validates them with the catalog's schema). */
export function shipTables(certs: readonly DepthsOf[]): ShippedTables {
  const { pairMins, clusterOrder } = deriveTables(certs);
  return encodeTables(pairMins, clusterOrder);
}

/** A catalog's pair table as the domain reads it: each certification's catalog index and total depth, and the pair sums. */
export interface PairTable {
  readonly indexOf: ReadonlyMap<string, number>;
  readonly totals: Float64Array;
  /** The sum of pair number p (`pairAt` in catalog order), read alone (a page of pairs, a comparison's few). */
  minAt(p: number): number;
  /** Every pair's sum (a whole matrix): decoded, or computed, once. */
  mins(): ArrayLike<number>;
}

const pairTables = new WeakMap<CatalogIndex, PairTable>();
const clusterOrders = new WeakMap<CatalogIndex, readonly number[]>();

/**
 * The catalog's pair table, made once per catalog: its sums as shipped (read in place, or decoded
 * when a whole matrix is read), or for a catalog indexed in memory, computed once on first use.
 */
export function pairTableOf(catalog: CatalogIndex): PairTable {
  let table = pairTables.get(catalog);
  if (!table) {
    const certs = catalog.certifications;
    const totals = new Float64Array(certs.length);
    certs.forEach((c, i) => {
      for (const t of c.topics) totals[i]! += t.depth;
    });
    const shipped = catalog.tables;
    let derived: Float64Array | null = null;
    const all = (): ArrayLike<number> => {
      if (shipped) return shipped.pairMins();
      derived ??= derivePairSums(certs).pairMins;
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

/** The catalog's cluster order (catalog indexes): shipped, or for a catalog indexed in memory, seriated once. */
export function clusterOrderOfCatalog(catalog: CatalogIndex): readonly number[] {
  if (catalog.tables) return catalog.tables.clusterOrder;
  let order = clusterOrders.get(catalog);
  if (!order) {
    const table = pairTableOf(catalog);
    order = clusterOrderOf(table.mins(), table.totals);
    clusterOrders.set(catalog, order);
  }
  return order;
}
