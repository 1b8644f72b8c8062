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

export interface CostData {
  amountUsd: number;
  maxAmountUsd: number | null;
  includes: CostComponent[];
  asOf: PartialDate;
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
  requiresCourse: boolean;
  /** Certification slugs that must be held first (hard requirements only). */
  prerequisites: string[];
  /** Certification slugs recommended (not required) before this one. */
  recommendedBefore: string[];
  /** Months of role experience required, or null when none is required. */
  experienceMonths: number | null;
  exam: ExamData | null;
  cost: CostData | null;
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
