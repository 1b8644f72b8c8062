// Response caching of /graphql, as Hono middleware in front of yoga, after admission (rate
// limits, keys and origins run before any cache answers). An answer is a pure function of the
// catalog (fixed for an isolate's life) and what the request asks: nothing about the caller
// decides it (not the partner key, not the origin). So a successful answer is kept, in two tiers:
// - the isolate's response cache (below), bounded in bytes, keyed by what determines the answer
//   and nothing else (src/edge/cache-key.ts): the GraphQL parameters parsed and written back in
//   canonical form (never the raw body or query string: padding, formatting, member order and
//   unknown parameters make no new entry), in its own key space per method, and the media type
//   the answer will have (src/edge/accept.ts); a hit runs no execution;
// - the colo's cache, shared by every isolate of the data center (src/edge/colo-cache.ts),
//   read after the isolate's own misses and before executing.
// Never kept: an answer with errors (as yoga recorded its result on the request state, src/graphql/yoga.ts
// `graphqlResult`: the body is never parsed again; no record, nothing kept), a status other than 200, a refusal, an answer that depends on
// the caller after all (`callersOwn`: a partner's published document named by `documentId`).
// A GET on a path that is not exactly /graphql (`/graphql/`, `/graphq%6c`) is computed and sent
// `no-store`, stored nowhere: each spelling of the path would otherwise be an entry downstream.
// GET answers are sent with public Cache-Control and an ETag computed from the request alone
// (src/edge/http-cache.ts), so an If-None-Match naming it gets its 304 before anything executes,
// in any isolate; `If-None-Match: *` matches only once this request is known to have a successful
// answer. A GET naming a parameter yoga does not read (or one twice) is answered from the caches
// like its canonical twin, but sent `no-store`: a shared cache downstream keys on the URL as sent. POST answers, cached or not, are sent `no-store`: HTTP caches downstream key on the URL
// alone, and a POST's answer depends on its body.
//
// yoga's own response-cache plugin was measured first (bench/): its hits went through yoga's
// pipeline at about 70x the cost of returning a string, and it hashed every request to build its key.
import type { Context, MiddlewareHandler, Next } from 'hono';
import { ByteCache, stringBytes } from '../data/byte-cache.js';
import { CanonicalParams, onlyKnownParams, searchParamsKey } from '../edge/cache-key.js';
import { CACHE_BUDGETS } from '../edge/caches.js';
import { type CachedResponse, sharedKey, sharedMatch, sharedPut } from '../edge/colo-cache.js';
import type { AppEnv } from '../edge/env.js';
import { etagOf, GET_CACHE_CONTROL, ifNoneMatchHits, NO_STORE, noStore } from '../edge/http-cache.js';
import type { RequestState } from '../edge/request-context.js';
import { GRAPHQL_PATH } from './paths.js';
import { type PostBody, postParamsKey, readPostBody } from './post-key.js';

/** A request's GraphQL parameters as read: this cache's canonical JSON text, or yoga's parsed object. */
export type GraphQLParams = string | { query?: unknown; documentId?: unknown; operationName?: unknown; extensions?: unknown };

declare module '../edge/request-context.js' {
  interface RequestState {
    /**
     * The GraphQL parameters the request carried, once read: set here (the canonical JSON this
     * cache builds) or, for a request this cache skips, by usage's yoga plugin (src/usage/middleware.ts).
     * A partner's usage names the query by them (src/usage/queries.ts); nothing else reads them.
     */
    graphqlParams?: GraphQLParams;
  }
}

/** The media type the answer will have: content negotiation (src/edge/accept.ts) left exactly one in Accept. */
const acceptOf = (request: Request) => request.headers.get('accept') ?? '';

/**
 * Bounded in bytes (key, body and headers; larger responses are not kept: the cache is for the
 * many small, repeated queries), least recently used first; no expiry: the catalog is fixed for
 * the isolate's life. Keys are bounded too (src/edge/cache-key.ts): a large request with a small
 * answer takes a small entry.
 */
export const responseCache = new ByteCache<string, CachedResponse>({
  ...CACHE_BUDGETS.responses,
  sizeOf: (key, e) => stringBytes(key) + stringBytes(e.body) + stringBytes(e.etag) + stringBytes(e.contentType) + 128,
});

const lookup = (key: string): CachedResponse | undefined => responseCache.get(key);

const GET_HEADERS = { 'cache-control': GET_CACHE_CONTROL, vary: 'Accept' };
/** A GET's caching headers: public, unless its URL carries what the canonical key left out. */
const getHeaders = (shareable: boolean) => (shareable ? GET_HEADERS : { 'cache-control': NO_STORE, vary: 'Accept' });
const notModified = (etag: string, shareable: boolean) => new Response(null, { status: 304, headers: { etag, ...getHeaders(shareable) } });

function getAnswer(request: Request, cached: CachedResponse, shareable: boolean): Response {
  if (ifNoneMatchHits(request.headers.get('if-none-match'), cached.etag)) return notModified(cached.etag, shareable);
  return new Response(cached.body, { status: 200, headers: { etag: cached.etag, ...getHeaders(shareable), 'content-type': cached.contentType } });
}

const postAnswer = (cached: CachedResponse) =>
  new Response(cached.body, { status: 200, headers: { 'cache-control': NO_STORE, 'content-type': cached.contentType } });

/**
 * Whether yoga's answer may be kept, from what yoga recorded on the request state (src/graphql/yoga.ts,
 * `graphqlResult`): one JSON document without errors. Fails closed: no record (yoga answered
 * without a result, or a path that did not run its plugin) keeps nothing. The body is not parsed.
 */
