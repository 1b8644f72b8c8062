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
];
