// List sizes for the query cost (src/graphql/limits/cost.ts): each list field multiplies the cost of what
// is selected inside it by the most items it can hold, measured on the catalog when it is built
// (before any isolate has loaded it). The largest, not the average: a query may reach a list only
// through its largest instances (a fundamental topic is covered by 25 certifications when the
// average topic is covered by 12), and nested lists multiply, so only an upper bound keeps the
// price an upper bound of the work and of the response. Lists sized by an argument (`first`,
// `ids`) use the argument instead, capped at what the catalog holds.
import { CATALOG_ASSET } from '../data/catalog.js';
import { MAX_PAIRS_PAGE } from '../resolvers/compare.js';

/** The largest size of a list the build measured on the catalog (src/data/compile.ts `catalogSizes`). */
const measured = (name: string): number => {
  const size = CATALOG_ASSET.maxima[name];
  if (size === undefined) throw new Error(`the catalog build measured no list size "${name}"`);
  return size;
};

/**
 * Declared sizes of list arguments and input fields (`extensions.maxItems`), checked per request
 * before any resolver looks at an item (src/graphql/limits/cost.ts). Every list argument must declare one:
 * a list without a limit is refused (a test checks the schema).
 */
export const MAX_ITEMS = {
  /** Filter criteria: more values than the catalog has entities is never needed. */
  filterValues: 50,
  /** A profile's held certifications, interests and preferred providers. */
  profileValues: 50,
  /** Certifications of an overlap matrix (the catalog has fewer). */
  matrixCertifications: 50,
} as const;

export const LIST_SIZE = {
  catalogCertifications: measured('catalogCertifications'),
  catalogPairs: measured('catalogPairs'),
  providers: measured('providers'),
  roles: measured('roles'),
  topics: measured('topics'),
  providerCertifications: measured('providerCertifications'),
  roleCertifications: measured('roleCertifications'),
  roleTopics: measured('roleTopics'),
  topicCertifications: measured('topicCertifications'),
  topicRoles: measured('topicRoles'),
  certificationTopics: measured('certificationTopics'),
  /** A certification's roles, and the roles its experience requirement names. */
  certificationRoles: measured('certificationRoles'),
  certificationLinks: measured('certificationLinks'),
  certificationSources: measured('certificationSources'),
  certificationHolders: measured('certificationHolders'),
  certificationStatements: measured('certificationStatements'),
  certificationFundamentals: measured('certificationFundamentals'),
  certificationRoleSpecific: measured('certificationRoleSpecific'),
  /** Topics two certifications share (also what all of a compared set share). */
  pairShared: measured('pairShared'),
  /** Topics one certification of a pair covers and the other not (at most its own topics). */
  pairOnly: measured('pairOnly'),
  /** At most 6 certifications are compared: 15 pairs. */
  comparePairs: 15,
  compareCertifications: 6,
  /** One row per attribute: cost, exam, course, renewal, prerequisites, experience, level, provider, holders. */
  differences: 9,
  /** A recommendation has at most one reason per reason code (18 codes). */
  recommendationReasons: 18,
  /**
   * A path never takes a certification twice, and it is made of chains (src/resolvers/path.ts):
   * one to the goal (the role's top, or a first certification), then one per round of covering the
   * interests, each round covering at least one interest not yet covered (path-interests.ts), so at
   * most one round per interest. A chain is a certification and what comes before it
   * (`pathChain`, measured). So at most (1 + interests) chains, and never more than the catalog.
   */
  pathSteps: Math.min(measured('catalogCertifications'), measured('pathChain') * (1 + MAX_ITEMS.profileValues)),
  /**
   * Notes on how a profile was read: one about experience without a role, one about providers, and
   * up to three per held certification (what it implies, the experience and the level it proves).
   */
  profileNotes: 2 + 3 * measured('catalogCertifications'),
  /**
   * A learning path's notes: the profile's, those its choices add (a preferred provider, an
   * interest it could not cover: at most one per certification), the experience it needs ahead and
   * where it differs from the recommendations.
   */
  pathNotes: 4 + 4 * measured('catalogCertifications'),
} as const;

/** A page of certifications: `first` (or `last`, or the default), never more than the catalog holds. */
export const pageSize = (requested: number) => Math.min(LIST_SIZE.catalogCertifications, Math.max(1, requested));

/** A list field's cost option: `field` for itself (1: a plain field), its selection multiplied by `size`. */
export const list = (size: number, field = 1) => ({ field, multiplier: size });

/**
 * Prices of the fields that compute over the catalog, in cost units: one unit is what a value of
 * the response costs (about 0.6 us of CPU on the benchmark's machine). Measured, not guessed:
 * `npm run bench:prices` prints each price beside the price its measured CPU implies; keep each
 * price at or above it (an upper bound, for the worst input the arguments allow), and within a
 * factor of about 2 where the input allows.
 */
