import { resolveArrayConnection } from '@pothos/plugin-relay';
import type { TopicCoverageData } from '../data/types.js';
import { checkPageArgs, DEFAULT_PAGE_SIZE, listCertifications, MAX_PAGE_SIZE } from '../resolvers/catalog.js';
import { badInput } from '../resolvers/errors.js';
import { isWidelyHeld, latestHolderCount } from '../resolvers/facts.js';
import { compareText } from '../resolvers/text.js';
import { builder } from './builder.js';
import {
  CostType,
  ExamType,
  ExperienceRequirementType,
  HolderCountType,
  legacyCost,
  PriceType,
  RenewalType,
  SideFeeType,
  SourceType,
  StatementType,
} from './common.js';
import { LIST_SIZE, list, MAX_ITEMS, maxItems, PRICE, pageSize } from './costs.js';
import { CertificationRef, ProviderRef, RoleRef, slugOf, slugsOf, TopicRef } from './refs.js';

export const CertificationLevelEnum = builder.enumType('CertificationLevel', {
  description: 'How far along a track a certification sits.',
  values: {
    FOUNDATION: { description: 'Entry level: no prior certification or experience required.' },
    ADVANCED: { description: 'Builds on a foundation certification or on practical experience.' },
    EXPERT: { description: 'The highest rung of a track, for experienced practitioners.' },
  },
});

export const UrlKindEnum = builder.enumType('UrlKind', {
  description: "What a certification's `url` points to.",
  values: {
    CERTIFICATION_PAGE: { description: "The certification's own page at its provider." },
    PROVIDER_PAGE: { description: "Only the provider's general page: no page of the certification itself was found in the sources." },
  },
});

export const TopicCoverageType = builder.objectRef<TopicCoverageData>('TopicCoverage').implement({
  description: 'A topic a certification covers, and how deeply.',
  fields: (t) => ({
    topic: t.field({ type: TopicRef, description: 'The topic.', resolve: (c, _args, { catalog }) => catalog.topicBySlug.get(c.topic)! }),
    depth: t.exposeInt('depth', { description: '1 = introduced, 2 = practised, 3 = mastered.' }),
    basis: t.exposeString('basis', {
      description: 'The official focus area or learning objective this coverage is derived from.',
    }),
    rationale: t.exposeString('rationale', {
      description: 'Why the depth is what it is.',
    }),
  }),
});

builder.node(CertificationRef, {
  description: 'A certification, with its requirements, costs, topics and sources.',
  id: { resolve: (c) => c.slug },
  loadOne: (slug, { catalog }) => catalog.certificationBySlug.get(slug) ?? null,
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Human identifier, for example `psm-i`.' }),
    acronym: t.exposeString('acronym', { description: 'Short form as holders write it: PSM I, CSPO, PMI-ACP.' }),
    name: t.exposeString('name', { description: 'Full name.' }),
    provider: t.field({
      type: ProviderRef,
      description: 'Who awards it.',
      resolve: (c, _args, { catalog }) => catalog.providerBySlug.get(c.provider)!,
    }),
    level: t.field({ type: CertificationLevelEnum, description: 'Foundation, advanced or expert.', resolve: (c) => c.level }),
    primaryRole: t.field({
      type: RoleRef,
      description: 'The role this certification prepares for first.',
      resolve: (c, _args, { catalog }) => catalog.roleBySlug.get(c.primaryRole)!,
    }),
    roles: t.field({
      type: [RoleRef],
      complexity: list(LIST_SIZE.certificationRoles),
      description: 'Every role it prepares for, the primary role first.',
      resolve: (c, _args, { catalog }) => c.roles.map((r) => catalog.roleBySlug.get(r)!),
    }),
    summary: t.exposeString('summary', { description: 'What it is and who it is for, in plain words.' }),
    url: t.exposeString('url', { description: 'The official page (see `urlKind`).' }),
    urlKind: t.field({ type: UrlKindEnum, description: "Whether `url` is its own page or its provider's.", resolve: (c) => c.urlKind }),
  }),
});

