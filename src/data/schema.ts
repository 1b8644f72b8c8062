// The catalog's one schema (zod). It validates the data files (src/data/catalog/**.yaml) when
// they are compiled into the Worker (scripts/catalog-build.ts) and in the tests, and its inferred
// types are the TypeScript types of the whole project (src/data/types.ts re-exports them): the
// shapes are written once, here.
//
// The Worker imports only types from this module, so zod never reaches the bundle.
//
// One shape, two forms: in a data file a fact cites its source by the id it has in
// src/data/catalog/sources.yaml (`source: psm-i-page`, or `{ ref: psm-i-page, confidence:
// CONFLICT }` where this fact is less certain than the page usually is); compiled, the citation
// becomes the source itself ({ title, url, confidence, accessed }). `catalogShapes(citation)`
// builds both forms from the same definitions.
import { z } from 'zod';

export const ConfidenceSchema = z.enum(['OFFICIAL', 'MIRROR', 'SECONDARY', 'CONFLICT', 'UNVERIFIED']);

/** A partial ISO date: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', as precise as the source gives it. */
export const PartialDateSchema = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');

export const SlugSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case slug (a-z, 0-9, single dashes)');

const text = z.string().trim().min(1, 'expected non-empty text');
const httpsUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });
const usd = z.number().nonnegative('expected an amount in US dollars, zero or more');
const count = z.number().int().nonnegative();

export const LevelSchema = z.enum(['FOUNDATION', 'ADVANCED', 'EXPERT']);
export const TopicKindSchema = z.enum(['FUNDAMENTAL', 'ROLE_SPECIFIC']);
export const CostComponentSchema = z.enum(['EXAM', 'COURSE', 'MEMBERSHIP']);
/** A fee beside the certification's price: what a retake, a renewal or a membership costs. */
export const SideFeeKindSchema = z.enum(['RETAKE', 'RENEWAL', 'MEMBERSHIP', 'EXAM', 'APPLICATION', 'OTHER']);
export const UrlKindSchema = z.enum(['CERTIFICATION_PAGE', 'PROVIDER_PAGE']);
export const DepthSchema = z.union([z.literal(1), z.literal(2), z.literal(3)], {
  error: 'expected a depth of 1 (introduced), 2 (practised) or 3 (mastered)',
});

/** A source as the registry (sources.yaml) holds it, and as every compiled fact carries it. */
export const SourceSchema = z.strictObject({
  title: text,
  url: httpsUrl,
  /** How far the source can usually be trusted; a citation may lower it for one fact. */
  confidence: ConfidenceSchema,
  /** When the page was read (or the stored copy was made); null when unknown. */
  accessed: PartialDateSchema.nullable().default(null),
});

/** The registry of sources: id -> source. */
export const SourceRegistrySchema = z.record(SlugSchema, SourceSchema);

/** How a data file cites a source: its id, or its id with this fact's own confidence. */
export const CitationSchema = z.union([SlugSchema, z.strictObject({ ref: SlugSchema, confidence: ConfidenceSchema })], {
  error: 'expected a source id from sources.yaml, or { ref: <id>, confidence: <OFFICIAL|MIRROR|SECONDARY|CONFLICT|UNVERIFIED> }',
});

export const ProviderSchema = z.strictObject({ slug: SlugSchema, name: text, url: httpsUrl, description: text });
export const RoleSchema = z.strictObject({ slug: SlugSchema, name: text, description: text });
export const TopicSchema = z.strictObject({
  slug: SlugSchema,
  name: text,
  description: text,
  kind: TopicKindSchema,
  /** Role slugs; empty for FUNDAMENTAL topics. */
  roles: z.array(SlugSchema),
  /** Official focus-area / learning-objective names that map to this tag. */
  officialNames: z.array(text),
});

