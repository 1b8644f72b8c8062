// GraphiQL, in one place: this sub-app (mounted at the root by src/app.ts) serves the page at
// /graphql to a browser asking for HTML (any other request goes on to the API), its boot script,
// and its static files; page.ts renders the page, examples.ts holds the example tabs (also in the
// README), extras.ts is the browser script that adds them (built by `npm run assets`).
import { Hono } from 'hono/tiny';
import type { AppEnv } from '../http/env.js';
import { GRAPHQL_PATH } from '../http/yoga.js';
import { DEFAULT_QUERY, GRAPHIQL_BOOT_PATH, GRAPHIQL_BOOT_SCRIPT, renderGraphiQLPage } from './page.js';

export function graphiqlApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  let page: string | undefined;

  // A browser navigating to the API gets GraphiQL (before admission: a page view needs no key).
  app.get(GRAPHQL_PATH, async (c, next) => {
    if (!(c.req.header('accept') ?? '').includes('text/html')) return next();
    page ??= renderGraphiQLPage({ title: 'certgraph · GraphiQL', endpoint: GRAPHQL_PATH, defaultQuery: DEFAULT_QUERY });
    return c.body(page, 200, { 'content-type': 'text/html; charset=utf-8' });
  });

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

  return app;
}