export const PRICE = {
  /**
   * An overlap matrix: set-up, and per pair (a pass over one certification's numbered topics
   * against the other's depths, and the pair kept in the isolate's memo). Measured at about 0.09 a
   * pair, computed (memo emptied before each request); priced at 0.25 for a noisy machine's sake.
   */
  matrixBase: 20,
  matrixPair: 0.25,
  /**
   * One pair of a page of `pairs(first:)`, computed on its own (overlapOf: two depth maps compared
   * by topic slug, about 1 us at 20 topics each, so ~2 units; priced at 3 for a noisy machine).
   */
  pairOverlap: 3,
  /**
   * Per cell of a matrix's `similarity`; priced for the whole catalog. Its CPU is less (about 0.4
   * a cell, rounded row by row), but each cell is a value in the response, and a price bounds the
   * response's values too.
   */
  similarityCell: 1,
  /** A pair's topic lists (shared, only-a, only-b), built on first read. */
  pairTopicList: 6,
  /** `compare`: set-up, and per certification compared (topics, pairs, differences, summary). */
  compareBase: 25,
  compareEach: 12,
  /**
   * `recommend` and `recommendations`: every certification of the catalog scored against the
   * profile; more per interest, and per held certification (what it implies is read first).
   * Measured at 45 certifications: ~200 for a plain profile, ~400 with 4 held, ~440 with every
   * topic and 20 held (held certifications also take candidates out).
   */
  recommend: 350,
  recommendPerInterest: 3,
  recommendPerHeld: 25,
  /**
   * `learningPath`: a search over the catalog for a covering path; with interests it grows with
   * their square. Priced for the worst case (nothing held): held certifications shrink the search,
   * and a profile with many of both measures up to ~6x under its price.
   */
  learningPath: 90,
  learningPathWithInterests: 450,
  learningPathPerInterestSquared: 0.9,
  /** `overlapWith`: one pair. */
  overlapWith: 8,
  /** A global ID (`id`): the base64 of `Typename:slug`, written for each object (measured: about 3 plain fields). */
  globalId: 4,
  /** A page of `certifications`: the catalog filtered, sorted and cut, whatever the page's size. */
  certificationsPage: 40,
  /** Per ID of `nodes(ids:)`: parsed and looked up. */
  nodeId: 2,
} as const;

const pairsOf = (n: number) => (n * (n - 1)) / 2;
/**
 * An overlap matrix of `n` certifications (the whole catalog when not given): its certifications
 * resolved. Its pairs are computed, and priced, by the fields that read them: `similarity`, and
 * `pairs` (every pair, or a page).
 */
export const matrixPrice = (n: number = LIST_SIZE.catalogCertifications) => PRICE.matrixBase + n;
/** The whole matrix computed (every pair's numbers, memoized), as the largest matrix: `similarity`, `pairs` without `first`. */
const wholeMatrixPrice = () => Math.ceil(PRICE.matrixPair * pairsOf(LIST_SIZE.catalogCertifications));
/** The similarity table of the whole catalog (a smaller matrix costs less; priced as the largest), the matrix computed. */
export const similarityPrice = () => Math.ceil(PRICE.similarityCell * LIST_SIZE.catalogCertifications ** 2) + wholeMatrixPrice();
/**
 * A matrix's `pairs`: every pair of the largest matrix (computed, and each pair's selection), or a
 * page of `first` (computed one by one; out-of-range values are refused by the resolver, priced here as the largest page).
 */
export const matrixPairsPrice = (first: number | null | undefined) => {
  if (first == null) return { field: 1 + wholeMatrixPrice(), multiplier: LIST_SIZE.catalogPairs };
  const size = Math.min(Math.max(1, Math.trunc(first)), MAX_PAIRS_PAGE);
  return { field: 1 + Math.ceil(PRICE.pairOverlap * size), multiplier: size };
};
/** `compare` of `n` certifications. */
export const comparePrice = (n: number) => PRICE.compareBase + PRICE.compareEach * Math.max(1, n);

/** `extensions` for a list argument or input field of at most `max` values. */
export const maxItems = (max: number, hint?: string) => ({ extensions: hint ? { maxItems: max, maxItemsHint: hint } : { maxItems: max } });

/** A profile's lists, as the price functions see them (the arguments, coerced). */
interface ProfileLists {
  interests?: readonly unknown[] | null;
  held?: readonly unknown[] | null;
}
/** `recommend` for a profile. */
export const recommendPrice = (p: ProfileLists) =>
  PRICE.recommend + PRICE.recommendPerInterest * (p.interests?.length ?? 0) + PRICE.recommendPerHeld * (p.held?.length ?? 0);
/** `learningPath` for a profile: the search grows with the interests it must cover. */
export const learningPathPrice = (p: ProfileLists) => {
  const interests = p.interests?.length ?? 0;
  return interests ? Math.ceil(PRICE.learningPathWithInterests + PRICE.learningPathPerInterestSquared * interests ** 2) : PRICE.learningPath;
};
