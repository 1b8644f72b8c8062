// Value types shared by the entity types: sources, exams, costs, renewals, holder counts.
import type {
  CertificationData,
  CostComponent,
  ExamData,
  ExperienceRequirementData,
  HolderCountData,
  PartialDate,
  PriceData,
  RenewalData,
  SourceRef,
  StatementData,
} from '../data/types.js';
import { ageYears, budgetFigure, describePrice, isStale, priceStatus } from '../resolvers/facts.js';
import { builder } from './builder.js';
import { LIST_SIZE, list } from './costs.js';
import { RoleRef } from './refs.js';

export const ConfidenceEnum = builder.enumType('Confidence', {
  description: "How far a source can be trusted: OFFICIAL (the provider's own page), MIRROR, SECONDARY, CONFLICT (sources disagree) or UNVERIFIED.",
  values: {
    OFFICIAL: { description: "The certifying body's own page or document." },
    MIRROR: { description: 'A third-party copy of official text.' },
    SECONDARY: { description: 'A trainer or blog page restating the facts; usually right, possibly dated.' },
    CONFLICT: { description: 'Sources disagree; the value shown is the one judged most current, and a note gives the others.' },
    UNVERIFIED: { description: 'No reliable source found: treat as unconfirmed.' },
  },
});

export const SourceType = builder.objectRef<SourceRef>('Source').implement({
  description: 'Where a fact comes from.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'Title of the page or document.' }),
    url: t.exposeString('url', { description: 'Address of the page or document.' }),
    confidence: t.field({
      type: ConfidenceEnum,
      description: 'How far this source can be trusted.',
      resolve: (s) => s.confidence,
    }),
    accessed: t.string({
      nullable: true,
      description: 'When the page was read (or the stored copy was made), as YYYY, YYYY-MM or YYYY-MM-DD; null when unknown.',
      resolve: (s) => s.accessed ?? null,
    }),
  }),
});

export const ExamType = builder.objectRef<ExamData>('Exam').implement({
  description: 'The exam or assessment a candidate takes, when there is one.',
  fields: (t) => ({
    questions: t.exposeInt('questions', { nullable: true, description: 'Number of questions; null when not published.' }),
    durationMinutes: t.exposeInt('durationMinutes', { description: 'Time allowed, in minutes.' }),
    passingScorePercent: t.exposeFloat('passingScorePercent', {
      nullable: true,
      description: 'Score needed to pass, in percent. Null when the exam is graded pass/fail by assessors or the cut score is not published.',
    }),
    format: t.exposeString('format', { description: 'Question types and how the exam is taken.' }),
    openBook: t.exposeBoolean('openBook', { nullable: true, description: 'True when references may be used; null when not stated.' }),
    proctored: t.exposeBoolean('proctored', { nullable: true, description: 'True when the exam is supervised; null when not stated.' }),
    note: t.exposeString('note', { nullable: true, description: 'Caveats on these figures (conflicting or unverified values).' }),
    source: t.field({ type: SourceType, description: 'Where these figures come from.', resolve: (e) => e.source }),
    openBookSources: t.field({
      type: [SourceType],
      complexity: list(LIST_SIZE.certificationSources),
      description: 'Where `openBook` comes from when `source` does not state it (a third party, not the provider); empty when `source` states it.',
      resolve: (e) => e.openBookSources,
    }),
  }),
});

export const CostComponentEnum = builder.enumType('CostComponent', {
  description: 'What a cost figure pays for.',
  values: {
    EXAM: { description: 'The exam or assessment fee.' },
    COURSE: { description: 'A mandatory course.' },
    MEMBERSHIP: { description: 'A membership the certification requires.' },
  },
});

/** The v1 `Cost` shape, derived from a price: only a dated, verified figure (the lowest seen). */
export interface LegacyCost {
  amountUsd: number;
  maxAmountUsd: number | null;
  includes: CostComponent[];
  asOf: PartialDate;
  note: string | null;
  source: SourceRef;
}

/** `Certification.cost` (API v1): null unless the price has a dated figure that is not unverified. */
export function legacyCost(price: PriceData): LegacyCost | null {
  const status = priceStatus(price);
  if (status === 'UNKNOWN' || status === 'UNVERIFIED' || price.asOf === null || !price.sources.length) return null;
  return {
    amountUsd: price.minUsd!,
    maxAmountUsd: price.maxUsd !== null && price.maxUsd !== price.minUsd ? price.maxUsd : null,
    includes: price.includes,
    asOf: price.asOf,
    note: price.note,
    source: price.sources[0]!,
  };
}

