// GET /data/*: the downloads. The plain files are static assets built by `npm run assets`
// (src/downloads/build.ts): deployed, the platform serves them before the Worker runs; this sub-app
// serves them through the ASSETS binding wherever the Worker is called directly (tests), and names
// the files there are. GET /data (the index, src/home/pages.ts) says what each holds.
// With the explorer's view parameters (provider, role, level, order: view.ts), a file follows that
// view: computed on request from the plain file and one API query, then cached like any GET
// (ETag, the colo's cache). Other parameters are ignored; a bad value is a small 400.
// Built into the explorer's module (src/explore/module.ts); handed the explorer's kit (src/explore/kit.ts).
import type { Context } from 'hono';
import type { Hono } from 'hono/tiny';
import { asset } from '../edge/assets.js';
import { sha256Hex } from '../edge/digest.js';
import { clipEcho } from '../edge/echo.js';
import type { AppEnv } from '../edge/env.js';
import { GET_CACHE_CONTROL, ifNoneMatchHits } from '../edge/http-cache.js';
import type { Fragments } from '../explore/fragments.js';
import type { ExplorerDomain, ExplorerKit } from '../explore/kit.js';
import { searchOf } from '../explore/params.js';
import { serveIndex } from '../home/serve.js';
import type { DatasetName } from './build.js';
import { toCsv } from './csv.js';
import { DOWNLOAD_FILES } from './listing.js';
import { applyView, parseView, type Table, viewQuery, viewSlugs } from './view.js';

const EXPLORE_FRAGMENTS = '/explore/fragments.json';

function notFound(c: Context<AppEnv>) {
  const files = DOWNLOAD_FILES.map((f) => f.file);
  return c.text(`No file "${clipEcho(c.req.param('file') ?? '')}" here. The downloads are /data/${files.join(', ')}; /data lists them.\n`, 404, {
    'cache-control': 'no-store',
  });
}

async function assetJson<T>(c: Context<AppEnv>, path: string): Promise<T> {
  const res = await c.env.ASSETS.fetch(new Request(new URL(path, c.req.url)));
  if (!res.ok) throw new Error(`${path}: ${res.status} (run npm run assets)`);
  return (await res.json()) as T;
}

/** The file in the view: rows filtered and ordered as the explorer shows them. */
async function renderView(domain: ExplorerDomain, c: Context<AppEnv>, name: DatasetName, format: 'csv' | 'json', params: Parameters<typeof viewSlugs>[2]) {
  const slugs = viewSlugs(domain, c.var.catalog, params);
  const source = await assetJson<Table>(c, `/data/${name === 'overlap-matrix' ? 'overlap' : name}.json`);
  const table = applyView(name, source, slugs);
  if (format === 'csv') return toCsv(table.columns, table.rows);
  const { matrix, ...rest } = table;
  return JSON.stringify(matrix ? { ...rest, matrix } : rest);
}

/** The downloads' sub-app, with the Worker's shared modules it is handed (the explorer's kit: src/explore/kit.ts). */
export function downloadsApp(kit: ExplorerKit): Hono<AppEnv> {
  const { colo, domain } = kit;
  const app = new kit.Hono<AppEnv>();
  app.get('/', (c) => serveIndex(c, 'data'));
  app.get('/:file', async (c) => {
    const file = DOWNLOAD_FILES.find((f) => f.file === c.req.param('file'));
    const kept = viewQuery(new URL(c.req.url));
    if (!kept || !file) {
      const plain = await asset(c);
      return plain.status !== 404 ? plain : notFound(c);
    }
    const fragments = await assetJson<Fragments>(c, EXPLORE_FRAGMENTS);
    // The catalog this request is answered from (src/admission/catalog-loading.ts).
    const catalog = c.var.catalog;
    const { params, problems } = parseView(catalog, fragments, kept);
    if (problems.length)
      return c.text(`${problems.join(' ')} (A download takes provider, role, level and order, as /explore does.)\n`, 400, { 'cache-control': 'no-store' });
    const normalized = searchOf(params) || '?order=cluster';
    const etag = `W/"${(await sha256Hex([catalog.version, catalog.fingerprint, file.file, normalized].join('\n'))).slice(0, 40)}"`;
    const headers: Record<string, string> = {
      'content-type': file.contentType,
      etag,
      'cache-control': GET_CACHE_CONTROL,
      'content-disposition': `attachment; filename="certgraph-${file.dataset}-${normalized.slice(1).replace(/[^a-z0-9]+/gi, '-')}-${catalog.version}.${file.format}"`,
      'access-control-allow-origin': '*',
      'x-catalog-version': catalog.version,
    };
    if (ifNoneMatchHits(c.req.header('if-none-match') ?? null, etag)) return c.body(null, 304, headers);
    const key = colo.sharedKey(c, catalog, file.contentType, 'get', `?file=${file.file}&${normalized.slice(1)}`);
    const cached = key ? await colo.sharedMatch(key, c.var.state) : null;
    if (cached) return c.body(cached.body, 200, headers);
    const body = await renderView(domain, c, file.dataset, file.format, params);
    if (key) colo.sharedPut(c, key, { body, etag, contentType: file.contentType });
    return c.body(body, 200, headers);
  });
  return app;
}
