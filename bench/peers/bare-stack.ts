// The startup benchmark's bare stack (bench/startup.mjs): certgraph's own Pothos schema served by
// a plain createYoga({ schema }) in a bare Hono app, no certgraph plugin, the catalog loaded before
// the first request as certgraph loads it. The peer whose start certgraph's is measured against.

import { createYoga } from 'graphql-yoga';
import { Hono } from 'hono';
import { catalog, loadCatalog } from '../../src/data/catalog.js';
import type { Context } from '../../src/schema/builder.js';
import { schema } from '../../src/schema/index.js';

export { loadCatalog };

interface Env {
  ASSETS: { fetch: (request: Request) => Promise<Response> };
}

// The schema's Context (the catalog, the request's state), as certgraph hands yoga with each request.
const context = (): Context => ({ catalog, state: { id: crypto.randomUUID() } });
const yoga = createYoga({ schema, landingPage: false, graphiql: false, context });
const app = new Hono<{ Bindings: Env }>();
app.use(async (c, next) => {
  if (!catalog) await loadCatalog(c.env.ASSETS);
  await next();
});
app.on(['GET', 'POST'], '/graphql', (c) => yoga.fetch(c.req.raw));
export default app;
