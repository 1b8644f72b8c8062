// Load test: drives `wrangler dev` (workerd) on loopback with a mix of lookup, list, compare,
// recommend and embed requests, using autocannon, bounded in time and count, and stops by
// itself. Prints req/s, p50/p99 latency, errors, wrong answers (responses sampled and compared
// with the same request answered in-process) and workerd's memory over the run.
//   npm run load                      (LOAD_SECONDS=20 LOAD_CONNECTIONS=10 by default)
// The Worker runs as `wrangler dev --env load`: the rate limits are configured out of the way,
// and the floor route is on (/__floor?bytes=n, src/load-floor.ts; off everywhere else).
//
// The floor: the same mix, each request replaced by a floor request answering as many bytes as
// that request's response, served by the same wrangler dev (the router answers before any
// middleware). The load runs in LOAD_ROUNDS rounds (default 4), each of LOAD_SECONDS / rounds of
// the mix between two LOAD_FLOOR_SECONDS (default 3) of the floor, so the machine's noise falls
// on both: each round's certgraph req/s as a share of the higher of its two floors (the floor is
// an upper bound: a lower reading is noise) is that round's ratio, and the median round's is the
// throughput ratio; issue 14's target is >= 50%.
//
// Memory is measured twice. workerd's RSS under `wrangler dev` grows with every request even for
// a hello-world Worker (the local dev runtime keeps something per request; LOAD_BASELINE=1 runs
// the same load against a hello-world Worker to show it), so it says little about this Worker.
// The Worker's own heap is measured in-process too: the same mix, 10,000 requests, V8 heap after
// garbage collection (finalizers allowed to run), every 2,500 requests: it must plateau.

import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { loadWorkerInProcess } from './in-process.mjs';
import { median } from './stats.mjs';

const PORT = Number(process.env.LOAD_PORT ?? 8797);
const BASE = `http://127.0.0.1:${PORT}`;
const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 10);
const MAX_REQUESTS = Number(process.env.LOAD_MAX_REQUESTS ?? 200_000);
const FLOOR_SECONDS = Number(process.env.LOAD_FLOOR_SECONDS ?? 3);
const ROUNDS = Math.max(1, Number(process.env.LOAD_ROUNDS ?? 4));
/** Every SAMPLE_EVERY-th response of each kind is compared with the in-process answer. */
const SAMPLE_EVERY = 25;

const json = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
const MIX = [
  {
    name: 'lookup',
    method: 'POST',
    path: '/graphql',
    body: { query: '{ certification(slug: "psm-i") { acronym name cost { amountUsd } topics { depth topic { slug } } } }' },
  },
  {
    name: 'list',
    method: 'GET',
    path: `/graphql?${new URLSearchParams({ query: '{ certifications(filter: { roles: ["product-owner"] }, orderBy: COST, first: 10) { totalCount nodes { slug cost { amountUsd } } } }' })}`,
  },
  {
    name: 'compare',
    method: 'POST',
    path: '/graphql',
    body: {
      query:
        'query($c: [String!]!) { compare(certifications: $c) { similarity sharedFundamentals { slug } distinct { certification { slug } topics { slug } } differences { attribute values { value } } summary } }',
      variables: { c: ['csm', 'cspo', 'psm-i'] },
    },
  },
  {
    name: 'recommend',
    method: 'POST',
    path: '/graphql',
    body: {
      query: 'query($p: ProfileInput!) { recommend(profile: $p) { rank score certification { slug } reasons { code message weight } } }',
      variables: { p: { currentRole: 'scrum-master', held: ['csm'], targetRole: 'product-owner' } },
    },
  },
  { name: 'embed', method: 'GET', path: '/embed/recommendations?targetRole=scrum-master&theme=light' },
];

// LOAD_ONLY=lookup,list runs part of the mix (to find which request costs what).
const ONLY = process.env.LOAD_ONLY?.split(',');
const RUN = ONLY ? MIX.filter((m) => ONLY.includes(m.name)) : MIX;

