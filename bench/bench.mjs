// certgraph benchmark: the same GraphQL requests, in one process and one run, through
//   floor (Hono)     a bare Hono route returning the case's bytes (the ratio's denominator)
//   floor (mw)       the same route in certgraph's own app, behind the middleware every response
//                    passes through (request id, secure headers, catalog check)
//   certgraph        the Worker (bundled as wrangler bundles it): createApp({ responseCache: false })
//                    for the uncached cases, the normal app for the cases that time a cache
//   bare-stack       the same Pothos schema object served by a plain createYoga({ schema }) mounted
//                    in a bare Hono app: no certgraph plugin (the peer to beat)
//   mercurius-jit    the same schema object under Fastify + mercurius with graphql-jit (jit: 1),
//                    the fastest Node GraphQL server; and its floor, floor (Fastify)
// and prints one table with every system per case, issue 14's targets marked met or not.
// Figures, not pass/fail: `npm run bench`.
//   BENCH_ITERATIONS=n  timed requests per system and case, at most (default 2000)
//   BENCH_CASE_SECONDS=s  ...and at most what fits in s seconds per case, estimated from the
//                       warm-up (default 10: the whole run takes about 1.5 minutes)
//   BENCH_WARMUP=n      warm-up requests per system and case, at most (default 300; at most 1 s)
//   BENCH_ROUNDS=n      batches each system's requests are split into (default 10)
//   BENCH_ONLY=regex    only the matching cases          BENCH_JSON=file   the rows as JSON
//   BENCH_MD=file       the table and the targets as Markdown (for the README)
//
// How it is fair:
// - One graphql-js for every system: the Worker's bundle leaves graphql out (bench/in-process.mjs
//   sharedGraphql), so the schema object, yoga, graphql-jit and mercurius share one module instance
//   (mercurius and graphql-jit check `instanceof GraphQLSchema`), in production mode.
// - The Hono systems are called directly (app.fetch(Request)); Fastify with fastify.inject(), its
//   in-process equivalent, rather than a loopback socket, which would add TCP and HTTP parsing
//   that no other system pays. inject() builds its mock request inside the timed call (a Request
//   for the Hono systems is built before it): Fastify's own floor, timed the same way, shows it.
// - Systems are interleaved: each case's requests run in rounds, one batch per system per round,
//   the order rotating, so the machine's noise (other processes, GC) falls on all of them.
// - A peer is timed on a case only when it gives certgraph's answer (same status and data);
//   features a plain stack does not have (304, APQ, the cost limit) are n/a. A repeated POST or
//   GET that certgraph answers from its response cache, a peer executes: the same request, as
//   each system answers it.
import { writeFileSync } from 'node:fs';
import { cases } from './cases.mjs';
import { loadWorkerInProcess } from './in-process.mjs';
import { stats } from './stats.mjs';

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 2000);
const CASE_MS = 1000 * Number(process.env.BENCH_CASE_SECONDS ?? 10);
const MIN_ITERATIONS = Math.min(ITERATIONS, 100);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 300);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 10));
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;

const w = await loadWorkerInProcess({ sharedGraphql: true });
const { default: Fastify } = await import('fastify');
const { default: mercurius } = await import('mercurius');
const { GraphQLSchema } = await import('graphql');
if (!(w.schema instanceof GraphQLSchema)) throw new Error('the schema is not of the graphql-js that mercurius and graphql-jit load');

// Each case's real response body (index = case number) is what the floor routes return.
const floorBodies = [];
const honoFloor = (c) => c.body(floorBodies[Number(c.req.param('i'))], 200, { 'content-type': 'application/json' });
const bareHono = new w.Hono();
bareHono.get('/__floor/:i', honoFloor);
const behindMiddleware = w.createApp();
behindMiddleware.get('/__floor/:i', honoFloor);
const uncached = w.createApp({ responseCache: false });
// The peers get the schema's Context as the Worker's yoga does (the catalog, a request state).
await w.loadPeerCatalog();
const yoga = w.createYoga({ schema: w.schema, context: w.peerContext });
const bareStack = new w.Hono();
bareStack.on(['GET', 'POST'], '/graphql', (c) => yoga.fetch(c.req.raw));
const fastify = Fastify({ logger: false });
fastify.register(mercurius, { schema: w.schema, jit: 1, path: '/graphql', context: w.peerContext });
fastify.get('/__floor/:i', (req, reply) => reply.type('application/json').send(floorBodies[Number(req.params.i)]));
await fastify.ready();

/** A request, as data: what each system is sent. */
async function specOf(request) {
  const url = new URL(request.url);
  const body = request.method === 'GET' ? undefined : await request.text();
  return { method: request.method, url: url.pathname + url.search, headers: Object.fromEntries(request.headers), body };
}
const floorSpec = (i) => ({ method: 'GET', url: `/__floor/${i}`, headers: {}, body: undefined });

