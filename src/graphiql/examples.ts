// The example queries of docs/analyst.md ("Example queries"), opened by GraphiQL as named tabs, one per
// query (a tab is named after its operation). test/graphiql-examples.test.ts checks that the
// docs/analyst.md shows exactly these and that each runs without errors.
export const EXAMPLE_QUERIES: readonly string[] = [
  /* GraphQL */ `query CertificationWithSources {
  certification(slug: "psm-i") {
    acronym name level provider { name }
    exam { questions durationMinutes passingScorePercent format }
    price { status minUsd maxUsd typicalUsd budgetUsd includes excludes confidence asOf stale summary }
    experienceRequirement { roles { slug } months withinYears }
    renewal { required }
    holders { count asOf ageYears stale source { title confidence } }
    caveats
  }
}
`,
  /* GraphQL */ `query ProductOwnerCertificationsByCost {
  certifications(filter: { roles: ["product-owner"], hasExam: true }, orderBy: COST, first: 5) {
    totalCount
    nodes { acronym provider { name } price { budgetUsd summary } }
    pageInfo { hasNextPage endCursor }
  }
}
`,
  /* GraphQL */ `query PsmOrPspo {
  compare(certifications: ["psm-i", "pspo-i"]) {
    sharedFundamentals { name }
    distinct { certification { acronym } topics { name } }
    pairs { similarity coverageOfA coverageOfB }
    differences { attribute values { certification { acronym } value confidence asOf } }
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
  recommendations(profile: {
    currentRole: "scrum-master", experience: [{ role: "scrum-master", months: 24 }],
    held: ["csm"], targetRole: "product-owner", budgetUsd: 500
  }) {
    fitCount nothingFits message notes { code message }
    items {
      rank eligible fits budgetFit score
      certification { acronym price { summary budgetUsd } }
      reasons { code message weight }
    }
  }
  learningPath(profile: { targetRole: "scrum-master", held: ["psm-i"], budgetUsd: 1000 }) {
    goal withinBudget budgetFit coverage
    cost { totalUsd atLeastUsd complete unpriced { acronym } summary }
    steps { order certification { acronym } costUsd cumulativeCoverage note }
  }
}
`,
];
