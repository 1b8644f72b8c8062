// The isolate's heap under a stream of distinct maximal requests: each request is new to every
// cache and as large as the limits allow, so every cache the Worker keeps fills with the largest
// entries it accepts. The Worker runs in-process (bench/in-process.mjs: V8, as in workerd); the
// V8 heap is printed after a full GC every HEAP_EVERY requests. It must level off well under
// Workers' 128 MB. Figures, not pass/fail: `npm run bench:heap`.
//   HEAP_REQUESTS=n  requests in all (default 6,000)    HEAP_EVERY=n  print every n (default 500)
import { forgetfulCacheStorage, loadWorkerInProcess } from './in-process.mjs';

if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc (npm run bench:heap does)');
const TOTAL = Number(process.env.HEAP_REQUESTS ?? 6000);
const EVERY = Number(process.env.HEAP_EVERY ?? 500);
const MiB = 1024 * 1024;

// The colo's cache (caches.default) lives outside the isolate: its stand-in here keeps nothing.
const { worker, env, ctx, caches } = await loadWorkerInProcess({ colo: forgetfulCacheStorage() });
// Partner keys: every lookup misses (a bogus key), as an attacker's would.
env.PARTNERS = { get: async () => null };

const BODY_MAX = 256 * 1024 - 1024;
const padding = (n, i) => `#${i} ${'x'.repeat(Math.max(0, n))}`;
const post = (body, headers = {}) =>
  new Request('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
const get = (params) => new Request(`http://bench/graphql?${new URLSearchParams(params)}`, { headers: { accept: 'application/json' } });
const sha256 = async (text) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))].map((b) => b.toString(16).padStart(2, '0')).join('');

// ~1,990 tokens of valid selections: the largest AST the token limit lets through.
const dense = (i) => `query Q${i} { catalog { ${'version '.repeat(1990)} } }`;
// A query padded with a comment to just under the body limit: the largest source.
const padded = (i) => `{ catalog { version } }\n${padding(BODY_MAX - 40, i)}`;
const texts = (n) => Array.from({ length: n }, (_, k) => `s${k}: summary`).join(' ');
// The whole matrix's numbers: a ~114 KB answer (with every pair's topic lists it is over the cost limit).
const MATRIX = '{ overlapMatrix { certifications { slug } similarity pairs { a { slug } b { slug } similarity coverageOfA coverageOfB } } }';

// For each cache, requests whose entries are the largest it keeps (so it fills to its budget with
// as few, as large, entries as it accepts), and requests beyond that (which it must not keep).
const kinds = [
  ['valid, ~400 tokens (parse + validation cache)', (i) => post({ query: `query Q${i} { catalog { ${'version '.repeat(400)} } }` })],
  ['valid, ~2,000 tokens (the largest document the token limit admits)', (i) => post({ query: dense(i) })],
  ['syntax error, 16 KiB (the largest parse error kept)', (i) => post({ query: `{ catalog { version } ${padding(15_000, i)}\n}}` })],
  [
    'APQ registration, 30 KiB (the largest persisted query kept)',
    async (i) => {
      const query = `{ catalog { version } }\n${padding(30_000, i)}`;
      return post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: await sha256(query) } } });
    },
  ],
  ['valid, padded to 255 KiB (parse cache)', (i) => post({ query: padded(i) })],
  ['syntax error, 255 KiB (parse-error cache)', (i) => post({ query: `{ catalog { version } ${padding(BODY_MAX - 40, i)}\n}}` })],
  ['over the token limit (parse-error cache)', (i) => post({ query: `{ catalog { ${'version '.repeat(2100)} } } #${i}` })],
  [
    'APQ registration, 255 KiB (APQ store)',
    async (i) => {
      const query = padded(i);
      return post({ query, extensions: { persistedQuery: { version: 1, sha256Hash: await sha256(query) } } });
    },
  ],
  ['GET, distinct, large response (response cache)', (i) => get({ query: `${MATRIX} #${i}` })],
  ['GET, distinct, 64 KiB URL (response cache keys)', (i) => get({ query: `{ catalog { version } } #${i} ${'y'.repeat(60_000)}` })],
  ['POST, distinct, large response (response cache)', (i) => post({ query: `${MATRIX} #${i}` })],
  [
    'POST, one query in distinct 200 KiB bodies (response cache: a raw key each)',
    (i) =>
      new Request('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"query": "{ catalog { version } }"${' '.repeat(200_000 + i)}}`,
      }),
  ],
  ['bogus partner key (partner cache)', (i) => post({ query: '{ catalog { version } }' }, { 'x-api-key': `cg_${String(i).padStart(40, 'k')}` })],
  // Responses are no cache's, but the largest one is built whole before it is sent: the heap
  // while it is held (not after GC) is measured too.
  [
    'the largest answer the limits admit (~2 MB: 990 pairs x 8 summaries)',
    (i) => post({ query: `{ overlapMatrix { pairs { a { ${texts(4)} } b { ${texts(4)} } } } } #${i}` }),
  ],
  [
    'a response stopped at 2 MiB (990 pairs x 12 summaries)',
    (i) => post({ query: `{ overlapMatrix { pairs { a { ${texts(6)} } b { ${texts(6)} } } } } #${i}` }),
  ],
];

async function settle() {
  for (let i = 0; i < 3; i++) {
    globalThis.gc();
    await new Promise((r) => setTimeout(r, 10));
  }
  return process.memoryUsage().heapUsed / MiB;
}

console.log(`certgraph heap: ${TOTAL.toLocaleString('en-US')} distinct maximal requests, round robin over ${kinds.length} kinds, Node ${process.version}`);
for (const [name] of kinds) console.log(`  - ${name}`);
const start = await settle();
console.log(`heap after GC at start (Worker loaded, one request of each kind not yet sent): ${start.toFixed(1)} MiB`);
const statuses = new Map();
let peakDuring = 0;
const series = [];
for (let i = 0; i < TOTAL; i++) {
  const [name, make] = kinds[i % kinds.length];
  // For the largest answers: the heap this one request takes while its answer is still held
  // (collected just before; measured before anything of it is collected).
  const largest = i % kinds.length >= kinds.length - 2;
  if (largest) globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  const res = await worker.fetch(await make(i), env, ctx);
  await res.arrayBuffer();
  if (largest) peakDuring = Math.max(peakDuring, (process.memoryUsage().heapUsed - before) / MiB);
  const key = `${name}: ${res.status}`;
  statuses.set(key, (statuses.get(key) ?? 0) + 1);
  if ((i + 1) % EVERY === 0) {
    const heap = await settle();
    series.push(heap);
    const held = Object.entries(caches).map(([name, c]) => `${name} ${(c.bytes / MiB).toFixed(1)}/${(c.maxBytes / MiB).toFixed(1)} (${c.size})`);
    console.log(
      `after ${String(i + 1).padStart(6)} requests: heap ${heap.toFixed(1).padStart(7)} MiB; caches, estimated MiB/budget (entries): ${held.join(', ')}`,
    );
  }
}
console.log('statuses:', [...statuses].map(([k, v]) => `${k} x${v}`).join('; '));
const last = series.at(-1);
const half = series[Math.floor(series.length / 2)];
console.log(`peak ${Math.max(...series).toFixed(1)} MiB; last ${last.toFixed(1)} MiB; growth over the second half ${(last - half).toFixed(1)} MiB`);
console.log(
  `the largest answers: one request takes at most ${peakDuring.toFixed(1)} MiB of heap until it is collected (its objects, its text, and its garbage)`,
);
console.log(last - half < 2 ? 'levels off' : 'STILL GROWING');
