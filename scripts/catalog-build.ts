// Compiles the catalog's data files (src/data/catalog/**.yaml) into one JSON file, shipped as a
// static asset (public/_catalog/<content hash>.json, without the data files' paths) that each isolate loads once; the Worker
// bundles only its name (src/data/generated/catalog-ref.json). No YAML is parsed at run time.
// Beside the facts, the asset carries the tables derived from them (`tables`: each pair's overlap
// sums, the explorer's cluster order), computed here once with the domain's own functions
// (src/resolvers/ship-tables.ts) and validated with the catalog's schema: no isolate computes them.
// src/data/generated/catalog.json keeps a copy for the tests and the scripts. Runs before start, test, build and
// deploy (package.json), and on every edit under `wrangler dev` (wrangler.toml [build]).
// A problem in a file fails the build with its file, field and line.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOG_DIR, CatalogError, catalogSizes, compileCatalog } from '../src/data/compile.ts';
import type { CompiledCatalog } from '../src/data/link.ts';
import { CatalogTablesSchema } from '../src/data/schema.ts';
import type { ShippedTables } from '../src/data/tables.ts';
import { shipTables } from '../src/resolvers/ship-tables.ts';

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

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** The tables of a compiled catalog (src/resolvers/ship-tables.ts), encoded as the asset ships them and checked with the catalog's schema. */
export function catalogTables(compiled: CompiledCatalog): ShippedTables {
  return CatalogTablesSchema.parse(shipTables(compiled.certifications));
}

/**
 * A compiled catalog as the Worker loads it (the build's, and the benchmarks' and tests' generated
 * ones, bench/catalog-gen.mjs): the asset's text (the facts, without the data files' paths, then
 * their tables), its path (named by the hash of that text: a new catalog, or new tables, is a new
 * name), and its reference as the Worker bundles it (generated/catalog-ref.json): the path, the
 * facts' fingerprint (what HTTP caches key on: the same facts, the same ETags) and the list sizes.
 */
export function publishCatalog(compiled: CompiledCatalog): {
  text: string;
  path: string;
  ref: { path: string; fingerprint: string; maxima: Record<string, number> };
} {
  // The asset is public (every static asset is): it carries the facts, not where they live in the repository.
  const facts = { ...compiled, certifications: compiled.certifications.map(({ file: _file, ...c }) => c) };
  const fingerprint = sha256(JSON.stringify(facts));
  const text = JSON.stringify({ ...facts, tables: catalogTables(compiled) });
  const path = `/_catalog/${sha256(text)}.json`;
  return { text, path, ref: { path, fingerprint, ...catalogSizes(compiled) } };
}

/** Compiles the data files and writes the catalog, its asset and its name; throws a CatalogError on a problem. */
export function buildCatalog(): { certifications: number; sources: number; bytes: number; asset: string; assetBytes: number } {
  const compiled = compileCatalog(readDataFiles());
  const json = JSON.stringify(compiled);
  const { text, path: asset, ref } = publishCatalog(compiled);
  writeIfChanged(OUT, json);
  writeIfChanged(join(root, 'public', asset), text);
  // The asset folder holds this build's catalog only.
  for (const name of readdirSync(ASSET_DIR)) if (`/_catalog/${name}` !== asset) rmSync(join(ASSET_DIR, name), { force: true });
  writeIfChanged(REF, `${JSON.stringify(ref, null, 2)}\n`);
  return { certifications: compiled.certifications.length, sources: Object.keys(compiled.sources).length, bytes: json.length, asset, assetBytes: text.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const built = buildCatalog();
    if (!process.argv.includes('--quiet'))
      console.log(
        `catalog: ${built.certifications} certifications, ${built.sources} sources -> public${built.asset} (${(built.assetBytes / 1024).toFixed(1)} KiB, its tables included)`,
      );
  } catch (error) {
    if (!(error instanceof CatalogError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
