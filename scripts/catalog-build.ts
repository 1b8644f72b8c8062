// Compiles the catalog's data files (src/data/catalog/**.yaml) into one JSON file, shipped as a
// static asset (public/_catalog/<content hash>.json, without the data files' paths) that each isolate loads once; the Worker
// bundles only its name (src/data/generated/catalog-ref.json). No YAML is parsed at run time.
// src/data/generated/catalog.json keeps a copy for the tests and the scripts. Runs before start, test, build and
// deploy (package.json), and on every edit under `wrangler dev` (wrangler.toml [build]).
// A problem in a file fails the build with its file, field and line.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOG_DIR, CatalogError, catalogSizes, compileCatalog } from '../src/data/compile.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(root, 'src/data/generated/catalog.json');
const REF = join(root, 'src/data/generated/catalog-ref.json');
const ASSET_DIR = join(root, 'public/_catalog');

export function readDataFiles(): { path: string; text: string }[] {
  const dir = join(root, CATALOG_DIR);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => ({ path: relative(root, join(dir, name)).split('\\').join('/'), text: readFileSync(join(dir, name), 'utf8') }));
}

/** Writes a file only when its content changed, so watchers (wrangler dev, vitest) do not reload for nothing. */
function writeIfChanged(path: string, text: string): void {
  let previous = '';
  try {
    previous = readFileSync(path, 'utf8');
  } catch {}
  if (previous !== text) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}

/** Compiles the data files and writes the catalog, its asset and its name; throws a CatalogError on a problem. */
export function buildCatalog(): { certifications: number; sources: number; bytes: number; asset: string } {
  const compiled = compileCatalog(readDataFiles());
  const json = JSON.stringify(compiled);
  // The asset is public (every static asset is): it carries the facts, not where they live in the
  // repository. Its name is the hash of exactly what it serves.
  const published = JSON.stringify({ ...compiled, certifications: compiled.certifications.map(({ file: _file, ...c }) => c) });
  const fingerprint = createHash('sha256').update(published).digest('hex').slice(0, 16);
  const asset = `/_catalog/${fingerprint}.json`;
  writeIfChanged(OUT, json);
  writeIfChanged(join(root, 'public', asset), published);
  // The asset folder holds this build's catalog only.
  for (const name of readdirSync(ASSET_DIR)) if (`/_catalog/${name}` !== asset) rmSync(join(ASSET_DIR, name), { force: true });
  writeIfChanged(REF, `${JSON.stringify({ path: asset, fingerprint, ...catalogSizes(compiled) }, null, 2)}\n`);
  return { certifications: compiled.certifications.length, sources: Object.keys(compiled.sources).length, bytes: json.length, asset };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const built = buildCatalog();
    if (!process.argv.includes('--quiet'))
      console.log(`catalog: ${built.certifications} certifications, ${built.sources} sources -> public${built.asset} (${(built.bytes / 1024).toFixed(1)} KiB)`);
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
