// The Worker, bundled as wrangler bundles it (esbuild, workerd's export conditions), loaded into
// this Node process, with stand-ins for its bindings: no partner keys, every rate limit passes.
// Used by the benchmark (timing) and the load test (expected answers).

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** A file of public/, or a 404: the ASSETS binding's stand-in. */
function serveAsset(pathname) {
  const file = join(root, 'public', decodeURIComponent(pathname));
  if (!file.startsWith(`${join(root, 'public')}/`)) return new Response('not found', { status: 404 });
  try {
    return new Response(readFileSync(file));
  } catch {
    return new Response('not found', { status: 404 });
  }
}

/**
 * The colo's cache (`caches.default`, the Workers Cache API) has no Node counterpart: a Map-backed
 * stand-in keeps what the Worker puts and answers its matches. It costs a Map lookup where the
 * real one is a call to the data center's cache: the benchmark times the Worker's side of a hit.
 */
export function mapCacheStorage() {
  const entries = new Map();
  const keyOf = (request) => (typeof request === 'string' ? request : request.url);
  const cache = {
    async match(request) {
      const stored = entries.get(keyOf(request));
      return stored ? new Response(stored.body, { status: stored.status, headers: stored.headers }) : undefined;
    },
    async put(request, response) {
      entries.set(keyOf(request), { body: await response.text(), status: response.status, headers: [...response.headers] });
    },
    async delete(request) {
      return entries.delete(keyOf(request));
    },
  };
  return { default: cache, open: async () => cache, entries };
}

/**
 * A colo cache that keeps nothing: every match misses, every put is dropped. For the heap
 * benchmark: the real one lives outside the isolate's heap, so a stand-in's entries must not count.
 */
export function forgetfulCacheStorage() {
  const cache = { match: async () => undefined, put: async (_request, response) => void (await response.arrayBuffer()), delete: async () => false };
  return { default: cache, open: async () => cache };
}

/** `colo`: what the Worker finds as `caches` (the Workers Cache API); a Map-backed stand-in unless given. */
export async function loadWorkerInProcess({ colo = mapCacheStorage() } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'certgraph-worker-'));
  const outfile = join(dir, 'worker.mjs');
  try {
    await build({
      stdin: {
        contents: [
          `export { default as worker } from './src/index.ts'; export { createApp } from './src/app.ts'; export { Hono } from 'hono';`,
          // The isolate's caches, for the heap benchmark's figures.
          `import { graphqlCaches } from './src/http/caches.ts'; import { responseCache } from './src/http/response-cache.ts'; import { partnerCache } from './src/http/partners.ts';`,
          `export const caches = { ...graphqlCaches, responses: responseCache, partners: partnerCache };`,
          // The schema and the limits, for the price benchmark.
          `export { schema } from './src/schema/index.ts'; export { LIMITS, INTROSPECTION_FIELD_PRICE } from './src/http/limits.ts';`,
        ].join('\n'),
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      platform: 'neutral',
      // Resolve packages as wrangler does for workerd, so yoga uses the runtime's fetch classes.
      mainFields: ['browser', 'module', 'main'],
      conditions: ['workerd', 'worker', 'browser'],
      external: ['node:*'],
      // As in wrangler.toml [alias]: one graphql-js, our LRU.
      alias: { 'graphql/language/parser': join(root, 'node_modules/graphql/language/parser.mjs'), 'lru-cache': join(root, 'src/http/lru-cache.ts') },
      format: 'esm',
      outfile,
      logLevel: 'warning',
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    const { worker, createApp, Hono, caches, schema, LIMITS, INTROSPECTION_FIELD_PRICE } = await import(pathToFileURL(outfile).href);
    const allow = { limit: async () => ({ success: true }) };
    globalThis.caches = colo;
    const env = {
      // The static assets, as wrangler serves them from public/ (the catalog is one of them).
      ASSETS: { fetch: async (request) => serveAsset(new URL(request.url).pathname) },
      PARTNERS: { get: async () => null },
      RATE_LIMIT_ANONYMOUS: allow,
      RATE_LIMIT_PARTNER: allow,
      RATE_LIMIT_PARTNER_HIGH: allow,
      // Partner usage (src/usage): no partner keys here, so nothing is counted; a no-op object.
      USAGE: { idFromName: (name) => name, get: () => ({ fetch: async () => Response.json({ taken: 0 }) }) },
      // The deployed version's id, which keys the colo's cache (src/http/shared-cache.ts).
      CF_VERSION_METADATA: { id: 'bench', tag: '', timestamp: new Date().toISOString() },
    };
    const ctx = { waitUntil() {}, passThroughOnException() {} };
    return { worker, createApp, Hono, env, ctx, caches, schema, LIMITS, INTROSPECTION_FIELD_PRICE };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
