// The downloads' columns: a contract like the schema's fields (docs/analyst.md, "Data out"). Add columns at
// the end; never rename, reorder or remove one. Each column reads one value from the API's answer.
export interface Column<S> {
  name: string;
  type: 'string' | 'number' | 'boolean' | 'list';
  description: string;
  value: (source: S) => unknown;
}

type Src = { url: string; confidence: string } | null | undefined;
export type Cert = {
  slug: string;
  acronym: string;
  name: string;
  url: string;
  level: string;
  requiresCourse: boolean;
  experienceMonths: number | null;
  provider: { slug: string };
  primaryRole: { slug: string };
  roles: { slug: string }[];
  prerequisites: { slug: string }[];
  recommendedBefore: { slug: string }[];
  exam: {
    questions: number | null;
    durationMinutes: number;
    passingScorePercent: number | null;
    format: string;
    openBook: boolean | null;
    proctored: boolean | null;
    note: string | null;
    source: Src;
  } | null;
  cost: { amountUsd: number; maxAmountUsd: number | null; includes: string[]; asOf: string; note: string | null; source: Src } | null;
  renewal: {
    required: boolean;
    everyYears: number | null;
    feeUsd: number | null;
    educationUnits: number | null;
    unitName: string | null;
    note: string | null;
    source: Src;
  };
  holders: { count: number; asOf: string; source: Src }[];
  caveats: string[];
  price: {
    status: string;
    minUsd: number | null;
    typicalUsd: number | null;
    maxUsd: number | null;
    budgetUsd: number | null;
    confidence: string;
    asOf: string | null;
  };
};

const slugs = (list: { slug: string }[]) => list.map((x) => x.slug);

export const CERTIFICATION_COLUMNS: readonly Column<Cert>[] = [
  { name: 'slug', type: 'string', description: 'Identifier, e.g. `psm-i`.', value: (c) => c.slug },
  { name: 'acronym', type: 'string', description: 'Short form, e.g. `PSM I`.', value: (c) => c.acronym },
  { name: 'name', type: 'string', description: 'Full name.', value: (c) => c.name },
  { name: 'provider', type: 'string', description: 'Provider slug.', value: (c) => c.provider.slug },
  { name: 'level', type: 'string', description: 'FOUNDATION, ADVANCED or EXPERT.', value: (c) => c.level },
  { name: 'primary_role', type: 'string', description: 'Role slug it prepares for first.', value: (c) => c.primaryRole.slug },
  { name: 'roles', type: 'list', description: 'Every role slug it prepares for.', value: (c) => slugs(c.roles) },
  { name: 'url', type: 'string', description: 'Official page.', value: (c) => c.url },
  { name: 'requires_course', type: 'boolean', description: 'A course is mandatory.', value: (c) => c.requiresCourse },
  { name: 'prerequisites', type: 'list', description: 'Certification slugs required first.', value: (c) => slugs(c.prerequisites) },
  { name: 'recommended_before', type: 'list', description: 'Certification slugs recommended first.', value: (c) => slugs(c.recommendedBefore) },
  { name: 'experience_months', type: 'number', description: 'Months of role experience required; empty when none.', value: (c) => c.experienceMonths },
  { name: 'exam_questions', type: 'number', description: 'Number of questions; empty when no exam or not published.', value: (c) => c.exam?.questions ?? null },
  { name: 'exam_duration_minutes', type: 'number', description: 'Time allowed.', value: (c) => c.exam?.durationMinutes ?? null },
  { name: 'exam_passing_score_percent', type: 'number', description: 'Score needed to pass.', value: (c) => c.exam?.passingScorePercent ?? null },
  { name: 'exam_format', type: 'string', description: 'Question types and how it is taken.', value: (c) => c.exam?.format ?? null },
  { name: 'exam_open_book', type: 'boolean', description: 'References allowed.', value: (c) => c.exam?.openBook ?? null },
  { name: 'exam_proctored', type: 'boolean', description: 'Supervised.', value: (c) => c.exam?.proctored ?? null },
  { name: 'exam_note', type: 'string', description: 'Caveats on the exam figures.', value: (c) => c.exam?.note ?? null },
  { name: 'exam_source_url', type: 'string', description: 'Where the exam figures come from.', value: (c) => c.exam?.source?.url ?? null },
  {
    name: 'exam_source_confidence',
    type: 'string',
    description: 'OFFICIAL, MIRROR, SECONDARY, CONFLICT or UNVERIFIED.',
    value: (c) => c.exam?.source?.confidence ?? null,
  },
  {
    name: 'cost_usd',
    type: 'number',
    description:
      'Deprecated: the lowest price seen in USD (a floor, not what to budget); use `price_budget_usd` and the other `price_` columns. Empty when none is verified.',
    value: (c) => c.cost?.amountUsd ?? null,
  },
  { name: 'cost_max_usd', type: 'number', description: 'Highest price where it varies.', value: (c) => c.cost?.maxAmountUsd ?? null },
  { name: 'cost_includes', type: 'list', description: 'EXAM, COURSE, MEMBERSHIP.', value: (c) => c.cost?.includes ?? null },
  { name: 'cost_as_of', type: 'string', description: 'When the price was seen (YYYY, YYYY-MM or YYYY-MM-DD).', value: (c) => c.cost?.asOf ?? null },
  { name: 'cost_note', type: 'string', description: 'Caveats on the price.', value: (c) => c.cost?.note ?? null },
  { name: 'cost_source_url', type: 'string', description: 'Where the price comes from.', value: (c) => c.cost?.source?.url ?? null },
  { name: 'cost_source_confidence', type: 'string', description: 'Confidence of that source.', value: (c) => c.cost?.source?.confidence ?? null },
  { name: 'renewal_required', type: 'boolean', description: 'Must be renewed.', value: (c) => c.renewal.required },
  { name: 'renewal_every_years', type: 'number', description: 'Renewal period.', value: (c) => c.renewal.everyYears },
  { name: 'renewal_fee_usd', type: 'number', description: 'Renewal fee per period; empty when none or unverified.', value: (c) => c.renewal.feeUsd },
  { name: 'renewal_education_units', type: 'number', description: 'Continuing-education units per period.', value: (c) => c.renewal.educationUnits },
  { name: 'renewal_unit_name', type: 'string', description: 'SEU, PDU, hours…', value: (c) => c.renewal.unitName },
  { name: 'renewal_note', type: 'string', description: 'Caveats on the renewal terms.', value: (c) => c.renewal.note },
  { name: 'renewal_source_url', type: 'string', description: 'Where the renewal terms come from.', value: (c) => c.renewal.source?.url ?? null },
  { name: 'renewal_source_confidence', type: 'string', description: 'Confidence of that source.', value: (c) => c.renewal.source?.confidence ?? null },
  { name: 'holders_count', type: 'number', description: 'Newest published count of holders; empty when none.', value: (c) => c.holders[0]?.count ?? null },
  { name: 'holders_as_of', type: 'string', description: 'Date of that count.', value: (c) => c.holders[0]?.asOf ?? null },
  { name: 'holders_source_url', type: 'string', description: 'Where that count was published.', value: (c) => c.holders[0]?.source?.url ?? null },
  { name: 'holders_source_confidence', type: 'string', description: 'Confidence of that source.', value: (c) => c.holders[0]?.source?.confidence ?? null },
  { name: 'caveats', type: 'list', description: 'Unverified or conflicting facts, in plain words.', value: (c) => c.caveats },
  // The price as the API gives it (`price`), added 2026-12: budgets and the API's COST order use `price_budget_usd`.
  {
    name: 'price_status',
    type: 'string',
    description: 'KNOWN, RANGE, PARTIAL (a mandatory part unpriced: a lower bound), UNVERIFIED or UNKNOWN.',
    value: (c) => c.price.status,
  },
  { name: 'price_min_usd', type: 'number', description: 'Lowest figure seen, in USD.', value: (c) => c.price.minUsd },
  { name: 'price_typical_usd', type: 'number', description: 'The typical figure where a source gives one, in USD.', value: (c) => c.price.typicalUsd },
  { name: 'price_max_usd', type: 'number', description: 'Highest figure seen, in USD.', value: (c) => c.price.maxUsd },
  {
    name: 'price_budget_usd',
    type: 'number',
    description:
      'What to budget: the typical figure, else the highest seen (never the floor); empty unless KNOWN or RANGE. Sorting by it gives the API’s `orderBy: COST` order.',
    value: (c) => c.price.budgetUsd,
  },
  { name: 'price_confidence', type: 'string', description: 'How far the figures can be trusted (OFFICIAL, SECONDARY, …).', value: (c) => c.price.confidence },
  {
    name: 'price_as_of',
    type: 'string',
    description: 'When the price was seen (YYYY, YYYY-MM or YYYY-MM-DD); empty when undated.',
    value: (c) => c.price.asOf,
  },
];

