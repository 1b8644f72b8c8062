// Runs inside workerd before each test file: loads the catalog from the Worker's static assets,
// as the Worker does before its first request, so that tests may read `catalog` directly.
import { loadCatalog } from '../src/data/catalog.js';
import { bindings } from './helpers.js';

await loadCatalog(bindings.ASSETS);
