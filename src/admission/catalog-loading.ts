// The catalog ships as a static asset (src/data/catalog.ts): each isolate loads it once, before
// the first request it handles. When it cannot, the request is refused (503, retry shortly):
// nothing is ever answered from a missing or partial catalog. A failed load is logged once, with
// the request id of the request that tried; the requests refused during the back-off that follows
// (src/data/catalog.ts) are not logged again, and are told when to retry.
import type { MiddlewareHandler } from 'hono';
import { CatalogBackoff, catalog, loadCatalog } from '../data/catalog.js';
import type { PlatformPart } from '../edge/degraded.js';
import type { AppEnv } from '../edge/env.js';
import { internalMessage, logInternal } from '../edge/log.js';
import { Refusal } from './refusals.js';

/** Middleware: awaits this isolate's catalog; refuses with 503 (logged, with the request id) when it cannot be loaded. */
export function catalogLoaded(): MiddlewareHandler<AppEnv> {
  return async function catalogLoaded(c, next) {
    if (!catalog) {
      try {
        await loadCatalog(c.env.ASSETS);
      } catch (error) {
        if (!(error instanceof CatalogBackoff)) logInternal(error);
        // Named in X-Certgraph-Degraded (src/edge/degraded.ts); logged above, once per attempt.
        c.set('degraded', new Set<PlatformPart>(['catalog']));
        const retryAfter = error instanceof CatalogBackoff ? Math.max(1, Math.ceil(error.retryAfterMs / 1000)) : 5;
        const { message, requestId } = internalMessage('The catalog could not be loaded; try again in a few seconds.');
        // (The id goes on the refusal itself: a response rendered by onError does not carry the headers set on the context.)
        const idHeader: Record<string, string> = requestId ? { 'x-request-id': requestId } : {};
        const headers = { 'retry-after': String(retryAfter), ...idHeader };
        throw new Refusal(503, 'INTERNAL_SERVER_ERROR', message, headers, requestId ? { requestId } : {});
      }
    }
    await next();
  };
}
