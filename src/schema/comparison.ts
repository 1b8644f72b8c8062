// Comparison and overlap types: thin adapters over src/resolvers/compare.ts and overlap.ts.

import type { CatalogIndex } from '../data/catalog.js';
import {
  type CertificationTopics,
  type Comparison,
  compare,
  MAX_COMPARE,
  MAX_PAIRS_PAGE,
  type MatrixSelection,
  MIN_COMPARE,
  matrixPairsPage,
  matrixSelection,
  overlapMatrix,
  pairLabel,
} from '../resolvers/compare.js';
import type { Difference } from '../resolvers/differences.js';
import { containmentOf, overlapOf, type PairOverlap, round3 } from '../resolvers/overlap.js';
import { builder } from './builder.js';
import { ConfidenceEnum, SourceType } from './common.js';
import { comparePrice, LIST_SIZE, list, MAX_ITEMS, matrixPairsPrice, matrixPrice, maxItems, PRICE, similarityPrice } from './costs.js';
import { CertificationRef, slugOf, TopicRef } from './refs.js';

const topicsOf = (catalog: CatalogIndex, slugs: readonly string[]) => slugs.map((s) => catalog.topicBySlug.get(s)!);
const certOf = (catalog: CatalogIndex, slug: string) => catalog.certificationBySlug.get(slug)!;

const ContainmentEnum = builder.enumType('Containment', {
  description: "Whether one certification's content lies wholly within the other's: every topic, at its depth or deeper (from both coverages).",
  values: {
    SAME: { description: 'Each includes the other: the same topics at the same depths.' },
    A_INCLUDES_B: { description: 'a includes everything in b (`coverageOfB` is 1), and adds more.' },
    B_INCLUDES_A: { description: 'b includes everything in a (`coverageOfA` is 1), and adds more.' },
    NEITHER: { description: 'Neither includes all of the other.' },
  },
});

export const OverlapType = builder.objectRef<PairOverlap>('Overlap').implement({
  description: 'How two certifications overlap, topic by topic, weighted by depth. Numbers are rounded to 3 decimals.',
  fields: (t) => ({
    a: t.field({ type: CertificationRef, description: 'The first certification.', resolve: (p, _args, { catalog }) => certOf(catalog, p.a) }),
    b: t.field({ type: CertificationRef, description: 'The second certification.', resolve: (p, _args, { catalog }) => certOf(catalog, p.b) }),
    shared: t.field({
      type: [TopicRef],
      complexity: list(LIST_SIZE.pairShared, PRICE.pairTopicList),
      description: 'Topics both cover.',
      resolve: (p, _args, { catalog }) => topicsOf(catalog, p.shared),
    }),
    sharedFundamentals: t.field({
      type: [TopicRef],
      complexity: list(LIST_SIZE.pairShared, PRICE.pairTopicList),
      description: 'Shared topics that are fundamentals (kind FUNDAMENTAL).',
      resolve: (p, _args, { catalog }) => topicsOf(catalog, p.shared).filter((x) => x.kind === 'FUNDAMENTAL'),
    }),
    sharedRoleSpecific: t.field({
      type: [TopicRef],
      complexity: list(LIST_SIZE.pairShared, PRICE.pairTopicList),
      description: 'Shared topics that are role-specific: `shared` = `sharedFundamentals` + `sharedRoleSpecific`.',
      resolve: (p, _args, { catalog }) => topicsOf(catalog, p.shared).filter((x) => x.kind === 'ROLE_SPECIFIC'),
    }),
    onlyA: t.field({
      type: [TopicRef],
      complexity: list(LIST_SIZE.pairOnly, PRICE.pairTopicList),
      description: 'Topics only a covers.',
      resolve: (p, _args, { catalog }) => topicsOf(catalog, p.onlyA),
    }),
    onlyB: t.field({
      type: [TopicRef],
      complexity: list(LIST_SIZE.pairOnly, PRICE.pairTopicList),
      description: 'Topics only b covers.',
      resolve: (p, _args, { catalog }) => topicsOf(catalog, p.onlyB),
    }),
    similarity: t.float({
      description: 'Weighted Jaccard similarity of the two topic sets, 0..1: sum of min(depth) over sum of max(depth).',
      resolve: (p) => round3(p.similarity),
    }),
    coverageOfB: t.float({
      description: "Share of b's content that a already covers, 0..1: what a holder of a already knows of b.",
      resolve: (p) => round3(p.coverageOfB),
    }),
    coverageOfA: t.float({
      description: "Share of a's content that b already covers, 0..1.",
      resolve: (p) => round3(p.coverageOfA),
    }),
    containment: t.field({
      type: ContainmentEnum,
      description: 'Whether one includes everything in the other, from both coverages (not similarity alone).',
      resolve: (p) => containmentOf(p),
    }),
    label: t.string({
      description:
        'The pair in words, chosen from both coverages: "KMP includes everything in TKP, and adds …" when one includes the other; else how much of one is in the other, or the similarity in words.',
      resolve: (p, _args, { catalog }) => pairLabel(catalog, p),
    }),
  }),
});