/** The shapes of a certification, with `citation` as the form a source takes. */
export function catalogShapes<C extends z.ZodType>(citation: C) {
  const TopicCoverage = z.strictObject({
    topic: SlugSchema,
    depth: DepthSchema,
    /** The official focus area or learning objective this coverage comes from. */
    basis: text,
    /** Why the depth is what it is. */
    rationale: text,
  });
  const Exam = z.strictObject({
    questions: count.nullable(),
    durationMinutes: count,
    passingScorePercent: z.number().min(0).max(100).nullable(),
    format: text,
    openBook: z.boolean().nullable(),
    proctored: z.boolean().nullable(),
    note: text.nullable().default(null),
    source: citation,
    /**
     * Where `openBook` comes from when `source` does not state it (Scrum.org does not say its
     * assessments are open book; third parties do): the exam's value is then only as sure as
     * these. Empty when `source` states it, or `openBook` is null.
     */
    openBookSources: z.array(citation).default([]),
  });
  const Price = z
    .strictObject({
      minUsd: usd.nullable(),
      maxUsd: usd.nullable(),
      typicalUsd: usd.nullable(),
      includes: z.array(CostComponentSchema),
      excludes: z.array(CostComponentSchema).default([]),
      confidence: ConfidenceSchema,
      asOf: PartialDateSchema.nullable(),
      note: text,
      /**
       * For a price with no figure: what was searched (provider pages, trainers' listings, when)
       * and found nothing published. Null when the price has figures.
       */
      searched: text.nullable().default(null),
      sources: z.array(citation),
    })
    .superRefine((p, ctx) => {
      if ((p.minUsd === null) !== (p.maxUsd === null))
        ctx.addIssue({ code: 'custom', path: ['maxUsd'], message: 'minUsd and maxUsd are both figures or both null' });
      if (p.minUsd !== null && p.maxUsd !== null && p.minUsd > p.maxUsd)
        ctx.addIssue({ code: 'custom', path: ['maxUsd'], message: `maxUsd (${p.maxUsd}) is below minUsd (${p.minUsd})` });
      if (p.typicalUsd !== null && (p.minUsd === null || p.typicalUsd < p.minUsd || p.typicalUsd > (p.maxUsd ?? Infinity)))
        ctx.addIssue({ code: 'custom', path: ['typicalUsd'], message: 'typicalUsd must lie between minUsd and maxUsd' });
      if (p.minUsd !== null && p.sources.length === 0)
        ctx.addIssue({ code: 'custom', path: ['sources'], message: 'a price with figures must cite at least one source' });
    });
  /** A published side fee (retake, renewal, membership, ...), with its own source and date. */
  const SideFee = z.strictObject({
    kind: SideFeeKindSchema,
    /** In US dollars; null when the fee exists but its amount is not published. */
    usd: usd.nullable(),
    /** The amount for members of the provider, when it differs (PMI's exam fees). */
    memberUsd: usd.nullable().default(null),
    /** What the fee covers and when it applies, in a sentence. */
    note: text,
    asOf: PartialDateSchema.nullable(),
    source: citation,
  });
  const Experience = z.strictObject({
    /** Role slugs whose experience counts (any of them). */
    roles: z.array(SlugSchema).min(1),
    months: count.min(1),
    withinYears: count.nullable().default(null),
    note: text.nullable().default(null),
    source: citation,
  });
  const Renewal = z.strictObject({
    required: z.boolean(),
    everyYears: count.nullable(),
    feeUsd: usd.nullable(),
    educationUnits: count.nullable(),
    unitName: text.nullable(),
    note: text.nullable().default(null),
    source: citation,
  });
  const HolderCount = z.strictObject({
    count: count.min(1),
    asOf: PartialDateSchema,
    source: citation,
    note: text.nullable().default(null),
  });
  const Statement = z.strictObject({ text, asOf: PartialDateSchema.nullable(), source: citation });
  const Certification = z.strictObject({
    slug: SlugSchema,
    acronym: text,
    name: text,
    provider: SlugSchema,
    level: LevelSchema,
    primaryRole: SlugSchema,
    /** All role slugs it prepares for, primaryRole first. */
    roles: z.array(SlugSchema).min(1),
    summary: text,
    url: httpsUrl,
    urlKind: UrlKindSchema,
    requiresCourse: z.boolean(),
    /** Certification slugs that must be held first (hard requirements only). */
    prerequisites: z.array(SlugSchema).default([]),
    /** Certification slugs recommended (not required) before this one. */
    recommendedBefore: z.array(SlugSchema).default([]),
    experience: Experience.nullable().default(null),
    exam: Exam.nullable(),
    /**
     * With `exam: null`: the sources that say there is no exam (ICE-AC: an expert panel, not a
     * written exam). Empty when no source confirms it: "No exam" is then said as unconfirmed.
     */
    noExamSources: z.array(citation).default([]),
    price: Price,
    renewal: Renewal,
    /** Published side fees: retakes, renewals, memberships, exam fees apart from a course. */
    sideFees: z.array(SideFee).default([]),
    /** A track groups the levels of one ladder (psm: PSM I -> II -> III); trackOrder is the rung. */
    track: SlugSchema.nullable().default(null),
    trackOrder: count.min(1).nullable().default(null),
    topics: z.array(TopicCoverage).min(5, 'expected at least 5 topics'),
    /** The published focus areas, learning objectives or exam outlines the topic mappings come from. */
    topicSources: z.array(citation).min(1, 'cite where the topics come from (focus areas, learning objectives, exam outline)'),
    /** Where the rules come from that carry no source of their own: course, prerequisites, eligibility, format. */
    ruleSources: z.array(citation).default([]),
    holders: z.array(HolderCount).default([]),
    benefits: z.array(text).default([]),
    statements: z.array(Statement).default([]),
    /** Caveats a reader must know: unverified or conflicting facts, said plainly. */
    caveats: z.array(text).default([]),
  });
  return { TopicCoverage, Exam, Price, SideFee, Experience, Renewal, HolderCount, Statement, Certification };
}

