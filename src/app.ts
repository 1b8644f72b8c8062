// The Worker's Hono app: middleware and routes. src/index.ts builds it once per isolate. The
// GraphQL server is src/http/yoga.ts; the middleware (callers, rate limits, HTTP caching) lives
// in src/http.
import type { Context } from 'hono';
// PatternRouter: the smallest of Hono's routers, ample for this handful of routes.
import { Hono } from 'hono/tiny';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { catalog, loadCatalog } from './data/catalog.js';
import { clientIp, identify, needsLookup } from './http/caller.js';
import type { AppEnv, Caller } from './http/env.js';
import { etagOf, GET_CACHE_CONTROL, ifNoneMatchHits, NO_STORE } from './http/http-cache.js';
import { apiKeyOf } from './http/partners.js';
import { RATE_LIMIT_PERIOD_SECONDS, withinRateLimit } from './http/rate-limit.js';
import { toResponseError } from './http/errors.js';
import { graphqlError } from './http/responses.js';
import { responseCache, responseCacheKey, type CachedResponse } from './http/response-cache.js';
import { renderRecommendationsWidget, renderWidgetMessage, widgetHeaders } from './http/widget.js';
import { GRAPHQL_PATH, yoga } from './http/yoga.js';
import { LIMITS } from './http/limits.js';
import { newRequestId, rayOf, runWithRequest } from './http/request-context.js';
import { GRAPHIQL_BOOT_PATH, GRAPHIQL_BOOT_SCRIPT } from './graphiql.js';
import { exploreApp } from './explore/index.js';
import { downloadsApp } from './downloads/index.js';

export type { Env } from './http/env.js';

/**
 * Builds the app. `mount` adds routes behind the common middleware (request id, secure headers)
 * and before the API's: the benchmark's floor route uses it, so a cache hit and the floor pay the
 * same middleware.
 */
