// The benchmark's cases: each builds a fresh Request per iteration.
const post = (query, variables) => () =>
  new Request('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });

const noErrors = (body) => {
  const parsed = JSON.parse(body);
  if (parsed.errors) throw new Error(JSON.stringify(parsed.errors).slice(0, 300));
};

const OVERLAP = 'a { slug } b { slug } similarity coverageOfA coverageOfB shared { slug } onlyA { slug } onlyB { slug }';
const COMPARE = `query($c: [String!]!) { compare(certifications: $c) {
  certifications { slug acronym } sharedFundamentals { slug name } sharedTopics { slug }
  distinct { certification { slug } topics { slug name } } pairs { ${OVERLAP} }
  similarity differences { attribute values { value } } summary } }`;

export const cases = [
  {
    name: 'lookup certification(psm-i)',
    request: post(`{ certification(slug: "psm-i") { acronym name cost { amountUsd } exam { questions } topics { depth topic { slug } } } }`),
    check: noErrors,
  },
  {
    name: 'compare 2 (psm-i, pspo-i)',
    request: post(COMPARE, { c: ['psm-i', 'pspo-i'] }),
    check: noErrors,
  },
  {
    name: 'compare 6',
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
    name: 'overlapMatrix: + pair topic lists',
    request: post(`{ overlapMatrix { certifications { slug } similarity pairs { ${OVERLAP} } } }`),
    check: noErrors,
    budgetMs: 2,
  },
  {
    name: 'recommend (CSM holder -> PO, 3)',
    request: post(
      `query($p: ProfileInput!) { recommend(profile: $p) { rank score eligible alreadyCovered certification { slug acronym cost { amountUsd } } reasons { code message weight } newTopics { slug } missingPrerequisites { slug } } }`,
      { p: { currentRole: 'scrum-master', held: ['csm'], targetRole: 'product-owner', budgetUsd: 1500, interests: ['product-vision', 'stakeholders-customers'] } },
    ),
    check: noErrors,
    budgetMs: 1,
  },
  {
    name: 'recommend (empty profile, 10)',
    request: post(`{ recommend(profile: {}, first: 10) { rank score certification { slug } reasons { code message weight } } }`),
    check: noErrors,
    budgetMs: 1,
  },
  {
    name: 'learningPath (to Scrum Master top)',
    request: post(
      `query($p: ProfileInput!) { learningPath(profile: $p) { goal totalCostUsd costComplete withinBudget coverage steps { order costUsd cumulativeCoverage note certification { slug acronym } newTopics { slug } } } }`,
      { p: { targetRole: 'scrum-master', held: ['psm-i'], budgetUsd: 1000 } },
    ),
    check: noErrors,
    budgetMs: 1,
  },
  {
    name: 'learningPath (3 interests)',
    request: post(
      `query($p: ProfileInput!) { learningPath(profile: $p) { goal totalCostUsd withinBudget coverage steps { order costUsd certification { slug } newTopics { slug } } } }`,
      { p: { interests: ['facilitation', 'product-vision', 'scaling'], budgetUsd: 800 } },
    ),
    check: noErrors,
    budgetMs: 1,
  },
];
