import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { SURFACE_MODULES } from './scripts/bundle-gate/surfaces.ts';

/**
 * src/app.ts imports the surfaces built apart (src/<surface>/generated/*.mjs) as wrangler uploads
 * them; the test pool hands such a module to workerd itself (wrangler.toml's `rules`), which
 * evaluates it once for every file of the run, so test/setup-catalog.ts could not give a file the
 * fresh caches of a new isolate. Here they are their sources (src/<surface>/module.ts), evaluated
 * anew with the rest of the Worker; test/edge/surface-modules.test.ts runs the built ones. The MCP
 * server, which keeps nothing between requests, stays its built module, as deployed.
 */
const surfaceSources = SURFACE_MODULES.filter((s) => s.entry.endsWith('/module.ts')).map((s) => ({
  find: `./${s.out.replace(/^src\//, '')}`,
  replacement: new URL(`./${s.entry}`, import.meta.url).pathname,
}));

/**
 * The slow classes (fuzzing, generated properties run in the hundreds, cold isolates by the dozen):
 * `npm run test:deep` (vitest.deep.config.ts) runs them, and CI runs it too (.ci/run) and counts
 * them, so no case is dropped; `npm test` runs every other file. Together they were 3/5 of the
 * suite's time (per-file durations of one full run).
 */
export const DEEP_TESTS = [
  // Fuzzing: generated queries, bodies, headers and methods against the Worker.
  'test/graphql/fuzz.test.ts',
  // Generated arguments on warm and cold isolates (memo), generated nested queries (prices),
  // generated profiles (personas), generated mistakes in every data file (catalog files).
  'test/advice/memo.test.ts',
  'test/graphql/price-bound.test.ts',
  'test/advice/personas.test.ts',
  'test/catalog/catalog-files.test.ts',
  // The execution plans spike (bench/plans/): every product document with generated variables,
  // executed by its plan and by yoga's executor, and through the whole app both ways.
  'test/graphql/execution-plans.test.ts',
];

/** The suite's configuration, for the files `include` names but `exclude` does not. */
export function suiteConfig(include: string[], exclude: string[]) {
  return defineConfig({
    // Tests run inside workerd against the real Worker configured by wrangler.toml.
    plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
    // As in wrangler.toml [alias]: one graphql-js (ESM), not its CommonJS parser beside it; our LRU.
    resolve: {
      alias: [
        { find: 'graphql/language/parser', replacement: new URL('./node_modules/graphql/language/parser.mjs', import.meta.url).pathname },
        { find: 'lru-cache', replacement: new URL('./src/edge/lru-cache.ts', import.meta.url).pathname },
        ...surfaceSources,
      ],
    },
    test: {
      include,
      globalSetup: ['test/global-setup.ts'],
      setupFiles: ['test/setup-catalog.ts'],
      exclude: ['test/browser/**', 'node_modules/**', ...exclude],
      // One workerd for every file, not one each (starting one and fetching the module graph into it
      // cost ~2.5 s a file, over half the suite): test/setup-catalog.ts gives each file the Worker's
      // modules evaluated anew instead. Bindings' storage (KV, the Durable Object, the Cache API,
      // rate limits) is shared by the files of a run, so each file names its own keys and clients.
      isolate: false,
      // The first request of a file builds the Worker in a cold isolate; on CI's 2 cores with
      // several test files starting at once that can take seconds.
      testTimeout: 30_000,
      hookTimeout: 30_000,
    },
  });
}

export default suiteConfig(['test/**/*.test.ts'], DEEP_TESTS);
