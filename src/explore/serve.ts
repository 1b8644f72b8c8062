// How a view of the explorer is served, cheapest first, like any GET of the API:
//   1. admission: the visitor's rate limit (one token a request, as a GET to /graphql costs);
//   2. the parameters, checked against the catalog before anything else: a bad one is a small
//      400 that names it and what is allowed (nothing is rendered);
//   3. the view's normal form (searchOf: defaults and unknown parameters dropped) and its ETag,
//      from the Worker's version, the catalog's version and content, the page's assets and that
//      form alone: If-None-Match gets its 304, HEAD its headers, before anything is rendered;
//   4. the isolate's cache of rendered views, then the colo's cache (src/edge/colo-cache.ts);
//   5. only then, a view that must render is priced (its cells, in the cost limit's unit, about
//      0.6 us of CPU: bench/explore.mjs measures it) and refused over the API's own cost limit;
//      rendered once, it is kept in both caches and sent with public Cache-Control.
import type { Context } from 'hono';
import type { Refusal } from '../admission/refusals.js';
import { ByteCache, stringBytes } from '../data/byte-cache.js';
import type { CatalogIndex } from '../data/catalog.js';
import type { AppEnv } from '../edge/env.js';
import { GET_CACHE_CONTROL, ifNoneMatchHits, NO_STORE } from '../edge/http-cache.js';
import { LIMITS } from '../graphql/limits/figures.js';
import { escapeHtml as esc, type Fragments, fill } from './fragments.js';
import type { ExplorerKit } from './kit.js';
import { knownSlugsOf } from './model.js';
import type { KnownSlugs } from './params.js';

const KiB = 1024;
/** Rendered views, as the UTF-8 bytes sent: the whole catalog's is ~60 KB (~780 KB at 200 certifications). */
export const explorerPages = new ByteCache<string, { body: Uint8Array<ArrayBuffer>; etag: string }>({
  maxBytes: 6 * 1024 * KiB,
  maxEntryBytes: 2 * 1024 * KiB,
  sizeOf: (key, e) => stringBytes(key) + e.body.byteLength + stringBytes(e.etag) + 64,
});

const utf8 = new TextEncoder();

/**
 * The page's UTF-8 bytes, written piece by piece into one buffer: no joined string, and a single
 * encoding shared by the answer and the colo's copy. The pieces are ASCII by construction
 * (escapeHtml, ascii: fragments.ts), so a character is a byte; a piece that is not is still
 * encoded right, by the slow path (join, then encode).
 */
export function pageBytes(parts: readonly string[]): Uint8Array<ArrayBuffer> {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    const { read, written } = utf8.encodeInto(part, out.subarray(at));
    if (read !== part.length || written !== part.length) return utf8.encode(parts.join('')) as Uint8Array<ArrayBuffer>;
    at += written;
  }
  return out;
}

const HTML = 'text/html; charset=UTF-8';

/** The page's shell and wording: static assets of this deployment, fixed for the isolate's life. */
export interface PageAssets {
  template: string;
  /** The template around its {{body}}: the page is joined once, head + body pieces + tail. */
  shell: [head: string, tail: string];
  fragments: Fragments;
  /** A hash of both, in every ETag: a deploy that changes the page changes the tag. */
  hash: string;
}

let assets: Promise<PageAssets | null> | undefined;
export function loadAssets(
  { hash53 }: Pick<ExplorerKit, 'hash53'>,
  c: Context<AppEnv>,
  templatePath: string,
  fragmentsPath: string,
): Promise<PageAssets | null> {
  const get = (path: string) =>
    c.env.ASSETS.fetch(new Request(new URL(path, c.req.url))).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${path}: ${r.status}`))));
  assets ??= Promise.all([get(templatePath), get(fragmentsPath)])
    .then(([template, fragments]) => {
      const at = template.indexOf('{{body}}');
      const shell: [string, string] = [template.slice(0, at), template.slice(at + '{{body}}'.length)];
      return { template, shell, fragments: JSON.parse(fragments) as Fragments, hash: hash53(template + fragments) };
    })
    .catch(() => null);
  return assets.then((loaded) => {
    if (!loaded) assets = undefined; // not kept: the next request tries again
    return loaded;
  });
}

/** The catalog's slugs, for checking parameters. */
export const knownSlugs = (catalog: CatalogIndex): KnownSlugs => knownSlugsOf(catalog);

/** The small page a refusal or a bad parameter gets: what is wrong, and where to go. */
export function problemPage(status: number, title: string, problems: string[]): Response {
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(title)} · certgraph</title></head>` +
    `<body><h1>${esc(title)}</h1><ul>${problems.map((p) => `<li>${esc(p)}</li>`).join('')}</ul><p><a href="/explore">The whole catalog</a> · <a href="/explore/ladders">The ladders</a></p></body></html>`;
  return new Response(html, { status, headers: { 'content-type': HTML, 'cache-control': NO_STORE } });
}

