// Isolate start: what a new isolate pays before it answers, measured three ways.
// 1. In-process, in fresh Node processes (V8, as in workerd), the median of STARTUP_RUNS: module
//    evaluation (the bundle compiled and run: the schema built, the app created), the catalog
//    loaded and indexed (its asset read, parsed, linked, the indexes built), the first request
//    (cold code paths), and a second one for comparison.
// 2. `wrangler check startup` (workerd's own startup profile of the deployable bundle, offline):
//    its active CPU time, and the top frames of the profile it writes.
// 3. The bundle's size, gzipped, as `wrangler check startup` reports it (`npm run build` prints it too).
// Targets (issue 14): start <= 30 ms, bundle <= 150 KiB gzip. Figures: `npm run bench:startup`.
//   STARTUP_RUNS=n (default 7)   STARTUP_CERTIFICATIONS=n: on a generated catalog (bench/catalog-gen.mjs)
//   STARTUP_WRANGLER=0: skip wrangler check startup   STARTUP_WRANGLER_RUNS=n (default 3; the median)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { catalogAsset, generateCatalog, realCatalog } from './catalog-gen.mjs';
import { aggregateProfile } from './cpuprofile.mjs';
import { benchBindings, bundleWorker } from './in-process.mjs';
import { median } from './stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** In a fresh process: the phases of one isolate start, printed as one JSON line. */
async function child(bundlePath, assetsDir, profiled) {
  const { env, ctx } = benchBindings(assetsDir || undefined);
  let assetMs = 0;
  const assets = env.ASSETS;
  env.ASSETS = {
    fetch: async (request) => {
      const t = performance.now();
      const res = await assets.fetch(request);
      const bytes = await res.arrayBuffer();
      assetMs += performance.now() - t;
      return new Response(bytes, { status: res.status });
    },
  };
  // Node builds its web platform classes lazily, on first use; workerd has them from the start.
  await new Response(new Request('http://warm', { method: 'POST', body: '{}' }).body).text();
  new Headers({ a: 'b' });
  new URLSearchParams('a=b');
  new TextEncoder().encode('a');
  await crypto.subtle.digest('SHA-256', new Uint8Array(1));
  const session = profiled ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
  }
  const t0 = performance.now();
  const { worker, loadCatalog } = await import(pathToFileURL(bundlePath).href);
  const t1 = performance.now();
  await loadCatalog(env.ASSETS);
  const t2 = performance.now();
  if (session) {
    // Where the start's time goes, by source module of the bundle.
    const { profile } = await session.post('Profiler.stop');
    const { byModule, byFrame } = aggregateProfile(profile, { url: pathToFileURL(bundlePath).href, text: readFileSync(bundlePath, 'utf8') });
    const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
    console.log(JSON.stringify({ byModule: top(byModule, 12), byFrame: top(byFrame, 12) }));
    return;
  }
  const request = () => new Request('http://startup/graphql?query=%7B%20certification(slug%3A%22psm-i%22)%20%7B%20name%20%7D%20%7D');
  const first = await worker.fetch(request(), env, ctx);
  await first.text();
  const t3 = performance.now();
  await (await worker.fetch(request(), env, ctx)).text();
  const t4 = performance.now();
  if (first.status !== 200) throw new Error(`first request: ${first.status}`);
  console.log(JSON.stringify({ moduleMs: t1 - t0, catalogMs: t2 - t1, assetMs, firstMs: t3 - t2, secondMs: t4 - t3 }));
}

