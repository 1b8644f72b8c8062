// The colo's cache, shared by every isolate of the Worker in a data center: the Workers Cache API
// (`caches.default`). An isolate's own response cache (src/graphql/response-cache.ts) is cold for
// most traffic at scale (a colo runs many isolates); a successful answer computed once is stored
// here too, so any other isolate of the colo answers it without executing.
// - The key is a synthetic GET URL on the request's own origin, made of what determines the
//   answer: the Worker's version (its code), the catalog's version and content hash (its data),
//   the media type the answer will have (src/edge/accept.ts), and the request's canonical GraphQL
//   parameters, hashed (src/edge/cache-key.ts; never the query string or body as sent). Never the caller's key, never conditional headers: nothing about the
//   caller decides an answer (admission runs before any cache is read).
// - The stored copy carries `Cache-Control: public, s-maxage=SHARED_TTL_SECONDS`: a day. The key
//   changes with every deploy and catalog, so the TTL does not keep anything stale; it bounds how
//   long a dead version's entries occupy the colo's cache (which evicts the unused sooner anyway).
// - Writes go through `executionCtx.waitUntil`: the answer is sent without waiting for them.
// - Fail safe: without a Cache API (`caches` undefined), without a version id, or when it throws,
//   the request is computed as if nothing were cached; it is never a 500. A read that throws is
//   named in X-Certgraph-Degraded and logged once with the request id (src/edge/degraded.ts).
// Cloudflare performs no Cache API operation on *.workers.dev: only on a custom domain or route.
import type { Context } from 'hono';
import { degraded } from './degraded.js';
import type { AppEnv } from './env.js';
import type { CatalogVersion } from './http-cache.js';
import { afterResponse, type RequestState } from './request-context.js';

/** How long the colo keeps a stored answer: a day (the key already changes with every version). */
const SHARED_TTL_SECONDS = 86_400;
/** The path under which synthetic keys live (never a route of the Worker). */
const KEY_PATH = '/__certgraph-cache/v1';

/** A successful answer as the caches keep it. */
export interface CachedResponse {
  body: string;
  /** A GET's ETag ('' for a POST, which has none). */
  etag: string;
  contentType: string;
}

/** The colo's cache, or null where there is none (outside Workers; a test that removes it). */
function colo(): Cache | null {
  const storage = (globalThis as { caches?: CacheStorage & { default?: Cache } }).caches;
  return storage?.default ?? null;
}

/**
 * The synthetic key for a request, or null when the Worker's version is unknown (then the colo's
 * cache is not used: answers of two versions must never mix). `request` names the SHA-256 of the
 * request's canonical parameters; each method has its own path.
 */
export function sharedKey(c: Context<AppEnv>, catalog: CatalogVersion, accept: string, method: 'get' | 'post', request: string): string | null {
  const version = c.env.CF_VERSION_METADATA?.id;
  if (!version) return null;
  const origin = new URL(c.req.url).origin;
  const path = [KEY_PATH, encodeURIComponent(version), encodeURIComponent(catalog.version), encodeURIComponent(catalog.fingerprint), method].join('/');
  const query = request.startsWith('?') ? request.slice(1) : request;
  return `${origin}${path}?accept=${encodeURIComponent(accept)}&${query}`;
}

/** The stored answer under `key`, or null (a miss, no Cache API, or one that failed). */
export async function sharedMatch(key: string, state: RequestState): Promise<CachedResponse | null> {
  try {
    const cache = colo();
    const stored = cache ? await cache.match(key) : undefined;
    const contentType = stored?.headers.get('content-type');
    if (stored?.status !== 200 || !contentType) return null;
    return { body: await stored.text(), etag: stored.headers.get('etag') ?? '', contentType };
  } catch (error) {
    // Computed instead; the answer says so (src/edge/degraded.ts).
    degraded(state, 'colo-cache', error);
    return null;
  }
}

/** Stores a successful answer under `key`, after the response is sent (waitUntil). Never throws. The body may be its UTF-8 bytes already. */
export function sharedPut(c: Context<AppEnv>, key: string, answer: Omit<CachedResponse, 'body'> & { body: string | Uint8Array<ArrayBuffer> }): void {
  let put: Promise<void>;
  try {
    const cache = colo();
    if (!cache) return;
    const headers: Record<string, string> = { 'content-type': answer.contentType, 'cache-control': `public, s-maxage=${SHARED_TTL_SECONDS}` };
    if (answer.etag) headers.etag = answer.etag;
    put = cache.put(key, new Response(answer.body, { status: 200, headers })).catch((error: unknown) => {
      console.warn(`[certgraph] the colo's cache could not be written (${String(error)})`);
    });
  } catch (error) {
    console.warn(`[certgraph] the colo's cache could not be written (${String(error)})`);
    return;
  }
  // Without an execution context (an in-process call) the write runs on its own.
  afterResponse(c)?.(put);
}
