// Prices vs measured CPU. The cost limit is only honest if a field's price follows the CPU it
// takes; this prints, per priced field, its price and the price its measured time implies, so the
// table stays honest when code or catalog change. Figures, not pass/fail: `npm run bench:prices`.
//
// Model: a request's time = floor + unit x cost. The unit (microseconds per cost unit) is fitted
// on plain queries (lists of catalog fields, priced 1 a field). A probe resolves a field k times
// (aliases, or the items of a list) on top of a base query; its implied own price is
//   ((T - T_base) - unit x ((C - C_base) - k x price)) / (k x unit)
// where T are median times and C the costs the API reports. The Worker runs in-process (V8, as in
// workerd), one request at a time: wall-clock time on one thread is CPU time.
//   PRICE_ITERATIONS=n  timed runs per query (default 300, after 60 warm-up runs)
import { getIntrospectionQuery } from 'graphql';
import { loadWorkerInProcess } from './in-process.mjs';

const ITERATIONS = Number(process.env.PRICE_ITERATIONS ?? 300);
const WARMUP = 60;
const { worker, env, ctx, schema, LIMITS, INTROSPECTION_FIELD_PRICE } = await loadWorkerInProcess();

const request = (query, variables) =>
  new Request('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });

// Every query is timed in several rounds, round robin, so JIT warm-up and GC fall on all alike;
// a query's time is the lowest of its per-round medians (noise only ever adds time).
const ROUNDS = Number(process.env.PRICE_ROUNDS ?? 5);
const measured = new Map();
async function timeOnce(query, runs) {
  let body;
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const req = request(query);
    const t0 = performance.now();
    const res = await worker.fetch(req, env, ctx);
    body = await res.text();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(samples.length / 2)], body };
}
async function measureAll(queries) {
  const unique = [...new Set(queries)];
  for (const q of unique) await timeOnce(q, WARMUP);
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of unique) {
      const { ms, body } = await timeOnce(q, Math.ceil(ITERATIONS / ROUNDS));
      const parsed = JSON.parse(body);
      if (parsed.errors) throw new Error(`${q.slice(0, 120)}: ${JSON.stringify(parsed.errors).slice(0, 300)}`);
      const prev = measured.get(q);
      measured.set(q, { ms: Math.min(ms, prev?.ms ?? Infinity), cost: parsed.extensions.cost.requested, bytes: body.length });
    }
  }
}
const measure = (query) => measured.get(query);

