// The catalog ships as a static asset (src/data/catalog.ts): each isolate loads it once, before
// the first request it handles. When it cannot, the request is refused (503, retry shortly):
// nothing is ever answered from a missing or partial catalog.
import type { MiddlewareHandler } from 'hono';
import { catalog, loadCatalog } from '../data/catalog.js';
import type { AppEnv } from './env.js';
import { internalMessage, logInternal } from './masking.js';
import { Refusal } from './refusals.js';

/** Middleware: awaits this isolate's catalog; refuses with 503 (logged, with the request id) when it cannot be loaded. */
export function catalogLoaded(): MiddlewareHandler<AppEnv> {
  return async function catalogLoaded(c, next) {
    if (!catalog) {
      try {
        await loadCatalog(c.env.ASSETS);
      } catch (error) {
        logInternal(error);
        const { message, requestId } = internalMessage('The catalog could not be loaded; try again in a few seconds.');
        // (The id goes on the refusal itself: a response rendered by onError does not carry the headers set on the context.)
        const idHeader: Record<string, string> = requestId ? { 'x-request-id': requestId } : {};
        throw new Refusal(503, 'INTERNAL_SERVER_ERROR', message, { 'retry-after': '5', ...idHeader }, requestId ? { requestId } : {});
      }
    }
    await next();
  };
}
