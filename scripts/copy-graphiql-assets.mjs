// Copies GraphiQL's prebuilt files from node_modules into public/graphiql/<version>/ so the
// Worker serves them as static assets (no CDN at run time). The versioned folder lets the
// files be cached as immutable. Runs before start, test, build and deploy; idempotent.
// Also bundles the overlap explorer's script (src/explore/client/) into public/explore/.
// And builds the surfaces that are modules of their own (src/*/generated/*.mjs: scripts/build-surfaces.mjs).

import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildSurfaceModules } from './build-surfaces.mjs';
import { GRAPHIQL_PATCHES, patchGraphiQL } from './graphiql-patches.mjs';
import { importBundled } from './import-bundled.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pkgJson = require.resolve('@graphql-yoga/graphiql/package.json');
const { version } = JSON.parse(readFileSync(pkgJson, 'utf8'));
const dist = join(dirname(pkgJson), 'dist');

const files = [
  'yoga-graphiql.umd.js',
  'graphiql.css',
  'monacoeditorwork/editor.worker.bundle.js',
  'monacoeditorwork/json.worker.bundle.js',
  'monacoeditorwork/graphql.worker..bundle.js',
];

const outRoot = join(root, 'public', 'graphiql');
const out = join(outRoot, version);
// The stamp names the patches applied (scripts/graphiql-patches.mjs), so a new patch recopies.
const stamp = join(out, '.complete');
const stampText = GRAPHIQL_PATCHES.map((p) => p.name).join('\n');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== stampText) {
  rmSync(outRoot, { recursive: true, force: true });
  for (const file of files) {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    cpSync(join(dist, file), join(out, file));
  }
  const umd = join(out, 'yoga-graphiql.umd.js');
  writeFileSync(umd, patchGraphiQL(readFileSync(umd, 'utf8')));
  writeFileSync(stamp, stampText);
}
// certgraph's additions to GraphiQL: the README's examples as tabs, the Explorer panel.
await build({
  entryPoints: [join(root, 'src', 'graphiql', 'extras.ts')],
  outfile: join(outRoot, 'extras.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  logLevel: 'warning',
});
// The page and its boot script (src/graphiql/page.ts): the same for every request, so static.
const { graphiqlPage, GRAPHIQL_BOOT_SCRIPT } = await importBundled(join(root, 'src', 'graphiql', 'page.ts'));
writeFileSync(join(outRoot, 'page.html'), graphiqlPage());
writeFileSync(join(root, 'public', 'graphiql-boot.js'), GRAPHIQL_BOOT_SCRIPT);
console.log(`GraphiQL ${version} assets ready in public/graphiql/${version}/, with its page, boot script and extras`);

// The surfaces that are modules of their own beside the Worker's (wrangler.toml
// `find_additional_modules`): the MCP server, the explorer and downloads, the widget, the usage
// reports (scripts/build-surfaces.mjs). src/app.ts imports each when first called, so an isolate
// that serves only /graphql never parses them. Built before the downloads and index pages, which
// bundle the whole app to read the API's answers.
const surfaces = await buildSurfaceModules();
console.log(
  `Surface modules ready: ${Object.entries(surfaces)
    .map(([file, bytes]) => `${file} (${Math.round(bytes / 1024)} KiB)`)
    .join(', ')}`,
);

// The downloads (/data/*), built from the API's answers.
const { buildDownloadAssets } = await import('./build-downloads.mjs');
const downloads = await buildDownloadAssets();
console.log(`Downloads ready in public/data/ (catalog ${downloads.catalog.version}: ${downloads.files.map((f) => f.file).join(', ')})`);

// The overlap explorer's script: small, so rebuilt every time (a few milliseconds).
const explorer = await build({
  entryPoints: [join(root, 'src', 'explore', 'client', 'explore.ts')],
  outfile: join(root, 'public', 'explore', 'explore.js'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2022',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});
const bytes = Object.values(explorer.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
// The page's template, with the hash of its one style element for its CSP.
// (The clusters' order ships with the catalog: scripts/catalog-build.ts.)
const { renderTemplate, STYLES, FRAGMENTS } = await importBundled(join(root, 'src', 'explore', 'template.ts'));
writeFileSync(join(root, 'public', 'explore', 'fragments.json'), JSON.stringify(FRAGMENTS));
const styleHash = `sha256-${createHash('sha256').update(STYLES).digest('base64')}`;
writeFileSync(join(root, 'public', 'explore', 'page.tmpl'), renderTemplate(styleHash));
console.log(`Overlap explorer script and page template ready in public/explore/ (script ${bytes} bytes)`);