const DistinctTopicsType = builder.objectRef<CertificationTopics>('DistinctTopics').implement({
  description: 'Topics that set one certification apart from the others it is compared with.',
  fields: (t) => ({
    certification: t.field({ type: CertificationRef, description: 'The certification.', resolve: (d) => d.certification }),
    topics: t.field({
      type: [TopicRef],
      complexity: list(LIST_SIZE.pairOnly),
      description: "The topics, in the certification's order.",
      resolve: (d) => d.topics,
    }),
  }),
});

type DifferenceValue = Difference['values'][number];
const DifferenceValueType = builder.objectRef<DifferenceValue>('DifferenceValue').implement({
  description: "One certification's value for an attribute, written for a person.",
  fields: (t) => ({
    certification: t.field({ type: CertificationRef, description: 'The certification.', resolve: (v) => v.certification }),
    value: t.exposeString('value', {
      description: 'The value in words, for example "$200 exam, no course required"; marked when unverified, disputed or old.',
    }),
    confidence: t.field({
      type: ConfidenceEnum,
      description: 'How far the fact can be trusted: the weakest of its sources (never OFFICIAL by default; UNVERIFIED when no source confirms it).',
      resolve: (v) => v.confidence,
    }),
    asOf: t.string({
      nullable: true,
      description: "When the fact was seen, where dated (the price's or count's date, else when its sources were read).",
      resolve: (v) => v.asOf,
    }),
    sources: t.field({
      type: [SourceType],
      complexity: list(LIST_SIZE.certificationSources),
      description: 'The sources the value rests on; its `confidence` is the weakest of theirs. Empty when no source confirms it (the value then says so).',
      resolve: (v) => v.sources,
    }),
  }),
});

const DifferenceType = builder.objectRef<Difference>('Difference').implement({
  description: 'One practical attribute compared across certifications.',
  fields: (t) => ({
    attribute: t.exposeString('attribute', {
      description: 'cost, exam, course, renewal, prerequisites, experience, level, provider or holders.',
    }),
    values: t.field({
      type: [DifferenceValueType],
      complexity: list(LIST_SIZE.compareCertifications),
      description: 'A value per certification, in the order compared.',
      resolve: (d) => d.values,
    }),
  }),
});

const ComparisonType = builder.objectRef<Comparison>('Comparison').implement({
  description: 'A side-by-side comparison of 2 to 6 certifications, computed on demand from their topics.',
  fields: (t) => ({
    certifications: t.field({
      type: [CertificationRef],
      complexity: list(LIST_SIZE.compareCertifications),
      description: 'The certifications compared, in the order given.',
      resolve: (c) => c.certifications,
    }),
    sharedFundamentals: t.field({
      type: [TopicRef],
      complexity: list(LIST_SIZE.pairShared),
      description: 'Fundamental topics that every compared certification covers.',
      resolve: (c) => c.sharedFundamentals,
    }),
    sharedTopics: t.field({
      type: [TopicRef],
      complexity: list(LIST_SIZE.pairShared),
      description: 'All topics that every compared certification covers.',
      resolve: (c) => c.sharedTopics,
    }),
    distinct: t.field({
      type: [DistinctTopicsType],
      complexity: list(LIST_SIZE.compareCertifications),
      description: 'For each certification, the topics that none of the others cover.',
      resolve: (c) => c.distinct,
    }),
    deeperIn: t.field({
      type: [DistinctTopicsType],
      complexity: list(LIST_SIZE.compareCertifications),
      description:
        'For each certification, the topics it covers more deeply than every other compared certification (its distinct topics included): where its emphasis lies, even on shared ground.',
      resolve: (c) => c.deeperIn,
    }),
    pairs: t.field({
      type: [OverlapType],
      complexity: list(LIST_SIZE.comparePairs),
      description: 'The overlap of every pair, in the order given.',
      resolve: (c) => c.pairs,
    }),
    similarity: t.float({
      description: 'Topics covered by all, over topics covered by any (weighted by depth), 0..1.',
      resolve: (c) => round3(c.similarity),
    }),
    differences: t.field({
      type: [DifferenceType],
      complexity: list(LIST_SIZE.differences),
      description: 'Practical differences, one row per attribute: cost, exam, course, renewal, prerequisites, experience, level, provider, holders.',
      resolve: (c) => c.differences,
    }),
    summary: t.exposeString('summary', {
      description: 'A plain-language paragraph a person can read, written from the numbers and topic names above.',
    }),
  }),
});

