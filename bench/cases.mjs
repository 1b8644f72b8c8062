// The benchmark's cases: each builds a fresh Request per iteration. Fields besides name/request:
//   cached     times a cache of the normal app (the uncached cases run with responseCache off)
//   refused    the error code certgraph refuses the request with, by design (timed as a refusal)
//   target     which of issue 14's targets the case is judged by: lookup, compute, postHit
//   status, check, prepare, budgetMs   the expected status, a check of the body, a priming step
//                                      (given the app's fetch), a time budget in ms
//   fresh      certgraph is sent a new `request()` each time, not the same one again (a cache miss)
import { getIntrospectionQuery, stripIgnoredCharacters } from 'graphql';

/** The introspection GraphiQL 4 sends to draw the schema (test/browser/graphiql.browser.ts checks it is the one prepared). */
const GRAPHIQL_INTROSPECTION = stripIgnoredCharacters(getIntrospectionQuery({ schemaDescription: true, inputValueDeprecation: true }));

/** A POST of this exact body text (JSON), asking for application/graphql-response+json. */
const postText = (body) =>
  new Request('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' }, body });

/** A POST of a query and its variables: a fresh Request each call. */
export const post = (query, variables) => () => postText(JSON.stringify({ query, variables }));

const get =
  (params, headers = {}) =>
  () =>
    new Request(`http://bench/graphql?${new URLSearchParams(params)}`, { headers: { accept: 'application/graphql-response+json', ...headers } });

const sha256 = async (text) =>
  [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))].map((b) => b.toString(16).padStart(2, '0')).join('');

const CACHED_QUERY = `{ compare(certifications: ["psm-i", "pspo-i"]) { similarity sharedFundamentals { slug } distinct { certification { slug } topics { slug } } summary } }`;
const APQ_QUERY = `{ recommend(profile: { targetRole: "scrum-master" }) { rank score certification { slug } reasons { code message weight } } }`;
const apq = { hash: '' };
const cached = { etag: '' };
/** Fills the response cache with CACHED_QUERY's answer and learns its ETag. */
const learnEtag = async (fetch) => {
  const res = await fetch(get({ query: CACHED_QUERY })());
  await res.text();
  cached.etag = res.headers.get('etag');
};

/** A check: the body is a refusal with this error code. */
const refusedWith = (code) => (body) => {
  const parsed = JSON.parse(body);
  if (parsed.errors?.[0]?.extensions?.code !== code) throw new Error(`expected a ${code} refusal: ${body.slice(0, 300)}`);
};

const noErrors = (body) => {
  const parsed = JSON.parse(body);
  if (parsed.errors) throw new Error(JSON.stringify(parsed.errors).slice(0, 300));
};

export const OVERLAP = 'a { slug } b { slug } similarity coverageOfA coverageOfB shared { slug } onlyA { slug } onlyB { slug }';
export const COMPARE = `query($c: [String!]!) { compare(certifications: $c) {
  certifications { slug acronym } sharedFundamentals { slug name } sharedTopics { slug }
  distinct { certification { slug } topics { slug name } } pairs { ${OVERLAP} }
  similarity differences { attribute values { value } } summary } }`;

