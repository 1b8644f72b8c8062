// The response cache for GET queries, in front of yoga. A response is a pure function of the
// catalog (fixed for an isolate's life) and the request's query string, so a hit is a Map lookup
// on the raw query string: no hashing, no parsing, no execution, no serialization.
//
// yoga's own response-cache plugin was measured first (bench/): its hits went through yoga's
// pipeline at about 70x the cost of returning a string, and it hashed every request, POST
// included, to build its key.

import { LRUCache } from './lru-cache.js';

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

/** Bodies larger than this are not kept: the cache is for the many small, repeated queries. */
export const MAX_CACHED_BODY = 256 * 1024;
/** Bounded, least recently used first; no expiry: the catalog is fixed for the isolate's life. */
export const responseCache = new LRUCache<string, CachedResponse>({ max: 1000 });
