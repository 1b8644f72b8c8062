// Runs inside workerd before each test file. The files share one workerd (vitest's `isolate: false`,
// vitest.config.ts), so each starts as a new deployment's first isolate would:
// - the Worker's modules evaluated anew (fresh caches, no state another file left);
// - a version id of its own (CF_VERSION_METADATA, which keys the colo's cache), so no answer
//   another file left in the shared Cache API is served to it;
// - the catalog loaded from the Worker's static assets, as the Worker does before its first
//   request, so that tests may read `catalog` directly.
import { bindings, freshModules } from './helpers.js';

freshModules();
const deployed = bindings.CF_VERSION_METADATA;
if (deployed) Object.assign(bindings, { CF_VERSION_METADATA: { ...deployed, id: `${deployed.id}-${crypto.randomUUID()}` } });
// - a budget of APQ writes of its own: the binding counts per location, a minute at a time, and the
//   files share one emulated location, so one file's registrations would spend another's. The same
//   limit (wrangler.toml's, which test/graphql/persisted-queries.test.ts holds equal to the code's).
const { SHARED_APQ } = await import('../src/graphql/persisted-queries.js');
const apqWrites = new Map<string, { n: number; since: number }>();
Object.assign(bindings, {
  RATE_LIMIT_APQ_WRITES: {
    limit: async ({ key }: { key: string }) => {
      const now = Date.now();
      const seen = apqWrites.get(key);
      const window = seen && now - seen.since < 60_000 ? seen : { n: 0, since: now };
      window.n++;
      apqWrites.set(key, window);
      return { success: window.n <= SHARED_APQ.writesPerMinute };
    },
  },
});
const { loadCatalog } = await import('../src/data/catalog.js');
await loadCatalog(bindings.ASSETS);