export const cases = [
  {
    name: 'lookup certification(psm-i)',
    target: 'lookup',
    request: post(`{ certification(slug: "psm-i") { acronym name cost { amountUsd } exam { questions } topics { depth topic { slug } } } }`),
    check: noErrors,
  },
  {
    name: 'compare 2 (psm-i, pspo-i)',
    target: 'compute',
    request: post(COMPARE, { c: ['psm-i', 'pspo-i'] }),
    check: noErrors,
  },
  {
    name: 'compare 6',
    target: 'compute',
    request: post(COMPARE, { c: ['psm-i', 'pspo-i', 'csm', 'cspo', 'pmi-acp', 'ssm'] }),
    check: noErrors,
  },
  // The full-catalog matrix in three shapes: what an analyst plots (the matrix), the matrix
  // with every pair's numbers, and everything including each pair's topic lists (~7,500 fields).
  {
    name: 'overlapMatrix: matrix',
    request: post(`{ overlapMatrix { certifications { slug acronym } similarity } }`),
    check: noErrors,
    budgetMs: 2,
  },
  {
    name: 'overlapMatrix: matrix + pair numbers',
    request: post(`{ overlapMatrix { certifications { slug acronym } similarity pairs { a { slug } b { slug } similarity coverageOfA coverageOfB } } }`),
    check: noErrors,
    budgetMs: 2,
  },
  {
    // Every pair's topic lists cost 85,352 at 45 certifications, over the limit of 15,000: refused
    // before it runs (what the refusal costs is what is timed).
    name: 'overlapMatrix: + pair topic lists (refused)',
    request: post(`{ overlapMatrix { certifications { slug } similarity pairs { ${OVERLAP} } } }`),
    status: 400,
    refused: 'QUERY_TOO_COMPLEX',
    check: refusedWith('QUERY_TOO_COMPLEX'),
  },
  {
    // GraphiQL's first request, as it sends it: certgraph answers it from the build's module
    // (src/graphql/prepared-introspection.ts); the bare stack executes it.
    name: "introspection (GraphiQL's document)",
    request: post(GRAPHIQL_INTROSPECTION),
    check: noErrors,
  },
  {
    name: 'recommend (CSM holder -> PO, 3)',
    target: 'compute',
    request: post(
      `query($p: ProfileInput!) { recommend(profile: $p) { rank score eligible alreadyCovered certification { slug acronym cost { amountUsd } } reasons { code message weight } newTopics { slug } missingPrerequisites { slug } } }`,
      {
        p: {
          currentRole: 'scrum-master',
          held: ['csm'],
          targetRole: 'product-owner',
          budgetUsd: 1500,
          interests: ['product-vision', 'stakeholders-customers'],
        },
      },
    ),
    check: noErrors,
    budgetMs: 1,
  },
  {
    name: 'recommend (empty profile, 10)',
    target: 'compute',
    request: post(`{ recommend(profile: {}, first: 10) { rank score certification { slug } reasons { code message weight } } }`),
    check: noErrors,
    budgetMs: 1,
  },
  {
    name: 'learningPath (to Scrum Master top)',
    target: 'compute',
    request: post(
      `query($p: ProfileInput!) { learningPath(profile: $p) { goal totalCostUsd costComplete withinBudget coverage steps { order costUsd cumulativeCoverage note certification { slug acronym } newTopics { slug } } } }`,
      { p: { targetRole: 'scrum-master', held: ['psm-i'], budgetUsd: 1000 } },
    ),
    check: noErrors,
    budgetMs: 1,
  },
  {
    name: 'learningPath (3 interests)',
    target: 'compute',
    request: post(
      `query($p: ProfileInput!) { learningPath(profile: $p) { goal totalCostUsd withinBudget coverage steps { order costUsd certification { slug } newTopics { slug } } } }`,
      { p: { interests: ['facilitation', 'product-vision', 'scaling'], budgetUsd: 800 } },
    ),
    check: noErrors,
    budgetMs: 1,
  },
  // Caching: the same POST again (what Apollo and urql send; answered from the response cache once
  // POSTs are cached), a GET answered from the response cache, a 304 for a matching If-None-Match, and an
  // Automatic Persisted Query sent as a short GET with only its hash.
  {
    name: 'POST, repeated (response-cache hit)',
    cached: true,
    target: 'postHit',
    request: post(CACHED_QUERY),
    prepare: async (fetch) => {
      await (await fetch(post(CACHED_QUERY)())).text();
    },
    check: noErrors,
  },
  {
    name: 'GET, response-cache hit',
    cached: true,
    prepare: learnEtag,
    request: get({ query: CACHED_QUERY }),
    check: noErrors,
  },
  {
    name: 'GET, If-None-Match -> 304',
    cached: true,
    prepare: learnEtag,
    request: () => get({ query: CACHED_QUERY }, { 'if-none-match': cached.etag })(),
    status: 304,
  },
  {
    name: 'APQ GET by hash (cached)',
    cached: true,
    prepare: async (fetch) => {
      apq.hash = await sha256(APQ_QUERY);
      const extensions = { persistedQuery: { version: 1, sha256Hash: apq.hash } };
      await fetch(postText(JSON.stringify({ query: APQ_QUERY, extensions })));
    },
    request: () => get({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: apq.hash } }) })(),
    check: noErrors,
  },
];

