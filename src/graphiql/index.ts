// GraphiQL, in one place: this sub-app (mounted at the root by src/app.ts) serves GraphiQL's page
// at /graphql to a browser asking for HTML (any other request goes on to the API), its boot script
// and its static files. page.ts renders the page and the boot script (written to static assets by
// `npm run assets`, so neither is in the Worker's bundle), examples.ts holds the example tabs (also
// in docs/analyst.md), extras.ts is the browser script that adds them, paths.ts says where they are.
// Built into a module of its own (module.ts -> generated/graphiql.mjs), handed the Worker's Hono (kit.ts).
import type { Hono } from 'hono/tiny';
import { asset } from '../edge/assets.js';
import type { AppEnv } from '../edge/env.js';
import type { GraphiqlKit } from './kit.js';
import { GRAPHIQL_BOOT_PATH, GRAPHIQL_PAGE_PATH, GRAPHQL_PATH } from './paths.js';

export function graphiqlApp(kit: GraphiqlKit): Hono<AppEnv> {
  const app = new kit.Hono<AppEnv>();

  // A browser navigating to the API gets GraphiQL (before admission: a page view needs no key).
  app.get(GRAPHQL_PATH, async (c, next) => {
    if (!(c.req.header('accept') ?? '').includes('text/html')) return next();
    const page = await asset(c, GRAPHIQL_PAGE_PATH);
    if (!page.ok) throw new Error(`GraphiQL's page is missing (${page.status}): run npm run assets`);
    return new Response(page.body, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
  });
  app.get(GRAPHIQL_BOOT_PATH, (c) => asset(c));
  app.get('/graphiql/*', (c) => asset(c));
  return app;
}