/** `wrangler check startup` once: { active, gzipKiB, profile }, or { error }. */
function wranglerStartup(dir) {
  const outfile = join(dir, 'startup.cpuprofile');
  try {
    // This Node runs wrangler (outside `npm run`, the PATH's node may be older than wrangler needs).
    const out = execFileSync(process.execPath, [join(root, 'node_modules/wrangler/bin/wrangler.js'), 'check', 'startup', '--outfile', outfile], {
      cwd: root,
      env: { ...process.env, PATH: `${dirname(process.execPath)}:${process.env.PATH}`, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 180_000,
    }).toString();
    const active = /Active:\s*([\d.]+)\s*ms/.exec(out)?.[1];
    const gzip = /gzip:\s*([\d.]+)\s*KiB/.exec(out)?.[1];
    return { active: Number(active), gzipKiB: Number(gzip), profile: JSON.parse(readFileSync(outfile, 'utf8')) };
  } catch (error) {
    return { error: `${error.message.split('\n')[0]} ${error.stderr?.toString().slice(-500) ?? ''}` };
  }
}

async function main() {
  const RUNS = Number(process.env.STARTUP_RUNS ?? 7);
  const size = Number(process.env.STARTUP_CERTIFICATIONS ?? 0);
  const dir = mkdtempSync(join(tmpdir(), 'certgraph-startup-'));
  try {
    const catalog = size ? catalogAsset(generateCatalog(realCatalog(), size)) : null;
    const bundlePath = join(dir, 'worker.mjs');
    await bundleWorker(bundlePath, { workerOnly: true, catalog });
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', bundlePath, catalog?.dir ?? ''], { cwd: root }).toString();
      runs.push(JSON.parse(out.trim().split('\n').pop()));
    }
    const profiled = JSON.parse(
      execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', bundlePath, catalog?.dir ?? '', 'profile'], { cwd: root })
        .toString()
        .trim()
        .split('\n')
        .pop(),
    );
    if (catalog) rmSync(catalog.dir, { recursive: true, force: true });
    const m = (k) => median(runs.map((r) => r[k]));
    const least = Math.min(...runs.map((r) => r.moduleMs + r.catalogMs));
    const start = median(runs.map((r) => r.moduleMs + r.catalogMs));
    console.log(
      `certgraph startup: ${RUNS} fresh Node ${process.version} processes, medians; catalog: ${size || 'the real one'}${size ? ' certifications' : ''}`,
    );
    console.log(`  module evaluation (bundle compiled and run, schema built, app created)  ${m('moduleMs').toFixed(1)} ms`);
    console.log(
      `  catalog loaded and indexed                                              ${m('catalogMs').toFixed(1)} ms (of which reading the asset ${m('assetMs').toFixed(1)} ms)`,
    );
    console.log(
      `  isolate start (the two)                                                 ${start.toFixed(1)} ms (least ${least.toFixed(1)})   target <= 30 ms: ${start <= 30 ? 'met' : 'NOT met'}`,
    );
    console.log(
      `  first request (cold code paths)                                         ${m('firstMs').toFixed(1)} ms; a second one ${m('secondMs').toFixed(2)} ms`,
    );
    const line = ([key, us]) => `    ${(us / 1000).toFixed(1).padStart(6)} ms  ${key}`;
    console.log('  where the start goes (one more run, profiled: module evaluation and catalog), self time by file:');
    for (const entry of profiled.byModule) console.log(line(entry));
    console.log('  and by function:');
    for (const entry of profiled.byFrame) console.log(line(entry));
    if (process.env.STARTUP_WRANGLER === '0') return;
    const tries = Array.from({ length: Number(process.env.STARTUP_WRANGLER_RUNS ?? 3) }, () => wranglerStartup(dir));
    const w = tries.find((t) => t.error) ?? { ...tries[0], active: median(tries.map((t) => t.active)), all: tries.map((t) => t.active) };
    if (w.error) {
      console.log(`wrangler check startup: could not run here: ${w.error}`);
      return;
    }
    console.log(`wrangler check startup (workerd, the deployable bundle; module evaluation only: the catalog loads on the first request):`);
    console.log(
      `  active ${w.active} ms (median; runs: ${w.all.join(', ')}; the least is the machine's least noise)   target <= 30 ms: ${w.active <= 30 ? 'met' : 'NOT met'}`,
    );
    console.log(`  bundle ${w.gzipKiB} KiB gzip   target <= 150 KiB: ${w.gzipKiB <= 150 ? 'met' : 'NOT met'}`);
    // (Its bundle is minified: its frames name few functions; the in-process profile above maps them to files.)
    const { byFrame, totalUs } = aggregateProfile(w.profile);
    console.log(`  its profile (${(totalUs / 1000).toFixed(1)} ms sampled, minified bundle), top frames by self time:`);
    for (const entry of [...byFrame]
      .filter(([key]) => !key.startsWith('(idle)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8))
      console.log(line(entry));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4], process.argv[5] === 'profile');
else await main();
