import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

// Tests run inside workerd against the real Worker configured by wrangler.toml.
export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
  // As in wrangler.toml [alias]: one graphql-js (ESM), not its CommonJS parser beside it; our LRU.
  resolve: {
    alias: {
      'graphql/language/parser': new URL('./node_modules/graphql/language/parser.mjs', import.meta.url).pathname,
      'lru-cache': new URL('./src/http/lru-cache.ts', import.meta.url).pathname,
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup-catalog.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    // The first request of a file builds the Worker in a cold isolate; on CI's 2 cores with
    // several test files starting at once that can take seconds.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
