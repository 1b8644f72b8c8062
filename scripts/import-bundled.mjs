// Imports a TypeScript module of the Worker from a Node script: bundled with esbuild into a
// temporary file (as neutral ESM, the Worker's imports resolved), imported, then the file removed.
// Used by the asset build (GraphiQL's page, the explorer's template, the downloads).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * esbuild's options for bundling as wrangler bundles the Worker for workerd: workerd's export
 * conditions (so yoga uses the runtime's fetch classes) and wrangler.toml's [alias] (one graphql-js
 * parser, our LRU).
 */
export const WORKERD_BUILD = {
  mainFields: ['browser', 'module', 'main'],
  conditions: ['workerd', 'worker', 'browser'],
  external: ['node:*'],
  alias: { 'graphql/language/parser': join(root, 'node_modules/graphql/language/parser.mjs'), 'lru-cache': join(root, 'src/edge/lru-cache.ts') },
};

/** The exports of `entry` (a path to a .ts module); `options` go to esbuild's build (e.g. workerd's conditions). */
export async function importBundled(entry, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'certgraph-module-'));
  try {
    const outfile = join(dir, 'module.mjs');
    await build({ entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'neutral', logLevel: 'warning', ...options });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
