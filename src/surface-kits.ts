// The kits: what the surfaces built as modules of their own (the explorer and downloads, the
// widget, the usage reports: scripts/bundle-gate/surfaces.ts SURFACE_MODULES) use of the modules
// the whole Worker shares. src/app.ts hands each to its surface's factory when it imports the
// surface's module on its first request. Everything here is the main module's one instance: its
// Hono (so a surface's sub-app is mounted as the app's own, and its refusals reach the one onError),
// admission (rate limits, partner cache), `Refusal` (which the onError recognises), the colo
// cache, the domain's functions (the memoized ones: one memo for the API and the pages; and those
// that make or read a DomainError, whose class `classify` and the onError recognise) and `classify`.
// Each surface says what it needs in its kit.ts.
import { Hono } from 'hono/tiny';
import { admission, admittedCaller } from './admission/index.js';
import { apiKeyOf, keyHash, keyIdOf } from './admission/partners.js';
import { Refusal } from './admission/refusals.js';
import { hash53 } from './data/catalog.js';
import { sharedKey, sharedMatch, sharedPut } from './edge/colo-cache.js';
import { internalMessage } from './edge/log.js';
import type { ExplorerKit } from './explore/kit.js';
import type { GraphiqlKit } from './graphiql/kit.js';
import { classify } from './graphql/errors.js';
import type { HomeKit } from './home/kit.js';
import { listCertifications } from './resolvers/catalog.js';
import { clusterOrderOfCatalog } from './resolvers/cluster-order.js';
import { compare, overlapTables } from './resolvers/compare.js';
import { problemOf } from './resolvers/errors.js';
import { learningPath } from './resolvers/path.js';
import { profileProblems } from './resolvers/profile.js';
import { recommendations } from './resolvers/recommend.js';
import { flushUsage } from './usage/counter.js';
import { usageStore } from './usage/durable-object.js';
import type { UsageKit } from './usage/kit.js';
import type { WidgetKit } from './widget/kit.js';

export const explorerKit: ExplorerKit = {
  Hono,
  admission,
  hash53,
  colo: { sharedKey, sharedMatch, sharedPut },
  domain: { overlapTables, clusterOrderOfCatalog, compare, learningPath, listCertifications, profileProblems },
};

export const widgetKit: WidgetKit = {
  Hono,
  admission,
  admittedCaller,
  apiKeyOf,
  keyHash,
  keyIdOf,
  Refusal,
  domain: { recommendations, learningPath, profileProblems, problemOf, classify },
};

/** GraphiQL's and the index page's: Hono alone. */
export const pagesKit: GraphiqlKit & HomeKit = { Hono };

export const usageKit: UsageKit = { Hono, admission, admittedCaller, apiKeyOf, Refusal, internalMessage, flushUsage, usageStore };
