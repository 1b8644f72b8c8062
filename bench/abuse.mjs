// Abuse cases, as an attacker would send them: each must be refused, or answered within 50 ms of
// server time. The Worker runs in-process (bench/in-process.mjs: V8, as in workerd), one request
// at a time; "ms" is the median wall-clock time of a few runs of the request through the whole
// Worker, which on one thread is its CPU time. Figures, not pass/fail: `npm run bench:abuse`.
//   ABUSE_RUNS=n   runs per case (default 30; the median is reported, so warm-up runs do not count)
import { loadWorkerInProcess } from './in-process.mjs';
import { median } from './stats.mjs';

const RUNS = Number(process.env.ABUSE_RUNS ?? 30);
const BUDGET_MS = 50;
const { worker, env, ctx } = await loadWorkerInProcess();

const post = (query, variables) =>
  new Request('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
const aliases = (n, field) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const many = (n, value) => Array.from({ length: n }, () => value);
const INTROSPECTION_FIELDS =
  '__schema { types { name description fields { name description args { name description type { name } } type { name kind ofType { name kind } } } } }';

// The issue's examples and their variants: cost that fails open, per-item work before size checks,
// errors that echo, compute fields priced at 1, introspection.
const cases = [
  [
    'cost fails open: malformed ID in nodes, @include(if: false), expensive rest',
    () =>
      post(
        '{ nodes(ids: ["!"]) @include(if: false) { id } overlapMatrix { pairs { shared { certifications { topics { topic { certifications { slug } } } } } } } }',
      ),
  ],
  [
    'cost fails open: bad variable in a skipped field, expensive rest',
    () =>
      post(
        'query($ids: [ID!]!) { nodes(ids: $ids) @skip(if: true) { id } overlapMatrix { pairs { onlyA { certifications { topics { topic { slug } } } } } } }',
        { ids: ['%%%'] },
      ),
  ],
  ['compare(certifications:) 16,000 x "a"', () => post('query($c: [String!]!) { compare(certifications: $c) { similarity } }', { c: many(16_000, 'a') })],
  [
    'overlapMatrix(certifications:) 16,000 x "a"',
    () => post('query($c: [String!]) { overlapMatrix(certifications: $c) { similarity } }', { c: many(16_000, 'a') }),
  ],
  [
    'certifications(filter: { roles }) 16,000 x "a"',
    () => post('query($r: [String!]) { certifications(filter: { roles: $r }) { totalCount } }', { r: many(16_000, 'a') }),
  ],
  ['recommend(profile: { held }) 16,000 x "a"', () => post('query($h: [String!]) { recommend(profile: { held: $h }) { rank } }', { h: many(16_000, 'a') })],
  ['nodes(ids:) 16,000 x "a"', () => post('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: many(16_000, 'a') })],
  [
    'nodes(ids:) 2,000 distinct unknown IDs',
    () => post('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 2000 }, (_, i) => btoa(`Certification:x${i}`)) }),
  ],
  [
    'unknown slugs echoed: filter.providers 6,000 distinct',
    () => post('query($p: [String!]) { certifications(filter: { providers: $p }) { totalCount } }', { p: Array.from({ length: 6000 }, (_, i) => `p-${i}`) }),
  ],
  ['a 60 KB unknown role echoed', () => post('query($r: String) { topics(role: $r) { slug } }', { r: `x-${'y'.repeat(60_000)}` })],
  ['a 60 KB string where an Int goes', () => post('query($n: Int) { certifications(first: $n) { totalCount } }', { n: 'z'.repeat(60_000) })],
  ['30 x overlapMatrix { similarity }', () => post(aliases(30, 'overlapMatrix { similarity }'))],
  ['30 x overlapMatrix { pairs { similarity } }', () => post(aliases(30, 'overlapMatrix { pairs { similarity } }'))],
  [
    '30 x compare(6) { summary pairs { similarity } }',
    () =>
      post(
        aliases(30, 'compare(certifications: ["psm-i", "pspo-i", "csm", "cspo", "pmi-acp", "ssm"]) { summary pairs { similarity } differences { attribute } }'),
      ),
  ],
  [
    '30 x recommend(first: 10) { reasons { message } }',
    () => post(aliases(30, 'recommend(profile: { targetRole: "product-owner", held: ["csm"] }, first: 10) { rank reasons { message } }')),
  ],
  [
    '30 x learningPath { steps { note } }',
    () => post(aliases(30, 'learningPath(profile: { interests: ["facilitation", "product-vision", "scaling"] }) { goal steps { note } }')),
  ],
  ['30 x __schema (types, fields, args)', () => post(aliases(30, INTROSPECTION_FIELDS))],
  ['2 x __schema (types, fields, args)', () => post(aliases(2, INTROSPECTION_FIELDS))],
  [
    '30 x __type(name: "Certification") { fields { args } }',
    () => post(aliases(30, '__type(name: "Certification") { fields { name description args { name } type { name } } }')),
  ],
];

// The security review of issue 10: nested lists through hub topics (a topic covered by 25 of the
// 45 certifications), __typename (free and exempt from the alias limit before), errors unpriced,
// subscriptions unchecked, variables nested deep, a long alias in every item of a long list, and
// a response priced within the limit but made of long texts (stopped at 2 MiB).
const chain = (k, leaf) => {
  let s = leaf;
  for (let i = 0; i < k; i++) s = i % 2 === 0 ? `fundamentals { ${s} }` : `certifications { ${s} }`;
  return s;
};
const typenames = (n) => Array.from({ length: n }, (_, i) => `t${i}: __typename`).join(' ');
cases.push(
  ['review: 142-byte chain through hub topics, leaf id (2.6 MB before)', () => post(`{ certification(slug:"psm-i") { ${chain(5, 'id')} } }`)],
  ['review: the chain, leaf 20 aliased __typename (15.8 MB before)', () => post(`{ certification(slug:"psm-i") { ${chain(5, typenames(20))} } }`)],
  ['review: 6 aliased chains, leaf __typename (9.1 MB before)', () => post(aliases(6, `certification(slug:"psm-i") { ${chain(5, '__typename')} }`))],
  ['review: 2.5 KB, the chain with 150 aliased __typename (123 MB before)', () => post(`{ certification(slug:"psm-i") { ${chain(5, typenames(150))} } }`)],
  ['review: 600 aliased __typename', () => post(`{ ${typenames(600)} }`)],
  [
    'review: 30 x nodes(ids:) with 100 malformed IDs (3,000 errors before)',
    () => post(`query($i: [ID!]!) { ${aliases(30, 'nodes(ids: $i) { id }').slice(2, -2)} }`, { i: many(100, '!') }),
  ],
  [
    'review: 20 x nodes(ids:) with 100 malformed IDs (2,000 errors, within the cost)',
    () => post(`query($i: [ID!]!) { ${aliases(20, 'nodes(ids: $i) { id }').slice(2, -2)} }`, { i: many(100, '!') }),
  ],
  ['review: subscription { __typename }', () => post('subscription { __typename }')],
  [
    'review: variables nested 100,000 deep',
    () =>
      new Request('http://bench/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: `{"query":"{ __typename }","variables":{"a":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`,
      }),
  ],
  ['review: a 5,000-character alias in each of 990 pairs', () => post(`{ overlapMatrix { pairs { a { ${'k'.repeat(5000)}: slug } } } }`)],
  [
    'long texts priced within the limit: 990 pairs x 12 summaries (stopped at 2 MiB)',
    () =>
      post(
        `{ overlapMatrix { pairs { a { ${Array.from({ length: 6 }, (_, i) => `s${i}: summary`).join(' ')} } b { ${Array.from({ length: 6 }, (_, i) => `s${i}: summary`).join(' ')} } } } }`,
      ),
  ],
);

// Documents new to the isolate each time (a comment with a counter): parsed and validated anew, as
// an attacker's would be, whose cost no price covers (the token limit bounds it).
let n = 0;
const fresh = (query, variables) => () => post(`${query}\n# ${n++}`, variables);
cases.push(
  [
    'new each time: 30 x compare(6) { summary pairs differences }',
    fresh(
      aliases(30, 'compare(certifications: ["psm-i", "pspo-i", "csm", "cspo", "pmi-acp", "ssm"]) { summary pairs { similarity } differences { attribute } }'),
    ),
  ],
  ['new each time: the same field 1,990 times', fresh(`{ catalog { ${'version '.repeat(1990)} } }`)],
  ['new each time: 300 variables', fresh(`query(${Array.from({ length: 300 }, (_, k) => `$v${k}: Int`).join(' ')}) { catalog { version } }`)],
  [
    'new each time: 150 fragments spreading each other',
    fresh(`{ ...F0 } ${Array.from({ length: 150 }, (_, k) => `fragment F${k} on Query { catalog { version } ${k < 149 ? `...F${k + 1}` : ''} }`).join(' ')}`),
  ],
  ['new each time: 280 inline fragments', fresh(`{ node(id: "x") { ${'... on Certification { slug } '.repeat(280)} } }`)],
);

// The most expensive requests the limits admit: for each computed field, as many aliased copies
// (up to the alias limit) as the cost limit lets through, with the largest arguments allowed.
const TOPICS = (await (await worker.fetch(post('{ topics { slug } }'), env, ctx)).json()).data.topics.map((t) => t.slug);
const CERTS = (await (await worker.fetch(post('{ certifications(first: 100) { nodes { slug } } }'), env, ctx)).json()).data.certifications.nodes.map(
  (c) => c.slug,
);
const HEAVY = [
  [
    'recommend, every topic, 20 held, first: 10',
    `recommend(profile: { interests: ${JSON.stringify(TOPICS.slice(0, 50))}, held: ${JSON.stringify(CERTS.slice(0, 20))} }, first: 10) { rank score reasons { code message weight } newTopics { slug } }`,
  ],
  [
    'learningPath, every topic as an interest',
    `learningPath(profile: { interests: ${JSON.stringify(TOPICS.slice(0, 50))} }) { goal coverage steps { order note certification { slug } newTopics { slug } } }`,
  ],
  [
    'compare 6, everything',
    `compare(certifications: ["psm-i", "pspo-i", "csm", "cspo", "pmi-acp", "ssm"]) { summary similarity sharedTopics { slug } distinct { topics { slug } } deeperIn { topics { slug } } pairs { similarity shared { slug } onlyA { slug } onlyB { slug } } differences { attribute values { value } } }`,
  ],
  [
    'overlapMatrix, whole catalog, everything',
    'overlapMatrix { certifications { slug } similarity pairs { a { slug } b { slug } similarity coverageOfA coverageOfB shared { slug } onlyA { slug } onlyB { slug } } }',
  ],
  ['__schema, full introspection', INTROSPECTION_FIELDS],
];
const costOf = async (query) => {
  const body = await (await worker.fetch(post(query), env, ctx)).json();
  return { cost: body.extensions?.cost?.requested ?? Infinity, refused: !!body.errors };
};
for (const [name, field] of HEAVY) {
  let k = 1;
  while (k < 30 && !(await costOf(aliases(k + 1, field))).refused) k++;
  if ((await costOf(aliases(k, field))).refused) continue;
  cases.push([`admitted at the limit: ${k} x ${name}`, () => post(aliases(k, field))]);
}

console.log(`certgraph abuse cases: median of ${RUNS} runs each, in-process, Node ${process.version}; budget ${BUDGET_MS} ms`);
console.log(`${'case'.padEnd(72)} ${'status'.padStart(6)} ${'answer'.padEnd(34)} ${'cost'.padStart(6)} ${'bytes'.padStart(9)} ${'ms'.padStart(8)}  verdict`);
let over = 0;
for (const [name, request] of cases) {
  const times = [];
  let status = 0;
  let text = '';
  for (let i = 0; i < RUNS; i++) {
    const req = request();
    const t0 = performance.now();
    const res = await worker.fetch(req, env, ctx);
    text = await res.text();
    times.push(performance.now() - t0);
    status = res.status;
  }
  let answer = '';
  let cost = '';
  try {
    const body = JSON.parse(text);
    cost = String(body.extensions?.cost?.requested ?? '');
    const codes = [...new Set((body.errors ?? []).map((e) => e.extensions?.code))];
    const limit = body.errors?.[0]?.extensions?.limit;
    answer = codes.length ? `${codes.join(',')}${limit ? ` (${limit})` : ''}${body.data ? ' +data' : ''}` : 'data';
  } catch {
    answer = 'not JSON';
  }
  const ms = median(times);
  const refused = /QUERY_TOO_COMPLEX|BAD_USER_INPUT/.test(answer) && !answer.includes('+data');
  // A refusal counts only when it is quick too: per-item work before a size check is the bug.
  const ok = ms <= BUDGET_MS;
  if (!ok) over++;
  console.log(
    `${name.padEnd(72)} ${String(status).padStart(6)} ${answer.slice(0, 34).padEnd(34)} ${cost.padStart(6)} ${String(text.length).padStart(9)} ${ms.toFixed(1).padStart(8)}  ${ok ? (refused ? 'refused' : 'answered') : `OVER BUDGET (${refused ? 'refused' : 'answered'})`}`,
  );
}
console.log(over ? `${over} case(s) over the ${BUDGET_MS} ms budget` : `every case refused or answered within ${BUDGET_MS} ms of server time`);