export function createApp(mount?: (app: Hono<AppEnv>) => void): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  // Every response carries X-Request-Id, which follows the request into error messages and log
  // lines. The id is always ours: neither X-Request-Id nor cf-ray from the client is taken (a
  // client could otherwise choose what lands in our logs); Cloudflare's ray id goes beside it in
  // the log line.
  app.use('*', async (c, next) => {
    const id = newRequestId();
    c.set('requestId', id);
    c.header('x-request-id', id);
    await runWithRequest({ requestId: id, ray: rayOf(c.req.raw) }, next);
  });

  // Secure headers everywhere but the widget, which must be framable and sets its own CSP. The
  // CSP lets the self-hosted GraphiQL run: its scripts and styles come from this Worker, Monaco's
  // workers start from blob: URLs, and inline styles are React's.
  app.use('*', async (c, next) => {
    if (c.req.path.startsWith('/embed/')) return widgetSecureHeaders(c, next);
    return apiSecureHeaders(c, next);
  });
  // The widget sets its own CSP (frame-ancestors) and Referrer-Policy.
  const widgetSecureHeaders = secureHeaders({ xFrameOptions: false, crossOriginResourcePolicy: false, referrerPolicy: false });
  const apiSecureHeaders = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      workerSrc: ["'self'", 'blob:'],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'none'"],
      frameAncestors: ["'none'"],
    },
    // API responses are read cross-origin by partners' pages (CORS), so not same-origin only.
    crossOriginResourcePolicy: 'cross-origin',
  });

  // The catalog ships as a static asset (src/data/catalog.ts): each isolate loads it once, before
  // the first request it handles. When it cannot, the request is refused (503, retry shortly):
  // nothing is ever answered from a missing or partial catalog.
  app.use('*', async (c, next) => {
    if (!catalog) {
      try {
        await loadCatalog(c.env.ASSETS);
      } catch (error) {
        const { message } = toResponseError(error, 'The catalog could not be loaded; try again in a few seconds.');
        const requestId = c.get('requestId');
        return graphqlError(503, 'INTERNAL_SERVER_ERROR', message, { 'retry-after': '5', 'x-request-id': requestId }, { requestId });
      }
    }
    return next();
  });

  mount?.(app);

  // The overlap explorer and the downloads: sub-apps that read the API through this app's own
  // /graphql, like any client (same admission, rate limits, caches and query limits).
  app.route('/explore', exploreApp((request, env, ctx) => app.fetch(request, env, ctx)));
  app.route('/data', downloadsApp());

  app.get('/', (c) => c.redirect(GRAPHQL_PATH));
  app.get(GRAPHIQL_BOOT_PATH, (c) =>
    c.body(GRAPHIQL_BOOT_SCRIPT, 200, { 'content-type': 'application/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' }),
  );
  // Deployed, the platform serves /graphiql/* from static assets before the Worker runs; this
  // route serves them through the ASSETS binding wherever the Worker is called directly (tests).
  // (A copy of the response: an asset response's headers are immutable, and middleware adds some.)
  app.get('/graphiql/*', async (c) => {
    const asset = await c.env.ASSETS.fetch(c.req.raw);
    return new Response(asset.body, asset);
  });

  // Anonymous calls are welcome from any origin, without credentials; a partner key is checked
  // against its registered origins after the preflight (browsers send no key in a preflight).
  app.use(
    GRAPHQL_PATH,
    cors({
      origin: '*',
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['content-type', 'accept', 'authorization', 'x-api-key', 'if-none-match', 'apollo-require-preflight'],
      exposeHeaders: ['etag', 'retry-after', 'x-request-id'],
      maxAge: 86400,
    }),
  );

  const tooMany = (limit: string) => ({
    refusal: {
      status: 429,
      code: 'RATE_LIMITED' as const,
      message: `Too many requests: over ${limit}. Retry after ${RATE_LIMIT_PERIOD_SECONDS} seconds.`,
      headers: { 'retry-after': String(RATE_LIMIT_PERIOD_SECONDS) },
    },
  });

  /**
   * Identifies the caller and applies its rate limit; answers the refusal itself when it must.
   * A request that is not admitted as a partner counts against its client IP's anonymous limit,
   * refusals (401, 403) included, and before any KV read for a key this isolate does not know:
   * bogus keys buy neither unlimited answers nor unlimited KV reads.
   */
  async function admit(
    c: Context<AppEnv>,
    apiKey: string | null,
    checkOrigin = true,
  ): Promise<
    | { caller: Caller }
    | {
        refusal: {
          status: number;
          code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'RATE_LIMITED';
          message: string;
          headers: Record<string, string>;
        };
      }
  > {
    const anonymous: Caller = { kind: 'anonymous', ip: clientIp(c.req.raw) };
    const IP_LIMIT = 'the anonymous limit for your IP address';
    let counted = false;
    if (apiKey !== null && (await needsLookup(apiKey))) {
      counted = true;
      if (!(await withinRateLimit(c.env, anonymous))) return tooMany(IP_LIMIT);
    }
    const who = await identify(c.env, c.req.raw, apiKey, { checkOrigin });
    if (!who.ok) {
      if (!counted && !(await withinRateLimit(c.env, anonymous))) return tooMany(IP_LIMIT);
      const headers: Record<string, string> = who.status === 401 ? { 'www-authenticate': 'Bearer realm="certgraph"' } : {};
      return { refusal: { status: who.status, code: who.code, message: who.message, headers } };
    }
    if (!(await withinRateLimit(c.env, who.caller))) {
      return tooMany(
        who.caller.kind === 'anonymous'
          ? IP_LIMIT
          : who.caller.fromBrowser
            ? "the limit for your IP address on this partner's pages"
            : `the ${who.caller.partner.tier} partner limit`,
      );
    }
    return { caller: who.caller };
  }

  // A body over the limit is refused before it is read whole (chunked bodies included).
  app.post(
    GRAPHQL_PATH,
    bodyLimit({
      maxSize: LIMITS.bodyBytes,
      onError: () =>
        graphqlError(
          413,
          'BAD_USER_INPUT',
          `The request body is over ${LIMITS.bodyBytes / 1024} KiB, the most this API accepts. Send a smaller query or fewer variables.`,
        ),
    }),
  );

  app.on(['GET', 'POST'], GRAPHQL_PATH, async (c) => {
    // HEAD is a GET without the body (RFC 9110): Hono routes it here and drops the body after.
    const request = c.req.raw.method === 'HEAD' ? new Request(c.req.raw.url, { method: 'GET', headers: c.req.raw.headers }) : c.req.raw;
    const wantsGraphiQL = request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html');
    if (wantsGraphiQL) return yoga.fetch(request as never, { env: c.env }) as Promise<Response>;
    const admitted = await admit(c, apiKeyOf(request));
    if ('refusal' in admitted) {
      const { status, code, message, headers } = admitted.refusal;
      return graphqlError(status, code, message, headers);
    }

    if (request.method !== 'GET') {
      // The body must be UTF-8 (RFC 8259): refuse it whole rather than guess at broken bytes.
      let body: string;
      try {
        body = strictUtf8.decode(await request.arrayBuffer());
      } catch {
        return graphqlError(400, 'BAD_USER_INPUT', 'The request body is not valid UTF-8. Send JSON encoded as UTF-8.');
      }
      const headers = normalizedHeaders(request.headers);
      const problem = requestProblem(headers.get('content-type'), body);
      if (problem) return graphqlError(problem.status, 'BAD_USER_INPUT', problem.message);
      // POST is never cached.
      const response = (await yoga.fetch(new Request(request.url, { method: 'POST', headers, body }) as never, { env: c.env })) as Response;
      return withGraphQLBody(response, NO_STORE);
    }

    // GET: from the response cache when this isolate has answered the same query string before.
    const cacheKey = responseCacheKey(request);
    const cached = responseCache.get(cacheKey);
    if (cached) return cachedAnswer(request, cached);

    // A miss. The JSON parameters must be valid (yoga would throw on them); a bad request is never
    // cached, so a hit needs no such check.
    const url = new URL(request.url);
    const paramsProblem = jsonParamsProblem(url.searchParams);
    if (paramsProblem) return graphqlError(400, 'BAD_USER_INPUT', paramsProblem);

    // The ETag is computed from the request alone, so an If-None-Match naming it gets its 304
    // before anything executes, in any isolate: that tag was only ever sent with a successful
    // answer. `If-None-Match: *` names no tag; it matches only once this request is known to have
    // a successful answer (below), never for a query that fails.
    const etag = await etagOf(catalog, url);
    const ifNoneMatch = request.headers.get('if-none-match');
    if (etag && ifNoneMatchHits(ifNoneMatch, etag, { wildcard: false })) {
      return new Response(null, { status: 304, headers: { etag, 'cache-control': GET_CACHE_CONTROL, vary: 'Accept' } });
    }
    // workers-types' Request/Response and yoga's fetch-API ones are the same objects typed twice.
    const response = withGraphQLBody(
      (await yoga.fetch(new Request(request.url, { headers: normalizedHeaders(request.headers) }) as never, { env: c.env })) as Response,
      NO_STORE,
    );
    const body = await response.text();
    const headers = new Headers(response.headers);
    if (etag && response.status === 200 && !hasErrors(body)) {
      headers.set('etag', etag);
      headers.set('cache-control', GET_CACHE_CONTROL);
      headers.set('vary', 'Accept');
      // The cache keeps it if it fits its budget (src/http/caches.ts).
      responseCache.set(cacheKey, { body, etag, contentType: headers.get('content-type') ?? 'application/json' });
      if (ifNoneMatchHits(ifNoneMatch, etag)) return new Response(null, { status: 304, headers: { etag, 'cache-control': GET_CACHE_CONTROL, vary: 'Accept' } });
    } else {
      headers.set('cache-control', NO_STORE);
    }
    return new Response(body, { status: response.status, headers });
  });

  // The embeddable widget: server-rendered HTML, no script. `key` identifies a partner, whose
  // registered origins become the page's frame-ancestors.
  app.get('/embed/recommendations', async (c) => {
    const query = c.req.query();
    const apiKey = query.key || apiKeyOf(c.req.raw);
    const admitted = await admit(c, apiKey || null, false);
    if ('refusal' in admitted) {
      const { status, message, headers } = admitted.refusal;
      const page = renderWidgetMessage(status, status === 429 ? 'Too many requests' : 'This widget cannot be shown', message, query.theme);
      return c.html(page.html, page.status as 401, { ...widgetHeaders(null), ...headers, 'cache-control': NO_STORE });
    }
    const partner = admitted.caller.kind === 'partner' ? admitted.caller.partner : null;
    const page = renderRecommendationsWidget(query);
    return c.html(page.html, page.status, {
      ...widgetHeaders(partner),
      'cache-control': page.status === 200 ? 'public, max-age=300' : NO_STORE,
      // The CSP depends on a key sent as a header too, not only on the URL.
      vary: 'Authorization, X-API-Key',
    });
  });

  app.notFound((c) =>
    graphqlError(404, 'NOT_FOUND', `No route for ${c.req.method} ${new URL(c.req.url).pathname}. The API is at ${GRAPHQL_PATH}.`),
  );

  return app;
}