const resultKeepable = (state: RequestState) => state.graphqlResult?.oneJsonDocument === true && state.graphqlResult.errorCodes.length === 0;

/** The answer computed, and whether it may be kept: a 200 whose result had no errors, not the caller's own. */
async function computed(c: Context<AppEnv>): Promise<{ body: string; headers: Headers; status: number; keep: CachedResponse | null }> {
  const response = c.res;
  const body = await response.text();
  const headers = new Headers(response.headers);
  const { state } = c.var;
  const ok = response.status === 200 && resultKeepable(state) && !state.callersOwn;
  return { body, headers, status: response.status, keep: ok ? { body, etag: '', contentType: headers.get('content-type') ?? 'application/json' } : null };
}

/** What a GET's caching needs: its keys in both tiers, and whether its URL may be kept downstream as it is. */
interface GetKeys {
  key: string;
  shared: string | null;
  shareable: boolean;
}

/**
 * A GET's answer before executing, or what the computation needs: its ETag. The ETag is computed
 * first when the request is conditional (a 304 needs no cache at all); otherwise the colo's cache
 * is read first, and its copy carries the tag (same version, same catalog).
 */
async function beforeExecuting(c: Context<AppEnv>, { key, shared, shareable }: GetKeys): Promise<Response | { etag: string | null }> {
  const request = c.req.raw;
  const conditional = request.headers.get('if-none-match');
  let etag = conditional ? await etagOf(c.var.catalog, new URL(request.url)) : null;
  if (etag && conditional && ifNoneMatchHits(conditional, etag, { wildcard: false })) return notModified(etag, shareable);
  const stored = shared ? await sharedMatch(shared, c.var.state) : null;
  if (stored?.etag) {
    const answer = { ...stored, etag: etag ?? stored.etag };
    responseCache.set(key, answer);
    return getAnswer(request, answer, shareable);
  }
  etag ??= await etagOf(c.var.catalog, new URL(request.url));
  return { etag };
}

/** A GET's keys, or null when it has none (a path other than /graphql, parameters yoga would refuse). */
async function getKeys(c: Context<AppEnv>): Promise<GetKeys | null> {
  const url = new URL(c.req.raw.url);
  const text = url.pathname === GRAPHQL_PATH ? searchParamsKey(url.searchParams) : null;
  if (text === null) return null;
  const params = new CanonicalParams(text);
  c.var.state.graphqlParams = text;
  const accept = acceptOf(c.req.raw);
  const key = await params.isolateKey('G', accept);
  return { key, shared: sharedKey(c, c.var.catalog, accept, 'get', `params=${await params.sha256()}`), shareable: onlyKnownParams(url.searchParams) };
}

/** GET (and HEAD): the isolate's cache, a 304 if the ETag matches, the colo's cache, then yoga. */
async function getCaching(c: Context<AppEnv>, next: Next): Promise<Response | undefined> {
  const request = c.req.raw;
  const keys = await getKeys(c);
  if (!keys) {
    await noStore(c, next);
    return undefined;
  }
  const cached = lookup(keys.key);
  if (cached) return getAnswer(request, cached, keys.shareable);
  const before = await beforeExecuting(c, keys);
  if (before instanceof Response) return before;
  const { etag } = before;
  await next();
  const { body, headers, status, keep } = await computed(c);
  if (!etag || !keep) {
    headers.set('cache-control', NO_STORE);
    c.res = new Response(body, { status, headers });
    return;
  }
  const answer = { ...keep, etag };
  responseCache.set(keys.key, answer);
  if (keys.shared) sharedPut(c, keys.shared, answer);
  for (const [name, value] of Object.entries({ etag, ...getHeaders(keys.shareable) })) headers.set(name, value);
  c.res = ifNoneMatchHits(request.headers.get('if-none-match'), etag) ? notModified(etag, keys.shareable) : new Response(body, { status, headers });
}

/** A POST's keys: in the isolate's cache and in the colo's (the SHA-256 of its canonical parameters). */
interface PostKeys {
  key: string;
  shared: string | null;
}

/** Stores a computed POST answer (isolate, then colo); sends it no-store. */
async function storePost(c: Context<AppEnv>, keys: PostKeys): Promise<void> {
  const { body, headers, status, keep } = await computed(c);
  if (keep) {
    responseCache.set(keys.key, keep);
    if (keys.shared) sharedPut(c, keys.shared, keep);
  }
  headers.set('cache-control', NO_STORE);
  c.res = new Response(body, { status, headers });
}

/** A POST's answer before executing (the isolate's cache, then the colo's), or its keys. */
async function postBeforeExecuting(c: Context<AppEnv>, params: CanonicalParams): Promise<Response | PostKeys> {
  const accept = acceptOf(c.req.raw);
  const key = await params.isolateKey('P', accept);
  const hit = lookup(key);
  if (hit) return postAnswer(hit);
  const keys = { key, shared: sharedKey(c, c.var.catalog, accept, 'post', `body=${await params.sha256()}`) };
  const stored = keys.shared ? await sharedMatch(keys.shared, c.var.state) : null;
  if (stored) {
    responseCache.set(key, stored);
    return postAnswer(stored);
  }
  return keys;
}

/** POST: the isolate's cache, the colo's cache, then yoga (with the body read, as bytes). */
async function postCaching(c: Context<AppEnv>, next: Next): Promise<Response | undefined> {
  const body: PostBody = await readPostBody(c.req.raw, c.var.state);
  const text = body.text === null ? null : postParamsKey({ ...body, text: body.text });
  if (text === null) {
    c.req.raw = body.request();
    await noStore(c, next);
    return undefined;
  }
  c.var.state.graphqlParams = text;
  const before = await postBeforeExecuting(c, new CanonicalParams(text));
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
