// Serves an index page (GET / and GET /data): prebuilt by `npm run assets` (pages.ts, rendered
// from the API's answers into public/_index/), as HTML, or as JSON for a caller that asks for
// JSON and not HTML. Static assets, so their text is not in the Worker's bundle; the ETag, 304s
// and Cache-Control are the assets' and the GETs'.
import type { Context } from 'hono';
import type { AppEnv } from '../edge/env.js';
import { GET_CACHE_CONTROL } from '../edge/http-cache.js';

/** Where the prebuilt pages are: `${INDEX_ASSETS}/<name>.html` and `.json`. */
export const INDEX_ASSETS = '/_index';

export async function serveIndex(c: Context<AppEnv>, name: 'home' | 'data'): Promise<Response> {
  const accept = c.req.header('accept') ?? '';
  const json = accept.includes('application/json') && !accept.includes('text/html');
  const path = `${INDEX_ASSETS}/${name}.${json ? 'json' : 'html'}`;
  const res = await c.env.ASSETS.fetch(new Request(new URL(path, c.req.url), { headers: c.req.raw.headers }));
  if (res.status !== 200 && res.status !== 304) throw new Error(`${path} is missing (${res.status}): run npm run assets`);
  const headers = new Headers(res.headers);
  headers.set('content-type', json ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8');
  headers.set('cache-control', GET_CACHE_CONTROL);
  headers.set('vary', 'accept');
  return new Response(res.status === 304 ? null : res.body, { status: res.status, headers });
}