/** The shapes as the data files write them (sources cited by id). */
export const FileShapes = catalogShapes(CitationSchema);
/** The shapes as the Worker holds them (each citation resolved to its source). */
const CompiledShapes = catalogShapes(SourceSchema);

/**
 * The catalog's derived tables as the asset ships them beside the facts (scripts/catalog-build.ts
 * computes them with the domain's own functions, src/resolvers/ship-tables.ts; src/data/tables.ts
 * reads them at load). Only numbers that depend on the catalog alone:
 * - `pairMins`: for every pair i < j of the certifications (catalog order, row by row), the sum
 *   over the topics both cover of the lesser depth: a whole number, from which a pair's similarity
 *   and both coverages follow exactly (with each one's total depth). Written in base 93 with
 *   `digits` digits each (src/data/tables.ts `DIGITS`: the printable ASCII characters but `"` and
 *   `\`), one text: the asset's parse pays nothing for it, and a sum is read where it lies.
 * - `clusterOrder`: the certifications' catalog indexes in the explorer's cluster order (the
 *   seriation of the API's similarity matrix).
 */
export const CatalogTablesSchema = z.strictObject({
  pairMins: z.strictObject({
    digits: z.union([z.literal(1), z.literal(2)]),
    text: z.string().regex(/^[ !#-[\]-~]*$/, 'expected digits: printable ASCII characters but " and \\'),
  }),
  clusterOrder: z.array(count),
});

export type Confidence = z.infer<typeof ConfidenceSchema>;
export type PartialDate = z.infer<typeof PartialDateSchema>;
export type CertificationLevel = z.infer<typeof LevelSchema>;
export type TopicKind = z.infer<typeof TopicKindSchema>;
export type CostComponent = z.infer<typeof CostComponentSchema>;
export type UrlKind = z.infer<typeof UrlKindSchema>;
export type Depth = z.infer<typeof DepthSchema>;
export type SourceRef = z.output<typeof SourceSchema>;
export type Citation = z.infer<typeof CitationSchema>;
export type ProviderData = z.output<typeof ProviderSchema>;
export type RoleData = z.output<typeof RoleSchema>;
export type TopicData = z.output<typeof TopicSchema>;
export type TopicCoverageData = z.output<typeof CompiledShapes.TopicCoverage>;
export type ExamData = z.output<typeof CompiledShapes.Exam>;
export type PriceData = z.output<typeof CompiledShapes.Price>;
export type ExperienceRequirementData = z.output<typeof CompiledShapes.Experience>;
export type RenewalData = z.output<typeof CompiledShapes.Renewal>;
export type HolderCountData = z.output<typeof CompiledShapes.HolderCount>;
export type StatementData = z.output<typeof CompiledShapes.Statement>;
export type ShippedTables = z.output<typeof CatalogTablesSchema>;
/** A certification as its data file writes it (defaults not yet applied). */
export type CertificationFile = z.input<typeof FileShapes.Certification>;
/** A certification as validated from its file (defaults applied; sources still cited by id). */
export type CertificationFileData = z.output<typeof FileShapes.Certification>;
/** A certification as the Worker holds it: citations resolved, and `sources` derived from them. */
export type CertificationData = z.output<typeof CompiledShapes.Certification> & {
  /** Every source its facts cite, derived at compile time (never kept by hand). */
  sources: SourceRef[];
  /** The data file it was compiled from, relative to the repo (for messages that name it). */
  file: string;
};
