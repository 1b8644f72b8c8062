// HTTP caching of GET queries. A response is a pure function of the catalog and the request's
// query, variables and operation name, so its ETag can be computed from those alone, before
// anything executes: If-None-Match is answered with a 304 by any isolate, whether or not it has
// the response cached. The tag changes with the catalog (version and content fingerprint).
import type { Context, MiddlewareHandler } from 'hono';
import { sha256Hex } from './digest.js';

/**
 * The catalog changes only with a deploy: clients may reuse a response for 5 minutes, shared
 * caches for an hour, and serve a stale one for a day while they revalidate in the background.
 */
export const GET_CACHE_CONTROL = 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400';
/** Error responses and every POST are never stored. */
export const NO_STORE = 'no-store';

function persistedHashOf(extensions: string | null): string | null {
  if (!extensions) return null;
  try {
    const hash = (JSON.parse(extensions) as { persistedQuery?: { sha256Hash?: unknown } })?.persistedQuery?.sha256Hash;
    return typeof hash === 'string' ? hash : null;
  } catch {
    return null;
  }
}

/** What identifies the catalog an answer was computed from (a CatalogIndex has both). */
export interface CatalogVersion {
  readonly version: string;
  readonly fingerprint: string;
}

/**
 * The ETag of a GET query, or null when the request names no query. The document is identified
 * by its SHA-256, which is also what an Automatic Persisted Query sends, so a persisted GET and a
 * full GET of the same query share a tag.
 */
export async function etagOf(catalog: CatalogVersion, url: URL): Promise<string | null> {
  const params = url.searchParams;
  const query = params.get('query');
  const documentHash = query !== null ? await sha256Hex(query) : persistedHashOf(params.get('extensions'));
  if (documentHash === null) return null;
  const key = [catalog.version, catalog.fingerprint, params.get('operationName') ?? '', documentHash, params.get('variables') ?? ''].join('\n');
  return `W/"${(await sha256Hex(key)).slice(0, 40)}"`;
}

/**
 * RFC 9110 weak comparison against an If-None-Match header (a list, or *). `*` matches any current
 * representation: only pass `wildcard: true` (the default) once the request is known to have one.
 */
export function ifNoneMatchHits(header: string | null, etag: string, { wildcard = true } = {}): boolean {
  if (!header) return false;
  if (header.trim() === '*') return wildcard;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

/**
 * Sets a header on a response already made, in place. Hono's `c.header()` after the response is
 * made copies the whole response first (to be safe with immutable headers); the responses here
 * are yoga's own or ours, whose headers are mutable, so the copy is only the fallback.
 */
export function setResponseHeader(c: Context, name: string, value: string): void {
  try {
    c.res.headers.set(name, value);
  } catch {
    c.header(name, value);
  }
}

/** Middleware: the answer is marked `no-store` (a POST's, or one no cache may keep). */
export const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.res.headers.get('cache-control') !== NO_STORE) setResponseHeader(c, 'cache-control', NO_STORE);
};
