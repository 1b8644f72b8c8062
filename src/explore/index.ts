// The overlap explorer, a sub-app mounted at /explore:
//   GET /explore              the matrix of the (filtered) catalog (page.ts)
//   GET /explore/pair/:a/:b   two certifications side by side, in words (pair-view.ts)
//   GET /explore/row/:slug    one row of the matrix in words: every other certification, closest first
//   GET /explore/ladders      each provider's ladder drawn, a person's learning path on it (ladders.ts)
//   GET /explore/explore.js   its script, a static asset built from client/explore.ts by `npm run assets`
// Every view is served as serve.ts says: admitted, its parameters checked, cached by its normal
// form (isolate, colo, browser), rendered only when no cache has it, and priced first.
// Built with the downloads into a module of its own (module.ts -> generated/explore.mjs); what it
// shares with the Worker (Hono, admission, the colo cache, the domain's memoized functions) it is
// handed (kit.ts).
import type { Context } from 'hono';
import type { Hono } from 'hono/tiny';
import type { CatalogIndex } from '../data/catalog.js';
import { asset } from '../edge/assets.js';
import type { AppEnv } from '../edge/env.js';
import { fill } from './fragments.js';
import type { ExplorerDomain, ExplorerKit } from './kit.js';
import { type LaddersParams, laddersKey, laddersParams, laddersPrice, renderLaddersBody } from './ladders.js';
import { matrixModel } from './model.js';
import { EXPLORE_FRAGMENTS_PATH, EXPLORE_PATH, EXPLORE_TEMPLATE_PATH, matrixView, renderMatrixBody, renderRowBody } from './page.js';
import { renderPairBody } from './pair-view.js';
import { type ExploreParams, parseParams, searchOf } from './params.js';
import { explorerAdmission, knownSlugs, loadAssets, type PageAssets, problemPage, serveView, type ViewSpec } from './serve.js';

/** A matrix view costs a unit per cell shown, at most: rendering one is a string join (bench/explore.mjs). */
export const PRICE_PER_CELL = 0.25;

const query = (c: Context<AppEnv>) => new URL(c.req.url).searchParams;

/** The four kinds of view, computed with the domain's functions the kit brings. */
function viewSpecs(domain: ExplorerDomain) {
  const modelOf = (catalog: CatalogIndex) => matrixModel(domain, catalog);

  const matrix: ViewSpec<ExploreParams> = {
    kind: 'matrix',
    parse: (c, page, catalog) => parseParams(page.fragments, query(c), knownSlugs(catalog)),
    key: (params) => searchOf({ ...params, a: null, b: null }),
    // Its cells (known once the filters are applied, which is cheap: no rendering).
    price: (_page, params, catalog) => {
      const n = matrixView(domain, modelOf(catalog), params).rows.length;
      return {
        cost: Math.ceil(n * n * PRICE_PER_CELL),
        tooBig: `This view has ${n} certifications (${n * n} cells): choose a provider, role or level to draw fewer.`,
      };
    },
    render: (page, params, catalog) => ({ title: 'Overlap explorer', body: renderMatrixBody(domain, page.fragments, modelOf(catalog), params) }),
  };

  const pair: ViewSpec<{ a: string; b: string }> = {
    kind: 'pair',
    parse: (c, page, catalog) => {
      const q = new URLSearchParams({ a: c.req.param('a') ?? '', b: c.req.param('b') ?? '' });
      const { params, problems } = parseParams(page.fragments, q, knownSlugs(catalog));
      return { params: { a: params.a ?? '', b: params.b ?? '' }, problems };
    },
    key: ({ a, b }) => `/${a}/${b}`,
    // A pair is two certifications' topics and facts: small and bounded by the catalog's largest.
    price: () => ({ cost: 100, tooBig: '' }),
    render: (_page, { a, b }, catalog) => renderPairBody(domain, catalog, a, b),
  };

  const row: ViewSpec<{ slug: string }> = {
    kind: 'row',
    parse: (c, page, catalog) => {
      const slug = c.req.param('slug') ?? '';
      const known = knownSlugs(catalog).certifications;
      const problems = known.includes(slug) ? [] : [fill(page.fragments.oneOf, { name: 'certification', allowed: known.join(', '), got: slug.slice(0, 100) })];
      return { params: { slug }, problems };
    },
    key: ({ slug }) => `/${slug}`,
    price: () => ({ cost: 50, tooBig: '' }),
    render: (_page, { slug }, catalog) => renderRowBody(modelOf(catalog), slug),
  };

  const ladders: ViewSpec<LaddersParams> = {
    kind: 'ladders',
    parse: (c, page, catalog) => laddersParams(domain, page.fragments, query(c), knownSlugs(catalog), catalog),
    key: laddersKey,
    price: (_page, params, catalog) => laddersPrice(catalog, params),
    render: (_page, params, catalog) => ({ title: 'The ladders', body: renderLaddersBody(domain, modelOf(catalog), params) }),
  };
  return { matrix, pair, row, ladders };
}

async function withAssets(kit: ExplorerKit, c: Context<AppEnv>, serve: (page: PageAssets) => Promise<Response>): Promise<Response> {
  const page = await loadAssets(kit, c, EXPLORE_TEMPLATE_PATH, EXPLORE_FRAGMENTS_PATH);
  if (!page) return problemPage(500, 'The explorer is not deployed completely', ['Its page assets are missing: run `npm run assets`.']);
  return serve(page);
}

/** The explorer's sub-app, with the Worker's shared modules it is handed (./kit.ts). */
export function exploreApp(kit: ExplorerKit): Hono<AppEnv> {
  const app = new kit.Hono<AppEnv>();
  const specs = viewSpecs(kit.domain);
  const admitted = explorerAdmission(kit.admission);
  const view =
    <P>(spec: ViewSpec<P>) =>
    (c: Context<AppEnv>) =>
      withAssets(kit, c, (page) => serveView(kit, c, page, spec));
  app.get('/', ...admitted, (c) =>
    withAssets(kit, c, (page) => {
      // The pair's old address (?a=…&b=…) leads to its own page.
      const q = query(c);
      const [a, b] = [q.get('a'), q.get('b')];
      if (a && b && /^[a-z0-9-]{1,100}$/.test(a) && /^[a-z0-9-]{1,100}$/.test(b)) return Promise.resolve(c.redirect(`${EXPLORE_PATH}/pair/${a}/${b}`, 301));
      return serveView(kit, c, page, specs.matrix);
    }),
  );
  app.get('/pair/:a/:b', ...admitted, view(specs.pair));
  app.get('/row/:slug', ...admitted, view(specs.row));
  app.get('/ladders', ...admitted, view(specs.ladders));
  app.get('/:asset', (c) => asset(c));
  return app;
}
