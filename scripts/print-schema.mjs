// Prints the schema built by src/schema (the code) as SDL, or checks schema.graphql against it; the
// same for the table of introspection's prices derived from the schema
// (src/graphql/limits/introspection-prices.json: what the Worker prices introspection with, so that
// no request derives it; test/graphql/introspection-prices.test.ts holds it to the schema too).
//   node scripts/print-schema.mjs           writes schema.graphql and the prices
//   node scripts/print-schema.mjs --check   exits 1 when either differs from the code
// The TypeScript sources are bundled with esbuild (what wrangler uses) into a temp module.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PRICES = 'src/graphql/limits/introspection-prices.json';

/** The prices as JSON, formatted as Biome formats it (one key a line; a list of numbers on one line). */
function pricesText(prices) {
  return `${JSON.stringify(prices, null, 2).replace(/\[\n\s*([^\]]*?)\n\s*\]/g, (_, items) => `[${items.split(/,\n\s*/).join(', ')}]`)}\n`;
}
const dir = mkdtempSync(join(tmpdir(), 'certgraph-schema-'));
const outfile = join(dir, 'schema.mjs');
try {
  await build({
    stdin: {
      contents: [
        `import { printSchema } from 'graphql'; import { schema } from './src/schema/index.ts'; export const sdl = printSchema(schema) + '\\n';`,
        `import { INTROSPECTION_FIELD_PRICE, introspectionPrices } from './src/graphql/limits/cost.ts';`,
        `export const prices = introspectionPrices(schema, INTROSPECTION_FIELD_PRICE);`,
      ].join('\n'),
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
  const { sdl, prices } = await import(pathToFileURL(outfile).href);
  const files = { 'schema.graphql': sdl, [PRICES]: pricesText(prices) };
  if (process.argv.includes('--check')) {
    for (const [name, text] of Object.entries(files)) {
      let committed = '';
      try {
        committed = readFileSync(join(root, name), 'utf8');
      } catch {}
      if (committed !== text) {
        console.error(`${name} is out of date with the code: run \`npm run schema:print\` and commit it.`);
        process.exit(1);
      }
    }
    console.log(`${Object.keys(files).join(' and ')} match the code.`);
  } else {
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(join(root, name), text);
      console.log(`Wrote ${name} (${text.length} bytes).`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
