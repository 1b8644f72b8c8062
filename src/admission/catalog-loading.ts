// The catalog ships as a static asset (src/data/catalog.ts): each isolate loads it once, before
// the first request it handles, and this middleware hands it to the request (`c.var.catalog`):
// every surface answers from the catalog it is given (yoga's server context, the widget's, the
// explorer's, the downloads'), never from a module variable. When it cannot be loaded, the
// request is refused (503, retry shortly): nothing is ever answered from a missing or partial
// catalog. A failed load is logged once, with the request id of the request that tried; the
// requests refused during the back-off that follows (src/data/catalog.ts) are not logged again,
// and are told when to retry.
import type { MiddlewareHandler } from 'hono';
import { type AssetFetcher, CatalogBackoff, type CatalogIndex, loadCatalog, catalog as loaded } from '../data/catalog.js';
import type { AppEnv } from '../edge/env.js';
import { internalMessage, logInternal } from '../edge/log.js';
import { Refusal } from './refusals.js';

declare module 'hono' {
  interface ContextVariableMap {
    /** The catalog this request is answered from (src/admission/catalog-loading.ts). */
    catalog: CatalogIndex;
  }
}

/**
 * Work that needs no catalog, which a surface asks to have done while the isolate's first catalog
 * load awaits its asset (src/graphql/warm-up.ts: the schema's share of a first request), by name
 * (a later ask under the same name replaces an earlier one). Done once, by the first request
 * that starts a load: CPU the first request would otherwise spend after the asset arrives.
 */
const whileLoading = new Map<string, () => void>();

export function whileTheCatalogLoads(name: string, work: () => void): void {
  whileLoading.set(name, work);
}

/**
 * One turn of the event loop, so that the asset's fetch is under way before the work starts:
 * workerd's `scheduler.wait` (a timer that vitest's fake ones do not replace), else a timer.
 */
const turn = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { wait?: (ms: number) => Promise<void> } }).scheduler;
  return scheduler?.wait ? scheduler.wait(0) : new Promise((resolve) => setTimeout(resolve, 0));
};

/** Loads the catalog; the first time, with the work asked for done while the asset is fetched. */
async function loadWhileWorking(assets: AssetFetcher): Promise<CatalogIndex> {
  const load = loadCatalog(assets);
  if (!whileLoading.size) return load;
  const work = [...whileLoading.values()];
  whileLoading.clear();
  // A load that fails while the work runs is the caller's to handle, once it awaits `load` below.
  load.catch(() => {});
  await turn();
  for (const w of work) {
    try {
      w();
    } catch {
      // Preparation only: the request does the same work itself, and says what fails.
    }
  }
  return load;
}

/** Middleware: awaits this isolate's catalog and sets `catalog`; refuses with 503 (logged, with the request id) when it cannot be loaded. */
export function catalogLoaded(): MiddlewareHandler<AppEnv> {
  return async function catalogLoaded(c, next) {
    // (Once loaded, the isolate's catalog is handed on without awaiting anything.)
    if (loaded) c.set('catalog', loaded);
    else {
      const { state } = c.var;
      try {
        c.set('catalog', await loadWhileWorking(c.env.ASSETS));
      } catch (error) {
        if (!(error instanceof CatalogBackoff)) logInternal(error, state);
        // Named in X-Certgraph-Degraded (src/edge/degraded.ts); logged above, once per attempt.
        state.degraded.add('catalog');
        const retryAfter = error instanceof CatalogBackoff ? Math.max(1, Math.ceil(error.retryAfterMs / 1000)) : 5;
        const { message, requestId } = internalMessage('The catalog could not be loaded; try again in a few seconds.', state);
        // (The id goes on the refusal itself: a response rendered by onError does not carry the headers set on the context.)
        const idHeader: Record<string, string> = requestId ? { 'x-request-id': requestId } : {};
        const headers = { 'retry-after': String(retryAfter), ...idHeader };
        throw new Refusal(503, 'INTERNAL_SERVER_ERROR', message, headers, requestId ? { requestId } : {});
      }
    }
    await next();
  };
}
