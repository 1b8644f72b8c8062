// The response cache for GET queries, in front of yoga. A response is a pure function of the
// catalog (fixed for an isolate's life) and the request's query string, so a hit is a Map lookup
// on the raw query string: no hashing, no parsing, no execution, no serialization.
//
// yoga's own response-cache plugin was measured first (bench/): its hits went through yoga's
// pipeline at about 70x the cost of returning a string, and it hashed every request, POST
// included, to build its key.

export interface CachedResponse {
  body: string;
  etag: string;
  contentType: string;
}

/** A bounded LRU map: the least recently used entry goes first when full. */
export class ResponseCache {
  private readonly entries = new Map<string, CachedResponse>();
  constructor(readonly max: number) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): CachedResponse | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: CachedResponse): void {
    this.entries.delete(key);
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
  }
}

/** Requests that may share a response: same query string, same media type asked for. */
export function responseCacheKey(request: Request): string {
  const q = request.url.indexOf('?');
  return `${request.headers.get('accept') ?? ''}\n${q < 0 ? '' : request.url.slice(q)}`;
}

/** Bodies larger than this are not kept: the cache is for the many small, repeated queries. */
export const MAX_CACHED_BODY = 256 * 1024;
export const responseCache = new ResponseCache(1000);
