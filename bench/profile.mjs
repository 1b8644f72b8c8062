// A CPU profile of one benchmark case: the Worker in-process (bench/in-process.mjs), the case's
// request sent a few thousand times through the uncached path (createApp({ responseCache: false }),
// or the normal app for the cases that time a cache), profiled by V8 (the profile `node
// --cpu-prof` writes, started after warm-up so the build and the first requests stay out of it).
// Prints the top self-time frames, aggregated by function and source module (the bundle's lines
// are mapped back to the file they came from), then self time per module.
//   npm run bench:profile -- CASE         CASE: part of a case name of bench/cases.mjs, or a regex
//   PROFILE_ITERATIONS=n (default 3000)   PROFILE_TOP=n (default 25)   PROFILE_OUT=file.cpuprofile
//   PROFILE_CERTIFICATIONS=n   on a catalog of n certifications (bench/catalog-gen.mjs), not the real one
//   PROFILE_PLANS=1   with the execution plans spike (bench/plans/): the case's document executed by its plan

import { rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { cases } from './cases.mjs';
import { catalogAsset, generateCatalog, realCatalog } from './catalog-gen.mjs';
import { aggregateProfile } from './cpuprofile.mjs';
import { loadWorkerInProcess } from './in-process.mjs';

const ITERATIONS = Number(process.env.PROFILE_ITERATIONS ?? 3000);
const TOP = Number(process.env.PROFILE_TOP ?? 25);
const pattern = process.argv[2];
/** A case name matches when it contains CASE, or when CASE is a regex it matches. */
const matches = (name) => {
  if (name.includes(pattern)) return true;
  try {
    return new RegExp(pattern, 'i').test(name);
  } catch {
    return false;
  }
};
const matching = pattern ? cases.filter((c) => matches(c.name)) : [];
if (matching.length === 0) {
  console.error(`usage: npm run bench:profile -- CASE   (${pattern ? `no case matches "${pattern}"; ` : ''}cases:)`);
  for (const c of cases) console.error(`  ${c.name}`);
  process.exit(2);
}
const kase = matching[0];
if (matching.length > 1) console.log(`"${pattern}" matches ${matching.length} cases; profiling the first`);

const size = Number(process.env.PROFILE_CERTIFICATIONS ?? 0);
const catalog = size ? catalogAsset(generateCatalog(realCatalog(), size)) : null;
const plans = process.env.PROFILE_PLANS === '1';
const { worker, createApp, env, ctx, bundle, extra } = await loadWorkerInProcess({
  catalog,
  extraExports: plans ? [`export { executionPlans } from './bench/plans/plugin.ts';`] : [],
});
// (The generated catalog's folder is removed when this process exits: each isolate loads it on its first request.)
if (catalog) process.on('exit', () => rmSync(catalog.dir, { recursive: true, force: true }));
const plugins = plans ? [extra.executionPlans({ isKnown: () => true })] : [];
const app = kase.cached ? worker : createApp({ responseCache: false, plugins });
const send = (req) => app.fetch(req, env, ctx);

await kase.prepare?.(send);
const first = await send(kase.request());
const body = await first.text();
if (first.status !== (kase.status ?? 200)) throw new Error(`${kase.name}: status ${first.status}: ${body.slice(0, 300)}`);
kase.check?.(body);
const loop = async (n) => {
  for (let i = 0; i < n; i++) await (await send(kase.request())).text();
};
await loop(Math.min(500, ITERATIONS));

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
const t0 = performance.now();
await loop(ITERATIONS);
const elapsed = performance.now() - t0;
const { profile } = await session.post('Profiler.stop');
session.disconnect();
if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile));

const { byFrame, byModule, callers, totalUs } = aggregateProfile(profile, bundle);

const perRequest = (us) => `${(us / ITERATIONS).toFixed(1).padStart(7)} us/req`;
const pct = (us) => `${((100 * us) / totalUs).toFixed(1).padStart(5)}%`;
console.log(
  `${kase.name}${size ? ` on ${size} certifications` : ''}${plans ? ', with execution plans' : ''}: ${ITERATIONS} requests (${kase.cached ? 'cached path' : 'uncached: responseCache off'}), ${body.length} bytes each`,
);
console.log(`wall ${((1000 * elapsed) / ITERATIONS).toFixed(1)} us/request (profiler on); ${(totalUs / 1000).toFixed(0)} ms sampled`);
console.log(`\ntop ${TOP} frames by self time (function  module:line in that module of the bundle)`);
const top = [...byFrame].sort((a, b) => b[1] - a[1]).slice(0, TOP);
for (const [key, us] of top) console.log(`${pct(us)} ${perRequest(us)}  ${key}`);
console.log("\ncallers of the top 8 (two frames up, by the share of the frame's self time)");
for (const [key, us] of top.slice(0, 8)) {
  console.log(`  ${key}`);
  for (const [chain, t] of [...callers.get(key)].sort((a, b) => b[1] - a[1]).slice(0, 2))
    console.log(`    ${((100 * t) / us).toFixed(0).padStart(3)}%  <- ${chain || '(top of stack)'}`);
}
console.log('\nself time by package / source file');
for (const [mod, us] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${pct(us)} ${perRequest(us)}  ${mod}`);