function requestOf(m) {
  return {
    method: m.method,
    path: m.path,
    headers: m.body ? json : { accept: m.name === 'embed' ? 'text/html' : 'application/graphql-response+json' },
    body: m.body ? JSON.stringify(m.body) : undefined,
  };
}

/** What a response means, for comparison: a GraphQL response's data and errors, or the page. */
function meaning(text) {
  try {
    const body = JSON.parse(text);
    return JSON.stringify({ data: body.data, errors: body.errors });
  } catch {
    return text;
  }
}

/** Each request's answer in-process: its meaning (to compare with), and its size in bytes (for the floor). */
async function expectedAnswers() {
  const { worker, env, ctx } = await loadWorkerInProcess();
  const expected = new Map();
  const sizes = new Map();
  for (const m of MIX) {
    const r = requestOf(m);
    const res = await worker.fetch(new Request(`http://127.0.0.1${m.path}`, { method: r.method, headers: r.headers, body: r.body }), env, ctx);
    if (res.status !== 200) throw new Error(`in-process ${m.name}: ${res.status}`);
    const text = await res.text();
    expected.set(m.name, meaning(text));
    sizes.set(m.name, new TextEncoder().encode(text).length);
  }
  return { expected, sizes };
}

const rateOf = (r) => r.requests.total / r.duration;

/** The mix's rounds as one result: totals, the overall rate, the median round's p50 and the worst p99 and max. */
function merged(rounds) {
  const sum = (f) => rounds.reduce((n, r) => n + f(r), 0);
  return {
    requests: { total: sum((r) => r.requests.total) },
    rate: sum((r) => r.requests.total) / sum((r) => r.duration),
    latency: {
      p50: median(rounds.map((r) => r.latency.p50)),
      p99: Math.max(...rounds.map((r) => r.latency.p99)),
      max: Math.max(...rounds.map((r) => r.latency.max)),
    },
    errors: sum((r) => r.errors),
    timeouts: sum((r) => r.timeouts),
  };
}

/** The floor's load: the mix's requests as floor requests of the same response sizes, for `seconds`. */
async function floorLoad(sizes, seconds) {
  const requests = RUN.map((m) => ({ method: 'GET', path: `/__floor?bytes=${sizes.get(m.name)}` }));
  const r = await autocannon({ url: BASE, connections: CONNECTIONS, duration: seconds, maxOverallRequests: MAX_REQUESTS, requests, timeout: 10 });
  const bad = r.errors + r.timeouts + r.non2xx;
  if (bad) throw new Error(`the floor route failed ${bad} times (is LOAD_FLOOR on in [env.load.vars]?)`);
  return r;
}

function workerdPids(parent) {
  try {
    const all = execFileSync('ps', ['-eo', 'pid=,ppid=,comm='])
      .toString()
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/));
    const descendants = new Set([String(parent)]);
    for (let changed = true; changed; ) {
      changed = false;
      for (const [pid, ppid] of all) {
        if (descendants.has(ppid) && !descendants.has(pid)) {
          descendants.add(pid);
          changed = true;
        }
      }
    }
    return all.filter(([pid, , comm]) => descendants.has(pid) && comm.includes('workerd')).map(([pid]) => pid);
  } catch {
    return [];
  }
}

function rssMiB(pids) {
  let kib = 0;
  for (const pid of pids) {
    try {
      kib += Number(execFileSync('ps', ['-o', 'rss=', '-p', pid]).toString().trim() || 0);
    } catch {}
  }
  return kib / 1024;
}

