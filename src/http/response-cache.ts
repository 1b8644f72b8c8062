// Response caching of /graphql, as Hono middleware in front of yoga, after admission (rate
// limits, keys and origins run before any cache answers). An answer is a pure function of the
// catalog (fixed for an isolate's life) and what the request asks: nothing about the caller
// decides it (not the partner key, not the origin). So a successful answer is kept, in two tiers:
// - the isolate's response cache (below), bounded in bytes: a hit is a Map lookup on the raw
//   request (a GET's query string; a POST's exact body), no hashing, parsing or execution; a POST
//   that differs only in formatting, key order or empty members finds its answer under its
//   normalized key (src/http/post-key.ts);
// - the colo's cache, shared by every isolate of the data center (src/http/shared-cache.ts),
//   read after the isolate's own misses and before executing.
// Never kept: an answer with errors, a status other than 200, a refusal, an answer that depends on
// the caller after all (`callersOwn`: a partner's published document named by `documentId`).
// GET answers are sent with public Cache-Control and an ETag computed from the request alone
// (src/http/http-cache.ts), so an If-None-Match naming it gets its 304 before anything executes,
// in any isolate; `If-None-Match: *` matches only once this request is known to have a successful
// answer. POST answers, cached or not, are sent `no-store`: HTTP caches downstream key on the URL
// alone, and a POST's answer depends on its body.
//
// yoga's own response-cache plugin was measured first (bench/): its hits went through yoga's
// pipeline at about 70x the cost of returning a string, and it hashed every request to build its key.
import type { Context, MiddlewareHandler, Next } from 'hono';
import { ByteCache, stringBytes } from '../data/byte-cache.js';
import { catalog } from '../data/catalog.js';
import { CACHE_BUDGETS } from './caches.js';
import { sha256Hex } from './digest.js';
import type { AppEnv } from './env.js';
import { etagOf, GET_CACHE_CONTROL, ifNoneMatchHits, NO_STORE, noStore } from './http-cache.js';
import { normalizedPostKey, type PostBody, rawPostKey, readPostBody } from './post-key.js';
import { type CachedResponse, sharedKey, sharedMatch, sharedPut } from './shared-cache.js';

/** What the isolate's cache keeps under a key: an answer, or (a POST's raw key) the normalized key of its answer. */
type Entry = CachedResponse | { alias: string };

const acceptOf = (request: Request) => request.headers.get('accept') ?? '';

/** A GET's key: same query string, same media type asked for. */
function responseCacheKey(request: Request): string {
  const q = request.url.indexOf('?');
  return `G\n${acceptOf(request)}\n${q < 0 ? '' : request.url.slice(q)}`;
}

/**
 * Bounded in bytes (key, body and headers; larger responses are not kept: the cache is for the
 * many small, repeated queries), least recently used first; no expiry: the catalog is fixed for
 * the isolate's life. GET and POST answers, and POST aliases, share the one budget.
 */
export const responseCache = new ByteCache<string, Entry>({
  ...CACHE_BUDGETS.responses,
  sizeOf: (key, e) => stringBytes(key) + ('alias' in e ? stringBytes(e.alias) : stringBytes(e.body) + stringBytes(e.etag) + stringBytes(e.contentType)) + 128,
});

/** The answer under `key`, following a POST's alias to its normalized key. */
function lookup(key: string): CachedResponse | undefined {
  const entry = responseCache.get(key);
  if (!entry || !('alias' in entry)) return entry;
  // An alias always names a normalized key, which is never an alias.
  const target = responseCache.get(entry.alias);
  return target && !('alias' in target) ? target : undefined;
}

const GET_HEADERS = { 'cache-control': GET_CACHE_CONTROL, vary: 'Accept' };
const notModified = (etag: string) => new Response(null, { status: 304, headers: { etag, ...GET_HEADERS } });

function getAnswer(request: Request, cached: CachedResponse): Response {
  if (ifNoneMatchHits(request.headers.get('if-none-match'), cached.etag)) return notModified(cached.etag);
  return new Response(cached.body, { status: 200, headers: { etag: cached.etag, ...GET_HEADERS, 'content-type': cached.contentType } });
}

const postAnswer = (cached: CachedResponse) =>
  new Response(cached.body, { status: 200, headers: { 'cache-control': NO_STORE, 'content-type': cached.contentType } });

/** Whether a GraphQL response body carries errors (or is not a GraphQL response at all). */
function hasErrors(body: string): boolean {
  try {
    const parsed = JSON.parse(body) as { errors?: unknown[] };
    return Array.isArray(parsed.errors) && parsed.errors.length > 0;
  } catch {
    return true;
  }
}

/** The answer computed, and whether it may be kept: a 200 without errors. */
async function computed(c: Context<AppEnv>): Promise<{ body: string; headers: Headers; status: number; keep: CachedResponse | null }> {
  const response = c.res;
  const body = await response.text();
  const headers = new Headers(response.headers);
  const ok = response.status === 200 && !hasErrors(body) && !c.var.callersOwn;
  return { body, headers, status: response.status, keep: ok ? { body, etag: '', contentType: headers.get('content-type') ?? 'application/json' } : null };
}