function cachedAnswer(request: Request, cached: CachedResponse): Response {
  const headers = { etag: cached.etag, 'cache-control': GET_CACHE_CONTROL, vary: 'Accept' };
  if (ifNoneMatchHits(request.headers.get('if-none-match'), cached.etag)) return new Response(null, { status: 304, headers });
  return new Response(cached.body, { status: 200, headers: { ...headers, 'content-type': cached.contentType } });
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Media types are case-insensitive and may have spaces around `;` (RFC 9110); yoga matches exactly. */
function normalizedHeaders(headers: Headers): Headers {
  const copy = new Headers(headers);
  for (const name of ['content-type', 'accept']) {
    const value = copy.get(name);
    if (value)
      copy.set(
        name,
        value
          .toLowerCase()
          .replace(/\s*;\s*/g, ';')
          .replace(/\s*,\s*/g, ','),
      );
  }
  return copy;
}

/** GraphQL-over-HTTP parameters that carry JSON must carry valid JSON (yoga would throw). */
function jsonParamsProblem(params: URLSearchParams): string | null {
  for (const name of ['variables', 'extensions']) {
    const value = params.get(name);
    if (value === null || value === '') continue;
    try {
      JSON.parse(value);
    } catch {
      return `The \`${name}\` parameter is not valid JSON. Send it as a JSON object, URL-encoded.`;
    }
  }
  return null;
}

/** What is wrong with a POST body, before yoga reads it: a 400 with a GraphQL error, never a bare status. */
function requestProblem(contentType: string | null, body: string): { status: number; message: string } | null {
  const type = contentType?.split(';')[0] ?? '';
  // application/graphql+json is the draft's older name for the same JSON body.
  if (type === 'application/json' || type === 'application/graphql+json') {
    try {
      JSON.parse(body);
    } catch {
      return {
        status: 400,
        message:
          body.trim() === ''
            ? 'The request body is empty. Send a JSON object with a `query`.'
            : 'The request body is not valid JSON. Send a JSON object with a `query`.',
      };
    }
    return null;
  }
  if (type === 'application/x-www-form-urlencoded') {
    const problem = jsonParamsProblem(new URLSearchParams(body));
    return problem ? { status: 400, message: problem } : null;
  }
  // A raw query (application/graphql) and multipart bodies are yoga's to read.
  if (type === 'application/graphql' || type === 'multipart/form-data') return null;
  return {
    status: 415,
    message: `POST bodies must be application/json${type ? `, not ${type}` : ' (no Content-Type was sent)'}. GET with query parameters works too.`,
  };
}

/** yoga answers some refusals with a bare status and no body (406, 415): give them a GraphQL error. */
function withGraphQLBody(response: Response, cacheControl: string): Response {
  if ((response.status === 406 || response.status === 415) && !response.headers.get('content-type')) {
    const message =
      response.status === 406
        ? 'This API answers application/graphql-response+json or application/json: accept one of them.'
        : 'Unsupported request content type: send application/json.';
    return graphqlError(response.status, 'BAD_USER_INPUT', message);
  }
  if (cacheControl === NO_STORE && response.headers.get('cache-control') !== NO_STORE) {
    const headers = new Headers(response.headers);
    headers.set('cache-control', NO_STORE);
    return new Response(response.body, { status: response.status, headers });
  }
  return response;
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