export type TopicSource = {
  cert: { slug: string; acronym: string };
  coverage: { depth: number; basis: string; topic: { slug: string; name: string; kind: string } };
};

export const TOPIC_COLUMNS: readonly Column<TopicSource>[] = [
  { name: 'certification', type: 'string', description: 'Certification slug.', value: (s) => s.cert.slug },
  { name: 'certification_acronym', type: 'string', description: 'Its acronym.', value: (s) => s.cert.acronym },
  { name: 'topic', type: 'string', description: 'Topic slug.', value: (s) => s.coverage.topic.slug },
  { name: 'topic_name', type: 'string', description: 'Topic name.', value: (s) => s.coverage.topic.name },
  { name: 'topic_kind', type: 'string', description: 'FUNDAMENTAL or ROLE_SPECIFIC.', value: (s) => s.coverage.topic.kind },
  { name: 'depth', type: 'number', description: '1 introduced, 2 practised, 3 mastered.', value: (s) => s.coverage.depth },
  { name: 'basis', type: 'string', description: 'The official focus area it is derived from.', value: (s) => s.coverage.basis },
];

type PairSource = {
  a: string;
  b: string;
  aAcronym: string | undefined;
  bAcronym: string | undefined;
  similarity: number;
  coverageOfB: number;
  coverageOfA: number;
};

export const OVERLAP_COLUMNS: readonly Column<PairSource>[] = [
  { name: 'a', type: 'string', description: 'First certification (slug).', value: (p) => p.a },
  { name: 'a_acronym', type: 'string', description: 'Its acronym.', value: (p) => p.aAcronym },
  { name: 'b', type: 'string', description: 'Second certification (slug).', value: (p) => p.b },
  { name: 'b_acronym', type: 'string', description: 'Its acronym.', value: (p) => p.bAcronym },
  { name: 'similarity', type: 'number', description: 'Weighted Jaccard similarity, 0..1 (same for a,b and b,a).', value: (p) => p.similarity },
  { name: 'coverage_of_b', type: 'number', description: "Share of b's content a holder of a already knows, 0..1.", value: (p) => p.coverageOfB },
  { name: 'coverage_of_a', type: 'number', description: "Share of a's content a holder of b already knows, 0..1.", value: (p) => p.coverageOfA },
];
