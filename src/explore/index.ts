// The overlap explorer, a sub-app mounted at /explore: GET /explore renders the page from the
// API's answers (see page.ts); GET /explore/explore.js is its script, a static asset built from
// client/explore.ts by `npm run assets` (deployed, the platform serves it before the Worker runs;
// this route serves it wherever the Worker is called directly, as in tests).

import type { Context } from 'hono';
import { Hono } from 'hono/tiny';
import { asset } from '../http/assets.js';
import type { AppEnv } from '../http/env.js';
import type { Fragments } from './fragments.js';
import { type ApiError, queryApi, type SelfFetch } from './graphql-client.js';
import { EXPLORE_FRAGMENTS_PATH, EXPLORE_TEMPLATE_PATH, renderExplorePage } from './page.js';
import { filterOf, parseParams } from './params.js';
import type { MatrixData, PairData } from './queries.js';

const messagesOf = (errors: ApiError[]) => errors.map((e) => e.message);

/** The page's template and fragments: static assets of this deployment, fixed for the isolate's life. */
type PageAssets = { template: string; fragments: Fragments };
let assets: Promise<PageAssets | null> | undefined;
function loadAssets(c: Context<AppEnv>): Promise<PageAssets | null> {
  const get = (path: string) =>
    c.env.ASSETS.fetch(new Request(new URL(path, c.req.url))).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${path}: ${r.status}`))));
  assets ??= Promise.all([get(EXPLORE_TEMPLATE_PATH), get(EXPLORE_FRAGMENTS_PATH)])
    .then(([template, fragments]) => ({ template, fragments: JSON.parse(fragments) as Fragments }))
    .catch(() => null);
  return assets.then((loaded) => {
    if (!loaded) assets = undefined; // not kept: the next request tries again
    return loaded;
  });
}

export function exploreApp(self: SelfFetch): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  app.get('/', async (c) => {
    const page = await loadAssets(c);
    if (!page) return c.text('Missing assets: run npm run assets.', 500); // a broken deployment
    const f = page.fragments;
    const { params, problems } = parseParams(f, new URL(c.req.url).searchParams);
    const filter = filterOf(params);
    const [matrix, pair] = await Promise.all([
      queryApi<MatrixData>(c, self, f.matrixQuery, filter ? { filter } : undefined),
      params.a && params.b ? queryApi<PairData>(c, self, f.pairQuery, { pair: [params.a, params.b] }) : null,
    ]);
    // A refusal or error of the API is the page's: its status (the worst), its Retry-After.
    let status = problems.length ? 400 : 200;
    const headers: Record<string, string> = {};
    for (const answer of [matrix, pair]) {
      if (!answer || answer.ok) continue;
      status = Math.max(status, answer.status);
      if (answer.retryAfter) headers['retry-after'] = answer.retryAfter;
    }
    const html = renderExplorePage(page.template, page.fragments, {
      params,
      problems: matrix.ok ? problems : [...problems, ...messagesOf(matrix.errors)],
      data: matrix.ok ? matrix.data : null,
      pair: pair?.ok ? pair.data : null,
      pairProblems: pair && !pair.ok ? messagesOf(pair.errors) : [],
    });
    headers['cache-control'] = status === 200 ? 'public, max-age=300' : 'no-store';
    return c.html(html, status as 200, headers);
  });

  app.get('/:asset', (c) => asset(c));

  return app;
}
