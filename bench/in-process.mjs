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

export async function loadWorkerInProcess() {
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
    const env = {
      // The static assets, as wrangler serves them from public/ (the catalog is one of them).
      ASSETS: { fetch: async (request) => serveAsset(new URL(request.url).pathname) },
      PARTNERS: { get: async () => null },
      RATE_LIMIT_ANONYMOUS: allow,
      RATE_LIMIT_PARTNER: allow,
      RATE_LIMIT_PARTNER_HIGH: allow,
    };
    const ctx = { waitUntil() {}, passThroughOnException() {} };
    // The bundle's text and URL: a CPU profile's frames point at its lines (bench/profile.mjs).
    const bundle = { url: pathToFileURL(outfile).href, text: readFileSync(outfile, 'utf8') };
    return { worker, createApp, Hono, env, ctx, caches, schema, LIMITS, INTROSPECTION_FIELD_PRICE, bundle };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
