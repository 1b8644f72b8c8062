// The Worker, bundled as wrangler bundles it (esbuild, workerd's export conditions), loaded into
// this Node process, with stand-ins for its bindings: no partner keys, every rate limit passes.
// Used by the benchmark (timing) and the load test (expected answers).

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { WORKERD_BUILD } from '../scripts/import-bundled.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

// graphql-js takes its production path when `globalThis.process.env.NODE_ENV` is "production" as it
// loads: the deployed Worker's is (wrangler.toml: nodejs_compat and the NODE_ENV var), so every
// Worker this process loads (certgraph, the bare stack) runs the same path.
process.env.NODE_ENV = 'production';

/** A file of public/ (or of another folder of assets), or a 404: the ASSETS binding's stand-in. */
function serveAsset(pathname, dir) {
  dir ??= join(root, 'public');
  const file = join(dir, decodeURIComponent(pathname));
  if (!file.startsWith(`${dir}/`)) return new Response('not found', { status: 404 });
  try {
    return new Response(readFileSync(file));
  } catch {
    return new Response('not found', { status: 404 });
  }
}

const require = createRequire(import.meta.url);

/**
 * An esbuild plugin that leaves graphql-js out of the bundle: every `graphql` import loads the
 * package's CommonJS build from node_modules, the one module instance that graphql-jit and
 * mercurius (CommonJS) load too, so a schema built by the bundle can be executed by them.
 */
const sharedGraphql = {
  name: 'shared-graphql',
  setup(b) {
    b.onResolve({ filter: /^graphql(\/.*)?$/ }, (args) => ({ path: require.resolve(args.path.replace(/\.mjs$/, '')), external: true }));
  },
};

/** An esbuild plugin that replaces the bundled catalog reference (asset path, fingerprint, list maxima). */
const catalogRef = (ref) => ({
  name: 'catalog-ref',
  setup(b) {
    b.onLoad({ filter: /[\\/]generated[\\/]catalog-ref\.json$/ }, () => ({ contents: JSON.stringify(ref), loader: 'json' }));
  },
});

/** What the benchmarks import from the Worker's bundle besides the Worker itself. */
const BENCH_EXPORTS = [
  `export { createApp } from './src/app.ts'; export { Hono } from 'hono';`,
  // The isolate's caches, for the heap benchmark's figures.
  `import { graphqlCaches } from './src/edge/caches.ts'; import { responseCache } from './src/graphql/response-cache.ts'; import { partnerCache } from './src/admission/partners.ts';`,
  `import { domainMemo } from './src/resolvers/memo.ts';`,
  // The explorer's own caches, in its built module (the one the app imports: src/explore/module.ts).
  `import { explorerPages, clearModel } from './src/explore/generated/explore.mjs';`,
  `export const caches = { ...graphqlCaches, responses: responseCache, partners: partnerCache, memo: domainMemo, explore: explorerPages, exploreModel: { clear: clearModel } };`,
  // The schema and the limits, for the price benchmark.
  `export { schema } from './src/schema/index.ts'; export { LIMITS } from './src/graphql/limits/figures.ts'; export { INTROSPECTION_FIELD_PRICE } from './src/graphql/limits/request-cost.ts';`,
  // The same schema served by a plain yoga (the benchmark's bare stack), and the catalog's reference.
  `export { createYoga } from 'graphql-yoga'; export { CATALOG_ASSET, catalog, loadCatalog } from './src/data/catalog.ts';`,
];

/**
 * Bundles the Worker into `outfile` as wrangler does (esbuild, workerd's export conditions).
 * `workerOnly`: the Worker as deployed, and the catalog loader it calls on the first request
 * (the startup benchmark times the two apart); otherwise with the benchmarks' exports. `entry`: a
 * peer Worker instead (bench/peers/*.ts). `sharedGraphql`, `catalog`: see loadWorkerInProcess.
 * `extraExports`: more export lines (a bench's own modules, bundled with the Worker's instances).
 * `plugins`: more esbuild plugins (a bench's variant of a module).
 */