/** A refusal (rate limit, ...) on the explorer's pages: a small HTML page, with its headers (Retry-After). */
export function explorerRefusal(refusal: Refusal): Response {
  const title = refusal.status === 429 ? 'Too many requests' : 'This view cannot be shown';
  const res = problemPage(refusal.status, title, [refusal.message]);
  for (const [name, value] of Object.entries(refusal.headers)) res.headers.set(name, value);
  return res;
}

/** Admission as for the API (the kit's), with refusals rendered as small pages; the explorer takes no API key. */
export const explorerAdmission = (admission: ExplorerKit['admission']) =>
  [
    (c: Context<AppEnv>, next: () => Promise<void>) => {
      c.set('renderRefusal', explorerRefusal);
      return next();
    },
    admission({ apiKey: () => null }),
  ] as const;

/** What one kind of view needs: its parameters checked and normalised, its price, its render. */
export interface ViewSpec<P> {
  /** The view's name in cache keys ('matrix', 'pair', 'ladders'). */
  kind: string;
  /** The parameters, or the problems with them (checked against the request's catalog). */
  parse: (c: Context<AppEnv>, page: PageAssets, catalog: CatalogIndex) => { params: P; problems: string[] };
  /** The normal form of the parameters (the caches' key). */
  key: (params: P) => string;
  /** The price of rendering, in the cost limit's unit; over the limit, the problem to show. */
  price: (page: PageAssets, params: P, catalog: CatalogIndex) => { cost: number; tooBig: string };
  /** The page: its title, body and body class, drawn from the request's catalog. */
  render: (page: PageAssets, params: P, catalog: CatalogIndex) => { title: string; body: string | string[]; bodyClass?: string };
}

const viewHeaders = (etag: string) => ({ etag, 'cache-control': GET_CACHE_CONTROL, 'content-type': HTML });

/** Serves one view through the steps at the top of this file (the colo's cache and the hash: the kit's). */
export async function serveView<P>(kit: Pick<ExplorerKit, 'colo' | 'hash53'>, c: Context<AppEnv>, page: PageAssets, spec: ViewSpec<P>): Promise<Response> {
  const { colo, hash53 } = kit;
  // The catalog this request is answered from (src/admission/catalog-loading.ts).
  const catalog = c.var.catalog;
  const { params, problems } = spec.parse(c, page, catalog);
  if (problems.length) return problemPage(400, 'This view cannot be shown as asked', problems);
  const key = `${spec.kind}${spec.key(params)}`;
  const etag = `W/"${hash53([c.env.CF_VERSION_METADATA?.id ?? '', catalog.version, catalog.fingerprint, page.hash, key].join('\n'))}"`;
  const request = c.req.raw;
  if (ifNoneMatchHits(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers: viewHeaders(etag) });
  if (request.method === 'HEAD') return new Response(null, { status: 200, headers: viewHeaders(etag) });
  const kept = explorerPages.get(key);
  if (kept) return new Response(kept.body, { status: 200, headers: viewHeaders(etag) });
  const shared = colo.sharedKey(c, catalog, HTML, 'get', `?explore=${encodeURIComponent(key)}`);
  const stored = shared ? await colo.sharedMatch(shared, c.var.state) : null;
  if (stored) {
    const body = utf8.encode(stored.body) as Uint8Array<ArrayBuffer>;
    explorerPages.set(key, { body, etag });
    return new Response(body, { status: 200, headers: viewHeaders(etag) });
  }
  const { cost, tooBig } = spec.price(page, params, catalog);
  if (cost > LIMITS.cost) return problemPage(400, 'This view is too large to draw', [tooBig]);
  const view = spec.render(page, params, catalog);
  const head = fill(page.shell[0], { title: esc(view.title), bodyClass: view.bodyClass ?? `view-${spec.kind}` });
  const parts = typeof view.body === 'string' ? [view.body] : view.body;
  parts.unshift(head);
  parts.push(page.shell[1]);
  const body = pageBytes(parts);
  explorerPages.set(key, { body, etag });
  if (shared) colo.sharedPut(c, shared, { body, etag, contentType: HTML });
  return new Response(body, { status: 200, headers: { ...viewHeaders(etag), 'x-view-cost': `${cost}; limit=${LIMITS.cost}` } });
}
