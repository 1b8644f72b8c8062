// The overlap explorer's cost to serve (`npm run bench:explore`), side by side with the middleware
// floor: the same app's middleware answering the page's own bytes from a route (what any answer
// costs at the least). Per catalog size (the real 45 and generated ones, bench/catalog-gen.mjs):
//   floor (mw)       GET of a route behind certgraph's middleware returning the page's bytes
//   repeated view    GET /explore again (the isolate's explorer cache)
//   304              GET /explore with If-None-Match of its ETag
//   HEAD             HEAD /explore (headers only)
//   400              GET /explore?level=wizard (refused before any rendering)
//   render           GET /explore with the explorer's caches emptied before each request (the
//                    API's own caches warm: the explorer's work, what the budget is about)
//   render, cold     every cache emptied (the API computes the matrix again): the worst case
//   first render     the first GET /explore of a fresh Worker whose catalog is loaded (by a 400
//                    first): its model made from the catalog, every code path cold; one request
//                    each on EXPLORE_FIRST_RUNS fresh Workers (default 5), the median
// CPU = process CPU time per request until the Worker has answered (mean, and p50: the median is
// steadier on a shared machine); +read = reading the body back (the harness's side); page weight = the whole-catalog view's HTML, raw and gzip.
// Figures, not pass/fail: the budgets (issue 21) are printed beside them.
//   EXPLORE_SIZES=45,200   EXPLORE_SECONDS=s (per case and size; default 0.6)   EXPLORE_FIRST_RUNS=n
import { cpSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { catalogAsset, generateCatalog, realCatalog } from './catalog-gen.mjs';
import { loadWorkerInProcess, mapCacheStorage } from './in-process.mjs';
import { median, stats } from './stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = (process.env.EXPLORE_SIZES ?? '45,200').split(',').map(Number);
const SECONDS = Number(process.env.EXPLORE_SECONDS ?? 0.6);
const BUDGET = { repeatedOverFloor: 2, renderCpuMs: { 45: 3, 200: 15 }, gzipBytesAt45: 60_000 };
const FIRST_RUNS = Number(process.env.EXPLORE_FIRST_RUNS ?? 5);
const VIEW = '/explore';

/**
 * Times `answer` (a request to the Worker, returning its Response) for SECONDS after a warm-up:
 * wall mean and p50, and process CPU per request, split in two: until the Worker has answered
 * (`cpu`: its own work, the body encoded), and reading the body back into a string (`readCpu`:
 * the harness's side, which workerd never pays: it streams the bytes out).
 */
async function measure(answer, before) {
  for (let i = 0; i < 5; i++) {
    await before?.();
    await (await answer()).text();
  }
  const samples = [];
  const cpus = [];
  let cpu = 0;
  let readCpu = 0;
  const t0 = performance.now();
  while (samples.length < 10 || (performance.now() - t0 < SECONDS * 1000 && samples.length < 5000)) {
    await before?.();
    const c0 = process.cpuUsage();
    const t = performance.now();
    const res = await answer();
    const c1 = process.cpuUsage(c0);
    await res.text();
    samples.push(performance.now() - t);
    const c2 = process.cpuUsage(c0);
    cpu += (c1.user + c1.system) / 1000;
    cpus.push((c1.user + c1.system) / 1000);
    readCpu += (c2.user + c2.system - c1.user - c1.system) / 1000;
  }
  const { mean, p50 } = stats(samples);
  return { mean, p50, cpu: cpu / samples.length, cpuP50: median(cpus), readCpu: readCpu / samples.length };
}

/** The first render of fresh Workers (see the top of this file): wall and CPU medians, ms. */
async function firstRenders(generated) {
  const walls = [];
  const cpus = [];
  for (let run = 0; run < FIRST_RUNS; run++) {
    const w = await loadWorkerInProcess({ colo: mapCacheStorage(), ...(generated ? { catalog: generated } : {}) });
    const get = (path) => w.worker.fetch(new Request(`http://bench${path}`, { headers: { 'cf-connecting-ip': '198.18.7.8' } }), w.env, w.ctx);
    // The catalog loaded and the page's assets read, by a request refused before any rendering.
    await (await get(`${VIEW}?level=wizard`)).text();
    const c0 = process.cpuUsage();
    const t = performance.now();
    const res = await get(VIEW);
    const c1 = process.cpuUsage(c0);
    walls.push(performance.now() - t);
    cpus.push((c1.user + c1.system) / 1000);
    if (res.status !== 200) throw new Error(`first render: ${res.status}`);
    await res.text();
  }
  return { mean: median(walls), p50: median(walls), cpu: median(cpus), cpuP50: median(cpus), readCpu: Number.NaN };
}

async function runSize(n) {
  const real = realCatalog();
  const generated = n === real.certifications.length ? null : catalogAsset(generateCatalog(real, n));
  // A generated catalog's folder of assets holds its catalog; the explorer's assets come along.
  if (generated) cpSync(join(root, 'public', 'explore'), join(generated.dir, 'explore'), { recursive: true });
  const colo = mapCacheStorage();
  try {
    const w = await loadWorkerInProcess({ colo, ...(generated ? { catalog: generated } : {}) });
    const app = w.worker;
    const ip = { 'cf-connecting-ip': '198.18.7.7' };
    const get = (path, init = {}) => app.fetch(new Request(`http://bench${path}`, { ...init, headers: { ...ip, ...init.headers } }), w.env, w.ctx);
    const first = await get(VIEW);
    const html = await first.text();
    if (first.status !== 200) throw new Error(`${VIEW} at ${n}: ${first.status} ${html.slice(0, 300)}`);
    const etag = first.headers.get('etag');
    const floorApp = w.createApp();
    floorApp.get('/__floor', (c) => c.body(html, 200, { 'content-type': 'text/html; charset=UTF-8' }));
    const emptyExplorer = () => {
      w.caches.explore?.clear();
      colo.entries.clear();
    };
    const emptyAll = () => {
      emptyExplorer();
      for (const cache of Object.values(w.caches)) cache.clear?.();
    };
    const rows = new Map();
    rows.set('floor (mw)', await measure(async () => floorApp.fetch(new Request('http://bench/__floor', { headers: ip }), w.env, w.ctx)));
    rows.set('repeated view', await measure(() => get(VIEW)));
    if (etag) rows.set('304', await measure(() => get(VIEW, { headers: { 'if-none-match': etag } })));
    rows.set('HEAD', await measure(() => get(VIEW, { method: 'HEAD' })));
    rows.set('400', await measure(() => get(`${VIEW}?level=wizard`)));
    rows.set('render', await measure(() => get(VIEW), emptyExplorer));
    rows.set('render, cold', await measure(() => get(VIEW), emptyAll));
    rows.set('first render', await firstRenders(generated));
    const head = await get(VIEW, { method: 'HEAD' });
    return {
      rows,
      weight: { bytes: Buffer.byteLength(html), gzip: gzipSync(html).length },
      headers: { etag, cacheControl: first.headers.get('cache-control'), headBody: (await head.text()).length },
    };
  } finally {
    if (generated) rmSync(generated.dir, { recursive: true, force: true });
  }
}

const f = (x, d = 3) => x.toFixed(d).padStart(9);
console.log(`certgraph bench:explore: GET ${VIEW} at ${SIZES.join(', ')} certifications; Node ${process.version}, in-process, ${SECONDS} s per case`);
for (const n of SIZES) {
  const { rows, weight, headers } = await runSize(n);
  const floor = rows.get('floor (mw)');
  console.log(`\n${n} certifications: page ${weight.bytes} B, ${weight.gzip} B gzip; ETag ${headers.etag ?? 'none'}; Cache-Control ${headers.cacheControl}`);
  console.log(
    `  ${'case'.padEnd(16)}${'mean ms'.padStart(9)}${'p50 ms'.padStart(9)}${'CPU ms'.padStart(9)}${'CPU p50'.padStart(9)}${'+read ms'.padStart(9)}${'x floor'.padStart(9)}${'CPU x fl'.padStart(9)}`,
  );
  for (const [name, r] of rows)
    console.log(`  ${name.padEnd(16)}${f(r.mean)}${f(r.p50)}${f(r.cpu)}${f(r.cpuP50)}${f(r.readCpu)}${f(r.mean / floor.mean, 1)}${f(r.cpu / floor.cpu, 1)}`);
  const repeated = rows.get('repeated view').mean / floor.mean;
  // The median: a shared machine's other work lands on a few requests' CPU time, not on most.
  const render = rows.get('render').cpuP50;
  const verdict = (ok) => (ok ? 'met' : 'NOT met');
  console.log(
    `  budgets: repeated view <= ${BUDGET.repeatedOverFloor}x floor (mw): ${repeated.toFixed(2)}x [${verdict(repeated <= BUDGET.repeatedOverFloor)}]`,
  );
  if (BUDGET.renderCpuMs[n])
    console.log(`           render <= ${BUDGET.renderCpuMs[n]} ms CPU (p50): ${render.toFixed(2)} ms [${verdict(render <= BUDGET.renderCpuMs[n])}]`);
  if (n === 45) console.log(`           page <= ${BUDGET.gzipBytesAt45} B gzip: ${weight.gzip} B [${verdict(weight.gzip <= BUDGET.gzipBytesAt45)}]`);
}
