// GraphiQL's tabs: the welcome query, then the example queries of docs/analyst.md ("Example
// queries"), one per tab (a tab is named after its operation). test/graphiql/graphiql-examples.test.ts
// checks that docs/analyst.md shows exactly these and that each runs without errors; the browser
// test checks that each line shows whole in the editor at 1440 px, so keep lines within
// EXAMPLE_LINE_MAX columns. Plain strings, no imports: the browser test reads this file too.

/** The longest line a tab may hold: the editor shows at least this many columns at 1440 px. */
export const EXAMPLE_LINE_MAX = 68;

export const DEFAULT_QUERY = /* GraphQL */ `# Welcome to certgraph: agile certifications, compared, recommended.
# Press the run button (or Ctrl-Enter). The Docs panel on the left
# is the manual; the Explorer builds a query by ticking fields.
# More examples wait in the other tabs.

query Explore {
  catalog { version asOf certificationCount topicCount }

  # "PSM or PSPO?" What they share, what each adds,
  # and how much of one a holder already knows.
  compare(certifications: ["psm-i", "pspo-i"]) {
    sharedFundamentals { name }
    distinct { certification { acronym } topics { name } }
    pairs { similarity coverageOfA coverageOfB }
    differences { attribute values { value } }
    summary
  }

  # A Scrum Master holding CSM, two years in the role,
  # who wants to see the Product Owner side.
  recommendations(profile: {
    currentRole: "scrum-master", experienceMonths: 24,
    held: ["csm"], targetRole: "product-owner"
  }) {
    message
    items {
      rank eligible fits
      certification {
        acronym name
        price { summary budgetUsd confidence asOf }
      }
      reasons { code message weight }
    }
  }

  # One certification, with its facts and their sources.
  psm: certification(slug: "psm-i") {
    acronym name level provider { name }
    exam { questions durationMinutes passingScorePercent }
    renewal { required }
    nextSteps { acronym }
  }
}
`;

export const EXAMPLE_QUERIES: readonly string[] = [
  /* GraphQL */ `query CertificationWithSources {
  certification(slug: "psm-i") {
    acronym name level provider { name }
    exam { questions durationMinutes passingScorePercent format }
    price {
      status minUsd maxUsd typicalUsd budgetUsd
      includes excludes confidence asOf stale summary
    }
    experienceRequirement { roles { slug } months withinYears }
    renewal { required }
    holders {
      count asOf ageYears stale
      source { title confidence }
    }
    caveats
  }
}
`,
  /* GraphQL */ `query ProductOwnerCertificationsByCost {
  certifications(
    filter: { roles: ["product-owner"], hasExam: true }
    orderBy: COST, first: 5
  ) {
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
    differences {
      attribute
      values { certification { acronym } value confidence asOf }
    }
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
    currentRole: "scrum-master", experienceMonths: 24,
    held: ["csm"], targetRole: "product-owner", budgetUsd: 500
  }) {
    fitCount nothingFits message notes { code message }
    items {
      rank eligible fits budgetFit score
      certification { acronym price { summary budgetUsd } }
      reasons { code message weight }
    }
  }
  learningPath(profile: {
    targetRole: "scrum-master", held: ["psm-i"], budgetUsd: 1000
  }) {
    goal withinBudget budgetFit coverage
    cost {
      totalUsd atLeastUsd complete unpriced { acronym } summary
    }
    steps {
      order certification { acronym }
      costUsd cumulativeCoverage note
    }
  }
}
`,
];