export const CostType = builder.objectRef<LegacyCost>('Cost').implement({
  description: 'What it costs to be certified, in USD, as seen on a date (v1; see `Price`).',
  fields: (t) => ({
    amountUsd: t.exposeFloat('amountUsd', {
      description: 'Lowest figure seen, in USD: a floor, not what to budget.',
    }),
    maxAmountUsd: t.exposeFloat('maxAmountUsd', {
      nullable: true,
      description: 'Highest figure where the price varies (course fees set by trainers).',
    }),
    includes: t.field({
      type: [CostComponentEnum],
      description: 'What the amount pays for.',
      resolve: (c) => c.includes,
    }),
    asOf: t.exposeString('asOf', { description: 'When the figure was seen: YYYY, YYYY-MM or YYYY-MM-DD, as precise as its source.' }),
    note: t.exposeString('note', { nullable: true, description: 'Caveats: ranges, member prices, conflicting or unverified figures.' }),
    source: t.field({ type: SourceType, description: 'Where the figure comes from.', resolve: (c) => c.source }),
  }),
});

export const PriceStatusEnum = builder.enumType('PriceStatus', {
  description: 'What kind of figure a price is.',
  values: {
    KNOWN: { description: 'One published figure.' },
    RANGE: { description: 'Figures differ: `budgetUsd` is the typical one, else the highest.' },
    PARTIAL: { description: 'A mandatory part is left out (`excludes`): a lower bound only.' },
    UNVERIFIED: { description: 'No reliable source confirms it: never used as a price.' },
    UNKNOWN: { description: 'No source gives a figure.' },
  },
});

export const BudgetFitEnum = builder.enumType('BudgetFit', {
  description: "A price against the profile's budget.",
  values: {
    WITHIN_BUDGET: { description: 'The realistic price is within the budget.' },
    OVER_BUDGET: { description: 'The realistic price, or its known part, is over.' },
    PRICE_UNKNOWN: { description: 'Unknown, unverified or partial: cannot be said to fit.' },
    NO_BUDGET: { description: 'No budget was given.' },
  },
});

/** A price with the certification it belongs to (its summary depends on whether a course is required). */
export interface PriceOf {
  price: PriceData;
  certification: CertificationData;
}

export const PriceType = builder.objectRef<PriceOf>('Price').implement({
  description: 'What it costs to get certified: range, typical figure, inclusions, confidence and age. Budgets use `budgetUsd`.',
  fields: (t) => ({
    status: t.field({ type: PriceStatusEnum, description: 'What kind of figure this is.', resolve: (p) => priceStatus(p.price) }),
    minUsd: t.float({ nullable: true, description: 'Lowest figure seen, in USD.', resolve: (p) => p.price.minUsd }),
    maxUsd: t.float({ nullable: true, description: 'Highest figure seen, in USD.', resolve: (p) => p.price.maxUsd }),
    typicalUsd: t.float({ nullable: true, description: 'A typical figure where a source gives one, in USD.', resolve: (p) => p.price.typicalUsd }),
    budgetUsd: t.float({
      nullable: true,
      description: 'What to budget: `typicalUsd`, else the highest seen (never the floor); null unless KNOWN or RANGE.',
      resolve: (p) => budgetFigure(p.price),
    }),
    includes: t.field({ type: [CostComponentEnum], description: 'What the figures pay for.', resolve: (p) => p.price.includes }),
    excludes: t.field({
      type: [CostComponentEnum],
      description: 'Mandatory parts the figures leave out (renewal: see `renewal`).',
      resolve: (p) => p.price.excludes,
    }),
    confidence: t.field({ type: ConfidenceEnum, description: 'How far the figures can be trusted.', resolve: (p) => p.price.confidence }),
    asOf: t.string({ nullable: true, description: 'When seen (YYYY, YYYY-MM or YYYY-MM-DD); null when undated.', resolve: (p) => p.price.asOf }),
    ageYears: t.float({
      nullable: true,
      description: 'Years from `asOf` to `catalog.asOf`; null when undated.',
      resolve: (p, _args, { catalog }) => ageYears(catalog, p.price.asOf),
    }),
    stale: t.boolean({ description: 'Over 3 years old or undated.', resolve: (p, _args, { catalog }) => isStale(catalog, p.price.asOf) }),
    note: t.string({ description: 'What to know about these figures.', resolve: (p) => p.price.note }),
    searched: t.string({
      nullable: true,
      description:
        "For a price with no figure: what was searched (provider pages, trainers' listings, when) and found nothing published. Null when the price has figures, or no search is recorded yet.",
      resolve: (p) => p.price.searched ?? null,
    }),
    summary: t.string({
      description: 'The price in one line, with confidence and age where they matter.',
      resolve: (p, _args, { catalog }) => describePrice(catalog, p.price, p.certification.requiresCourse),
    }),
    sources: t.field({
      type: [SourceType],
      complexity: list(LIST_SIZE.certificationSources),
      description: 'Where the figures come from.',
      resolve: (p) => p.price.sources,
    }),
  }),
});

/** One published side fee of a certification: a retake, a renewal, a membership, an exam apart from a course. */
export type SideFeeData = CertificationData['sideFees'][number];

