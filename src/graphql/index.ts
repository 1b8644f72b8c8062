// The API's surface, a sub-app mounted at /graphql: CORS, admission, HTTP caching, then yoga.
// Everything about the request's GraphQL (its body, its parameters, its limits, its errors)
// happens inside yoga, through its plugins (src/graphql/yoga.ts).

import type { MiddlewareHandler } from 'hono';
import { Hono } from 'hono/tiny';
import { admission } from '../admission/index.js';
import { apiKeyOf } from '../admission/partners.js';
import { REQUEST_PROBLEMS, Refusal } from '../admission/refusals.js';
import { negotiate } from '../edge/accept.js';
import type { AppEnv } from '../edge/env.js';
import { noStore, setResponseHeader } from '../edge/http-cache.js';
import { afterResponse } from '../edge/request-context.js';
import { GRAPHQL_PATH } from './paths.js';
import { responseCaching } from './response-cache.js';
import type { GraphQLServer } from './yoga.js';

const CORS = {
  allowMethods: 'GET,POST,OPTIONS',
  allowHeaders: 'content-type,accept,authorization,x-api-key,if-none-match,apollo-require-preflight',
  exposeHeaders: 'etag,retry-after,x-request-id,x-certgraph-degraded',
};

/**
 * CORS for any origin, without credentials: a preflight is answered at once; every other response
 * gets its headers set in place once made (what hono/cors does, without making a placeholder
 * response first, which Hono then copies into every answer). /mcp uses it with its own headers.
 */
export function anyOriginCors({ allowMethods, allowHeaders, exposeHeaders }: typeof CORS): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.req.method === 'OPTIONS') {
      return new Response(null, {
        status: 204,
        headers: {
          'access-control-allow-origin': '*',
          'access-control-expose-headers': exposeHeaders,
          'access-control-max-age': '86400',
          'access-control-allow-methods': allowMethods,
          'access-control-allow-headers': allowHeaders,
          vary: 'Access-Control-Request-Headers',
        },
      });
    }
    await next();
    setResponseHeader(c, 'access-control-allow-origin', '*');
    setResponseHeader(c, 'access-control-expose-headers', exposeHeaders);
  };
}

/**
 * On every path of the API (src/app.ts mounts it before the catalog loads and before any
 * refusal), so every answer, preflight and 503 included, carries CORS.
 */
export const cors = anyOriginCors(CORS);

/**
 * Content negotiation (src/edge/accept.ts), before any cache: an Accept that admits none of the
 * API's media types is refused with 406; otherwise the request goes on carrying the chosen type
 * alone, which yoga then answers in and the caches key on.
 */
const negotiated: MiddlewareHandler<AppEnv> = async (c, next) => {
  const accept = c.req.raw.headers.get('accept');
  const chosen = negotiate(accept);
  if (!chosen) throw new Refusal(406, 'BAD_USER_INPUT', REQUEST_PROBLEMS.notAcceptable.message);
  if (chosen !== accept) {
    const headers = new Headers(c.req.raw.headers);
    headers.set('accept', chosen);
    c.req.raw = new Request(c.req.raw, { headers });
  }
  await next();
};

/**
 * A trusted-only key's request never meets the response caches: an answer kept for someone else
 * would run past its allow-list (src/graphql/persisted-documents.ts), so it is computed each time.
 */
function unlessTrustedOnly(caching: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return (c, next) => {
    const caller = c.get('caller');
    return caller.kind === 'partner' && caller.partner.trustedDocumentsOnly ? noStore(c, next) : caching(c, next);
  };
}

/**
 * HEAD is GET without the body (RFC 9110): yoga, which answers HEAD with a 405, computes the GET's
 * answer (kept by the response cache like any GET's); Hono drops the body.
 */
const asGet = (request: Request): Request => (request.method === 'HEAD' ? new Request(request.url, { headers: request.headers }) : request);

/** Whether a path is the API's (`/graphql` and below): every answer there carries CORS. */
export const isApiPath = (path: string) => path === GRAPHQL_PATH || path.startsWith(`${GRAPHQL_PATH}/`);

export function graphqlApp(server: GraphQLServer, { responseCache = true }: { responseCache?: boolean } = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // CORS (`cors` above) is mounted by src/app.ts in front of everything, so that every answer of the
  // API carries it (a preflight, a 503 before the catalog loads, a 404). A partner key is checked
  // against its registered origins after the preflight (browsers send no key in a preflight).
  app.on(
    ['GET', 'POST'],
    '/',
    admission({ apiKey: (c) => apiKeyOf(c.req.raw) }),
    negotiated,
    // Without the response caches every answer is computed, and none may be stored downstream.
    unlessTrustedOnly(responseCache ? responseCaching() : noStore),
    (c) =>
      // workers-types' Request/Response and yoga's fetch-API ones are the same objects typed twice.
      server.fetch(asGet(c.req.raw) as never, { env: c.env, caller: c.get('caller'), afterResponse: afterResponse(c) }) as Promise<Response>,
  );
  return app;
}
