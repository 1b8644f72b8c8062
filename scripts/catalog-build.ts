// Compiles the catalog's data files (src/data/catalog/**.yaml) into src/data/generated/catalog.json,
// which the Worker bundles: no YAML is parsed at run time. Runs before start, test, build and
// deploy (package.json), and on every edit under `wrangler dev` (wrangler.toml [build]).
// A problem in a file fails the build with its file, field and line.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOG_DIR, CatalogError, compileCatalog } from '../src/data/compile.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'src/data/generated/catalog.json');

export function readDataFiles(): { path: string; text: string }[] {
  const dir = join(root, CATALOG_DIR);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => ({ path: relative(root, join(dir, name)).split('\\').join('/'), text: readFileSync(join(dir, name), 'utf8') }));
}

/** Compiles the data files and writes the JSON when it changed; throws a CatalogError on a problem. */
export function buildCatalog(): { certifications: number; sources: number; bytes: number } {
  const compiled = compileCatalog(readDataFiles());
  const json = JSON.stringify(compiled);
  mkdirSync(dirname(OUT), { recursive: true });
  // Unchanged output is not rewritten, so watchers (wrangler dev, vitest) do not reload for nothing.
  let previous = '';
  try {
    previous = readFileSync(OUT, 'utf8');
  } catch {}
  if (previous !== json) writeFileSync(OUT, json);
  return { certifications: compiled.certifications.length, sources: Object.keys(compiled.sources).length, bytes: json.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const built = buildCatalog();
    if (!process.argv.includes('--quiet'))
      console.log(`catalog: ${built.certifications} certifications, ${built.sources} sources -> ${relative(root, OUT)} (${(built.bytes / 1024).toFixed(1)} KiB)`);
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
