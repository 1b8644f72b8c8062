// The Worker's Hono app: one sub-app per surface, mounted with app.route(), behind the middleware
// every response passes through. src/index.ts builds it once per isolate.
//   /graphql              the API (src/http/graphql-app.ts: CORS, admission, HTTP caching, yoga)
//   /graphql (HTML), /graphiql/*, /graphiql-boot.js   GraphiQL (src/graphiql)
//   /embed/recommendations                            the partners' widget (src/widget)
//   /explore, /data/*     the overlap explorer and the downloads (src/explore, src/downloads)
//   /partner/usage        a partner's own usage, for its server key; /operator/usage (src/usage)
//   /__floor              the load test's floor, in wrangler.toml's `load` environment only (src/http/load-floor.ts)
// Refusals are thrown (src/http/refusals.ts) and rendered by the one onError.

import type { Plugin } from 'graphql-yoga';
// PatternRouter: the smallest of Hono's routers, ample for this handful of routes.
import { Hono } from 'hono/tiny';
import { downloadsApp } from './downloads/index.js';
import { exploreApp } from './explore/index.js';
import { graphiqlApp } from './graphiql/index.js';
import { catalogLoaded } from './http/catalog-loading.js';
import type { AppEnv } from './http/env.js';
import { cors, graphqlApp, isApiPath } from './http/graphql-app.js';
import { LOAD_FLOOR_PATH, loadFloor } from './http/load-floor.js';
import { graphqlRefusal, noRoute, onError } from './http/refusals.js';
import { requestContext } from './http/request-context.js';
import { API_HEADERS, securityHeaders } from './http/security-headers.js';
import { createGraphQLServer, GRAPHQL_PATH } from './http/yoga.js';
import { usageApp } from './usage/endpoint.js';
import { usageCounting, usageOutcome } from './usage/middleware.js';
import { widgetApp } from './widget/index.js';

export type { Env } from './http/env.js';

export interface AppOptions {
  /** yoga plugins added to the GraphQL server's own (tracing, metrics; tests count executions with one). */
  plugins?: Plugin[];
  /**
   * Whether /graphql answers repeated requests from the response caches (on by default). The
   * benchmark turns it off to time the uncached path; nothing else should.
   */
  responseCache?: boolean;
}

/** Security headers everywhere but the widget, which must be framable and sets its own (src/http/security-headers.ts). */
const apiSecureHeaders = securityHeaders(API_HEADERS);

export function createApp({ plugins = [], responseCache = true }: AppOptions = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  // Before the middleware, and off unless the `load` environment turns it on.
  app.get(LOAD_FLOOR_PATH, loadFloor());
  app.use(requestContext());
  // Counts every request admission identifies as a partner's, once answered (src/usage).
  app.use(usageCounting());
  // (hono/combine's except() would do, at the cost of a router in the bundle.)
  app.use((c, next) => (c.req.path.startsWith('/embed/') ? next() : apiSecureHeaders(c, next)));

  // CORS on every answer of the API, before anything that may refuse (a preflight, a 503 while the catalog cannot load).
  app.use((c, next) => (isApiPath(c.req.path) ? cors(c, next) : next()));
  app.use(catalogLoaded());

  app.route('/', graphiqlApp());
  app.route(GRAPHQL_PATH, graphqlApp(createGraphQLServer({ plugins: [usageOutcome, ...plugins] }), { responseCache }));
  app.route('/embed', widgetApp());
  // The explorer and the downloads read the API through this app's own /graphql, like any client
  // (same admission, rate limits, caches and query limits).
  app.route(
    '/explore',
    exploreApp((request, env, ctx) => app.fetch(request, env, ctx)),
  );
  app.route('/data', downloadsApp());
  app.route('/', usageApp());
  app.get('/', (c) => c.redirect(GRAPHQL_PATH));

  app.notFound((c) => graphqlRefusal(noRoute(c.req.method, new URL(c.req.url).pathname, GRAPHQL_PATH)));
  app.onError(onError);
  return app;
}
