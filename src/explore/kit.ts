// What the explorer and the downloads use of the modules the whole Worker shares, handed by
// src/app.ts to their factories (exploreApp, downloadsApp). They are built into a module of their
// own (generated/explore.mjs, `npm run assets`: scripts/build-surfaces.mjs), uploaded beside the
// Worker's and imported on their first request; a copy of these there would be a second instance:
// another Hono (whose sub-apps would catch the refusals the one onError renders), another rate
// limiter, another colo-cache path, another memo of the domain (compare, learningPath and the
// overlap tables, computed again and kept twice). Types only here: nothing of them is bundled in.
import type { Hono } from 'hono/tiny';
import type { admission } from '../admission/index.js';
import type { hash53 } from '../data/catalog.js';
import type { sharedKey, sharedMatch, sharedPut } from '../edge/colo-cache.js';
import type { listCertifications } from '../resolvers/catalog.js';
import type { clusterOrderOfCatalog } from '../resolvers/cluster-order.js';
import type { compare, overlapTables } from '../resolvers/compare.js';
import type { learningPath } from '../resolvers/path.js';
import type { profileProblems } from '../resolvers/profile.js';

/**
 * The domain's functions the pages call, as the API's resolvers call them: the same memo, and the
 * same DomainError class (a copy's errors would not be the onError's or classify's).
 */
export interface ExplorerDomain {
  overlapTables: typeof overlapTables;
  /** The catalog's cluster order (shipped with it; seriated once for a catalog indexed in memory). */
  clusterOrderOfCatalog: typeof clusterOrderOfCatalog;
  compare: typeof compare;
  learningPath: typeof learningPath;
  listCertifications: typeof listCertifications;
  profileProblems: typeof profileProblems;
}

/** The colo's cache (src/edge/colo-cache.ts). */
export interface ColoCache {
  sharedKey: typeof sharedKey;
  sharedMatch: typeof sharedMatch;
  sharedPut: typeof sharedPut;
}

export interface ExplorerKit {
  Hono: typeof Hono;
  admission: typeof admission;
  hash53: typeof hash53;
  colo: ColoCache;
  domain: ExplorerDomain;
}
