// The overlap explorer, a sub-app mounted at /explore: GET /explore renders the page from the
// API's answers (see page.ts); GET /explore/explore.js is its script, a static asset built from
// client/explore.ts by `npm run assets` (deployed, the platform serves it before the Worker runs;
// this route serves it wherever the Worker is called directly, as in tests).
import { Hono } from 'hono/tiny';
import type { Context } from 'hono';
import type { AppEnv } from '../http/env.js';
import { queryApi, type ApiError, type SelfFetch } from './graphql-client.js';
import { EXPLORE_TEMPLATE_PATH, renderExplorePage } from './page.js';
import { filterOf, parseParams } from './params.js';
import { MATRIX_QUERY, PAIR_QUERY, type MatrixData, type PairData } from './queries.js';

const messagesOf = (errors: ApiError[]) => errors.map((e) => e.message);

/** The page template (a static asset of this deployment: one string, fixed for the isolate's life). */
let template: Promise<string | null> | undefined;
function loadTemplate(c: Context<AppEnv>): Promise<string | null> {
  template ??= c.env.ASSETS.fetch(new Request(new URL(EXPLORE_TEMPLATE_PATH, c.req.url))).then(async (r) => (r.ok ? r.text() : null));
  return template.then((t) => {
    if (t === null) template = undefined; // not cached: the next request tries again
    return t;
  });
}

export function exploreApp(self: SelfFetch): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const { params, problems } = parseParams(new URL(c.req.url).searchParams);
    const filter = filterOf(params);
    const [matrix, pair] = await Promise.all([
      queryApi<MatrixData>(c, self, MATRIX_QUERY, filter ? { filter } : undefined),
      params.a && params.b ? queryApi<PairData>(c, self, PAIR_QUERY, { pair: [params.a, params.b] }) : null,
    ]);
    let status = problems.length ? 400 : 200;
    const headers: Record<string, string> = {};
    const allProblems = [...problems];
    if (!matrix.ok) {
      allProblems.push(...messagesOf(matrix.errors));
      status = Math.max(status, matrix.status);
      if (matrix.retryAfter) headers['retry-after'] = matrix.retryAfter;
    }
    const pairProblems = pair && !pair.ok ? messagesOf(pair.errors) : [];
    if (pair && !pair.ok) {
      status = Math.max(status, pair.status);
      if (pair.retryAfter) headers['retry-after'] = pair.retryAfter;
    }
    const page = await loadTemplate(c);
    if (page === null) return c.text('The explorer page is missing from this deployment (run `npm run assets`).', 500);
    const html = renderExplorePage(page, {
      params,
      problems: allProblems,
      data: matrix.ok ? matrix.data : null,
      pair: pair?.ok ? pair.data : null,
      pairProblems,
    });
    headers['cache-control'] = status === 200 ? 'public, max-age=300' : 'no-store';
    return c.html(html, status as 200, headers);
  });

  app.get('/:asset{explore\\.js|page\\.tmpl}', async (c) => {
    const asset = await c.env.ASSETS.fetch(c.req.raw);
    return new Response(asset.body, asset);
  });

  return app;
}