const SideFeeKindEnum = builder.enumType('SideFeeKind', {
  description: 'What a side fee pays for.',
  values: {
    RETAKE: { description: 'Taking the exam again after a failed attempt.' },
    RENEWAL: { description: 'Keeping the certification current (a renewal tier or fee).' },
    MEMBERSHIP: { description: "A membership of the provider's body (members may pay less for other fees)." },
    EXAM: { description: 'The exam itself, paid apart from any course.' },
    APPLICATION: { description: 'Applying to be assessed or admitted.' },
    OTHER: { description: 'Any other published fee; `note` says what.' },
  },
});

export const SideFeeType = builder.objectRef<SideFeeData>('SideFee').implement({
  description: 'A published fee besides the price of getting certified (retake, renewal, membership, exam), with its own source and date.',
  fields: (t) => ({
    kind: t.field({ type: SideFeeKindEnum, description: 'What the fee pays for.', resolve: (f) => f.kind }),
    usd: t.exposeFloat('usd', { nullable: true, description: 'The fee in USD; null when the fee exists but its amount is not published.' }),
    memberUsd: t.exposeFloat('memberUsd', {
      nullable: true,
      description: "The fee for members of the provider's body, when it differs (PMI's exam fees); null otherwise.",
    }),
    note: t.exposeString('note', { description: 'What the fee covers and when it applies.' }),
    asOf: t.exposeString('asOf', { nullable: true, description: 'When the fee was seen (YYYY, YYYY-MM or YYYY-MM-DD); null when undated.' }),
    stale: t.boolean({ description: 'Over 3 years old or undated.', resolve: (f, _args, { catalog }) => isStale(catalog, f.asOf) }),
    source: t.field({ type: SourceType, description: 'Where the fee is published.', resolve: (f) => f.source as SourceRef }),
  }),
});

export const ExperienceRequirementType = builder.objectRef<ExperienceRequirementData>('ExperienceRequirement').implement({
  description: 'Work experience a certification requires, in named roles.',
  fields: (t) => ({
    roles: t.field({
      type: [RoleRef],
      complexity: list(LIST_SIZE.certificationRoles),
      description: 'Roles whose months count (any).',
      resolve: (e, _args, { catalog }) => e.roles.map((r) => catalog.roleBySlug.get(r)!),
    }),
    months: t.exposeInt('months', { description: 'Months required.' }),
    withinYears: t.exposeInt('withinYears', { nullable: true, description: 'Within this many past years; null when not limited.' }),
    note: t.exposeString('note', { nullable: true, description: 'How it is validated; exceptions.' }),
    source: t.field({ type: SourceType, description: 'Where the requirement comes from.', resolve: (e) => e.source }),
  }),
});

export const RenewalType = builder.objectRef<RenewalData>('Renewal').implement({
  description: 'What it takes to keep the certification.',
  fields: (t) => ({
    required: t.exposeBoolean('required', { description: 'False for lifetime certifications.' }),
    everyYears: t.exposeInt('everyYears', { nullable: true, description: 'Renewal period in years.' }),
    feeUsd: t.exposeFloat('feeUsd', { nullable: true, description: 'Renewal fee per period, in USD; null when none or unverified (see note).' }),
    educationUnits: t.exposeInt('educationUnits', { nullable: true, description: 'Continuing-education units per period (SEUs, PDUs, hours).' }),
    unitName: t.exposeString('unitName', { nullable: true, description: 'Name of the continuing-education unit.' }),
    note: t.exposeString('note', { nullable: true, description: 'Caveats on the renewal terms.' }),
    source: t.field({ type: SourceType, description: 'Where the renewal terms come from.', resolve: (r) => r.source }),
  }),
});

export const HolderCountType = builder.objectRef<HolderCountData>('HolderCount').implement({
  description: 'A published count of holders at a date.',
  fields: (t) => ({
    count: t.exposeInt('count', { description: 'Number of holders.' }),
    asOf: t.exposeString('asOf', { description: 'Date of the count: YYYY, YYYY-MM or YYYY-MM-DD.' }),
    source: t.field({ type: SourceType, description: 'Where the count was published (its `confidence` says how far to trust it).', resolve: (h) => h.source }),
    note: t.exposeString('note', { nullable: true, description: 'Context for the figure (for example when it was quoted).' }),
    ageYears: t.float({
      description: 'Years from `asOf` to `catalog.asOf`.',
      resolve: (h, _args, { catalog }) => ageYears(catalog, h.asOf)!,
    }),
    stale: t.boolean({ description: 'Over 3 years old: holders then, not now.', resolve: (h, _args, { catalog }) => isStale(catalog, h.asOf) }),
  }),
});

export const StatementType = builder.objectRef<StatementData>('Statement').implement({
  description: 'What a published article says about a certification, quoted with its source and date.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The statement, quoted.' }),
    asOf: t.exposeString('asOf', { nullable: true, description: 'When it was published or dated; null when the source is undated.' }),
    source: t.field({ type: SourceType, description: 'The article it comes from.', resolve: (s) => s.source }),
  }),
});
