// Cost as the catalog grows: each compute case on the real catalog (45 certifications) and on
// catalogs of 50, 100 and 200 (or SCALE_SIZES, e.g. 45,200,1000) generated from it with the same statistics, each loaded into a fresh
// in-process Worker as its static asset with its own measured list maxima (the cost limit's prices
// come from them, src/data/compile.ts `catalogSizes`, as scripts/catalog-build.ts computes them).
// For each case and size: whether the cost limit admits it (and its cost), certgraph's time and
// CPU per request (uncached path), and the same query executed by a plain yoga on the same schema
// (no limits: what the work itself costs, also where certgraph refuses it), against the Workers
// CPU budget. Figures, not pass/fail: `npm run bench:scale`.
//   SCALE_SIZES=45,50,100,200   SCALE_SECONDS=s (time per system, case and size; default 0.8)
//   SCALE_SEED=n (the generator's seed; default 14)   BENCH_ONLY=regex: only the cases whose name matches (as bench/bench.mjs)
// A request slower than SLOW_MS (a plain yoga executing a huge matrix) is timed 3 times only.
//   BENCH_JSON=file: the figures as rows { case, catalogSize, system, ms, p50, cpuMs, cost, refused }.
// (The catalogs: bench/catalog-gen.mjs.)
import { rmSync, writeFileSync } from 'node:fs';
import { cases, post } from './cases.mjs';
import { catalogAsset, generateCatalog, realCatalog } from './catalog-gen.mjs';
import { loadWorkerInProcess } from './in-process.mjs';
import { stats } from './stats.mjs';

const SIZES = (process.env.SCALE_SIZES ?? '45,50,100,200').split(',').map(Number);
const SECONDS = Number(process.env.SCALE_SECONDS ?? 0.8);
const SEED = Number(process.env.SCALE_SEED ?? 14);
/** A Worker's CPU time per request on Cloudflare's free plan (the budget the limits are set for). */
const CPU_BUDGET_MS = 10;
/** Past this (ms), a request is timed 3 times only (bench/scale.mjs measure). */
const SLOW_MS = 300;

/** Issue 14's targets at 100 certifications (ms), by case. */
const TARGETS_AT_100 = { 'overlapMatrix: matrix': 2, 'recommend (CSM holder -> PO, 3)': 1 };
/**
 * The benchmark's compute cases (bench/cases.mjs), the matrix's refused shape too (it shows where
 * the limit stands at each size), and a page of the catalog's list.
 */
const CASES = [
  ...cases.filter((c) => !c.cached && c.target !== 'lookup'),
  // The matrix read page by page (issue 23): a page of 100 pairs' numbers, at the start and deep in.
  {
    name: 'overlapMatrix: pairs page (first 100)',
    request: post('{ overlapMatrix { pairs(first: 100) { a { slug } b { slug } similarity coverageOfA coverageOfB } } }'),
  },
  {
    name: 'overlapMatrix: pairs page (first 100, offset 900)',
    request: post('{ overlapMatrix { pairs(first: 100, offset: 900) { a { slug } b { slug } similarity coverageOfA coverageOfB shared { slug } } } }'),
  },
  {
    name: 'certifications page (20 by cost)',
    request: post('{ certifications(orderBy: COST, first: 20) { totalCount nodes { slug acronym cost { amountUsd } topics { depth topic { slug } } } } }'),
  },
]
  .map((c) => ({ name: c.name, request: c.request, targetAt100: TARGETS_AT_100[c.name] }))
  .filter((c) => !process.env.BENCH_ONLY || new RegExp(process.env.BENCH_ONLY).test(c.name));

/** Times one system on one request for SECONDS: wall mean/p50 and process CPU per request. */
async function measure(fetchFn, request) {
  // A request of more than SLOW_MS (a plain yoga executing a huge matrix) is timed 3 times, without warm-up.
  const t = performance.now();
  await (await fetchFn(request())).text();
  const slow = performance.now() - t > SLOW_MS;
  if (slow) {
    const cpu0 = process.cpuUsage();
    const xs = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      await (await fetchFn(request())).text();
      xs.push(performance.now() - t0);
    }
    const cpu = process.cpuUsage(cpu0);
    const { mean, p50 } = stats(xs);
    return { mean, p50, cpu: (cpu.user + cpu.system) / 1000 / xs.length };
  }
  for (let i = 0; i < 20; i++) await (await fetchFn(request())).text();
  const samples = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  while (samples.length < 5 || (performance.now() - t0 < SECONDS * 1000 && samples.length < 2000)) {
    const req = request();
    const t = performance.now();
    await (await fetchFn(req)).text();
    samples.push(performance.now() - t);
  }
  const cpu = process.cpuUsage(cpu0);
  const { mean, p50 } = stats(samples);
  return { mean, p50, cpu: (cpu.user + cpu.system) / 1000 / samples.length };
}

