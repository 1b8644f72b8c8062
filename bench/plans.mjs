// Execution plans (issue 23 item 4, a measured spike): what a plan prepared ahead of the request
// (bench/plans/planner.ts, closures over the schema's resolvers, swapped in for yoga's executor by
// bench/plans/plugin.ts) gives on the documents the product sends itself, and on `npm run bench`'s
// cases. In one process and one run, interleaved as bench/bench.mjs does:
//   floor (Hono)        a bare Hono route returning the case's bytes (the ratios' denominator)
//   bare-stack          createYoga({ schema }) in a bare Hono app: no certgraph plugin (the peer)
//   bare-stack + plans  the same, with the plans plugin
//   certgraph           the Worker's app, response cache off (what a new request costs)
//   certgraph + plans   the same, with the plans plugin
// Every system's answer is checked against certgraph's first (same status and data) before timing.
// The plans plugin takes only documents it knows: the product's (bench/plans/documents.ts) and,
// for the `bench` rows, the bench's own query texts.
// Figures, not pass/fail: `npm run bench:plans`.
//   BENCH_ITERATIONS, BENCH_CASE_SECONDS, BENCH_WARMUP, BENCH_ROUNDS, BENCH_ONLY, BENCH_JSON: as bench/bench.mjs
//   (default BENCH_CASE_SECONDS here: 4)
import { writeFileSync } from 'node:fs';
import { cases as benchCases, post } from './cases.mjs';
import { loadWorkerInProcess } from './in-process.mjs';
import { stats } from './stats.mjs';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 2000);
const CASE_MS = 1000 * Number(process.env.BENCH_CASE_SECONDS ?? 4);
const MIN_ITERATIONS = Math.min(ITERATIONS, 100);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 300);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 10));
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;

const w = await loadWorkerInProcess({
  sharedGraphql: true,
  extraExports: [
    `export { executionPlans } from './bench/plans/plugin.ts';`,
    `export { KNOWN_DOCUMENTS, isKnownDocument } from './bench/plans/documents.ts';`,
    `export { compilePlan } from './bench/plans/planner.ts'; export { normalizedExecutor } from '@graphql-tools/executor';`,
  ],
});
const { executionPlans, KNOWN_DOCUMENTS, isKnownDocument, compilePlan, normalizedExecutor } = w.extra;
const { parse, execute: graphqlJsExecute } = await import('graphql');
// The schema's Context (the catalog, the request's state), as the Worker hands yoga.
await w.loadPeerCatalog();

/** Each product document with the variables its sender typically sends. */
const VARIABLES = {
  'explore ExplorerMatrix': {},
  'explore ExplorerPair': { pair: ['psm-i', 'pspo-i'] },
  'mcp McpFind': { filter: { roles: ['product-owner'] }, first: 10 },
  'mcp McpGet': { slug: 'psm-i' },
  'mcp McpCompare': { certifications: ['psm-i', 'pspo-i', 'csm'] },
  'mcp McpRecommend': { profile: { currentRole: 'scrum-master', held: ['csm'], targetRole: 'product-owner' }, first: 5 },
  'mcp McpPlan': { profile: { targetRole: 'scrum-master', held: ['psm-i'], budgetUsd: 1000 } },
  'trusted CompareTwo': { pair: ['psm-i', 'pspo-i'] },
  'trusted RecommendationsFor': { profile: { currentRole: 'scrum-master', targetRole: 'product-owner' }, first: 3 },
};
const productCases = KNOWN_DOCUMENTS.map((d) => ({ name: `product: ${d.name}`, request: post(d.query, VARIABLES[d.name]), product: true }));
// `npm run bench`'s uncached cases that execute (no cache hit, no refusal).
const executed = benchCases.filter((c) => !c.cached && !c.refused).map((c) => ({ ...c, name: `bench: ${c.name}` }));
const benchTexts = new Set();
for (const c of executed) benchTexts.add(JSON.parse(await c.request().text()).query);
const isKnown = (query) => isKnownDocument(query) || benchTexts.has(query);

const floorBodies = [];
const floorApp = new w.Hono();
floorApp.get('/__floor/:i', (c) => c.body(floorBodies[Number(c.req.param('i'))], 200, { 'content-type': 'application/json' }));
const yogaOf = (plugins) => {
  const yoga = w.createYoga({ schema: w.schema, plugins, context: w.peerContext });
  const app = new w.Hono();
  app.on(['GET', 'POST'], '/graphql', (c) => yoga.fetch(c.req.raw));
  return app;
};
const counts = { planned: 0, unplanned: 0 };
const SYSTEMS = [
  ['bare-stack', yogaOf([])],
  ['bare-stack + plans', yogaOf([executionPlans({ isKnown, counts })])],
  ['certgraph', w.createApp({ responseCache: false })],
  ['certgraph + plans', w.createApp({ responseCache: false, plugins: [executionPlans({ isKnown, counts })] })],
];