const aliases = (k, field) => `{ ${Array.from({ length: k }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
function ownPrice(typeName, fieldName, args = {}) {
  const field = schema.getType(typeName).getFields()[fieldName];
  let price = field.extensions?.complexity;
  if (typeof price === 'function') price = price(args);
  return typeof price === 'number' ? price : (price?.field ?? 1);
}

const FLOOR = '{ __typename }';
// Plain queries: catalog fields, 1 a field; lists priced by their expected sizes.
// Page sizes match the catalog (a page of 100 would be priced for 100 items, and find 25).
const PLAIN = [
  '{ certifications(first: 25) { nodes { slug name acronym summary url requiresCourse level } } }',
  '{ topics { slug name description kind officialNames certifications { slug acronym } } }',
  '{ certifications(first: 25) { nodes { slug topics { depth basis topic { slug name kind } } } } }',
  '{ providers { slug name certifications { slug name roles { slug name } prerequisites { slug } } } }',
  '{ roles { slug name topics { slug name } certifications { slug acronym cost { amountUsd asOf source { url } } } } }',
  '{ certifications(first: 25) { nodes { slug exam { questions durationMinutes format source { url title confidence } } renewal { required everyYears source { url } } holders { count asOf } } } }',
];

// Slugs from the catalog, for profiles with many interests and held certifications.
const slugsOf = async (query, pick) => pick((await (await worker.fetch(request(query), env, ctx)).json()).data);
const TOPICS = await slugsOf('{ topics { slug } }', (d) => d.topics.map((t) => t.slug));
const CERTS = await slugsOf('{ certifications(first: 100) { nodes { slug } } }', (d) => d.certifications.nodes.map((c) => c.slug));
const SIX = '["psm-i", "pspo-i", "csm", "cspo", "pmi-acp", "ssm"]';
const MATRIX_PAIRS = 'overlapMatrix { pairs { similarity } }';
const probes = [
  { field: 'Query.overlapMatrix', note: 'whole catalog', k: 10, query: aliases(10, 'overlapMatrix { certifications { slug } }'), args: {} },
  {
    field: 'Query.overlapMatrix',
    note: '6 certifications',
    k: 10,
    query: aliases(10, `overlapMatrix(certifications: ${SIX}) { certifications { slug } }`),
    args: { certifications: JSON.parse(SIX) },
  },
  {
    field: 'OverlapMatrix.similarity',
    note: 'whole catalog',
    k: 10,
    base: aliases(10, 'overlapMatrix { certifications { slug } }'),
    query: aliases(10, 'overlapMatrix { certifications { slug } similarity }'),
  },
  {
    field: 'Overlap.shared',
    note: 'per pair (topic lists built on first read)',
    k: 300,
    base: `{ ${MATRIX_PAIRS} }`,
    query: '{ overlapMatrix { pairs { similarity shared { slug } } } }',
  },
  {
    field: 'Query.compare',
    note: '2 certifications',
    k: 10,
    query: aliases(10, 'compare(certifications: ["psm-i", "pspo-i"]) { similarity }'),
    args: { certifications: ['psm-i', 'pspo-i'] },
  },
  {
    field: 'Query.compare',
    note: '6 certifications',
    k: 10,
    query: aliases(10, `compare(certifications: ${SIX}) { similarity }`),
    args: { certifications: JSON.parse(SIX) },
  },
  {
    field: 'Query.recommend',
    note: 'first: 3',
    k: 10,
    query: aliases(10, 'recommend(profile: { targetRole: "product-owner", held: ["csm"] }, first: 3) { rank }'),
    args: { first: 3, profile: { held: ['csm'] } },
  },
  {
    field: 'Query.recommend',
    note: 'first: 10, interests',
    k: 10,
    query: aliases(10, 'recommend(profile: { currentRole: "scrum-master", interests: ["facilitation", "product-vision"] }, first: 10) { rank }'),
    args: { first: 10, profile: { interests: ['facilitation', 'product-vision'] } },
  },
  {
    field: 'Query.learningPath',
    note: 'to a role',
    k: 10,
    query: aliases(10, 'learningPath(profile: { targetRole: "scrum-master", held: ["psm-i"] }) { goal }'),
    args: { profile: { held: ['psm-i'] } },
  },
  {
    field: 'Query.learningPath',
    note: '3 interests',
    k: 10,
    query: aliases(10, 'learningPath(profile: { interests: ["facilitation", "product-vision", "scaling"] }) { goal }'),
    args: { profile: { interests: ['facilitation', 'product-vision', 'scaling'] } },
  },
  {
    field: 'Query.learningPath',
    note: '20 interests, 10 held',
    k: 10,
    query: aliases(
      10,
      `learningPath(profile: { targetRole: "product-owner", interests: ${JSON.stringify(TOPICS.slice(0, 20))}, held: ${JSON.stringify(CERTS.slice(0, 10))} }) { goal }`,
    ),
    args: { profile: { interests: TOPICS.slice(0, 20), held: CERTS.slice(0, 10) } },
  },
  {
    field: 'Query.learningPath',
    note: 'every topic as an interest',
    k: 10,
    query: aliases(10, `learningPath(profile: { interests: ${JSON.stringify(TOPICS.slice(0, 50))} }) { goal }`),
    args: { profile: { interests: TOPICS.slice(0, 50) } },
  },
  {
    field: 'Query.recommend',
    note: 'first: 10, every topic, 20 held',
    k: 10,
    query: aliases(
      10,
      `recommend(profile: { interests: ${JSON.stringify(TOPICS.slice(0, 50))}, held: ${JSON.stringify(CERTS.slice(0, 20))} }, first: 10) { rank }`,
    ),
    args: { first: 10, profile: { interests: TOPICS.slice(0, 50), held: CERTS.slice(0, 20) } },
  },
  {
    field: 'Certification.overlapWith',
    note: 'one pair',
    k: 20,
    base: '{ certification(slug: "psm-i") { slug } }',
    query: `{ certification(slug: "psm-i") { slug ${Array.from({ length: 20 }, (_, i) => `o${i}: overlapWith(certification: "pspo-i") { similarity }`).join(' ')} } }`,
    args: { certification: 'pspo-i' },
  },
];
// Introspection is priced per field (INTROSPECTION_FIELD_PRICE), lists by the schema's sizes.
// Whole queries, for the table's sanity: the heaviest useful query and GraphiQL's introspection.
const EXTRA = [
  {
    note: "the whole matrix with every pair's topic lists",
    query:
      '{ overlapMatrix { certifications { slug } similarity pairs { a { slug } b { slug } similarity coverageOfA coverageOfB shared { slug } onlyA { slug } onlyB { slug } } } }',
  },
];
const INTROSPECTION = [
  {
    note: "GraphiQL's introspection query",
    query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true, directiveIsRepeatable: true }),
  },
  {
    note: '__schema: types, fields, args',
    query:
      '{ __schema { types { name description fields { name description args { name description type { name } } type { name kind ofType { name kind } } } } } }',
  },
  { note: '__type(name: "Certification")', query: '{ __type(name: "Certification") { name fields { name description type { name kind ofType { name } } } } }' },
];

console.log(
  `certgraph prices vs CPU: ${ITERATIONS} runs per query in ${ROUNDS} rounds (lowest round median), in-process, Node ${process.version}; cost limit ${LIMITS.cost.toLocaleString('en-US')}`,
);
await measureAll([FLOOR, ...PLAIN, ...probes.flatMap((p) => [p.base ?? FLOOR, p.query]), ...INTROSPECTION.map((q) => q.query), ...EXTRA.map((q) => q.query)]);
const floor = measure(FLOOR);
let sumMs = 0;
let sumCost = 0;
const plain = [];
for (const q of PLAIN) {
  const m = measure(q);
  plain.push(m);
  sumMs += m.ms - floor.ms;
  sumCost += m.cost - floor.cost;
}
const unit = sumMs / sumCost;
console.log(`floor ({ __typename }): ${floor.ms.toFixed(3)} ms; unit fitted on ${PLAIN.length} plain queries: ${(unit * 1000).toFixed(3)} us per cost unit`);
console.log(`the cost limit is then about ${(LIMITS.cost * unit).toFixed(1)} ms of CPU above the floor`);
for (const [i, m] of plain.entries()) {
  console.log(
    `  plain ${i + 1}: cost ${String(m.cost).padStart(5)}, ${(m.ms - floor.ms).toFixed(3)} ms above floor, ${((m.ms - floor.ms) / ((m.cost - floor.cost) * unit)).toFixed(2)}x the model`,
  );
}
console.log('');
console.log(
  `${'field'.padEnd(26)} ${'probe'.padEnd(42)} ${'price'.padStart(7)} ${'implied'.padStart(8)} ${'us each'.padStart(8)} ${'price/implied'.padStart(13)}`,
);
for (const p of probes) {
  const [typeName, fieldName] = p.field.split('.');
  const price = ownPrice(typeName, fieldName, p.args);
  const base = measure(p.base ?? FLOOR);
  const m = measure(p.query);
  const own = (m.ms - base.ms - unit * (m.cost - base.cost - p.k * price)) / p.k;
  const implied = own / unit;
  console.log(
    `${p.field.padEnd(26)} ${p.note.padEnd(42)} ${price.toFixed(1).padStart(7)} ${implied.toFixed(1).padStart(8)} ${(own * 1000).toFixed(1).padStart(8)} ${(price / Math.max(implied, 0.01)).toFixed(2).padStart(13)}`,
  );
}
console.log('');
console.log(`introspection, priced ${INTROSPECTION_FIELD_PRICE} a field:`);
for (const q of INTROSPECTION) {
  const m = measure(q.query);
  const implied = (m.ms - floor.ms) / unit;
  console.log(
    `  ${q.note.padEnd(40)} cost ${String(m.cost).padStart(6)}, implied ${implied.toFixed(0).padStart(6)} (${(m.cost / implied).toFixed(2)}x), ${m.bytes.toLocaleString('en-US')} bytes`,
  );
}
console.log('');
console.log('whole queries: priced cost vs the cost their time implies');
for (const q of EXTRA) {
  const m = measure(q.query);
  const implied = (m.ms - floor.ms) / unit;
  console.log(
    `  ${q.note.padEnd(48)} cost ${String(m.cost).padStart(6)}, implied ${implied.toFixed(0).padStart(6)} (${(m.cost / implied).toFixed(2)}x), ${(m.ms - floor.ms).toFixed(2)} ms above floor, ${m.bytes.toLocaleString('en-US')} bytes`,
  );
}
