// `node bench/apq-store.mjs`: the two candidates for the shared APQ store, side by side in local
// workerd (as `wrangler dev` runs them): Workers KV and the Cache API, each op timed inside a
// Worker over many iterations, with a query of a typical size (~300 bytes) and of the largest size
// shared (16 KiB). Local figures (an emulation on loopback), not Cloudflare's: they compare the two
// APIs' overhead here, not their latency at the edge. The choice (KV) rests on what they do
// (README, *Persisted queries survive isolates*): a read of either costs a fresh isolate far less
// than the round trip it saves (a miss, then the client resending the query).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unstable_startWorker } from 'wrangler';

const N = Number(process.env.APQ_BENCH_N ?? 300);

const script = `
const ops = {
  'kv get (hit)': (env, i, q) => env.KV.get('apq:hit'),
  'kv get (miss)': (env, i) => env.KV.get('apq:miss' + i),
  'kv put': (env, i, q) => env.KV.put('apq:put' + i, q, { expirationTtl: 604800 }),
  'cache match (hit)': (env, i, q, cache) => cache.match('https://apq.invalid/hit').then((r) => r && r.text()),
  'cache match (miss)': (env, i, q, cache) => cache.match('https://apq.invalid/miss' + i),
  'cache put': (env, i, q, cache) => cache.put('https://apq.invalid/put' + i, new Response(q, { headers: { 'cache-control': 'max-age=604800' } })),
};
export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    const n = Number(url.searchParams.get('n'));
    const q = 'x'.repeat(Number(url.searchParams.get('bytes')));
    const cache = await caches.open('apq');
    await env.KV.put('apq:hit', q);
    await cache.put('https://apq.invalid/hit', new Response(q, { headers: { 'cache-control': 'max-age=604800' } }));
    const out = {};
    for (const [name, op] of Object.entries(ops)) {
      await op(env, -1, q, cache);
      const t0 = Date.now();
      for (let i = 0; i < n; i++) await op(env, i, q, cache);
      out[name] = (Date.now() - t0) / n;
    }
    return Response.json(out);
  },
};`;

// A Worker of its own (no Worker of certgraph's is needed to time the two stores), as wrangler runs it.
const dir = mkdtempSync(join(tmpdir(), 'certgraph-apq-store-'));
writeFileSync(join(dir, 'worker.mjs'), script);
writeFileSync(
  join(dir, 'wrangler.toml'),
  ['name = "apq-store-bench"', 'main = "worker.mjs"', 'compatibility_date = "2026-11-01"', '[[kv_namespaces]]', 'binding = "KV"'].join('\n'),
);
process.env.WRANGLER_SEND_METRICS = 'false';
const worker = await unstable_startWorker({ config: join(dir, 'wrangler.toml'), dev: { persist: join(dir, 'state'), logLevel: 'error' } });
try {
  for (const bytes of [300, 16 * 1024]) {
    const res = await worker.fetch(`http://localhost/?n=${N}&bytes=${bytes}`);
    const figures = await res.json();
    console.log(`\n${bytes} bytes, ${N} ops each (ms per op, inside local workerd):`);
    for (const [name, ms] of Object.entries(figures)) console.log(`  ${name.padEnd(20)} ${ms.toFixed(3)}`);
  }
} finally {
  await worker.dispose();
  rmSync(dir, { recursive: true, force: true });
}
