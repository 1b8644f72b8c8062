// The Worker's Hono app: one sub-app per surface, mounted with app.route(), behind the middleware
// every response passes through. src/index.ts builds it once per isolate.
//   /graphql              the API (src/graphql/index.ts: CORS, admission, HTTP caching, yoga)
//   /graphql (HTML), /graphiql/*, /graphiql-boot.js   GraphiQL (src/graphiql)
//   /embed/recommendations                            the partners' widget (src/widget)
//   /mcp                  the Model Context Protocol for AI assistants (src/mcp; its server loaded on first use)
//   /explore, /data, /data/*   the overlap explorer, the downloads' index and files (src/explore, src/downloads)
//   /                     the index of the surfaces (src/home)
//   /partner/usage        a partner's own usage, for its server key; /operator/usage (src/usage)
//   /__floor              the load test's floor, in wrangler.toml's `load` environment only (src/load-floor.ts)
// Refusals are thrown (src/admission/refusals.ts) and rendered by the one onError.
// Only /graphql is loaded with the isolate: every other surface is loaded on its first request
// (src/on-demand.ts), so a request pays only for the code it uses. And every other surface is an
// ES module of its own, uploaded beside this one (src/<surface>/generated/*.mjs, built by `npm run
// assets`: scripts/build-surfaces.mjs), so its code is not in the main module either; each is handed
// this module's instances of what it shares with the rest (src/surface-kits.ts).

import type { Plugin } from 'graphql-yoga';
// PatternRouter: the smallest of Hono's routers, ample for this handful of routes.
import { Hono } from 'hono/tiny';
import { catalogLoaded } from './admission/catalog-loading.js';
import { graphqlRefusal, noRoute, onError } from './admission/refusals.js';
import type { AppEnv } from './edge/env.js';
import { requestContext } from './edge/request-context.js';
import { API_HEADERS, securityHeaders } from './edge/security-headers.js';
import { GRAPHIQL_BOOT_PATH } from './graphiql/paths.js';
import { cors, graphqlApp, isApiPath } from './graphql/index.js';
import { preparedIntrospection } from './graphql/prepared-introspection.js';
import { createGraphQLServer, GRAPHQL_PATH } from './graphql/yoga.js';
import { LOAD_FLOOR_PATH, loadFloor } from './load-floor.js';
import { mcpApp } from './mcp/index.js';
import { onDemand } from './on-demand.js';
import { explorerKit, pagesKit, usageKit, widgetKit } from './surface-kits.js';
import { usageCounting, usageOutcome } from './usage/middleware.js';

export type { Env } from './edge/env.js';

export interface AppOptions {
  /** yoga plugins added to the GraphQL server's own (tracing, metrics; tests count executions with one). */
  plugins?: Plugin[];
  /**
   * Whether /graphql answers repeated requests from the response caches (on by default). The
   * benchmark turns it off to time the uncached path; nothing else should.
   */
  responseCache?: boolean;
}

/** Security headers everywhere but the widget, which must be framable and sets its own (src/edge/security-headers.ts). */
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

  // GraphiQL: a browser's page view of /graphql (the API answers every other request there).
  const graphiql = onDemand('/', () => import('./graphiql/generated/graphiql.mjs').then((m) => m.graphiqlApp(pagesKit)));
  app.get(GRAPHQL_PATH, (c, next) => ((c.req.header('accept') ?? '').includes('text/html') ? graphiql(c, next) : next()));
  app.get(GRAPHIQL_BOOT_PATH, graphiql);
  app.get('/graphiql/*', graphiql);
  // Introspection documents that tools send as they are, answered from the build's module (imported here, where workerd resolves it).
  const introspection = preparedIntrospection(() => import('./graphql/generated/introspection.mjs'));
  const graphqlServer = createGraphQLServer({ plugins: [usageOutcome, introspection, ...plugins] });
  app.route(GRAPHQL_PATH, graphqlApp(graphqlServer, { responseCache }));
  // Assistants' tools run the API's own documents through the same server and caches.
  // Its protocol module is imported here, on the first call to /mcp (see src/mcp/index.ts).
  app.route('/mcp', mcpApp(graphqlServer, { load: () => import('./mcp/generated/server.mjs'), responseCache }));
  app.all(
    '/embed/*',
    onDemand('/embed', () => import('./widget/generated/widget.mjs').then((m) => m.widgetApp(widgetKit))),
  );
  // The explorer: admitted and cached like the API's GETs, computed with the API's own domain functions (src/explore/serve.ts).
  const explorer = () => import('./explore/generated/explore.mjs');
  const explore = onDemand('/explore', () => explorer().then((m) => m.exploreApp(explorerKit)));
  app.all('/explore', explore);
  app.all('/explore/*', explore);
  // The downloads, their index, and their filtered views (the explorer's own filter and order).
  const data = onDemand('/data', () => explorer().then((m) => m.downloadsApp(explorerKit)));
  app.all('/data', data);
  app.all('/data/*', data);
  const usage = onDemand('/', () => import('./usage/generated/usage.mjs').then((m) => m.usageApp(usageKit)));
  app.all('/partner/usage', usage);
  app.all('/operator/usage', usage);
  app.get(
    '/',
    onDemand('/', () => import('./home/generated/home.mjs').then((m) => m.homeApp(pagesKit))),
  );

  app.notFound((c) => graphqlRefusal(noRoute(c.req.method, new URL(c.req.url).pathname, GRAPHQL_PATH)));
  app.onError(onError);
  return app;
}
