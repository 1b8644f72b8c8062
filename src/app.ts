// The Worker's Hono app: one sub-app per surface, mounted with app.route(), behind the middleware
// every response passes through. src/index.ts builds it once per isolate.
//   /graphql              the API (src/http/graphql-app.ts: CORS, admission, HTTP caching, yoga)
//   /graphql (HTML), /graphiql/*, /graphiql-boot.js   GraphiQL (src/graphiql)
//   /embed/recommendations                            the partners' widget (src/widget)
//   /explore, /data/*     the overlap explorer and the downloads (src/explore, src/downloads)
//   /partner/usage        a partner's own usage, for its server key; /operator/usage (src/usage)
//   /__floor              the load test's floor, in wrangler.toml's `load` environment only (src/http/load-floor.ts)
// Refusals are thrown (src/http/refusals.ts) and rendered by the one onError.
// Only /graphql is loaded with the isolate: every other surface is loaded on its first request
// (src/http/on-demand.ts), so a request pays only for the code it uses.

import type { Plugin } from 'graphql-yoga';
// PatternRouter: the smallest of Hono's routers, ample for this handful of routes.
import { Hono } from 'hono/tiny';
import { GRAPHIQL_BOOT_PATH } from './graphiql/paths.js';
import { catalogLoaded } from './http/catalog-loading.js';
import type { AppEnv } from './http/env.js';
import { graphqlApp } from './http/graphql-app.js';
import { LOAD_FLOOR_PATH, loadFloor } from './http/load-floor.js';
import { onDemand } from './http/on-demand.js';
import { graphqlRefusal, noRoute, onError } from './http/refusals.js';
import { requestContext } from './http/request-context.js';
import { API_HEADERS, securityHeaders } from './http/security-headers.js';
import { createGraphQLServer, GRAPHQL_PATH } from './http/yoga.js';
import { usageCounting, usageOutcome } from './usage/middleware.js';

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

  app.use(catalogLoaded());

  // GraphiQL: a browser's page view of /graphql (the API answers every other request there).
  const graphiql = onDemand('/', () => import('./graphiql/index.js').then((m) => m.graphiqlApp()));
  app.get(GRAPHQL_PATH, (c, next) => ((c.req.header('accept') ?? '').includes('text/html') ? graphiql(c, next) : next()));
  app.get(GRAPHIQL_BOOT_PATH, graphiql);
  app.get('/graphiql/*', graphiql);
  app.route(GRAPHQL_PATH, graphqlApp(createGraphQLServer({ plugins: [usageOutcome, ...plugins] }), { responseCache }));
  app.all(
    '/embed/*',
    onDemand('/embed', () => import('./widget/index.js').then((m) => m.widgetApp())),
  );
  // The explorer and the downloads read the API through this app's own /graphql, like any client
  // (same admission, rate limits, caches and query limits).
  const explore = onDemand('/explore', () => import('./explore/index.js').then((m) => m.exploreApp((request, env, ctx) => app.fetch(request, env, ctx))));
  app.all('/explore', explore);
  app.all('/explore/*', explore);
  app.all(
    '/data/*',
    onDemand('/data', () => import('./downloads/index.js').then((m) => m.downloadsApp())),
  );
  const usage = onDemand('/', () => import('./usage/endpoint.js').then((m) => m.usageApp()));
  app.all('/partner/usage', usage);
  app.all('/operator/usage', usage);
  app.get('/', (c) => c.redirect(GRAPHQL_PATH));

  app.notFound((c) => graphqlRefusal(noRoute(c.req.method, new URL(c.req.url).pathname, GRAPHQL_PATH)));
  app.onError(onError);
  return app;
}
