// The README's example queries ("Example queries"), opened by GraphiQL as named tabs, one per
// query (a tab is named after its operation). test/graphiql-examples.test.ts checks that the
// README shows exactly these and that each runs without errors.
export const EXAMPLE_QUERIES: readonly string[] = [
  /* GraphQL */ `query CertificationWithSources {
  certification(slug: "psm-i") {
    acronym name level provider { name }
    exam { questions durationMinutes passingScorePercent format }
    cost { amountUsd asOf note source { url confidence } }
    renewal { required }
    holders { count asOf source { title } }
    caveats
  }
}
`,
  /* GraphQL */ `query ProductOwnerCertificationsByCost {
  certifications(filter: { roles: ["product-owner"], hasExam: true }, orderBy: COST, first: 5) {
    totalCount
    nodes { acronym provider { name } cost { amountUsd maxAmountUsd } }
    pageInfo { hasNextPage endCursor }
  }
}
`,
  /* GraphQL */ `query PsmOrPspo {
  compare(certifications: ["psm-i", "pspo-i"]) {
    sharedFundamentals { name }
    distinct { certification { acronym } topics { name } }
    pairs { similarity coverageOfA coverageOfB }
    differences { attribute values { certification { acronym } value } }
    summary
  }
}
`,
  /* GraphQL */ `query OverlapMatrix {
  overlapMatrix {
    certifications { acronym }
    similarity
  }
}
`,
  /* GraphQL */ `query ScrumMasterTopics {
  topics(role: "scrum-master") {
    name kind
    certifications { acronym }
  }
  catalog { version asOf certificationCount topicCount }
}
`,
  /* GraphQL */ `query RecommendAndLearningPath {
  recommend(profile: { currentRole: "scrum-master", held: ["csm"], targetRole: "product-owner", budgetUsd: 500 }) {
    rank score eligible
    certification { acronym cost { amountUsd } }
    reasons { code message weight }
  }
  learningPath(profile: { targetRole: "scrum-master", held: ["psm-i"] }) {
    goal totalCostUsd withinBudget coverage
    steps { order certification { acronym } costUsd cumulativeCoverage note }
  }
}
`,
];
