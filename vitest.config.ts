import { cloudflareTest } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

// Tests run inside workerd against the real Worker configured by wrangler.toml.
export default defineConfig({
  plugins: [cloudflareTest({ wrangler: { configPath: './wrangler.toml' } })],
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**', 'node_modules/**'],
    // The first request of a file builds the Worker in a cold isolate; on CI's 2 cores with
    // several test files starting at once that can take seconds.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