async function startWorker(args = ['--env', 'load'], cwd = process.cwd()) {
  // The project's own wrangler, by path: the baseline runs from a temporary folder.
  const wrangler = join(process.cwd(), 'node_modules', '.bin', 'wrangler');
  const child = spawn(wrangler, ['dev', ...args, '--port', String(PORT), '--ip', '127.0.0.1', '--inspector-port', '0'], {
    cwd,
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${BASE}/graphql?query=%7B__typename%7D`)).ok) return child;
    } catch {}
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`wrangler dev did not start:\n${log.slice(-2000)}`);
}

/** The same load against a hello-world Worker under wrangler dev: what the runtime itself keeps. */
async function baseline() {
  const dir = mkdtempSync(join(tmpdir(), 'certgraph-baseline-'));
  writeFileSync(join(dir, 'index.js'), 'export default { fetch: () => new Response("hello") };');
  writeFileSync(join(dir, 'wrangler.toml'), 'name = "hello"\nmain = "index.js"\ncompatibility_date = "2026-11-01"\n');
  const hello = await startWorker([], dir);
  try {
    const pids = workerdPids(hello.pid);
    const before = rssMiB(pids);
    const r = await autocannon({ url: BASE, connections: CONNECTIONS, duration: SECONDS, maxOverallRequests: MAX_REQUESTS, timeout: 10 });
    const after = rssMiB(pids);
    console.log(
      `baseline (hello-world Worker, same harness): ${r.requests.total} requests, RSS ${before.toFixed(1)} -> ${after.toFixed(1)} MiB: +${(((after - before) * 1024) / r.requests.total).toFixed(1)} KiB per request`,
    );
  } finally {
    try {
      process.kill(-hello.pid, 'SIGTERM');
    } catch {}
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The V8 heap of this Worker run in-process, after GC with finalizers run, every 2,500 requests. */
async function inProcessHeap() {
  if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc (npm run load does)');
  const { worker, env, ctx } = await loadWorkerInProcess();
  const settle = async () => {
    for (let i = 0; i < 5; i++) {
      globalThis.gc();
      await new Promise((r) => setTimeout(r, 50));
    }
    return process.memoryUsage().heapUsed / 1048576;
  };
  const heap = [await settle()];
  for (let round = 0; round < 4; round++) {
    for (let i = 0; i < 2500; i++) {
      const m = MIX[i % MIX.length];
      const r = requestOf(m);
      await (await worker.fetch(new Request(`http://127.0.0.1${m.path}`, { method: r.method, headers: r.headers, body: r.body }), env, ctx)).text();
    }
    heap.push(await settle());
  }
  return heap;
}