export async function bundleWorker(
  outfile,
  { workerOnly = false, sharedGraphql: shared = false, catalog = null, entry = null, extraExports = [], plugins = [] } = {},
) {
  await build({
    stdin: {
      // `entry`: another Worker (a module exporting the Worker and its loadCatalog: bench/peers/*).
      contents: entry
        ? `export { default as worker, loadCatalog } from './${entry}';`
        : [
            `export { default as worker } from './src/index.ts';`,
            ...(workerOnly ? [`export { loadCatalog } from './src/data/catalog.ts';`] : BENCH_EXPORTS),
            ...extraExports,
          ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'neutral',
    // As wrangler bundles for workerd; with the shared graphql-js, its parser comes with it.
    ...WORKERD_BUILD,
    alias: shared ? { 'lru-cache': WORKERD_BUILD.alias['lru-cache'] } : WORKERD_BUILD.alias,
    plugins: [...(shared ? [sharedGraphql] : []), ...(catalog ? [catalogRef(catalog.ref)] : []), ...plugins],
    format: 'esm',
    outfile,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
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

/** Stand-ins for the Worker's bindings: the static assets (from public/, or `assetsDir`), no partner keys, every rate limit passes. */
export function benchBindings(assetsDir) {
  const allow = { limit: async () => ({ success: true }) };
  const env = {
    // The static assets, as wrangler serves them from public/ (the catalog is one of them).
    ASSETS: { fetch: async (request) => serveAsset(new URL(request.url).pathname, assetsDir) },
    PARTNERS: { get: async () => null },
    RATE_LIMIT_ANONYMOUS: allow,
    RATE_LIMIT_PARTNER: allow,
    RATE_LIMIT_PARTNER_HIGH: allow,
    // Partner usage (src/usage): no partner keys here, so nothing is counted; a no-op object.
    USAGE: { idFromName: (name) => name, get: () => ({ fetch: async () => Response.json({ taken: 0 }) }) },
    // The deployed version's id, which keys the colo's cache (src/edge/colo-cache.ts).
    CF_VERSION_METADATA: { id: 'bench', tag: '', timestamp: new Date().toISOString() },
  };
  const ctx = { waitUntil() {}, passThroughOnException() {} };
  return { env, ctx };
}

/**
 * Bundles and loads a fresh copy of the Worker (its own module instances: its own catalog).
 * Options, for the benchmarks: `sharedGraphql` (see above; graphql-js is then the CommonJS build,
 * NODE_ENV should be "production" before it loads); `catalog: { ref, dir }` serves another
 * compiled catalog (its catalog-ref.json content, and the folder its asset is in); `colo`: what the
 * Worker finds as `caches` (the Workers Cache API), a Map-backed stand-in unless given;
 * `extraExports` (see bundleWorker): what they export comes back as `extra`.
 */
export async function loadWorkerInProcess(options = {}) {
  globalThis.caches = options.colo ?? mapCacheStorage();
  const dir = mkdtempSync(join(tmpdir(), 'certgraph-worker-'));
  const outfile = join(dir, 'worker.mjs');
  try {
    await bundleWorker(outfile, options);
    const loaded = await import(pathToFileURL(outfile).href);
    const {
      worker,
      createApp,
      Hono,
      caches,
      schema,
      LIMITS,
      INTROSPECTION_FIELD_PRICE,
      createYoga,
      CATALOG_ASSET,
      catalog: _liveCatalog,
      loadCatalog,
      ...extra
    } = loaded;
    const { env, ctx } = benchBindings(options.catalog?.dir);
    // The bundle's text and URL: a CPU profile's frames point at its lines (bench/profile.mjs).
    const bundle = { url: pathToFileURL(outfile).href, text: readFileSync(outfile, 'utf8') };
    /**
     * What a peer serving the same schema hands it with each request, as the Worker hands yoga
     * its server context: the schema's Context (the catalog, and the request's state). Call
     * `loadPeerCatalog()` once first.
     */
    // `loaded.catalog`: a live binding, set by loadCatalog.
    const peerContext = () => ({ catalog: loaded.catalog, state: { id: 'bench' } });
    const loadPeerCatalog = () => loadCatalog(env.ASSETS);
    return {
      worker,
      createApp,
      Hono,
      env,
      ctx,
      caches,
      schema,
      LIMITS,
      INTROSPECTION_FIELD_PRICE,
      bundle,
      createYoga,
      CATALOG_ASSET,
      peerContext,
      loadPeerCatalog,
      extra,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
