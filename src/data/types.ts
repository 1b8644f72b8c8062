// The catalog's shapes. Plain data: this module imports nothing of the project.

/** How much a source can be trusted (the fact sheet's legend). */
export type Confidence = 'OFFICIAL' | 'MIRROR' | 'SECONDARY' | 'CONFLICT' | 'UNVERIFIED';

export interface SourceRef {
  title: string;
  url: string;
  confidence: Confidence;
}

/**
 * A partial ISO date: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. Sources are often dated only to the
 * month or year; we keep the precision the source gives rather than invent a day.
 */
export type PartialDate = string;

export type CertificationLevel = 'FOUNDATION' | 'ADVANCED' | 'EXPERT';
export type TopicKind = 'FUNDAMENTAL' | 'ROLE_SPECIFIC';
export type CostComponent = 'EXAM' | 'COURSE' | 'MEMBERSHIP';
/** Where a certification's `url` points: its own page, or only a provider's general page. */
export type UrlKind = 'CERTIFICATION_PAGE' | 'PROVIDER_PAGE';
export type Depth = 1 | 2 | 3;

export interface ProviderData {
  slug: string;
  name: string;
  url: string;
  description: string;
}

export interface RoleData {
  slug: string;
  name: string;
  description: string;
}

export interface TopicData {
  slug: string;
  name: string;
  description: string;
  kind: TopicKind;
  /** Role slugs; empty for FUNDAMENTAL topics. */
  roles: string[];
  /** Official focus-area / learning-objective names that map to this tag (fact sheet section 8). */
  officialNames: string[];
}

export interface TopicCoverageData {
  topic: string;
  /** 1 = introduced, 2 = practised, 3 = mastered. */
  depth: Depth;
  /** The official focus area or learning objective this coverage comes from. */
  basis: string;
  /** Why the depth is what it is: how the source treats the topic (named focus area, level, inference). */
  rationale: string;
}

export interface ExamData {
  questions: number | null;
  durationMinutes: number;
  /** null when graded pass/fail by assessors, or when the cut score is not published. */
  passingScorePercent: number | null;
  format: string;
  openBook: boolean | null;
  proctored: boolean | null;
  note: string | null;
  source: SourceRef;
}

/**
 * What it costs to get certified, as the sources give it. Plain figures, no interpretation:
 * the resolvers derive the figure budget decisions use (typical, else the highest; never the floor).
 */
export interface PriceData {
  /** Lowest figure any source gives for what `includes` lists; null when no source gives one. */
  minUsd: number | null;
  /** Highest figure any source gives; equal to `minUsd` for a single published price. */
  maxUsd: number | null;
  /** A usual figure where a source gives one (a stated typical price); null otherwise. */
  typicalUsd: number | null;
  /** What the figures pay for. */
  includes: CostComponent[];
  /** Mandatory parts of getting certified that the figures leave out (PMI-ACP's required training). */
  excludes: CostComponent[];
  /** How far the figures can be trusted: UNVERIFIED figures are never used as facts. */
  confidence: Confidence;
  /** When the figures were seen or dated; null when the sources are undated. */
  asOf: PartialDate | null;
  /** What a person must know about these figures, in plain words. Always present. */
  note: string;
  /** Where the figures come from (empty when no source gives a figure). */
  sources: SourceRef[];
}

/** Work experience a certification requires, in named roles. */
export interface ExperienceRequirementData {
  /** Role slugs whose experience counts (any of them). */
  roles: string[];
  months: number;
  /** The experience must fall within this many past years; null when not limited. */
  withinYears: number | null;
  note: string | null;
  source: SourceRef;
}

export interface RenewalData {
  required: boolean;
  everyYears: number | null;
  feeUsd: number | null;
  educationUnits: number | null;
  unitName: string | null;
  note: string | null;
  source: SourceRef;
}

export interface HolderCountData {
  count: number;
  asOf: PartialDate;
  source: SourceRef;
  note: string | null;
}

/** A statement a published article makes about a certification, kept with its source and date. */
export interface StatementData {
  text: string;
  /** When the article was published (or the figure dated), as precise as the source gives. */
  asOf: PartialDate | null;
  source: SourceRef;
}

export interface CertificationData {
  slug: string;
  acronym: string;
  name: string;
  provider: string;
  level: CertificationLevel;
  primaryRole: string;
  /** All role slugs it prepares for, primaryRole first. */
  roles: string[];
  summary: string;
  url: string;
  /** Whether `url` is the certification's own page or only a provider's general page. */
  urlKind: UrlKind;
  requiresCourse: boolean;
  /** Certification slugs that must be held first (hard requirements only). */
  prerequisites: string[];
  /** Certification slugs recommended (not required) before this one. */
  recommendedBefore: string[];
  /** Role experience required, or null when none is required. */
  experience: ExperienceRequirementData | null;
  exam: ExamData | null;
  price: PriceData;
  renewal: RenewalData;
  /** A track groups the levels of one ladder (psm: PSM I -> II -> III); trackOrder is the rung. */
  track: string | null;
  trackOrder: number | null;
  topics: TopicCoverageData[];
  holders: HolderCountData[];
  benefits: string[];
  statements: StatementData[];
  /** Caveats a reader must know: unverified or conflicting facts, said plainly. */
  caveats: string[];
  sources: SourceRef[];
}
