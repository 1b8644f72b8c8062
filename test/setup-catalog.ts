// Runs inside workerd before each test file. The files share one workerd (vitest's `isolate: false`,
// vitest.config.ts), so each starts as a new isolate would: the Worker's modules evaluated anew
// (fresh caches, no state another file left), then the catalog loaded from the Worker's static
// assets, as the Worker does before its first request, so that tests may read `catalog` directly.
import { bindings, freshModules } from './helpers.js';

freshModules();
const { loadCatalog } = await import('../src/data/catalog.js');
await loadCatalog(bindings.ASSETS);
