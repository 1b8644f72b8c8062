// The Worker's Hono app: one sub-app per surface, mounted with app.route(), behind the middleware
// every response passes through. src/index.ts builds it once per isolate.
//   /graphql              the API (src/http/graphql-app.ts: CORS, admission, HTTP caching, yoga)
//   /graphql (HTML), /graphiql/*, /graphiql-boot.js   GraphiQL (src/graphiql)
//   /embed/recommendations                            the partners' widget (src/widget)
//   /mcp                  the Model Context Protocol for AI assistants (src/mcp; its server loaded on first use)
//   /explore, /data, /data/*   the overlap explorer, the downloads' index and files (src/explore, src/downloads)
//   /                     the index of the surfaces (src/home)
//   /partner/usage        a partner's own usage, for its server key; /operator/usage (src/usage)
//   /__floor              the load test's floor, in wrangler.toml's `load` environment only (src/http/load-floor.ts)
// Refusals are thrown (src/http/refusals.ts) and rendered by the one onError.

import type { Plugin } from 'graphql-yoga';
// PatternRouter: the smallest of Hono's routers, ample for this handful of routes.
import { Hono } from 'hono/tiny';
import { downloadsApp } from './downloads/index.js';
import { exploreApp } from './explore/index.js';
import { graphiqlApp } from './graphiql/index.js';
import { homeApp } from './home/index.js';
import { catalogLoaded } from './http/catalog-loading.js';
import type { AppEnv } from './http/env.js';
import { cors, graphqlApp, isApiPath } from './http/graphql-app.js';
import { LOAD_FLOOR_PATH, loadFloor } from './http/load-floor.js';
import { graphqlRefusal, noRoute, onError } from './http/refusals.js';
import { requestContext } from './http/request-context.js';
import { API_HEADERS, securityHeaders } from './http/security-headers.js';
import { createGraphQLServer, GRAPHQL_PATH } from './http/yoga.js';
import { mcpApp } from './mcp/index.js';
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
  const graphqlServer = createGraphQLServer({ plugins: [usageOutcome, ...plugins] });
  app.route(GRAPHQL_PATH, graphqlApp(graphqlServer, { responseCache }));
  // Assistants' tools run the API's own documents through the same server and caches.
  // Its protocol module is imported here, on the first call to /mcp (see src/mcp/index.ts).
  app.route('/mcp', mcpApp(graphqlServer, { load: () => import('./mcp/generated/server.mjs'), responseCache }));
  app.route('/embed', widgetApp());
  // The explorer: admitted and cached like the API's GETs, computed with the API's own domain functions (src/explore/serve.ts).
  app.route('/explore', exploreApp());
  // The downloads' filtered views: the explorer's own filter and order over the plain files.
  app.route('/data', downloadsApp());
  app.route('/', usageApp());
  app.route('/', homeApp());

  app.notFound((c) => graphqlRefusal(noRoute(c.req.method, new URL(c.req.url).pathname, GRAPHQL_PATH)));
  app.onError(onError);
  return app;
}