// Repeated requests through the response caches (src/graphql/response-cache.ts): `cached: true`, so
// the runner sends them through the app with its caches on.
// (a POST repeated byte for byte, what Apollo and urql send, is the raw-body key: 'POST, repeated' above);
// - the same POST reformatted on every request (whitespace and key order differ each time): the
//   normalized key, found after the raw key misses;
// - a GET on a cold isolate whose colo already has the answer: the isolate's cache misses, the
//   colo's cache (caches.default; in-process a Map-backed stand-in, bench/in-process.mjs) answers.
const REFORMATTED_QUERY = `query Compare($c: [String!]!) { compare(certifications: $c) { similarity sharedFundamentals { slug } summary } }`;
let reformatted = 0;
/** A JSON body of the same parameters, written differently for each n (< 2^12): whitespace spelling n in binary, key order by n's parity. */
const reformattedBody = (n) => {
  const ws = [...n.toString(2).padStart(12, '0')].map((bit) => (bit === '1' ? '\t' : ' ')).join('');
  const members = [`"query":${JSON.stringify(REFORMATTED_QUERY)}`, `"variables":{"c":["psm-i","cspo"]}`, `"operationName":"Compare"`];
  if (n % 2) members.reverse();
  return `{${ws}${members.join(`,${ws}`)}}`;
};

// Enough distinct GETs for every request the runner times (its warm-up, iterations, and the first).
const COLD_GETS = Number(process.env.BENCH_ITERATIONS ?? 1000) + Number(process.env.BENCH_WARMUP ?? 200) + 64;
const COLD_QUERY = '{ certification(slug: "psm-i") { acronym name cost { amountUsd } } }';
const coldGet = (i) => get({ query: `${COLD_QUERY} #${i}` })();
let cold = 0;
const coldPost = (i) => post(`${COLD_QUERY} #${i}`)();
let coldPosts = 0;
let misses = 0;
const BIG = '{ overlapMatrix { certifications { slug } similarity pairs { a { slug } b { slug } similarity coverageOfA coverageOfB } } }';

cases.push(
  {
    name: 'POST, response-cache hit (reformatted)',
    cached: true,
    prepare: async (fetch) => {
      await fetch(postText(reformattedBody(4095)));
    },
    request: () => postText(reformattedBody(reformatted++ % 4095)),
    check: noErrors,
  },
  {
    name: 'GET, colo-cache hit, cold isolate',
    cached: true,
    fresh: true,
    // Each request is a GET this isolate has not kept but the colo has: every one is computed
    // once (stored in both tiers), then large answers push them out of the isolate's cache (its
    // least recently used go first), as in an isolate that never served them.
    prepare: async (fetch) => {
      for (let i = 0; i < COLD_GETS; i++) await (await fetch(coldGet(i))).text();
      for (let i = 0; i < 80; i++) await (await fetch(get({ query: `${BIG} #evict ${i}` })())).text();
      await new Promise((resolve) => setTimeout(resolve, 10));
    },
    request: () => coldGet(cold++),
    check: noErrors,
  },
  {
    name: 'POST, response-cache miss, kept (114 KB)',
    cached: true,
    fresh: true,
    // Each request a body no cache holds yet: computed, judged keepable (from what yoga recorded on
    // the request state, src/graphql/yoga.ts), then kept in both tiers. The large answer is where
    // reading the body again to judge it would show.
    request: () => post(`${BIG} #miss ${misses++}`)(),
    check: noErrors,
  },
  {
    name: 'POST, colo-cache hit, cold isolate',
    cached: true,
    fresh: true,
    // As the GET above: every body computed once, then pushed out of the isolate's cache.
    prepare: async (fetch) => {
      for (let i = 0; i < COLD_GETS; i++) await (await fetch(coldPost(i))).text();
      for (let i = 0; i < 80; i++) await (await fetch(post(`${BIG} #evict ${i}`)())).text();
      await new Promise((resolve) => setTimeout(resolve, 10));
    },
    request: () => coldPost(coldPosts++),
    check: noErrors,
  },
);
