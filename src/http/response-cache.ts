// HTTP caching of /graphql, as Hono middleware in front of yoga. GET answers are a pure function
// of the catalog (fixed for an isolate's life) and the request's query string, so:
// - a hit in the isolate's response cache is a Map lookup on the raw query string: no hashing, no
//   parsing, no execution, no serialization;
// - the ETag is computed from the request alone (src/http/http-cache.ts), so an If-None-Match
//   naming it gets its 304 before anything executes, in any isolate (that tag was only ever sent
//   with a successful answer); `If-None-Match: *` matches only once this request is known to have
//   a successful answer, never for a query that fails;
// - a successful answer is kept and sent with public Cache-Control and its ETag; an error answer,
//   and every POST, is `no-store`.
//
// yoga's own response-cache plugin was measured first (bench/): its hits went through yoga's
// pipeline at about 70x the cost of returning a string, and it hashed every request, POST
// included, to build its key.
import type { MiddlewareHandler } from 'hono';
import { catalog } from '../data/catalog.js';
import { ByteCache, stringBytes } from './byte-cache.js';
import { CACHE_BUDGETS } from './caches.js';
import type { AppEnv } from './env.js';
import { etagOf, GET_CACHE_CONTROL, ifNoneMatchHits, NO_STORE } from './http-cache.js';

export interface CachedResponse {
  body: string;
  etag: string;
  contentType: string;
}

/** Requests that may share a response: same query string, same media type asked for. */
export function responseCacheKey(request: Request): string {
  const q = request.url.indexOf('?');
  return `${request.headers.get('accept') ?? ''}\n${q < 0 ? '' : request.url.slice(q)}`;
}

/**
 * Bounded in bytes (key, body and headers; larger responses are not kept: the cache is for the
 * many small, repeated queries), least recently used first; no expiry: the catalog is fixed for
 * the isolate's life.
 */
export const responseCache = new ByteCache<string, CachedResponse>({
  ...CACHE_BUDGETS.responses,
  sizeOf: (key, r) => stringBytes(key) + stringBytes(r.body) + stringBytes(r.etag) + stringBytes(r.contentType) + 128,
});

const notModified = (etag: string) => new Response(null, { status: 304, headers: { etag, 'cache-control': GET_CACHE_CONTROL, vary: 'Accept' } });

function cachedAnswer(request: Request, cached: CachedResponse): Response {
  if (ifNoneMatchHits(request.headers.get('if-none-match'), cached.etag)) return notModified(cached.etag);
  return new Response(cached.body, {
    status: 200,
    headers: { etag: cached.etag, 'cache-control': GET_CACHE_CONTROL, vary: 'Accept', 'content-type': cached.contentType },
  });
}

/** Whether a GraphQL response body carries errors. */
function hasErrors(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { errors?: unknown[] };
    return Array.isArray(parsed.errors) && parsed.errors.length > 0;
  } catch {
    return true;
  }
}

/** Keeps a successful answer (when it fits the cache's budget) and sends it cacheable. */
async function store(request: Request, response: Response, key: string, etag: string | null): Promise<Response> {
  const body = await response.text();
  const headers = new Headers(response.headers);
  if (!etag || response.status !== 200 || hasErrors(body)) {
    headers.set('cache-control', NO_STORE);
    return new Response(body, { status: response.status, headers });
  }
  headers.set('etag', etag);
  headers.set('cache-control', GET_CACHE_CONTROL);
  headers.set('vary', 'Accept');
  responseCache.set(key, { body, etag, contentType: headers.get('content-type') ?? 'application/json' });
  if (ifNoneMatchHits(request.headers.get('if-none-match'), etag)) return notModified(etag);
  return new Response(body, { status: response.status, headers });
}

export function responseCaching(): MiddlewareHandler<AppEnv> {
  return async function responseCaching(c, next) {
    const request = c.req.raw;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      await next();
      if (c.res.headers.get('cache-control') !== NO_STORE) c.header('cache-control', NO_STORE);
      return;
    }
    const key = responseCacheKey(request);
    const cached = responseCache.get(key);
    if (cached) return cachedAnswer(request, cached);
    const etag = await etagOf(catalog, new URL(request.url));
    if (etag && ifNoneMatchHits(request.headers.get('if-none-match'), etag, { wildcard: false })) return notModified(etag);
    await next();
    c.res = await store(request, c.res, key, etag);
  };
}