// The root field resolves the certifications only; each field computes what it reads, and is
// priced for it: the similarity table and every pair (the whole matrix, memoized), or one page of
// pairs (that page only). So a matrix of a large catalog can be read page by page.
const OverlapMatrixType = builder.objectRef<MatrixSelection>('OverlapMatrix').implement({
  description: 'Pairwise overlap of a set of certifications, for analysis.',
  fields: (t) => ({
    certifications: t.field({
      type: [CertificationRef],
      complexity: list(LIST_SIZE.catalogCertifications),
      description: 'Row and column order of `similarity`.',
      resolve: (m) => m.certifications,
    }),
    similarity: t.field({
      type: t.listRef(t.listRef('Float')),
      complexity: similarityPrice(),
      description: 'similarity[i][j] for certifications i and j, row order as in `certifications`; 1 on the diagonal.',
      resolve: (m, _args, { catalog }) => overlapMatrix(catalog, m.slugs).similarity3,
    }),
    pairs: t.field({
      type: [OverlapType],
      complexity: (args) => matrixPairsPrice(args.first),
      description: `The overlap of every pair i < j, row by row; with \`first\`, one page of them (a large catalog's matrix is read page by page).`,
      args: {
        first: t.arg.int({ description: `How many pairs to return from \`offset\`, 1 to ${MAX_PAIRS_PAGE}; every pair when omitted.` }),
        offset: t.arg.int({ defaultValue: 0, description: 'How many pairs to skip first (with `first`): pairs are numbered row by row from 0.' }),
      },
      resolve: (m, args, { catalog }) => {
        if (args.first == null) return overlapMatrix(catalog, m.slugs).pairs;
        return matrixPairsPage(catalog, m.certifications, args.offset ?? 0, args.first);
      },
    }),
  }),
});

builder.objectFields(CertificationRef, (t) => ({
  fundamentals: t.field({
    type: [TopicRef],
    complexity: list(LIST_SIZE.certificationFundamentals),
    description: 'Covered topics that are shared Scrum fundamentals.',
    resolve: (c, _args, { catalog }) =>
      topicsOf(
        catalog,
        c.topics.map((x) => x.topic),
      ).filter((x) => x.kind === 'FUNDAMENTAL'),
  }),
  roleSpecificTopics: t.field({
    type: [TopicRef],
    complexity: list(LIST_SIZE.certificationRoleSpecific),
    description: 'Covered topics that belong to a specific role.',
    resolve: (c, _args, { catalog }) =>
      topicsOf(
        catalog,
        c.topics.map((x) => x.topic),
      ).filter((x) => x.kind === 'ROLE_SPECIFIC'),
  }),
  overlapWith: t.field({
    type: OverlapType,
    nullable: true,
    complexity: PRICE.overlapWith,
    description: 'Overlap between this certification (a) and another one (b); null when the other one does not exist.',
    args: { certification: t.arg.string({ required: true, description: 'The other certification: slug or global ID.' }) },
    resolve: (c, args, { catalog }) => {
      const other = catalog.certificationBySlug.get(slugOf('Certification', args.certification));
      if (!other) return null;
      return overlapOf(c.slug, catalog.depthsByCertification.get(c.slug)!, other.slug, catalog.depthsByCertification.get(other.slug)!);
    },
  }),
}));

builder.queryFields((t) => ({
  compare: t.field({
    type: ComparisonType,
    complexity: (args) => comparePrice(args.certifications.length),
    description: `Side-by-side comparison of ${MIN_COMPARE} to ${MAX_COMPARE} certifications, computed on demand.`,
    args: {
      certifications: t.arg.stringList({
        required: true,
        description: `${MIN_COMPARE} to ${MAX_COMPARE} certifications (slugs or global IDs), each once.`,
        ...maxItems(MAX_COMPARE, `Compare ${MIN_COMPARE} to ${MAX_COMPARE} certifications; for more, use \`overlapMatrix\`.`),
      }),
    },
    resolve: (_root, args, { catalog }) =>
      compare(
        catalog,
        args.certifications.map((s) => slugOf('Certification', s)),
        args.certifications,
      ),
  }),
  overlapMatrix: t.field({
    type: OverlapMatrixType,
    complexity: (args) => matrixPrice(args.certifications?.length),
    description: 'Pairwise overlap of the given certifications (the whole catalog when omitted).',
    args: {
      certifications: t.arg.stringList({
        description: `Certifications (slugs or global IDs), each once, at most ${MAX_ITEMS.matrixCertifications}; the whole catalog when omitted.`,
        ...maxItems(MAX_ITEMS.matrixCertifications),
      }),
    },
    resolve: (_root, args, { catalog }) =>
      matrixSelection(
        catalog,
        args.certifications?.map((s) => slugOf('Certification', s)),
        args.certifications,
      ),
  }),
}));
