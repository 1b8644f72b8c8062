// Prices vs measured CPU. The cost limit is only honest if a field's price bounds the CPU it
// takes; this prints, per priced field, its price and the price its measured time implies, so the
// table stays honest when code or catalog change. Figures, not pass/fail: `npm run bench:prices`.
//
// Model: a request's time = floor + unit x values, where values are what its response holds (a
// key of an object, or an item of a list of values): the work graphql-js does, one resolver call
// and one completed value each. The unit (microseconds per value) is fitted on plain queries. A
// price is an upper bound: lists are priced at the most items they hold in the catalog, so a
// query's real values are at most its price (each value costs at least 1). A probe resolves a
// field k times (aliases, or the items of a list) on top of a base query; its implied own price is
//   ((T - T_base) - unit x ((V - V_base) - k)) / (k x unit)
// (its own key counted in its price). Whole queries show their price against the units their time
// implies (price/implied >= 1: the price bounds the CPU), and so do random nested queries.
// The Worker runs in-process (V8, as in workerd), one request at a time: wall-clock time on one
// thread is CPU time. Every request computes: no response cache, and the domain's memo emptied.
//   PRICE_ITERATIONS=n  timed runs per query (default 300, after 60 warm-up runs)
//   PRICE_RANDOM=n      random nested queries (default 200)
import { getIntrospectionQuery } from 'graphql';
import { loadWorkerInProcess } from './in-process.mjs';
import { median } from './stats.mjs';

const ITERATIONS = Number(process.env.PRICE_ITERATIONS ?? 300);
const WARMUP = 60;
const { createApp, env, ctx, schema, LIMITS, caches } = await loadWorkerInProcess();
// Prices bound a computation, not a cache hit: the response caches are off, and the domain's memo
// (src/resolvers/memo.ts) is emptied before each timed request, so every request computes.
const worker = createApp({ responseCache: false });

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
    caches.memo.clear();
    const t0 = performance.now();
    const res = await worker.fetch(req, env, ctx);
    body = await res.text();
    samples.push(performance.now() - t0);
  }
  return { ms: median(samples), body };
}
async function measureAll(queries, iterations = ITERATIONS, warmup = WARMUP) {
  const unique = [...new Set(queries)];
  for (const q of unique) await timeOnce(q, warmup);
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of unique) {
      const { ms, body } = await timeOnce(q, Math.ceil(iterations / ROUNDS));
      const parsed = JSON.parse(body);
      if (parsed.errors) throw new Error(`${q.slice(0, 120)}: ${JSON.stringify(parsed.errors).slice(0, 300)}`);
      const prev = measured.get(q);
      measured.set(q, { ms: Math.min(ms, prev?.ms ?? Infinity), cost: parsed.extensions.cost.requested, values: values(parsed.data), bytes: body.length });
    }
  }
}
const measure = (query) => measured.get(query);

/** The values a response holds: a key of an object, or an item of a list of values, is one. */
function values(v) {
  if (Array.isArray(v)) return v.reduce((n, x) => n + (x !== null && typeof x === 'object' ? values(x) : 1), 0);
  if (v !== null && typeof v === 'object') return Object.values(v).reduce((n, x) => n + 1 + (x !== null && typeof x === 'object' ? values(x) : 0), 0);
  return 0;
}

