// The catalog's derived tables as the build ships them (scripts/catalog-build.ts, which validates
// them with the catalog's schema, and bench/catalog-gen.mjs through it): the pair table
// (tables.ts) and the cluster order (cluster-order.ts), computed by the functions the domain
// itself would run, encoded by the asset's codec (src/data/tables.ts). Not imported by the Worker.
// (Imports name `.ts` files so that Node runs this module as it is.)
import { encodeTables, type ShippedTables } from '../data/tables.ts';
import { clusterOrderOf } from './cluster-order.ts';
import { type DepthsOf, depthMapOf, pairSumsOf } from './tables.ts';

/** Every table of certifications in catalog order, as computed. */
export function deriveTables(certs: readonly DepthsOf[]): { pairMins: Float64Array; totals: Float64Array; clusterOrder: number[] } {
  const { pairMins, totals } = pairSumsOf(certs.map(depthMapOf));
  return { pairMins, totals, clusterOrder: clusterOrderOf(pairMins, totals) };
}

/** The tables of certifications in catalog order as the asset ships them. */
export function shipTables(certs: readonly DepthsOf[]): ShippedTables {
  const { pairMins, clusterOrder } = deriveTables(certs);
  return encodeTables(pairMins, clusterOrder);
}
