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
const { worker, createApp, Hono, env, ctx } = await loadWorkerInProcess();

// Each case's real response body, precomputed once, is what its floor routes return: one bare,
// one added to an app of the Worker's own (createApp(), a Hono app like any other) behind the
// middleware every response passes through (request id, secure headers), so the two floors show
// what that middleware costs.
const floorBodies = new Map();
const floorRoute = (c) => c.body(floorBodies.get(c.req.param('name')), 200, { 'content-type': 'application/json' });
const behindMiddleware = createApp();
behindMiddleware.get('/__floor/:name', floorRoute);
const bare = new Hono();
bare.get('/__floor/:name', floorRoute);
// Each path is called directly: the Worker, the bare floor, the floor behind the middleware.
const viaWorker = (req) => worker.fetch(req, env, ctx);
const viaBare = (req) => bare.fetch(req, env, ctx);
const viaMiddleware = (req) => behindMiddleware.fetch(req, env, ctx);

async function time(makeRequest, fetchFn = viaWorker) {
  const samples = [];
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    const req = makeRequest();
    const t0 = performance.now();
    const res = await fetchFn(req);
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
console.log('floor: a route returning the same bytes; bare, or behind the middleware (request id, secure headers)');
console.log('ratio = mean / floor mean; p50 = p50 / floor p50 (steadier for sub-0.1 ms cases)');
console.log(
  `${'case'.padEnd(36)} ${'bytes'.padStart(7)} ${'mean ms'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'floor ms'.padStart(8)} ${'ratio'.padStart(7)} ${'p50'.padStart(6)} ${'mw floor'.padStart(8)} ${'ratio'.padStart(6)} ${'p50'.padStart(6)}`,
);
const results = [];
// BENCH_ONLY=regex runs only the matching cases.
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
for (const c of cases.filter((x) => !only || only.test(x.name))) {
  // A case may prime state first (register a persisted query, fill the response cache, learn an ETag).
  await c.prepare?.(viaWorker);
  const first = await viaWorker(c.request());
  const body = await first.text();
  if (first.status !== (c.status ?? 200)) throw new Error(`${c.name}: status ${first.status}: ${body.slice(0, 300)}`);
  c.check?.(body);
  floorBodies.set(c.name, body);
  const real = await time(c.request);
  const floorRequest = () => new Request(`http://bench/__floor/${encodeURIComponent(c.name)}`);
  const floor = await time(floorRequest, viaBare);
  const mw = await time(floorRequest, viaMiddleware);
  const ratio = real.mean / floor.mean;
  const p50Ratio = real.p50 / floor.p50;
  const mwRatio = real.mean / mw.mean;
  const mwP50Ratio = real.p50 / mw.p50;
  results.push({
    name: c.name,
    bytes: body.length,
    ...real,
    floorMean: floor.mean,
    floorP50: floor.p50,
    ratio,
    p50Ratio,
    mwFloorMean: mw.mean,
    mwRatio,
    mwP50Ratio,
    budgetMs: c.budgetMs ?? null,
  });
  const budget = c.budgetMs ? `  budget ${c.budgetMs} ms: ${real.mean <= c.budgetMs ? 'within' : 'OVER'}` : '';
  const x = (v, w) => `${v.toFixed(1).padStart(w - 1)}x`;
  console.log(
    `${c.name.padEnd(36)} ${String(body.length).padStart(7)} ${ms(real.mean)} ${ms(real.p50)} ${ms(real.p99)} ${ms(floor.mean)} ${x(ratio, 7)} ${x(p50Ratio, 6)} ${ms(mw.mean)} ${x(mwRatio, 6)} ${x(mwP50Ratio, 6)}${budget}`,
  );
}
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, JSON.stringify(results, null, 2));
