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
const { loadCatalog } = await import('../src/data/catalog.js');
await loadCatalog(bindings.ASSETS);