/** One size: a fresh Worker on the catalog of that size; every case through certgraph and a plain yoga. */
async function runSize(real, n) {
  const { dir, ref } = catalogAsset(generateCatalog(real, n, SEED));
  try {
    const w = await loadWorkerInProcess({ catalog: { ref, dir } });
    const app = w.createApp({ responseCache: false });
    const viaApp = (req) => app.fetch(req, w.env, w.ctx);
    await (await viaApp(post('{ __typename }')())).text();
    // The schema's Context, as the Worker's yoga gets it (the catalog, loaded by the request above).
    const yoga = w.createYoga({ schema: w.schema, context: w.peerContext });
    const viaYoga = (req) => yoga.fetch(req);
    const out = new Map();
    for (const c of CASES) {
      const { request } = c;
      const first = JSON.parse(await (await viaApp(request())).text());
      const code = first.errors?.[0]?.extensions?.code;
      const cost = first.extensions?.cost?.requested;
      // Past 200 certifications, what certgraph refuses is not executed by the plain yoga either
      // (the whole matrix of 1,000 with its topic lists takes minutes and gigabytes).
      const skipBare = first.errors && n > 200;
      if (!skipBare) {
        const bare = JSON.parse(await (await viaYoga(request())).text());
        if (bare.errors) throw new Error(`${c.name} at ${n}: ${JSON.stringify(bare.errors).slice(0, 300)}`);
      }
      const none = { mean: Number.NaN, p50: Number.NaN, cpu: Number.NaN };
      out.set(c.name, {
        cost,
        refused: first.errors ? code : null,
        certgraph: await measure(viaApp, request),
        bare: skipBare ? none : await measure(viaYoga, request),
      });
    }
    return { maxima: ref.maxima, results: out };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const f = (x, d = 3) => (x === undefined ? '-' : x.toFixed(d)).padStart(8);
const real = realCatalog();
console.log(`certgraph scale: the compute cases at ${SIZES.join(', ')} certifications (real: ${real.certifications.length}; seed ${SEED})`);
console.log(`Node ${process.version}, in-process, ${SECONDS} s per system, case and size; CPU = process CPU time per request; budget ${CPU_BUDGET_MS} ms CPU`);
console.log(
  "us/unit = the work's CPU (plain yoga) per unit of its cost: a price keeps up with the work while this stays flat (the cost table assumes ~0.6 us)",
);
const bySize = new Map();
for (const n of SIZES) {
  const { maxima, results } = await runSize(real, n);
  bySize.set(n, results);
  const m = maxima;
  console.log(
    `  ${n} certifications: maxima: pairs ${m.catalogPairs}, topics of a certification ${m.certificationTopics}, certifications of a topic ${m.topicCertifications}, of a provider ${m.providerCertifications}, links ${m.certificationLinks}`,
  );
}

const verdicts = [];
for (const c of CASES) {
  console.log(`\n${c.name}`);
  console.log(
    `  ${'size'.padStart(5)} ${'cost'.padStart(8)} ${'limit'.padEnd(28)}${'mean ms'.padStart(8)}${'p50 ms'.padStart(8)}${'CPU ms'.padStart(8)} ${'x45'.padStart(6)} | ${'yoga ms'.padStart(8)}${'CPU ms'.padStart(8)} ${'x45'.padStart(6)} ${'us/unit'.padStart(7)}  budget`,
  );
  const base = bySize.get(SIZES[0]).get(c.name);
  for (const n of SIZES) {
    const r = bySize.get(n).get(c.name);
    const admitted = r.refused ? `refused (${r.refused})` : 'admitted';
    const cpu = Math.max(Number.isNaN(r.bare.cpu) ? 0 : r.bare.cpu, r.refused ? 0 : r.certgraph.cpu);
    const budget = cpu > CPU_BUDGET_MS ? (r.refused ? 'over, refused: ok' : 'OVER and admitted') : `${((100 * cpu) / CPU_BUDGET_MS).toFixed(0)}%`;
    console.log(
      `  ${String(n).padStart(5)} ${String(r.cost ?? '-').padStart(8)} ${admitted.padEnd(28)}${f(r.certgraph.mean)}${f(r.certgraph.p50)}${f(r.certgraph.cpu)} ${`${(r.certgraph.mean / base.certgraph.mean).toFixed(1)}x`.padStart(6)} | ${f(r.bare.mean)}${f(r.bare.cpu)} ${`${(r.bare.mean / base.bare.mean).toFixed(1)}x`.padStart(6)} ${f((1000 * r.bare.cpu) / r.cost, 2).slice(1)}  ${budget}`,
    );
  }
  const at100 = bySize.get(100)?.get(c.name);
  if (c.targetAt100 && at100) {
    const ok = !at100.refused && at100.certgraph.mean <= c.targetAt100;
    verdicts.push(
      `  [${ok ? 'met' : 'NOT met'}] ${c.name} at 100 <= ${c.targetAt100} ms: ${at100.refused ? `refused (${at100.refused}, cost ${at100.cost}); plain yoga executes it in ${at100.bare.mean.toFixed(2)} ms` : `${at100.certgraph.mean.toFixed(2)} ms`}`,
    );
  }
}
console.log(`\nissue 14 targets at 100 certifications:\n${verdicts.join('\n')}`);
// BENCH_JSON: the figures as rows { case, catalogSize, system, ms (mean), p50, cpuMs, cost, refused }.
if (process.env.BENCH_JSON) {
  const rows = [];
  for (const c of CASES)
    for (const n of SIZES) {
      const r = bySize.get(n).get(c.name);
      for (const [system, f] of [
        ['certgraph', r.certgraph],
        ['bare-stack', r.bare],
      ])
        if (!Number.isNaN(f.mean))
          rows.push({ case: c.name, catalogSize: n, system, ms: f.mean, p50: f.p50, cpuMs: f.cpu, cost: r.cost ?? null, refused: r.refused });
    }
  writeFileSync(process.env.BENCH_JSON, `${JSON.stringify(rows, null, 2)}\n`);
}
