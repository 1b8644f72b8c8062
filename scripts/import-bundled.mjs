// Imports a TypeScript module of the Worker from a Node script: bundled with esbuild into a
// temporary file (as neutral ESM, the Worker's imports resolved), imported, then the file removed.
// Used by the asset build (GraphiQL's page, the explorer's template, the downloads).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

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