const { expected, sizes } = await expectedAnswers();
const child = await startWorker();
let exitCode = 1;
try {
  const pids = workerdPids(child.pid);
  // Warm up, then measure memory before the load.
  for (let i = 0; i < 200; i++) {
    const m = RUN[i % RUN.length];
    const r = requestOf(m);
    await (await fetch(BASE + m.path, { method: r.method, headers: r.headers, body: r.body })).text();
  }
  const probe = await fetch(`${BASE}/__floor?bytes=100`);
  if (probe.status !== 200 || (await probe.text()).length !== 100) throw new Error(`the floor route is off under --env load (${probe.status})`);
  for (const m of RUN) await (await fetch(`${BASE}/__floor?bytes=${sizes.get(m.name)}`)).text();
  const floors = [await floorLoad(sizes, FLOOR_SECONDS)];
  const memory = { before: rssMiB(pids), peak: 0, samples: [] };
  const sampler = setInterval(() => {
    const now = rssMiB(pids);
    memory.samples.push(now);
    memory.peak = Math.max(memory.peak, now);
  }, 1000);

  const counts = Object.fromEntries(RUN.map((m) => [m.name, { seen: 0, checked: 0, wrong: 0, status5xx: 0, non200: 0 }]));
  const wrongExamples = [];
  const requests = RUN.map((m) => ({
    ...requestOf(m),
    onResponse: (status, body) => {
      const c = counts[m.name];
      c.seen++;
      if (status >= 500) c.status5xx++;
      if (status !== 200) c.non200++;
      if (status === 200 && c.seen % SAMPLE_EVERY === 1) {
        c.checked++;
        if (meaning(body.toString()) !== expected.get(m.name)) {
          c.wrong++;
          if (wrongExamples.length < 3) wrongExamples.push(`${m.name}: ${body.toString().slice(0, 200)}`);
        }
      }
    },
  }));

  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const perRound = { connections: CONNECTIONS, duration: SECONDS / ROUNDS, maxOverallRequests: Math.ceil(MAX_REQUESTS / ROUNDS) };
    rounds.push(await autocannon({ url: BASE, ...perRound, requests, timeout: 10 }));
    floors.push(await floorLoad(sizes, FLOOR_SECONDS));
  }
  clearInterval(sampler);
  memory.after = rssMiB(pids);
  const result = merged(rounds);
  const served = result.requests.total + floors.reduce((n, f) => n + f.requests.total, 0);

  const total = Object.values(counts).reduce(
    (a, c) => ({
      seen: a.seen + c.seen,
      checked: a.checked + c.checked,
      wrong: a.wrong + c.wrong,
      status5xx: a.status5xx + c.status5xx,
      non200: a.non200 + c.non200,
    }),
    { seen: 0, checked: 0, wrong: 0, status5xx: 0, non200: 0 },
  );
  console.log(
    `certgraph load: ${SECONDS} s, ${CONNECTIONS} connections, wrangler dev (workerd) on ${BASE}, ${RUN.length}-request mix (${RUN.map((m) => m.name).join(', ')})`,
  );
  console.log(
    `requests: ${result.requests.total} (${result.rate.toFixed(0)} req/s), latency p50 ${result.latency.p50} ms (median round), p99 ${result.latency.p99} ms, max ${result.latency.max} ms (worst round)`,
  );
  // Each round against the higher of the floors either side of it (a lower reading is the machine's noise).
  const shares = rounds.map((r, i) => rateOf(r) / Math.max(rateOf(floors[i]), rateOf(floors[i + 1])));
  const share = median(shares);
  console.log(
    `floor (same wrangler dev, /__floor with each request's response size, ${FLOOR_SECONDS} s around each of ${ROUNDS} rounds): ${floors.map((f) => rateOf(f).toFixed(0)).join(', ')} req/s`,
  );
  console.log(
    `certgraph / floor: ${(100 * share).toFixed(0)}% of the floor's req/s (median round; rounds: ${shares.map((x) => `${(100 * x).toFixed(0)}%`).join(', ')})   target >= 50%: ${share >= 0.5 ? 'met' : 'NOT met'}`,
  );
  console.log(`errors: ${result.errors} connection errors, ${result.timeouts} timeouts, ${total.non200} non-200, ${total.status5xx} 5xx`);
  console.log(`answers: ${total.checked} sampled and compared with in-process results, ${total.wrong} wrong`);
  for (const [name, c] of Object.entries(counts))
    console.log(`  ${name.padEnd(10)} ${String(c.seen).padStart(7)} responses, ${c.checked} checked, ${c.wrong} wrong, ${c.non200} non-200`);
  const tail = memory.samples.slice(-5);
  if (process.env.LOAD_VERBOSE) console.log(`memory samples: ${memory.samples.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(
    `memory (workerd RSS under wrangler dev): ${memory.before.toFixed(1)} MiB before, peak ${memory.peak.toFixed(1)} MiB, ${memory.after.toFixed(1)} MiB after: +${(((memory.after - memory.before) * 1024) / served).toFixed(1)} KiB per request (mix and floor); last 5 s: ${tail.map((x) => x.toFixed(1)).join(', ')}`,
  );
  for (const w of wrongExamples) console.log(`  wrong: ${w}`);
  exitCode = total.status5xx === 0 && total.wrong === 0 && result.errors === 0 && result.timeouts === 0 && total.non200 === 0 ? 0 : 1;
} finally {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {}
}
// The server is stopped before the baseline takes its port.
await new Promise((r) => setTimeout(r, 2000));
if (process.env.LOAD_BASELINE) await baseline();
const heap = await inProcessHeap();
console.log(`heap (this Worker in-process, after GC): ${heap.map((x) => x.toFixed(1)).join(' -> ')} MiB over ${heap.length - 1} x 2,500 requests of the mix`);
const stable = heap[heap.length - 1] - heap[1] < 2;
console.log(stable ? 'memory: stable (the heap plateaus once caches are warm)' : 'memory: GROWING');
if (!stable) exitCode = 1;
console.log(exitCode === 0 ? 'load: no 5xx, no wrong answer, memory stable' : 'load: FAILED');
process.exit(exitCode);