// Its requirements: a course, prerequisites, experience, the exam.
builder.objectFields(CertificationRef, (t) => ({
  requiresCourse: t.exposeBoolean('requiresCourse', {
    description: 'True when a course must be attended to be certified (Scrum Alliance, SAFe, ICAgile).',
  }),
  prerequisites: t.field({
    type: [CertificationRef],
    complexity: list(LIST_SIZE.certificationLinks),
    description: 'Certifications that must be held first.',
    resolve: (c, _args, { catalog }) => c.prerequisites.map((s) => catalog.certificationBySlug.get(s)!),
  }),
  recommendedBefore: t.field({
    type: [CertificationRef],
    complexity: list(LIST_SIZE.certificationLinks),
    description: 'Certifications the provider recommends (but does not require) before this one.',
    resolve: (c, _args, { catalog }) => c.recommendedBefore.map((s) => catalog.certificationBySlug.get(s)!),
  }),
  experienceMonths: t.int({
    nullable: true,
    description: 'Months of role experience required, when any, without saying in which role: `experienceRequirement` names the role.',
    deprecationReason: 'Deprecated 2026-12-02: use `experienceRequirement` instead. Removal on or after 2027-06-02.',
    resolve: (c) => c.experience?.months ?? null,
  }),
  experienceRequirement: t.field({
    type: ExperienceRequirementType,
    nullable: true,
    description: 'Work experience required, and in which roles; null when none.',
    resolve: (c) => c.experience,
  }),
  exam: t.field({
    type: ExamType,
    nullable: true,
    description: 'Null when there is no exam (for example CSPO, ICAgile).',
    resolve: (c) => c.exam,
  }),
  noExamSources: t.field({
    type: [SourceType],
    complexity: list(LIST_SIZE.certificationSources),
    description: 'With no exam: the sources that say there is none. Empty when none confirms it (then "no exam" is unconfirmed).',
    resolve: (c) => c.noExamSources,
  }),
}));

// What it costs, and what it takes to keep it.
builder.objectFields(CertificationRef, (t) => ({
  cost: t.field({
    type: CostType,
    nullable: true,
    description:
      'What it costs as its lowest figure seen; null without a dated, verified figure. `price` says what a figure is: its range, typical figure, what it includes, confidence and age.',
    deprecationReason: 'Deprecated 2026-12-02: use `price` instead. Removal on or after 2027-06-02.',
    resolve: (c) => legacyCost(c.price),
  }),
  price: t.field({
    type: PriceType,
    description: 'What it costs: range, typical figure, inclusions, confidence and age.',
    resolve: (c) => ({ price: c.price, certification: c }),
  }),
  renewal: t.field({ type: RenewalType, description: 'What it takes to keep it.', resolve: (c) => c.renewal }),
  sideFees: t.field({
    type: [SideFeeType],
    complexity: list(LIST_SIZE.certificationSources),
    description:
      'Published fees besides the price of getting certified: retakes, renewal tiers, memberships, exam fees apart from a course; each with its source and date. Empty when none is published (or none recorded yet).',
    resolve: (c) => c.sideFees,
  }),
}));

// What it covers, who holds it, what is said of it, where it leads, and the sources.
builder.objectFields(CertificationRef, (t) => ({
  topics: t.field({
    type: [TopicCoverageType],
    complexity: list(LIST_SIZE.certificationTopics),
    description: 'Every topic covered, with how deeply.',
    resolve: (c) => c.topics,
  }),
  holders: t.field({
    type: [HolderCountType],
    complexity: list(LIST_SIZE.certificationHolders),
    description: 'Published counts of holders, each with its date and source, newest first.',
    resolve: (c) => [...c.holders].sort((a, b) => compareText(b.asOf, a.asOf)),
  }),
  widelyHeld: t.boolean({
    description: 'True when its newest count is current and at least 10,000.',
    resolve: (c, _args, { catalog }) => isWidelyHeld(catalog, latestHolderCount(c)),
  }),
  benefits: t.exposeStringList('benefits', { description: 'What holding it gives, as its sources state.' }),
  statements: t.field({
    type: [StatementType],
    complexity: list(LIST_SIZE.certificationStatements),
    description: 'What published articles say about it, quoted with source and date.',
    resolve: (c) => c.statements,
  }),
  caveats: t.exposeStringList('caveats', {
    description: 'Facts about this certification that are unverified or conflicting, in plain words.',
  }),
  nextSteps: t.field({
    type: [CertificationRef],
    complexity: list(LIST_SIZE.certificationLinks),
    description: 'Certifications that build on this one (higher level of the same track, or listing it as a prerequisite).',
    resolve: (c, _args, { catalog }) => catalog.nextSteps.get(c.slug) ?? [],
  }),
  sources: t.field({
    type: [SourceType],
    complexity: list(LIST_SIZE.certificationSources),
    description: 'Where its facts come from.',
    resolve: (c) => c.sources,
  }),
}));

