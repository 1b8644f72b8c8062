// What naming a partner's query costs a request (src/usage/queries.ts: parse the parameters, hash
// the document), in Node, per request: `node bench/usage-queries.mjs`. Figures, not a pass/fail.
// Only partners' GraphQL requests pay it, after the response is made (before it is sent).
import { join } from 'node:path';
import { importBundled } from '../scripts/import-bundled.mjs';

const { queryNameOf } = await importBundled(join(import.meta.dirname, '../src/usage/queries.ts'));
const query = 'query CompareTwo($pair: [String!]!) { compare(certifications: $pair) { certifications { slug acronym name } pairs { similarity } summary } }';
const hash = 'a'.repeat(64);
const cases = {
  'canonical JSON, query text (a cached or computed POST)': JSON.stringify({
    documentId: null,
    extensions: null,
    operationName: 'CompareTwo',
    query,
    variables: { pair: ['psm-i', 'pspo-i'] },
  }),
  'object, APQ hash only (yoga parsed)': { operationName: 'CompareTwo', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
  'object, a 4,000-character query text (kept)': { operationName: 'Big', query: `${query} #${'x'.repeat(4000)}` },
  'object, a 20,000-character query text (too large to keep: hashed each time)': { operationName: 'Big', query: `${query} #${'x'.repeat(20000)}` },
};
const N = 50_000;
for (const [name, params] of Object.entries(cases)) {
  for (let i = 0; i < 2_000; i++) await queryNameOf(params);
  const runs = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    for (let i = 0; i < N; i++) await queryNameOf(params);
    runs.push(((performance.now() - t0) * 1000) / N);
  }
  console.log(`${name}: ${runs.map((us) => us.toFixed(2)).join(', ')} µs a request (3 runs of ${N.toLocaleString('en-US')})`);
}
