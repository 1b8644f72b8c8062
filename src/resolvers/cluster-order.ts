// The catalog's cluster order, defined once: the seriation (seriation.ts) of the API's similarity
// matrix, to 3 decimals as the API gives it, as catalog indexes. It depends on the catalog alone,
// so the build computes it once (ship-tables.ts) and ships it with the catalog
// (src/data/tables.ts); only a catalog indexed in memory (a test's) is seriated here, once. Read by
// the explorer and the downloads' views (src/explore/model.ts), never on the way to /graphql.
// (Imports name `.ts` files so that Node runs this module as it is, for the build.)
import type { CatalogIndex } from '../data/catalog.js';
import { round3 } from './overlap.ts';
import { seriate } from './seriation.ts';
import { figuresOf, pairTableOf } from './tables.ts';

/** A table [i * n + j] as rows of numbers to 3 decimals, as the API gives them (overlapMatrix.similarity). */
export function rows3(table: ArrayLike<number>, n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => round3(table[i * n + j]!)));
}

/** The cluster order from the pair sums and totals: the seriation of the API's similarity matrix. */
export function clusterOrderOf(pairMins: ArrayLike<number>, totals: ArrayLike<number>): number[] {
  return seriate(rows3(figuresOf(pairMins, totals).similarity, totals.length));
}

const clusterOrders = new WeakMap<CatalogIndex, readonly number[]>();

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