/** A system driven through fetch(Request): the Request is built before the timed call. */
const viaFetch = (app) => ({
  prepare: (s) => new Request(`http://bench${s.url}`, { method: s.method, headers: s.headers, body: s.body }),
  run: async (req) => {
    const res = await app.fetch(req, w.env, w.ctx);
    return { status: res.status, body: await res.text() };
  },
});
const viaInject = {
  prepare: (s) => ({ method: s.method, url: s.url, headers: s.headers, payload: s.body }),
  run: async (opts) => {
    const res = await fastify.inject(opts);
    return { status: res.statusCode, body: res.payload };
  },
};

const meaning = (res) => {
  try {
    return `${res.status} ${JSON.stringify(JSON.parse(res.body).data)}`;
  } catch {
    return `${res.status} ${res.body}`;
  }
};

async function timeBatch(system, input, n, samples) {
  for (let i = 0; i < n; i++) {
    const prepared = system.prepare(input);
    const t0 = performance.now();
    await system.run(prepared);
    samples?.push(performance.now() - t0);
  }
}

/** Runs one case on every system that answers it as certgraph does; returns each system's stats. */
async function runCase(c, i) {
  const app = c.cached ? w.worker : uncached;
  const certgraph = viaFetch(app);
  await c.prepare?.((req) => app.fetch(req, w.env, w.ctx));
  const spec = await specOf(c.request());
  const first = await certgraph.run(certgraph.prepare(spec));
  if (first.status !== (c.status ?? 200)) throw new Error(`${c.name}: status ${first.status}: ${first.body.slice(0, 300)}`);
  c.check?.(first.body);
  floorBodies[i] = first.body;
  const systems = [
    { name: 'floor (Hono)', ...viaFetch(bareHono), input: floorSpec(i) },
    { name: 'floor (mw)', ...viaFetch(behindMiddleware), input: floorSpec(i) },
    // A `fresh` case sends certgraph a new request each time (built before the timed call), so
    // that no cache has it yet; every other case sends the same request again.
    { name: 'certgraph', ...certgraph, ...(c.fresh ? { prepare: () => c.request() } : {}), input: spec },
  ];
  const skipped = [];
  for (const peer of [
    { name: 'bare-stack', ...viaFetch(bareStack), input: spec },
    { name: 'mercurius-jit', ...viaInject, input: spec },
  ]) {
    const answer = await peer.run(peer.prepare(spec));
    if (meaning(answer) === meaning(first)) systems.push(peer);
    else skipped.push({ name: peer.name, why: c.refused ? 'executes it: no cost limit' : `answers ${answer.status}, not as certgraph` });
  }
  if (systems.some((s) => s.name === 'mercurius-jit')) systems.push({ name: 'floor (Fastify)', ...viaInject, input: floorSpec(i) });
  // Warm-up, which also estimates what a request of each system costs.
  let perRequestMs = 0;
  for (const s of systems) {
    const warm = [];
    const t0 = performance.now();
    while (warm.length < WARMUP && performance.now() - t0 < 1000) await timeBatch(s, s.input, 10, warm);
    perRequestMs += stats(warm).mean;
  }
  const n = Math.max(MIN_ITERATIONS, Math.min(ITERATIONS, Math.floor(CASE_MS / perRequestMs)));
  const samples = new Map(systems.map((s) => [s.name, []]));
  const perRound = Math.ceil(n / ROUNDS);
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < systems.length; k++) {
      const s = systems[(k + round) % systems.length];
      await timeBatch(s, s.input, Math.min(perRound, n - samples.get(s.name).length), samples.get(s.name));
    }
  }
  return { bytes: first.body.length, n, figures: new Map([...samples].map(([name, xs]) => [name, stats(xs)])), skipped };
}

