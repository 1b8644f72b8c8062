// The response cache for GET queries, in front of yoga. A response is a pure function of the
// catalog (fixed for an isolate's life) and the request's query string, so a hit is a Map lookup
// on the raw query string: no hashing, no parsing, no execution, no serialization.
//
// yoga's own response-cache plugin was measured first (bench/): its hits went through yoga's
// pipeline at about 70x the cost of returning a string, and it hashed every request, POST
// included, to build its key.

import { ByteCache, stringBytes } from './byte-cache.js';
import { CACHE_BUDGETS } from './caches.js';

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