async function specOf(request) {
  const url = new URL(request.url);
  return {
    method: request.method,
    url: url.pathname + url.search,
    headers: Object.fromEntries(request.headers),
    body: request.method === 'GET' ? undefined : await request.text(),
  };
}
const viaFetch = (app, spec) => ({
  prepare: () => new Request(`http://bench${spec.url}`, { method: spec.method, headers: spec.headers, body: spec.body }),
  run: async (req) => {
    const res = await app.fetch(req, w.env, w.ctx);
    return { status: res.status, body: await res.text() };
  },
});
const meaning = (res) => {
  try {
    return `${res.status} ${JSON.stringify(JSON.parse(res.body).data)}`;
  } catch {
    return `${res.status} ${res.body}`;
  }
};

async function timeBatch(system, n, samples) {
  for (let i = 0; i < n; i++) {
    const prepared = system.prepare();
    const t0 = performance.now();
    await system.run(prepared);
    samples?.push(performance.now() - t0);
  }
}

async function runCase(c, i) {
  const spec = await specOf(c.request());
  const certgraph = viaFetch(SYSTEMS[2][1], spec);
  const first = await certgraph.run(certgraph.prepare());
  if (first.status !== 200) throw new Error(`${c.name}: status ${first.status}: ${first.body.slice(0, 300)}`);
  const errors = JSON.parse(first.body).errors;
  if (errors) throw new Error(`${c.name}: ${JSON.stringify(errors).slice(0, 300)}`);
  floorBodies[i] = first.body;
  const systems = [{ name: 'floor (Hono)', ...viaFetch(floorApp, { method: 'GET', url: `/__floor/${i}`, headers: {} }) }];
  for (const [name, app] of SYSTEMS) {
    const system = { name, ...viaFetch(app, spec) };
    const planned = counts.planned;
    const answer = await system.run(system.prepare());
    if (meaning(answer) !== meaning(first)) throw new Error(`${c.name}: ${name} answers ${meaning(answer).slice(0, 200)}`);
    // A plans row times the plan: its first answer must have come from it.
    if (name.endsWith('+ plans') && counts.planned !== planned + 1) throw new Error(`${c.name}: ${name} did not execute its plan`);
    systems.push(system);
  }
  let perRequestMs = 0;
  for (const s of systems) {
    const warm = [];
    const t0 = performance.now();
    while (warm.length < WARMUP && performance.now() - t0 < 1000) await timeBatch(s, 10, warm);
    perRequestMs += stats(warm).mean;
  }
  const n = Math.max(MIN_ITERATIONS, Math.min(ITERATIONS, Math.floor(CASE_MS / perRequestMs)));
  const samples = new Map(systems.map((s) => [s.name, []]));
  const perRound = Math.ceil(n / ROUNDS);
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < systems.length; k++) {
      const s = systems[(k + round) % systems.length];
      await timeBatch(s, Math.min(perRound, n - samples.get(s.name).length), samples.get(s.name));
    }
  }
  return { bytes: first.body.length, n, figures: new Map([...samples].map(([name, xs]) => [name, stats(xs)])) };
}

const ms = (x) => x.toFixed(3).padStart(9);
const times = (x, width = 8) => `${x.toFixed(2)}x`.padStart(width);
console.log(
  `plans bench: up to ${ITERATIONS} timed requests per system and case (as many as fit in ${CASE_MS / 1000} s a case; ${ROUNDS} interleaved rounds), Node ${process.version}, one process`,
);
console.log('floor x = mean / floor (Hono) mean; vs bare = bare-stack mean / this mean (above 1: faster than the bare stack); p50 vs bare likewise');
const rows = [];
const summary = [];
for (const [i, c] of [...productCases, ...executed].entries()) {
  if (only && !only.test(c.name)) continue;
  const { bytes, n, figures } = await runCase(c, i);
  const floor = figures.get('floor (Hono)');
  const bare = figures.get('bare-stack');
  console.log(`\n${c.name} (${bytes} bytes, ${n} requests per system)`);
  console.log(
    `  ${'system'.padEnd(20)}${'mean ms'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'floor x'.padStart(9)}${'vs bare'.padStart(9)}${'p50 vs bare'.padStart(12)}`,
  );
  for (const [name, f] of figures) {
    console.log(
      `  ${name.padEnd(20)}${ms(f.mean)}${ms(f.p50)}${ms(f.p99)}${times(f.mean / floor.mean, 9)}${times(bare.mean / f.mean, 9)}${times(bare.p50 / f.p50, 12)}`,
    );
    if (name !== 'floor (Hono)') {
      rows.push({ case: c.name, system: name, mean: f.mean, p50: f.p50, p99: f.p99, ratio: f.mean / floor.mean, vsBareStack: bare.mean / f.mean, bytes });
    }
  }
  summary.push({ c, figures });
}