/** The colo-cache key of a GET: its query string and the media type asked for. */
function sharedGetKey(c: Context<AppEnv>): string | null {
  const request = c.req.raw;
  const q = request.url.indexOf('?');
  return q < 0 ? null : sharedKey(c, acceptOf(request), 'get', request.url.slice(q));
}

/**
 * A GET's answer before executing, or what the computation needs: its ETag and colo-cache key.
 * The ETag is computed first when the request is conditional (a 304 needs no cache at all);
 * otherwise the colo's cache is read first, and its copy carries the tag (same version, same catalog).
 */
async function beforeExecuting(c: Context<AppEnv>, key: string): Promise<Response | { etag: string | null; shared: string | null }> {
  const request = c.req.raw;
  const conditional = request.headers.get('if-none-match');
  let etag = conditional ? await etagOf(catalog, new URL(request.url)) : null;
  if (etag && conditional && ifNoneMatchHits(conditional, etag, { wildcard: false })) return notModified(etag);
  const shared = sharedGetKey(c);
  const stored = shared ? await sharedMatch(shared) : null;
  if (stored?.etag) {
    const answer = { ...stored, etag: etag ?? stored.etag };
    responseCache.set(key, answer);
    return getAnswer(request, answer);
  }
  etag ??= await etagOf(catalog, new URL(request.url));
  return { etag, shared };
}

/** GET (and HEAD): the isolate's cache, a 304 if the ETag matches, the colo's cache, then yoga. */
async function getCaching(c: Context<AppEnv>, next: Next): Promise<Response | undefined> {
  const request = c.req.raw;
  const key = responseCacheKey(request);
  const cached = lookup(key);
  if (cached) return getAnswer(request, cached);
  const before = await beforeExecuting(c, key);
  if (before instanceof Response) return before;
  const { etag, shared } = before;
  await next();
  const { body, headers, status, keep } = await computed(c);
  if (!etag || !keep) {
    headers.set('cache-control', NO_STORE);
    c.res = new Response(body, { status, headers });
    return;
  }
  const answer = { ...keep, etag };
  responseCache.set(key, answer);
  if (shared) sharedPut(c, shared, answer);
  for (const [name, value] of Object.entries({ etag, ...GET_HEADERS })) headers.set(name, value);
  c.res = ifNoneMatchHits(request.headers.get('if-none-match'), etag) ? notModified(etag) : new Response(body, { status, headers });
}

/** A POST's keys: raw, normalized (JSON bodies), and in the colo's cache (the SHA-256 of the most general of the two). */
interface PostKeys {
  raw: string;
  normalized: string | null;
  shared: string | null;
}

/** Keeps a POST's answer in the isolate's cache, under its normalized key when it has one (the raw key then points to it). */
function keepPost({ raw, normalized }: PostKeys, answer: CachedResponse): void {
  responseCache.set(normalized ?? raw, answer);
  if (normalized) responseCache.set(raw, { alias: normalized });
}

/** Stores a computed POST answer (isolate, then colo); sends it no-store. */
async function storePost(c: Context<AppEnv>, keys: PostKeys): Promise<void> {
  const { body, headers, status, keep } = await computed(c);
  if (keep) {
    keepPost(keys, keep);
    if (keys.shared) sharedPut(c, keys.shared, keep);
  }
  headers.set('cache-control', NO_STORE);
  c.res = new Response(body, { status, headers });
}

/** A POST's answer before executing (the raw key, the normalized key, the colo's cache), or its keys. */
async function postBeforeExecuting(c: Context<AppEnv>, body: PostBody & { text: string }): Promise<Response | PostKeys> {
  const accept = acceptOf(c.req.raw);
  const raw = rawPostKey(accept, body);
  const hit = lookup(raw);
  if (hit) return postAnswer(hit);
  const normalized = normalizedPostKey(accept, body);
  const found = normalized ? lookup(normalized) : undefined;
  if (found && normalized) {
    responseCache.set(raw, { alias: normalized });
    return postAnswer(found);
  }
  const keys = { raw, normalized, shared: sharedKey(c, accept, 'post', `body=${await sha256Hex(normalized ?? raw)}`) };
  const stored = keys.shared ? await sharedMatch(keys.shared) : null;
  if (stored) {
    keepPost(keys, stored);
    return postAnswer(stored);
  }
  return keys;
}

/** POST: the isolate's cache (raw key, normalized key), the colo's cache, then yoga (with the body read, as bytes). */
async function postCaching(c: Context<AppEnv>, next: Next): Promise<Response | undefined> {
  const body: PostBody = await readPostBody(c.req.raw);
  if (body.text === null) {
    c.req.raw = body.request();
    await noStore(c, next);
    return undefined;
  }
  const before = await postBeforeExecuting(c, { ...body, text: body.text });
  if (before instanceof Response) return before;
  c.req.raw = body.request();
  await next();
  await storePost(c, before);
}

export function responseCaching(): MiddlewareHandler<AppEnv> {
  return async function responseCaching(c, next) {
    const method = c.req.raw.method;
    if (method === 'GET' || method === 'HEAD') return getCaching(c, next);
    if (method === 'POST') return postCaching(c, next);
    await noStore(c, next);
  };
}
