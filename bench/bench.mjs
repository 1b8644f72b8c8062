// certgraph benchmark: GraphQL requests through the Worker's whole request path (Hono -> yoga
// -> Pothos -> resolvers), in-process, against a floor route that returns a precomputed JSON
// body of the same size through the same router, in one run. Prints per-case timings and the
// ratio to the floor. Figures, not pass/fail: `npm run bench`.
//
// The Worker is bundled with esbuild (what wrangler uses) and run on this Node (V8, as in
// workerd). Times are wall-clock per request on one core, after warm-up.
import { writeFileSync } from 'node:fs';
import { cases } from './cases.mjs';
import { loadWorkerInProcess } from './in-process.mjs';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 1000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 200);
const { worker, Hono, env, ctx } = await loadWorkerInProcess();

// Each case's real response body, precomputed once, is what its floor route returns.
const floorBodies = new Map();
const bench = new Hono();
bench.all('/__floor/:name', (c) => c.body(floorBodies.get(c.req.param('name')), 200, { 'content-type': 'application/json' }));
bench.all('*', (c) => worker.fetch(c.req.raw, env, ctx));

async function time(makeRequest) {
  const samples = [];
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    const req = makeRequest();
    const t0 = performance.now();
    const res = await bench.fetch(req, env, ctx);
    await res.text();
    const t1 = performance.now();
    if (i >= WARMUP) samples.push(t1 - t0);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((s, x) => s + x, 0) / samples.length;
  const q = (p) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
  return { mean, p50: q(0.5), p99: q(0.99) };
}

const ms = (x) => x.toFixed(3).padStart(8);
console.log(`certgraph bench: ${ITERATIONS} requests per case after ${WARMUP} warm-up, Node ${process.version}, one process`);
console.log('ratio = mean / floor mean; p50 ratio = p50 / floor p50 (steadier for sub-0.1 ms cases)');
console.log(`${'case'.padEnd(36)} ${'bytes'.padStart(7)} ${'mean ms'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'floor ms'.padStart(8)} ${'ratio'.padStart(7)} ${'p50 ratio'.padStart(9)}`);
const results = [];
for (const c of cases) {
  // A case may prime state first (register a persisted query, fill the response cache, learn an ETag).
  await c.prepare?.((req) => bench.fetch(req, env, ctx));
  const first = await bench.fetch(c.request(), env, ctx);
  const body = await first.text();
  if (first.status !== (c.status ?? 200)) throw new Error(`${c.name}: status ${first.status}: ${body.slice(0, 300)}`);
  c.check?.(body);
  floorBodies.set(c.name, body);
  const real = await time(c.request);
  const floor = await time(() => new Request(`http://bench/__floor/${encodeURIComponent(c.name)}`));
  const ratio = real.mean / floor.mean;
  const p50Ratio = real.p50 / floor.p50;
  results.push({ name: c.name, bytes: body.length, ...real, floorMean: floor.mean, floorP50: floor.p50, ratio, p50Ratio, budgetMs: c.budgetMs ?? null });
  const budget = c.budgetMs ? `  budget ${c.budgetMs} ms: ${real.mean <= c.budgetMs ? 'within' : 'OVER'}` : '';
  console.log(`${c.name.padEnd(36)} ${String(body.length).padStart(7)} ${ms(real.mean)} ${ms(real.p50)} ${ms(real.p99)} ${ms(floor.mean)} ${ratio.toFixed(1).padStart(6)}x ${p50Ratio.toFixed(1).padStart(8)}x${budget}`);
}
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(results, null, 2));