const CertificationFilterInput = builder.inputType('CertificationFilter', {
  description: 'Criteria a certification must all meet. A list criterion matches any of its values.',
  fields: (t) => ({
    providers: t.stringList({ description: `Provider slugs or global IDs (at most ${MAX_ITEMS.filterValues}).`, ...maxItems(MAX_ITEMS.filterValues) }),
    roles: t.stringList({
      description: `Role slugs or global IDs (at most ${MAX_ITEMS.filterValues}): certifications that prepare for any of them.`,
      ...maxItems(MAX_ITEMS.filterValues),
    }),
    levels: t.field({ type: [CertificationLevelEnum], description: 'Any of these levels.', ...maxItems(MAX_ITEMS.filterValues) }),
    topics: t.stringList({ description: `Covers all of these topic slugs (at most ${MAX_ITEMS.filterValues}).`, ...maxItems(MAX_ITEMS.filterValues) }),
    maxCostUsd: t.float({
      description: 'Realistic price (`price.budgetUsd`) at most this, in USD; unknown prices excluded.',
    }),
    requiresCourse: t.boolean({ description: 'Whether a course is mandatory.' }),
    hasExam: t.boolean({ description: 'Whether there is an exam.' }),
    renewalRequired: t.boolean({ description: 'Whether it must be renewed.' }),
    search: t.string({ description: 'Case-insensitive match on name, acronym or slug.' }),
  }),
});

const CertificationOrderEnum = builder.enumType('CertificationOrder', {
  description: 'Sort orders for certification lists. Ties are broken by name.',
  values: {
    NAME: { description: 'By name, A to Z (the default).' },
    COST: { description: 'Cheapest realistic price first; partial, then unknown prices last.' },
    LEVEL: { description: 'Foundation, then advanced, then expert.' },
    HOLDERS: { description: 'Most holders first, current counts before stale ones; none last.' },
  },
});

builder.queryFields((t) => ({
  certification: t.field({
    type: CertificationRef,
    nullable: true,
    description: 'One certification by slug or global ID; null when there is none.',
    args: { slug: t.arg.string({ required: true, description: 'Slug (`psm-i`) or global ID.' }) },
    resolve: (_root, { slug }, { catalog }) => catalog.certificationBySlug.get(slugOf('Certification', slug)) ?? null,
  }),
  certifications: t.connection(
    {
      type: CertificationRef,
      description: `Certifications matching a filter, in an order, a page at a time (\`first\` up to ${MAX_PAGE_SIZE}, default ${DEFAULT_PAGE_SIZE}).`,
      complexity: (args) => list(pageSize(Math.min(MAX_PAGE_SIZE, args.first ?? args.last ?? DEFAULT_PAGE_SIZE)), PRICE.certificationsPage),
      args: {
        filter: t.arg({ type: CertificationFilterInput, description: 'Criteria to match; all certifications when omitted.' }),
        orderBy: t.arg({ type: CertificationOrderEnum, description: 'Sort order; NAME when omitted.' }),
      },
      resolve: (_root, args, { catalog }) => {
        checkPageArgs(args);
        const filter = args.filter && {
          ...args.filter,
          providers: slugsOf('Provider', args.filter.providers),
          roles: slugsOf('Role', args.filter.roles),
          topics: slugsOf('Topic', args.filter.topics),
        };
        const list = listCertifications(catalog, filter, args.orderBy);
        try {
          return {
            ...resolveArrayConnection({ args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE }, list),
            totalCount: list.length,
          };
        } catch {
          // Pothos rejects malformed cursors; say so in the caller's terms (its own message names its cursor format).
          throw badInput('Invalid cursor: pass a `cursor`, `startCursor` or `endCursor` value from an earlier page.', {
            argument: args.after != null ? 'after' : 'before',
          });
        }
      },
    },
    {
      name: 'CertificationConnection',
      description: 'A page of certifications.',
      fields: (c) => ({
        totalCount: c.int({
          description: 'How many certifications match, across all pages.',
          resolve: (parent) => (parent as unknown as { totalCount: number }).totalCount,
        }),
      }),
    },
    { name: 'CertificationEdge', description: 'A certification in a page, with its cursor.' },
  ),
}));