const aliases = (k, field) => `{ ${Array.from({ length: k }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
function ownPrice(typeName, fieldName, args = {}) {
  const field = schema.getType(typeName).getFields()[fieldName];
  let price = field.extensions?.complexity;
  if (typeof price === 'function') price = price(args);
  return typeof price === 'number' ? price : (price?.field ?? 1);
}

const FLOOR = '{ __typename }';
// Plain queries: catalog fields, one value each (the unit is fitted on the values they return).
const PLAIN = [
  '{ certifications(first: 45) { nodes { slug name acronym summary url requiresCourse level } } }',
  '{ topics { slug name description kind officialNames certifications { slug acronym } } }',
  '{ certifications(first: 45) { nodes { slug topics { depth basis topic { slug name kind } } } } }',
  '{ providers { slug name certifications { slug name roles { slug name } prerequisites { slug } } } }',
  '{ roles { slug name topics { slug name } certifications { slug acronym price { status budgetUsd asOf } } } }',
  '{ certifications(first: 45) { nodes { slug exam { questions durationMinutes format source { url title confidence } } renewal { required everyYears source { url } } holders { count asOf } } } }',
];

// Slugs from the catalog, for profiles with many interests and held certifications.
const slugsOf = async (query, pick) => pick((await (await worker.fetch(request(query), env, ctx)).json()).data);
const TOPICS = await slugsOf('{ topics { slug } }', (d) => d.topics.map((t) => t.slug));
const CERTS = await slugsOf('{ certifications(first: 100) { nodes { slug } } }', (d) => d.certifications.nodes.map((c) => c.slug));
const SIX = '["psm-i", "pspo-i", "csm", "cspo", "pmi-acp", "ssm"]';
const others = CERTS.filter((c) => c !== 'psm-i').slice(0, 20);
const overlaps = (selection) =>
  `{ certification(slug: "psm-i") { slug ${others.map((c, i) => `o${i}: overlapWith(certification: "${c}") { ${selection} }`).join(' ')} } }`;
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
    note: 'whole catalog (2,025 cells)',
    k: 4,
    base: aliases(4, 'overlapMatrix { certifications { slug } }'),
    query: aliases(4, 'overlapMatrix { certifications { slug } similarity }'),
  },
  {
    field: 'Overlap.shared',
    note: 'per pair (topic lists built on first read)',
    k: 20,
    base: overlaps('similarity'),
    query: overlaps('similarity shared { slug }'),
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
    k: 5,
    query: aliases(5, `learningPath(profile: { interests: ${JSON.stringify(TOPICS.slice(0, 50))} }) { goal }`),
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
    field: 'Query.recommendations',
    note: 'first: 3, 4 held',
    k: 10,
    query: aliases(
      10,
      `recommendations(profile: { targetRole: "project-manager", interests: ["user-stories"], held: ${JSON.stringify(CERTS.slice(0, 4))} }) { fitCount }`,
    ),
    args: { first: 3, profile: { interests: ['user-stories'], held: CERTS.slice(0, 4) } },
  },
  {
    field: 'Query.recommendations',
    note: 'first: 10, every topic, 20 held',
    k: 10,
    query: aliases(
      10,
      `recommendations(profile: { interests: ${JSON.stringify(TOPICS.slice(0, 50))}, held: ${JSON.stringify(CERTS.slice(0, 20))} }, first: 10) { fitCount }`,
    ),
    args: { first: 10, profile: { interests: TOPICS.slice(0, 50), held: CERTS.slice(0, 20) } },
  },
  {
    field: 'Certification.overlapWith',
    note: 'one pair',
    k: 20,
    base: '{ certification(slug: "psm-i") { slug } }',
    query: overlaps('similarity'),
    args: { certification: 'pspo-i' },
  },
  {
    field: 'Query.certifications',
    note: 'a page of 1: filtered, sorted',
    k: 10,
    query: aliases(10, 'certifications(first: 1, orderBy: COST, filter: { requiresCourse: false }) { totalCount }'),
    args: { first: 1 },
  },
  { field: 'Query.certifications', note: 'a page of 1', k: 10, query: aliases(10, 'certifications(first: 1) { totalCount }'), args: { first: 1 } },
  {
    field: 'Query.nodes',
    note: '100 IDs of every type',
    k: 10,
    query: aliases(
      10,
      `nodes(ids: ${JSON.stringify(Array.from({ length: 100 }, (_, i) => btoa(i % 2 ? `Certification:${CERTS[i % CERTS.length]}` : `Topic:${TOPICS[i % TOPICS.length]}`)))}) { __typename }`,
    ),
    args: { ids: Array(100) },
  },
  {
    field: 'Certification.id',
    note: 'a global ID, per certification',
    k: 45,
    base: '{ certifications(first: 45) { nodes { slug } } }',
    query: '{ certifications(first: 45) { nodes { slug id } } }',
  },
  {
    field: 'Certification.__typename',
    note: 'per certification',
    k: 45,
    base: '{ certifications(first: 45) { nodes { slug } } }',
    query: '{ certifications(first: 45) { nodes { slug __typename } } }',
    price: 1,
  },
];
// Introspection is priced per field (INTROSPECTION_FIELD_PRICE), lists by the schema's sizes.
// Whole queries: the heaviest useful ones, GraphiQL's introspection.
const profile = `{ currentRole: "scrum-master", targetRole: "product-owner", experienceMonths: 24, interests: ${JSON.stringify(TOPICS.slice(0, 50))}, held: ${JSON.stringify(CERTS.slice(0, 20))}, budgetUsd: 1500, providers: ["scrum-org", "scrum-alliance"] }`;
const EXTRA = [
  {
    note: "the whole matrix: similarity, every pair's numbers",
    query: '{ overlapMatrix { certifications { slug } similarity pairs { a { slug } b { slug } similarity coverageOfA coverageOfB } } }',
  },
  {
    note: "compare 6: everything, pairs' topic lists",
    query: `{ compare(certifications: ${SIX}) { summary similarity sharedTopics { slug } distinct { certification { slug } topics { slug } } deeperIn { topics { slug } } pairs { a { slug } b { slug } similarity coverageOfA coverageOfB shared { slug } onlyA { slug } onlyB { slug } } differences { attribute values { value confidence asOf } } } }`,
  },
  {
    note: 'recommendations, a full profile, first: 10',
    query: `{ recommendations(profile: ${profile}, first: 10) { fitCount nothingFits message notes { code message } items { rank score fits budgetFit certification { slug name price { status budgetUsd summary } } reasons { code weight message } newTopics { slug } missingPrerequisites { slug } } } }`,
  },
  {
    note: 'learningPath, a full profile',
    query: `{ learningPath(profile: ${profile}) { goal coverage budgetFit cost { totalUsd atLeastUsd summary unpriced { slug } } notes { code message } steps { order costUsd note certification { slug name } newTopics { slug name } } } }`,
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

// Random nested queries from the schema (a seeded generator: the same queries on every run), as
// the test suite generates them (test/graphql/price-bound.test.ts): lists of lists, aliases, __typename.
const RANDOM = Number(process.env.PRICE_RANDOM ?? 200);
let seed = 0x5eed;
const rand = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x80000000;
};
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const someOf = (xs, min, max) => [...xs].sort(() => rand() - 0.5).slice(0, min + Math.floor(rand() * (max - min + 1)));
const SLUGS = {
  certification: CERTS,
  topic: TOPICS,
  role: await slugsOf('{ roles { slug } }', (d) => d.roles.map((r) => r.slug)),
  provider: await slugsOf('{ providers { slug } }', (d) => d.providers.map((p) => p.slug)),
};
const named = (t) => (t.ofType ? named(t.ofType) : t);
const isList = (t) => (t.constructor.name === 'GraphQLNonNull' ? isList(t.ofType) : t.constructor.name === 'GraphQLList');
function argValue(field, arg) {
  const required = arg.type.constructor.name === 'GraphQLNonNull';
  if (!required && rand() < 0.5) return null;
  switch (arg.name) {
    case 'slug':
      return JSON.stringify(pick(SLUGS[field] ?? CERTS));
    case 'certification':
      return JSON.stringify(pick(CERTS));
    case 'certifications':
      return JSON.stringify(someOf(CERTS, 2, field === 'compare' ? 6 : 12));
    case 'first':
      return String(1 + Math.floor(rand() * (field === 'certifications' ? 45 : 10)));
    case 'role':
      return JSON.stringify(pick(SLUGS.role));
    case 'kind':
      return pick(['FUNDAMENTAL', 'ROLE_SPECIFIC']);
    case 'profile':
      return `{ targetRole: ${JSON.stringify(pick(SLUGS.role))}, interests: ${JSON.stringify(someOf(TOPICS, 0, 12))}, held: ${JSON.stringify(someOf(CERTS, 0, 6))} }`;
    default:
      return required ? undefined : null;
  }
}
let aliasNo = 0;
function selectionOf(type, depth) {
  if (type.constructor.name === 'GraphQLInterfaceType') return `{ __typename ... on Certification ${selectionOf(schema.getType('Certification'), depth)} }`;
  const fields = Object.values(type.getFields()).filter((f) => !f.deprecationReason);
  const composite = (f) => !('serialize' in named(f.type));
  const lists = fields.filter((f) => depth < 5 && composite(f) && isList(f.type));
  const objects = fields.filter((f) => depth < 5 && composite(f) && !isList(f.type));
  const leaves = fields.filter((f) => !composite(f));
  const parts = [];
  for (let n = 1 + Math.floor(rand() * 3); n > 0; n--) {
    const from = rand() < 0.45 && lists.length ? lists : rand() < 0.3 && objects.length ? objects : leaves;
    const f = from.length && pick(from);
    if (!f) continue;
    const args = [];
    let ok = true;
    for (const a of f.args) {
      const v = argValue(f.name, a);
      if (v === undefined) ok = false;
      else if (v !== null) args.push(`${a.name}: ${v}`);
    }
    if (!ok) continue;
    parts.push(`a${aliasNo++}: ${f.name}${args.length ? `(${args.join(', ')})` : ''}${composite(f) ? ` ${selectionOf(named(f.type), depth + 1)}` : ''}`);
  }
  if (rand() < 0.25) parts.push('__typename');
  return `{ ${parts.join(' ') || '__typename'} }`;
}
const randomQueries = [];
for (let tries = 0; randomQueries.length < RANDOM && tries < RANDOM * 20; tries++) {
  aliasNo = 0;
  const q = selectionOf(schema.getQueryType(), 0);
  const body = await (await worker.fetch(request(q), env, ctx)).json();
  if (!body.errors && aliasNo <= LIMITS.aliases) randomQueries.push(q);
}

console.log(
  `certgraph prices vs CPU: ${ITERATIONS} runs per query in ${ROUNDS} rounds (lowest round median), in-process, Node ${process.version}; cost limit ${LIMITS.cost.toLocaleString('en-US')}`,
);
await measureAll([FLOOR, ...PLAIN, ...probes.flatMap((p) => [p.base ?? FLOOR, p.query]), ...INTROSPECTION.map((q) => q.query), ...EXTRA.map((q) => q.query)]);
const floor = measure(FLOOR);
let sumMs = 0;
let sumValues = 0;
const plain = [];
for (const q of PLAIN) {
  const m = measure(q);
  plain.push(m);
  sumMs += m.ms - floor.ms;
  sumValues += m.values - floor.values;
}
const unit = sumMs / sumValues;
console.log(`floor ({ __typename }): ${floor.ms.toFixed(3)} ms; unit fitted on ${PLAIN.length} plain queries: ${(unit * 1000).toFixed(3)} us per value`);
console.log(`the cost limit is then at most about ${(LIMITS.cost * unit).toFixed(1)} ms of CPU above the floor (a price bounds its query's values)`);
for (const [i, m] of plain.entries()) {
  console.log(
    `  plain ${i + 1}: ${String(m.values).padStart(5)} values (price ${String(m.cost).padStart(5)}), ${(m.ms - floor.ms).toFixed(3)} ms above floor, ${((m.ms - floor.ms) / ((m.values - floor.values) * unit)).toFixed(2)}x the model`,
  );
}
console.log('');
console.log(
  `${'field'.padEnd(26)} ${'probe'.padEnd(42)} ${'price'.padStart(7)} ${'implied'.padStart(8)} ${'us each'.padStart(8)} ${'price/implied'.padStart(13)}`,
);
for (const p of probes) {
  const [typeName, fieldName] = p.field.split('.');
  const price = p.price ?? ownPrice(typeName, fieldName, p.args);
  const base = measure(p.base ?? FLOOR);
  const m = measure(p.query);
  const own = (m.ms - base.ms - unit * (m.values - base.values - p.k)) / p.k;
  const implied = own / unit;
  console.log(
    `${p.field.padEnd(26)} ${p.note.padEnd(42)} ${price.toFixed(1).padStart(7)} ${implied.toFixed(1).padStart(8)} ${(own * 1000).toFixed(1).padStart(8)} ${(price / Math.max(implied, 0.01)).toFixed(2).padStart(13)}`,
  );
}
console.log('');
console.log('whole queries: price vs the units their time implies (price/implied >= 1: the price bounds the CPU)');
for (const q of [...INTROSPECTION, ...EXTRA]) {
  const m = measure(q.query);
  const implied = (m.ms - floor.ms) / unit;
  console.log(
    `  ${q.note.padEnd(50)} price ${String(m.cost).padStart(6)}, ${String(m.values).padStart(6)} values, implied ${implied.toFixed(0).padStart(6)} (${(m.cost / implied).toFixed(2)}x), ${(m.ms - floor.ms).toFixed(2)} ms above floor, ${m.bytes.toLocaleString('en-US')} bytes`,
  );
}

// Random queries: fewer runs each (they are many), timed like the others (rounds, the lowest
// round median); the worst ratio is what matters. Below ~1,000 units a query's time is within the
// noise of this machine's floor (±0.1 ms): the ratio is read on the others.
await measureAll(randomQueries, 100, 20);
const ratios = randomQueries.map((q) => {
  const m = measure(q);
  return { q, price: m.cost, values: m.values, implied: Math.max(0, m.ms - floor.ms) / unit, bytes: m.bytes };
});
const small = ratios.filter((r) => r.price < 1000).length;
const large = ratios.filter((r) => r.price >= 1000).sort((a, b) => b.implied / b.price - a.implied / a.price);
const share = (r) => r.implied / r.price;
console.log('');
console.log(
  `${ratios.length} random nested queries, answered (prices ${Math.min(...ratios.map((r) => r.price))} to ${Math.max(...ratios.map((r) => r.price))}): values / price at most ${Math.max(...ratios.map((r) => r.values / r.price)).toFixed(2)}; bytes / price at most ${Math.max(...ratios.map((r) => r.bytes / r.price)).toFixed(0)}`,
);
console.log(
  `  the ${large.length} priced 1,000 or more (${small} below): implied CPU / price, the worst ${share(large[0]).toFixed(2)}, p90 ${share(large[Math.floor(large.length * 0.1)]).toFixed(2)}, median ${share(large[Math.floor(large.length / 2)]).toFixed(2)}`,
);
for (const r of large.slice(0, 3)) console.log(`  worst: price ${r.price}, ${r.values} values, implied ${r.implied.toFixed(0)}: ${r.q.slice(0, 160)}`);
