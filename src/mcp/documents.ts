// The GraphQL documents the MCP tools and resources run: certgraph's own queries against its own
// schema (test/mcp/mcp.test.ts checks each is valid), executed by the engine (./engine.ts). Every one
// asks for the catalog's version and date and the sources of what it answers, so every answer an
// assistant gets can be cited.

const SOURCE = 'title url confidence accessed';
const CATALOG = 'catalog { version asOf }';
const BRIEF = `slug acronym name level summary url provider { slug name } primaryRole { slug name }
  price { summary typicalUsd confidence asOf stale sources { ${SOURCE} } }`;

export const FIND = /* GraphQL */ `query McpFind($filter: CertificationFilter, $first: Int) {
  ${CATALOG}
  certifications(filter: $filter, first: $first) { totalCount nodes { ${BRIEF} sources { ${SOURCE} } } }
}`;

export const GET = /* GraphQL */ `query McpGet($slug: String!) {
  ${CATALOG}
  certification(slug: $slug) {
    ${BRIEF}
    roles { slug name } requiresCourse
    prerequisites { slug acronym } recommendedBefore { slug acronym }
    experienceRequirement { months withinYears note roles { slug } source { ${SOURCE} } }
    exam { questions durationMinutes passingScorePercent format openBook proctored note source { ${SOURCE} } }
    price { status minUsd maxUsd budgetUsd includes excludes ageYears note }
    renewal { required everyYears feeUsd educationUnits unitName note source { ${SOURCE} } }
    holders { count asOf stale note source { ${SOURCE} } }
    statements { text asOf source { ${SOURCE} } }
    topics { depth topic { slug name kind } }
    benefits caveats
    sources { ${SOURCE} }
  }
}`;

export const COMPARE = /* GraphQL */ `query McpCompare($certifications: [String!]!) {
  ${CATALOG}
  compare(certifications: $certifications) {
    summary similarity
    certifications { slug acronym name provider { name } sources { ${SOURCE} } }
    sharedFundamentals { slug name }
    distinct { certification { slug acronym } topics { slug name kind } }
    pairs { a { slug acronym } b { slug acronym } similarity coverageOfA coverageOfB
      sharedFundamentals { slug name } sharedRoleSpecific { slug name } }
    differences { attribute values { certification { slug acronym } value confidence asOf sources { ${SOURCE} } } }
  }
}`;

const RANKED = `rank score eligible fits budgetFit alreadyCovered
  certification { ${BRIEF} sources { ${SOURCE} } }
  reasons { code message }
  missingPrerequisites { slug acronym }
  newTopics { slug name }`;

export const RECOMMEND = /* GraphQL */ `query McpRecommend($profile: ProfileInput!, $first: Int) {
  ${CATALOG}
  recommendations(profile: $profile, first: $first) {
    fitCount nothingFits message notes { code message }
    items { ${RANKED} }
  }
}`;

export const PLAN = /* GraphQL */ `query McpPlan($profile: ProfileInput!) {
  ${CATALOG}
  learningPath(profile: $profile) {
    goal withinBudget budgetFit coverage notes { code message }
    cost { totalUsd atLeastUsd complete summary unpriced { slug acronym } }
    steps { order costUsd cumulativeCoverage note newTopics { slug name }
      certification { ${BRIEF} sources { ${SOURCE} } } }
  }
}`;

/** Every certification's slug and name (the resources' list) and the dates the freshness report reads. */
export const CATALOG_INDEX = /* GraphQL */ `query McpCatalog {
  catalog { version asOf certificationCount providerCount roleCount topicCount }
  certifications(first: 100) {
    nodes { slug acronym name price { asOf stale confidence } holders { asOf stale } sources { ${SOURCE} } }
  }
}`;

export const DOCUMENTS = { FIND, GET, COMPARE, RECOMMEND, PLAN, CATALOG_INDEX };
