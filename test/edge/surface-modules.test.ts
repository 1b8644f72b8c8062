// The surfaces built as modules of their own, as deployed: src/<surface>/generated/*.mjs (`npm run
// assets`), loaded by workerd itself as wrangler.toml's rules say, each handed the Worker's shared
// modules (src/surface-kits.ts) and mounted on demand behind the app's own middleware and onError,
// as src/app.ts mounts them. (The rest of the suite runs their sources, vitest.config.ts.) What a
// module built apart could get wrong, each answered here: a Refusal thrown inside it is rendered by
// the one onError (a copy of the class would be a 500), the widget's refusal is its own page, the
// explorer and the downloads compute with the main module's domain and caches.
import type { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { catalogLoaded } from '../../src/admission/catalog-loading.js';
import { graphqlRefusal, noRoute, onError } from '../../src/admission/refusals.js';
import type { AppEnv } from '../../src/edge/env.js';
import { requestContext } from '../../src/edge/request-context.js';
import { onDemand } from '../../src/on-demand.js';
import { explorerKit, pagesKit, usageKit, widgetKit } from '../../src/surface-kits.js';
import { bindings } from '../helpers.js';

/** An app of the built modules, mounted as src/app.ts mounts them (without the API). */
async function builtApp(): Promise<Hono<AppEnv>> {
  const { Hono } = await import('hono/tiny');
  const app = new Hono<AppEnv>();
  app.use(requestContext());
  app.use(catalogLoaded());
  const explorer = () => import('../../src/explore/generated/explore.mjs');
  const graphiql = onDemand('/', () => import('../../src/graphiql/generated/graphiql.mjs').then((m) => m.graphiqlApp(pagesKit)));
  app.get('/graphql', graphiql);
  app.all(
    '/embed/*',
    onDemand('/embed', () => import('../../src/widget/generated/widget.mjs').then((m) => m.widgetApp(widgetKit))),
  );
  app.all(
    '/explore/*',
    onDemand('/explore', () => explorer().then((m) => m.exploreApp(explorerKit))),
  );
  app.all(
    '/data/*',
    onDemand('/data', () => explorer().then((m) => m.downloadsApp(explorerKit))),
  );
  const usage = onDemand('/', () => import('../../src/usage/generated/usage.mjs').then((m) => m.usageApp(usageKit)));
  app.all('/operator/usage', usage);
  app.all('/partner/usage', usage);
  app.get(
    '/',
    onDemand('/', () => import('../../src/home/generated/home.mjs').then((m) => m.homeApp(pagesKit))),
  );
  app.notFound((c) => graphqlRefusal(noRoute(c.req.method, new URL(c.req.url).pathname, '/graphql')));
  app.onError(onError);
  return app;
}

const visitor = { 'cf-connecting-ip': '198.51.100.77' };

describe('the surfaces built apart, as deployed', () => {
  it('are uploaded as ES modules of their own, each exporting its factory', async () => {
    const modules = [
      await import('../../src/explore/generated/explore.mjs'),
      await import('../../src/widget/generated/widget.mjs'),
      await import('../../src/usage/generated/usage.mjs'),
      await import('../../src/graphiql/generated/graphiql.mjs'),
      await import('../../src/home/generated/home.mjs'),
    ];
    expect(modules.map((m) => Object.keys(m).sort())).toEqual([
      ['clearModel', 'downloadsApp', 'exploreApp', 'explorerPages'],
      ['widgetApp'],
      ['usageApp'],
      ['graphiqlApp'],
      ['homeApp'],
    ]);
  });

  it('answer their pages, computed with the main module’s domain', async () => {
    const app = await builtApp();
    const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers: { ...visitor, ...headers } }, bindings);
    const pair = await get('/explore/pair/psm-i/pspo-i');
    expect(pair.status).toBe(200);
    expect(await pair.text()).toContain('PSPO');
    const ladders = await get('/explore/ladders?held=psm-i&targetRole=product-owner');
    expect(await ladders.text()).toContain('Your learning path');
    const csv = await get('/data/overlap.csv?provider=scrum-org');
    expect([csv.status, csv.headers.get('content-type')]).toEqual([200, 'text/csv; charset=utf-8']);
    const widget = await get('/embed/recommendations?targetRole=scrum-master');
    expect(widget.status).toBe(200);
    expect(await widget.text()).toContain('Recommended certifications for a future Scrum Master');
    expect((await get('/graphql', { accept: 'text/html' })).status).toBe(200);
    expect((await get('/', { accept: 'text/html' })).status).toBe(200);
  });

  it("a refusal thrown inside one is the main module's Refusal: the one onError renders it (not a 500)", async () => {
    const app = await builtApp();
    const res = await app.request('/operator/usage', { headers: visitor }, bindings);
    expect(res.status).toBe(401);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    const days = await app.request('/partner/usage?days=0', { headers: visitor }, bindings);
    expect(days.status).toBe(401);
  });

  it("the widget's refusals are its own page (admission's, handed in, with the widget's renderer)", async () => {
    const app = await builtApp();
    const res = await app.request('/embed/recommendations?key=cg_not_a_key_at_all_0000000000000000', { headers: visitor }, bindings);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(await res.text()).toContain('This widget cannot be shown');
  });
});