const ms = (x) => x.toFixed(3).padStart(9);
const times = (x, width = 7) => `${x.toFixed(1)}x`.padStart(width);
console.log(
  `certgraph bench: up to ${ITERATIONS} timed requests per system and case (as many as fit in ${CASE_MS / 1000} s a case; ${ROUNDS} interleaved rounds), after up to ${WARMUP} warm-up, Node ${process.version}, one process`,
);
console.log('ratio = mean / floor (Hono) mean; mw = mean / floor (mw) mean; p50 r = p50 / floor (Hono) p50 (steadier on a busy machine); p99/p50 = the tail');
const rows = [];
const results = [];
for (const [i, c] of cases.entries()) {
  if (only && !only.test(c.name)) continue;
  const { bytes, n, figures, skipped } = await runCase(c, i);
  const floor = figures.get('floor (Hono)');
  const mw = figures.get('floor (mw)');
  const budget = c.budgetMs ? `, budget ${c.budgetMs} ms` : '';
  console.log(`\n${c.name} (${bytes} bytes, ${n} requests per system${c.cached ? ', cached path' : ''}${c.refused ? `, refused: ${c.refused}` : ''}${budget})`);
  console.log(
    `  ${'system'.padEnd(16)}${'mean ms'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'p99/p50'.padStart(8)}${'ratio'.padStart(7)}${'mw'.padStart(7)}${'p50 r'.padStart(7)}`,
  );
  for (const [name, f] of figures) {
    const fastify = name === 'mercurius-jit' ? `  (${times(f.mean / figures.get('floor (Fastify)').mean, 0)} floor (Fastify))` : '';
    const over = name === 'certgraph' && c.budgetMs ? (f.mean <= c.budgetMs ? '  within budget' : '  OVER budget') : '';
    console.log(
      `  ${name.padEnd(16)}${ms(f.mean)}${ms(f.p50)}${ms(f.p99)}${times(f.p99 / f.p50, 8)}${times(f.mean / floor.mean)}${times(f.mean / mw.mean)}${times(f.p50 / floor.p50)}${fastify}${over}`,
    );
    if (['certgraph', 'bare-stack', 'mercurius-jit'].includes(name))
      rows.push({ system: name, case: c.name, mean: f.mean, p50: f.p50, p99: f.p99, ratio: f.mean / floor.mean, mwRatio: f.mean / mw.mean });
  }
  for (const s of skipped) console.log(`  ${s.name.padEnd(16)}      n/a  (${s.why})`);
  results.push({ c, bytes, figures });
}
if (process.env.BENCH_JSON) writeFileSync(process.env.BENCH_JSON, `${JSON.stringify(rows, null, 2)}\n`);
await fastify.close();

// Issue 14's targets, judged on this run's figures.
const verdicts = [];
const judge = (ok, text) => verdicts.push(`  [${ok ? 'met' : 'NOT met'}] ${text}`);
for (const { c, figures } of results) {
  const cg = figures.get('certgraph');
  const floor = figures.get('floor (Hono)');
  const ratio = cg.mean / floor.mean;
  const p50 = `(p50: ${(cg.p50 / floor.p50).toFixed(1)}x)`;
  if (c.target === 'lookup') {
    const bare = figures.get('bare-stack');
    if (bare)
      judge(
        cg.mean <= 1.2 * bare.mean,
        `${c.name} within 1.2x bare-stack: ${(cg.mean / bare.mean).toFixed(2)}x (${ms(cg.mean).trim()} vs ${ms(bare.mean).trim()} ms; p50: ${(cg.p50 / bare.p50).toFixed(2)}x)`,
      );
    judge(ratio <= 8, `${c.name} <= 8x floor: ${ratio.toFixed(1)}x ${p50}`);
  }
  if (c.target === 'compute') judge(ratio <= 15, `${c.name} <= 15x floor: ${ratio.toFixed(1)}x ${p50}`);
  if (c.target === 'postHit') {
    const mwRatio = cg.mean / figures.get('floor (mw)').mean;
    judge(mwRatio <= 2, `${c.name} <= 2x floor (mw): ${mwRatio.toFixed(1)}x (p50: ${(cg.p50 / figures.get('floor (mw)').p50).toFixed(1)}x)`);
  }
  if (!c.cached) judge(cg.p99 <= 3 * cg.p50, `${c.name} p99 <= 3x p50: ${(cg.p99 / cg.p50).toFixed(1)}x`);
}
const floorTails = results.map(({ figures }) => figures.get('floor (Hono)')).map((f) => f.p99 / f.p50);
console.log(`\nissue 14 targets (certgraph, this run):\n${verdicts.join('\n')}`);
if (process.env.BENCH_MD) writeFileSync(process.env.BENCH_MD, markdown(results, verdicts));
console.log(`  (the machine's own noise: floor (Hono) p99/p50 ${Math.min(...floorTails).toFixed(1)}x to ${Math.max(...floorTails).toFixed(1)}x in this run)`);

/** The run as Markdown: per case, each system's mean and p50 (ms), ratio and mw ratio; then the targets. */
function markdown(results, verdicts) {
  const systems = ['certgraph', 'bare-stack', 'mercurius-jit'];
  const cell = (f, floor, mw) =>
    f ? `${f.mean.toFixed(3)} / ${f.p50.toFixed(3)} (${(f.mean / floor.mean).toFixed(1)}x, ${(f.mean / mw.mean).toFixed(1)}x)` : 'n/a';
  const lines = [`| case | bytes | floor (Hono) | floor (mw) | ${systems.join(' | ')} |`, `|---|--:|--:|--:|${systems.map(() => '--:').join('|')}|`];
  for (const { c, bytes, figures } of results) {
    const floor = figures.get('floor (Hono)');
    const mw = figures.get('floor (mw)');
    const cells = systems.map((name) => cell(figures.get(name), floor, mw));
    lines.push(`| ${c.name} | ${bytes} | ${floor.mean.toFixed(3)} | ${mw.mean.toFixed(3)} | ${cells.join(' | ')} |`);
  }
  lines.push('', 'Each system: mean / p50 in ms (ratio to floor (Hono), to floor (mw)).', '', ...verdicts.map((v) => `- ${v.trim()}`));
  return `${lines.join('\n')}\n`;
}
