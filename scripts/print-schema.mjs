// Prints the schema built by src/schema (the code) as SDL, or checks schema.graphql against it.
//   node scripts/print-schema.mjs           writes schema.graphql
//   node scripts/print-schema.mjs --check   exits 1 when schema.graphql differs from the code
// The TypeScript sources are bundled with esbuild (what wrangler uses) into a temp module.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'certgraph-schema-'));
const outfile = join(dir, 'schema.mjs');
try {
  await build({
    stdin: {
      contents: `import { printSchema } from 'graphql'; import { schema } from './src/schema/index.ts'; export const sdl = printSchema(schema) + '\\n';`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    format: 'esm',
    outfile,
    logLevel: 'warning',
  });
  const { sdl } = await import(pathToFileURL(outfile).href);
  const file = join(root, 'schema.graphql');
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(file, 'utf8');
    } catch {}
    if (committed !== sdl) {
      console.error('schema.graphql is out of date with the code: run `npm run schema:print` and commit it.');
      process.exit(1);
    }
    console.log('schema.graphql matches the code.');
  } else {
    writeFileSync(file, sdl);
    console.log(`Wrote schema.graphql (${sdl.length} bytes).`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
