// Builds the surfaces that are ES modules of their own (scripts/bundle-gate/surfaces.ts
// SURFACE_MODULES: the MCP server, the explorer and downloads, the widget, the usage reports) into
// src/<surface>/generated/*.mjs. wrangler uploads them beside the Worker's main module
// (wrangler.toml `find_additional_modules`, `rules`) and src/app.ts imports each on the surface's
// first request: their code is neither in the main module nor parsed by an isolate that never
// serves them. Run by `npm run assets` (before start, test, build and deploy).
//
// A surface module must not carry its own copy of a module that holds state or a class another
// module checks (Hono, admission, the colo cache, the memoized domain, `Refusal`, `classify`): the
// main module hands those to the surface's factory. So each build is checked against the table:
// every source it holds is the surface's own (`owns`) or a listed stateless helper (`copies`),
// every package one it may hold (`packages`); anything else fails the build, naming it.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { strayInputs } from './bundle-gate/checks.ts';
import { SURFACE_MODULES } from './bundle-gate/surfaces.ts';
import { WORKERD_BUILD } from './import-bundled.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Builds every surface module; throws when one holds what it may not. Returns their sizes in bytes. */
export async function buildSurfaceModules() {
  const sizes = {};
  for (const surface of SURFACE_MODULES) {
    const result = await build({
      entryPoints: [join(root, surface.entry)],
      outfile: join(root, surface.out),
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      target: 'es2022',
      legalComments: 'none',
      metafile: true,
      logLevel: 'warning',
      absWorkingDir: root,
      ...WORKERD_BUILD,
    });
    const output = Object.values(result.metafile.outputs)[0];
    const stray = strayInputs(surface, output.inputs);
    if (stray.length)
      throw new Error(
        `${surface.out} (the ${surface.name}) holds a copy of ${stray.join(', ')}: hand it in through the surface's kit, or list it in scripts/bundle-gate/surfaces.ts if it holds no state`,
      );
    sizes[surface.out] = output.bytes;
  }
  return sizes;
}