// The ship rule of the spike: plans in the request path only if certgraph + plans beats the bare
// stack by at least 1.3x on the product's documents (geometric mean of the means, and of the p50s,
// steadier on a busy machine).
const geo = (xs) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
const product = summary.filter(({ c }) => c.product);
if (product.length) {
  const speedups = (name, q) => product.map(({ figures }) => figures.get('bare-stack')[q] / figures.get(name)[q]);
  console.log('\nproduct documents, geometric mean of bare-stack / system (mean; p50):');
  for (const name of ['certgraph', 'certgraph + plans', 'bare-stack + plans']) {
    const xs = speedups(name, 'mean');
    const ps = speedups(name, 'p50');
    console.log(
      `  ${name.padEnd(20)}${times(geo(xs))} (${Math.min(...xs).toFixed(2)}x to ${Math.max(...xs).toFixed(2)}x);${times(geo(ps))} (${Math.min(...ps).toFixed(2)}x to ${Math.max(...ps).toFixed(2)}x)`,
    );
  }
  const plans = Math.min(geo(speedups('certgraph + plans', 'mean')), geo(speedups('certgraph + plans', 'p50')));
  console.log(
    `  ship rule (certgraph + plans >= 1.3x the bare stack, by mean and by p50): ${plans >= 1.3 ? 'met' : 'NOT met'} (${plans.toFixed(2)}x, the worse of the two)`,
  );
}

// The executor alone, on the schema object with no server around it (pure CPU, a tight loop: far
// less noise than a request): yoga's executor (@graphql-tools/executor), graphql-js's execute, and
// the plan. What a plan can save is at most the executor's share of a request.
console.log('\nthe executor alone (ms per execution, the fastest of 9 interleaved batches; plan = the planned run, variables coercion included):');
console.log(`  ${'document'.padEnd(44)}${'yoga exec'.padStart(10)}${'graphql-js'.padStart(11)}${'plan'.padStart(9)}${'yoga/plan'.padStart(10)}`);
/** ms per call of each function: batches interleaved, the fastest batch of each (the least disturbed by the machine). */
async function timeInterleaved(fns, batches = 9) {
  const perCall = fns.map(() => Infinity);
  // Warm each, then size a batch at about 20 ms of the slowest.
  let slowest = 0;
  for (const fn of fns) {
    for (let i = 0; i < 5; i++) await fn();
    const t = performance.now();
    await fn();
    slowest = Math.max(slowest, performance.now() - t);
  }
  const n = Math.max(5, Math.min(2000, Math.ceil(20 / Math.max(slowest, 0.001))));
  for (let b = 0; b < batches; b++) {
    for (const [k, fn] of fns.entries()) {
      const t = performance.now();
      for (let i = 0; i < n; i++) await fn();
      perCall[k] = Math.min(perCall[k], (performance.now() - t) / n);
    }
  }
  return perCall;
}
for (const c of [...productCases, ...executed]) {
  if (only && !only.test(c.name)) continue;
  const { query, variables = {} } = JSON.parse(await c.request().text());
  const document = parse(query);
  const plan = compilePlan(w.schema, document);
  const args = { schema: w.schema, document, variableValues: variables, contextValue: w.peerContext() };
  // The plan's answer is the executor's (the differential test's check, once more, on what is timed).
  const want = JSON.stringify(await normalizedExecutor(args));
  if (JSON.stringify(await plan.execute(args)) !== want) throw new Error(`${c.name}: the plan answers otherwise than yoga's executor`);
  const [tools, js, planned] = await timeInterleaved([() => normalizedExecutor(args), () => graphqlJsExecute(args), () => plan.execute(args)]);
  console.log(`  ${c.name.slice(0, 43).padEnd(44)}${ms(tools)}${ms(js).padStart(11)}${ms(planned)}${times(tools / planned, 10)}`);
  rows.push(
    { case: c.name, system: 'executor: yoga', ms: tools },
    { case: c.name, system: 'executor: graphql-js', ms: js },
    { case: c.name, system: 'executor: plan', ms: planned },
  );
}
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, `${JSON.stringify(rows, null, 2)}\n`);
