// Recommendations that explain themselves: an additive score built from reasons, each with a
// signed weight from one table (WEIGHTS), so that the weights of a recommendation's reasons add up
// to its score. Ranking puts what a person can act on first, in tiers: eligible before
// ineligible, then what serves their goal (the target role or interests, from a preferred provider
// when they named any), then what they are ready for (level), then the budget (a verified price
// within it, then a price to confirm, then over it), then the score. Relevance outranks price uncertainty: an unknown
// price never sinks a certification for the goal below one that is not for it. A certification
// that does not fit says why in its first reason. Pure and deterministic (ties break by slug).
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData, TopicData } from '../data/types.js';
import { LEVEL_ORDER } from './catalog.js';
import { badInput } from './errors.js';
import {
  budgetFigure,
  budgetFigureWords,
  budgetFitOf,
  dateWords,
  describePrice,
  isStale,
  isWidelyHeld,
  latestHolderCount,
  lowerBound,
  money,
  priceFloorOfKind,
  priceStatus,
  type BudgetFit,
} from './facts.js';
import { coverage, unionOf, type DepthMap } from './overlap.js';
import {
  checkProfile,
  experienceShortfall,
  heldLevelIn,
  LEVEL_MONTHS,
  levelReach,
  monthsIn,
  recommendedMissing,
  shortfallWords,
  type Profile,
  type ProfileInput,
  type ProfileNote,
} from './profile.js';
import { aRole, inSentence, listForPeople } from './text.js';

export type ReasonCode =
  | 'ROLE_MATCH'
  | 'CROSS_ROLE'
  | 'INTEREST_MATCH'
  | 'NOT_FOR_GOAL'
  | 'OTHER_PROVIDER'
  | 'NEW_CONTENT'
  | 'ALREADY_COVERED'
  | 'BUILDS_ON_HELD'
  | 'MISSING_PREREQUISITE'
  | 'RECOMMENDED_FIRST'
  | 'WITHIN_BUDGET'
  | 'OVER_BUDGET'
  | 'COST_UNKNOWN'
  | 'NO_RENEWAL'
  | 'RENEWAL_REQUIRED'
  | 'SELF_STUDY'
  | 'COURSE_REQUIRED'
  | 'PREFERRED_PROVIDER'
  | 'WIDELY_HELD'
  | 'LEVEL_FIT';

/**
 * Every weight and penalty, in one table (the README prints the same table). A reason's weight
 * is the value here, scaled where the comment says so.
 *
 * The weights order certifications only inside a ranking tier (see `rank`): eligibility, serving
 * the goal, the budget and the level come first, so no weight can lift a certification that is
 * not for the goal above one that is, nor one over budget above one within it.
 *
 * The price rule: COST_UNKNOWN <= OVER_BUDGET_FAR <= OVER_BUDGET < 0 < WITHIN_BUDGET. An unknown
 * price earns no more than the most expensive known price over budget, so it never looks cheaper
 * than a known price; it ranks above a known price over budget only because a budget removes only
 * what is known to be over it (and never when every price of its kind is over the budget).
 * test/personas.test.ts checks both, for generated profiles too.
 */
export const WEIGHTS = {
  /** A certification for the target role (first role), scaled by how much of the role it covers (ROLE_DEPTH_FLOOR..1). */
  ROLE_MATCH_PRIMARY: 0.25,
  /** It also prepares for the target role (covering SERVES_ROLE_FROM of its own topics or more), but another role first. */
  ROLE_MATCH_SECONDARY: 0.12,
  /** No target: it deepens the current role (first role)... */
  ROLE_MATCH_CURRENT: 0.15,
  /** ...or also serves it. */
  ROLE_MATCH_CURRENT_SECONDARY: 0.08,
  /** The other side of the Scrum Master / Product Owner pair, the move both articles describe. */
  CROSS_ROLE: 0.1,
  /** Covers the stated interests, scaled by how deeply (mastered = full). */
  INTEREST_MATCH: 0.2,
  /** Not for the target role or the interests: said, and ranked after every certification that is (a tier, not a weight). */
  NOT_FOR_GOAL: 0,
  /** For the goal, but not from a preferred provider while one offers something for it: ranked after theirs (a tier, not a weight). */
  OTHER_PROVIDER: 0,
  /** Scaled by the share of content the held certifications do not cover. */
  NEW_CONTENT: 0.1,
  /** Mostly known already (coverage >= ALREADY_COVERED_FROM), scaled by that coverage; no longer a step toward the goal. */
  ALREADY_COVERED: -0.2,
  /** The next rung of a held track, or a certification listing a held one as prerequisite. */
  BUILDS_ON_HELD: 0.15,
  /** Not attainable yet: a required certification or required experience is missing. */
  MISSING_PREREQUISITE: -0.3,
  /** A predecessor the provider recommends (not requires) is not held, nor a level at or above it. */
  RECOMMENDED_FIRST: -0.05,
  /** Its realistic price (typical, else highest seen; never the floor), dated within 3 years, is within the budget. */
  WITHIN_BUDGET: 0.05,
  /** Its realistic price is over the budget: this much just over it... */
  OVER_BUDGET: -0.15,
  /** ...down to this when it is OVER_BUDGET_SPAN_USD or more over. */
  OVER_BUDGET_FAR: -0.3,
  /** A budget was given and the price is unknown, unverified, incomplete or stale: a price to confirm, never scored above a known price. */
  COST_UNKNOWN: -0.3,
  NO_RENEWAL: 0.03,
  RENEWAL_REQUIRED: -0.05,
  SELF_STUDY: 0.03,
  COURSE_REQUIRED: -0.05,
  PREFERRED_PROVIDER: 0.05,
  /** Recognition, log-scaled (full at a million): only for a current count of WIDELY_HELD_MIN or more. */
  WIDELY_HELD: 0.04,
  /** Its level is right for the person: where they are, or what their months in its role reach. */
  LEVEL_FIT: 0.05,
  /** Per level above what the person's experience reaches (a certificate does not stand in for the months). */
  LEVEL_ABOVE: -0.1,
  /** Below a level the person already holds in its role. */
  LEVEL_BELOW: -0.05,
} as const;

/** The part of a ROLE_MATCH weight earned for the role alone, before how much of the role it covers. */
export const ROLE_DEPTH_FLOOR = 0.6;
/**
 * The share of a role's own topics (roleDepthShare) a certification must cover to prepare for a
 * role it lists after its first one: PSK I lists Product Owner but covers none of the role's work.
 */
export const SERVES_ROLE_FROM = 0.25;
/** Coverage by held certifications from which a certification counts as mostly known. */
export const ALREADY_COVERED_FROM = 0.8;
/** How far over budget (USD) a price must be for the full OVER_BUDGET_FAR penalty. */
export const OVER_BUDGET_SPAN_USD = 1000;
export const MAX_RECOMMENDATIONS = 10;

/** The role pairs the articles describe moving between. */
const CROSS_ROLES: Record<string, string> = { 'scrum-master': 'product-owner', 'product-owner': 'scrum-master' };

export interface Reason {
  code: ReasonCode;
  message: string;
  /** Signed contribution to the score, rounded to 3 decimals. */
  weight: number;
}

export interface Recommendation {
  rank: number;
  certification: CertificationData;
  /** The sum of the reasons' weights, clamped to 0..1. */
  score: number;
  /** The sum of the reasons' weights, unclamped (negative when cautions outweigh fit). */
  rawScore: number;
  /** What stands in the way first (when it does not fit), then the rest, strongest first. */
  reasons: Reason[];
  /** How many of the first reasons say why it does not fit (0 when it fits). */
  blocking: number;
  newTopics: TopicData[];
  alreadyCovered: number;
  eligible: boolean;
  missingPrerequisites: CertificationData[];
  /** Eligible, within budget (or no budget), for the goal (from a preferred provider when one offers it), and at the person's level. */
  fits: boolean;
  budgetFit: BudgetFit;
}

/** The answer to "what should I take?": the ranking, and what it means. */
export interface RecommendationSet {
  items: Recommendation[];
  /** How many certifications (not held) fit everything asked. */
  fitCount: number;
  nothingFits: boolean;
  /** What the list means, in a sentence or two; when nothing fits, why. */
  message: string;
  notes: ProfileNote[];
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const pct = (x: number) => `${Math.round(x * 100)}%`;
const DEPTH_WORDS = ['', 'introduced', 'practised', 'mastered'];
const LEVEL_WORDS = ['nothing', 'foundation', 'advanced', 'expert'];

/** What the scoring needs about the person, derived once per request. */
interface Situation {
  profile: Profile;
  heldCerts: CertificationData[];
  heldDepths: DepthMap;
  /** The role the person is moving from, for CROSS_ROLE: stated, or the one their certifications share. */
  fromRole: string | null;
  /** Certifications that build on a held one. */
  buildsOn: Map<string, CertificationData>;
  /** Preferred providers were named and one of them offers a certification (not held) for the goal: being from one is part of fitting. */
  providerMatters: boolean;
  /** The person works with a scaling framework: an interest in scaling, or a held certification that practises it. */
  scalingContext: boolean;
}

function roleName(catalog: CatalogIndex, slug: string): string {
  return catalog.roleBySlug.get(slug)!.name;
}

function providerNames(catalog: CatalogIndex, slugs: readonly string[]): string {
  return listForPeople(slugs.map((s) => catalog.providerBySlug.get(s)!.name));
}

/**
 * How much of a role's own topics a certification covers, 0..1: each topic counts in full when
 * practised (depth 2) or mastered, half when introduced. A foundation certification that
 * practises most of a role's topics prepares for it; mastery is what higher levels add. Null for
 * a role with no topics of its own (Agile Team Member): there is nothing to measure.
 */
export function roleShare(catalog: CatalogIndex, role: string, depths: DepthMap): number | null {
  const roleTopics = catalog.topicsByRole.get(role) ?? [];
  if (roleTopics.length === 0) return null;
  return roleTopics.reduce((sum, t) => sum + Math.min(2, depths.get(t.slug) ?? 0), 0) / (2 * roleTopics.length);
}

/** roleShare, with a role that has no topics of its own counted as fully covered (kept for API v1 callers). */
export function roleDepthShare(catalog: CatalogIndex, role: string, depths: DepthMap): number {
  return roleShare(catalog, role, depths) ?? 1;
}

/**
 * Whether a certification prepares for a role: its first role always does (the provider built it
 * for that role); a role it lists after that only when it teaches SERVES_ROLE_FROM of the role's
 * own topics or more, or the role has none of its own.
 */
export function servesRole(catalog: CatalogIndex, cert: CertificationData, role: string): boolean {
  if (cert.primaryRole === role) return true;
  if (!cert.roles.includes(role)) return false;
  const share = roleShare(catalog, role, catalog.depthsByCertification.get(cert.slug)!);
  return share === null || share >= SERVES_ROLE_FROM;
}

/** Whether a certification serves what the person asked for: the target role, else an interest; anything when neither. */
export function servesGoal(catalog: CatalogIndex, profile: Profile, cert: CertificationData): boolean {
  const depths = catalog.depthsByCertification.get(cert.slug)!;
  const interest = profile.interests.some((t) => depths.has(t));
  if (profile.targetRole) return servesRole(catalog, cert, profile.targetRole) || interest;
  if (profile.interests.length) return interest;
  return true;
}

function situationOf(catalog: CatalogIndex, profile: Profile): Situation {
  const heldCerts = [...profile.heldWithPrerequisites].map((s) => catalog.certificationBySlug.get(s)!);
  const heldRoles = new Set(heldCerts.map((c) => c.primaryRole));
  const buildsOn = new Map<string, CertificationData>();
  for (const h of heldCerts) for (const next of catalog.nextSteps.get(h.slug) ?? []) if (!buildsOn.has(next.slug)) buildsOn.set(next.slug, h);
  const providerMatters =
    profile.providers.length > 0 &&
    catalog.certifications.some((c) => !profile.covered.has(c.slug) && profile.providers.includes(c.provider) && servesGoal(catalog, profile, c));
  const heldDepths = unionOf([...profile.covered].map((s) => catalog.depthsByCertification.get(s)!));
  return {
    profile,
    heldCerts,
    heldDepths,
    fromRole: profile.currentRole ?? (heldRoles.size === 1 ? [...heldRoles][0]! : null),
    buildsOn,
    providerMatters,
    scalingContext: profile.interests.includes('scaling') || (heldDepths.get('scaling') ?? 0) >= 2,
  };
}

/**
 * Where a certification's level sits against the person, in levels: 0 or less is within reach.
 * Reach in its role is where the person already is (the highest level held there), raised by
 * months in its roles and its experience roles (see `levelReach`): a certificate never stands in
 * for the experience a higher level takes. Certifications in `planned` count as held (a path's
 * earlier steps).
 */
export function levelGap(
  catalog: CatalogIndex,
  profile: Profile,
  cert: CertificationData,
  planned: readonly CertificationData[] = [],
): { gap: number; held: number; months: number } {
  const plannedLevel = planned.filter((c) => c.primaryRole === cert.primaryRole).reduce((best, c) => Math.max(best, LEVEL_ORDER[c.level]), 0);
  const held = Math.max(heldLevelIn(catalog, profile, cert.primaryRole), plannedLevel);
  const months = monthsIn(profile, [...cert.roles, ...(cert.experience?.roles ?? [])]);
  return { gap: LEVEL_ORDER[cert.level] - levelReach(held, months), held, months };
}

/** What a level usually takes, in words. */
export function levelTakes(level: CertificationData['level']): string {
  return level === 'EXPERT' ? 'two years or more in the role, with a certification in it' : 'a year or more in the role';
}

/** The budget tier: 0 a verified, current price within the budget (or no budget); 1 a price to confirm that may fit; 2 over it. */
function budgetTier(catalog: CatalogIndex, cert: CertificationData, fit: BudgetFit, budget: number | null): 0 | 1 | 2 {
  if (fit === 'WITHIN_BUDGET' || fit === 'NO_BUDGET') return 0;
  if (fit === 'OVER_BUDGET') return 2;
  return budget !== null && priceFloorOfKind(catalog, cert) > budget ? 2 : 1;
}

interface Scored extends Omit<Recommendation, 'rank'> {
  gap: number;
  /** Serves the goal and adds to what is held. */
  goal: boolean;
  /** 2: for the goal (from a preferred provider, when that matters); 1: for the goal, another provider; 0: not for the goal. */
  relevance: 0 | 1 | 2;
  tier: 0 | 1 | 2;
}

/** The reasons for one certification, before rounding. */
function assess(catalog: CatalogIndex, s: Situation, cert: CertificationData): Scored {
  const { profile } = s;
  const reasons: Reason[] = [];
  const blockers = new Set<Reason>();
  const add = (code: ReasonCode, weight: number, message: string, blocks = false) => {
    const reason = { code, weight, message };
    reasons.push(reason);
    if (blocks) blockers.add(reason);
    return reason;
  };
  const depths = catalog.depthsByCertification.get(cert.slug)!;

  // Role fit, scaled by how much of the role it covers.
  const roleFit = (role: string, weight: number, why: string) => {
    const share = roleShare(catalog, role, depths);
    const roleTopics = catalog.topicsByRole.get(role) ?? [];
    const covered = roleTopics.filter((t) => depths.has(t.slug)).length;
    const extent =
      share === null
        ? ' The role has no topics of its own, so this counts the role alone.'
        : ` It covers ${covered === 0 ? `none of the role's own ${roleTopics.length} topics` : `${covered} of the role's ${roleTopics.length} topics`}.`;
    add('ROLE_MATCH', weight * (ROLE_DEPTH_FLOOR + (1 - ROLE_DEPTH_FLOOR) * (share ?? 0)), `${why}${extent}`);
  };
  if (profile.targetRole) {
    const target = roleName(catalog, profile.targetRole);
    if (cert.primaryRole === profile.targetRole) roleFit(profile.targetRole, WEIGHTS.ROLE_MATCH_PRIMARY, `Prepares for ${target}, your target role.`);
    else if (servesRole(catalog, cert, profile.targetRole)) {
      roleFit(profile.targetRole, WEIGHTS.ROLE_MATCH_SECONDARY, `Also prepares for ${target}, your target role (its first role is ${roleName(catalog, cert.primaryRole)}).`);
    }
  } else if (profile.currentRole) {
    const current = roleName(catalog, profile.currentRole);
    if (cert.primaryRole === profile.currentRole) roleFit(profile.currentRole, WEIGHTS.ROLE_MATCH_CURRENT, `Deepens your current role, ${current}.`);
    else if (servesRole(catalog, cert, profile.currentRole)) roleFit(profile.currentRole, WEIGHTS.ROLE_MATCH_CURRENT_SECONDARY, `Also relevant to your current role, ${current}.`);
  }

  // The other side of the Scrum Master / Product Owner pair: a certification that teaches that
  // role's own work (SPS, a Nexus exam listed for Scrum Masters, does not), and, when it is built
  // on a scaling framework (POPM), only for someone working with one.
  const other = s.fromRole ? CROSS_ROLES[s.fromRole] : undefined;
  const framework = (depths.get('scaling') ?? 0) >= 2;
  if (
    other &&
    cert.primaryRole === other &&
    (profile.targetRole == null || profile.targetRole === other) &&
    (roleShare(catalog, other, depths) ?? 0) >= SERVES_ROLE_FROM &&
    (!framework || s.scalingContext || profile.providers.includes(cert.provider))
  ) {
    add(
      'CROSS_ROLE',
      WEIGHTS.CROSS_ROLE,
      `The ${roleName(catalog, other)} side for ${aRole(roleName(catalog, s.fromRole!))}: the articles suggest experiencing the other role to understand the whole Scrum Team.`,
    );
  }

  // Interests.
  const hits = profile.interests.filter((t) => depths.has(t));
  if (hits.length) {
    const depthShare = hits.reduce((sum, t) => sum + depths.get(t)! / 3, 0) / profile.interests.length;
    const described = hits.map((t) => `${inSentence(catalog.topicBySlug.get(t)!)} (${DEPTH_WORDS[depths.get(t)!]})`);
    add('INTEREST_MATCH', WEIGHTS.INTEREST_MATCH * depthShare, `Covers ${hits.length} of your ${profile.interests.length} interests: ${described.join('; ')}.`);
  }

  // Not for the goal: said, so that the card says why it does not fit.
  const serves = servesGoal(catalog, profile, cert);
  if (!serves) {
    const role = profile.targetRole ? roleName(catalog, profile.targetRole) : null;
    const roleWords = role
      ? cert.roles.includes(profile.targetRole!)
        ? `Listed for ${role} too, but it covers ${describeShare(roleShare(catalog, profile.targetRole!, depths))} of the role's own work: not a step toward your target role`
        : `Not ${aRole(role)} certification: it is for ${listForPeople(cert.roles.map((r) => roleName(catalog, r)))}`
      : null;
    const interestWords = profile.interests.length ? `${role ? 'and it covers' : 'It covers'} none of your interests` : null;
    add('NOT_FOR_GOAL', WEIGHTS.NOT_FOR_GOAL, `${[roleWords, interestWords].filter(Boolean).join(', ')}. Shown only after the certifications that are.`, true);
  }

  // New content versus what is held. The next rung of a held track covers the same ground deeper
  // by design, so it is never "already covered": what it adds is the depth not reached yet.
  const base = s.buildsOn.get(cert.slug);
  const covered = s.heldCerts.length ? coverage(s.heldDepths, depths) : 0;
  const known = covered >= ALREADY_COVERED_FROM && !base;
  if (s.heldCerts.length) {
    const fresh = [...depths.keys()].filter((t) => !s.heldDepths.has(t)).length;
    if (known) {
      add('ALREADY_COVERED', WEIGHTS.ALREADY_COVERED * covered, `Your certifications already cover ${pct(covered)} of its content: little to learn from it.`, serves);
    } else if (covered < 1) {
      const what = fresh > 0 ? `including ${fresh} topic${fresh === 1 ? '' : 's'} you have not covered` : 'in depth on topics you already know';
      add('NEW_CONTENT', WEIGHTS.NEW_CONTENT * (1 - covered), `${pct(1 - covered)} of its content is new to you, ${what}.`);
    }
  }
  if (base) add('BUILDS_ON_HELD', WEIGHTS.BUILDS_ON_HELD, `Builds on ${base.acronym}, which you hold.`);
  const goal = serves && !known;

  // A preferred provider, when one of them offers something for the goal.
  const preferred = profile.providers.includes(cert.provider);
  if (preferred) add('PREFERRED_PROVIDER', WEIGHTS.PREFERRED_PROVIDER, `From ${catalog.providerBySlug.get(cert.provider)!.name}, a provider you prefer.`);
  else if (goal && s.providerMatters) {
    add(
      'OTHER_PROVIDER',
      WEIGHTS.OTHER_PROVIDER,
      `From ${catalog.providerBySlug.get(cert.provider)!.name}, not one of your preferred providers (${providerNames(catalog, profile.providers)}): shown after theirs.`,
      true,
    );
  }
  const relevance: 0 | 1 | 2 = !goal ? 0 : preferred || !s.providerMatters ? 2 : 1;

  // Eligibility: required certifications (a held one implies its own prerequisites) and experience in the right role.
  const missing = cert.prerequisites.filter((p) => !profile.heldWithPrerequisites.has(p)).map((p) => catalog.certificationBySlug.get(p)!);
  const short = experienceShortfall(profile, cert);
  const eligible = missing.length === 0 && short === null;
  if (!eligible) {
    const parts: string[] = [];
    if (missing.length) parts.push(`${listForPeople(missing.map((m) => m.acronym))} first`);
    if (short) parts.push(shortfallWords(catalog, profile, cert)!);
    add('MISSING_PREREQUISITE', WEIGHTS.MISSING_PREREQUISITE, `Not yet attainable: requires ${listForPeople(parts)}.`, true);
  } else {
    const recommended = recommendedMissing(catalog, profile, cert);
    if (recommended.length) {
      add('RECOMMENDED_FIRST', WEIGHTS.RECOMMENDED_FIRST, `${listForPeople(recommended.map((m) => m.acronym))} ${recommended.length === 1 ? 'is' : 'are'} recommended first (not required).`);
    }
  }

  // Level: where the person is in its role, raised only by months in its roles.
  const level = levelGap(catalog, profile, cert);
  const levelName = cert.level.charAt(0) + cert.level.slice(1).toLowerCase();
  const roleLabel = roleName(catalog, cert.primaryRole);
  const standing = `${level.held ? `you hold ${LEVEL_WORDS[level.held]}-level ${roleLabel} certification` : `no ${roleLabel} certification held`}, ${level.months} months in its roles`;
  if (level.gap > 0) {
    add(
      'LEVEL_FIT',
      WEIGHTS.LEVEL_ABOVE * level.gap,
      `${levelName} level, ${level.gap === 1 ? 'one level' : `${level.gap} levels`} above where you are (${standing}): usually taken after ${levelTakes(cert.level)}.`,
      true,
    );
  } else if (level.held > LEVEL_ORDER[cert.level]) {
    add('LEVEL_FIT', WEIGHTS.LEVEL_BELOW, `${levelName} level, below the ${LEVEL_WORDS[level.held]}-level ${roleLabel} certification you hold.`);
  } else {
    const forThem = cert.primaryRole === profile.targetRole || (!profile.targetRole && cert.primaryRole === profile.currentRole);
    const why =
      level.held === LEVEL_ORDER[cert.level]
        ? `the level of the ${roleLabel} certification you hold`
        : cert.level === 'FOUNDATION'
          ? forThem
            ? `a sound start as ${aRole(roleLabel)}`
            : 'open to anyone, with no earlier certification or experience needed'
          : level.held === LEVEL_ORDER[cert.level] - 1
            ? `the next step after your ${LEVEL_WORDS[level.held]}-level ${roleLabel} certification, with ${level.months} months in its roles`
            : `your ${level.months} months in its roles reach it`;
    add('LEVEL_FIT', WEIGHTS.LEVEL_FIT, `${levelName} level: ${why}.`);
  }

  // Budget: the realistic figure (typical, else highest seen), never the floor; unknown is a price to confirm.
  const budgetFit = budgetFitOf(catalog, cert.price, profile.budgetUsd);
  const tier = budgetTier(catalog, cert, budgetFit, profile.budgetUsd);
  if (profile.budgetUsd != null) {
    const budget = money(profile.budgetUsd);
    const status = priceStatus(cert.price);
    const figure = budgetFigure(cert.price);
    if (budgetFit === 'WITHIN_BUDGET') {
      add('WITHIN_BUDGET', WEIGHTS.WITHIN_BUDGET, `${budgetFigureWords(catalog, cert.price)}, within your ${budget} budget.`);
    } else if (budgetFit === 'OVER_BUDGET') {
      const price = figure ?? lowerBound(cert.price)!;
      const over = Math.min(1, (price - profile.budgetUsd) / OVER_BUDGET_SPAN_USD);
      const weight = WEIGHTS.OVER_BUDGET + (WEIGHTS.OVER_BUDGET_FAR - WEIGHTS.OVER_BUDGET) * over;
      const what = figure !== null ? budgetFigureWords(catalog, cert.price) : `At least ${money(price)} (${describePrice(catalog, cert.price, cert.requiresCourse)})`;
      add(
        'OVER_BUDGET',
        weight,
        `${what}: over your ${budget} budget${status === 'RANGE' && cert.price.minUsd! <= profile.budgetUsd ? `; some trainers charge from ${money(cert.price.minUsd!)}, but plan on the typical price` : ''}.`,
        true,
      );
    } else {
      const stale = figure !== null && isStale(catalog, cert.price.asOf);
      const what = stale ? `${budgetFigureWords(catalog, cert.price)}: too old a figure to promise it still fits` : describePrice(catalog, cert.price, cert.requiresCourse);
      const floor = priceFloorOfKind(catalog, cert);
      const message =
        tier === 2
          ? `${what}. No ${cert.requiresCourse ? 'course' : 'certification'} in this catalog with a published price costs less than ${money(floor)}, so it will not fit your ${budget} budget.`
          : `${what}. Price to confirm: it may fit your ${budget} budget, so ask for a quote; it ranks after any option for the same goal with a verified price within your budget.`;
      add('COST_UNKNOWN', WEIGHTS.COST_UNKNOWN, message, true);
    }
  }

  if (profile.avoidRenewal) {
    if (cert.renewal.required) add('RENEWAL_REQUIRED', WEIGHTS.RENEWAL_REQUIRED, `Must be renewed every ${cert.renewal.everyYears === 1 ? 'year' : `${cert.renewal.everyYears} years`}.`);
    else add('NO_RENEWAL', WEIGHTS.NO_RENEWAL, 'Never needs renewing.');
  }
  if (profile.selfStudy) {
    if (cert.requiresCourse) add('COURSE_REQUIRED', WEIGHTS.COURSE_REQUIRED, 'Requires attending a course.');
    else add('SELF_STUDY', WEIGHTS.SELF_STUDY, 'Can be earned by self-study: no course required.');
  }

  const holders = latestHolderCount(cert);
  if (holders && isWidelyHeld(catalog, holders)) {
    const seen = holders.source.confidence === 'OFFICIAL' ? '' : ', seen secondhand';
    add(
      'WIDELY_HELD',
      WEIGHTS.WIDELY_HELD * Math.min(1, Math.log10(holders.count) / 6),
      `Widely held: ${holders.count.toLocaleString('en-US')} holders as of ${dateWords(holders.asOf)} (${new URL(holders.source.url).hostname}${seen}).`,
    );
  }

  const fits = eligible && relevance === 2 && tier === 0 && level.gap <= 0;
  // What stands in the way comes first, in the order a person would look at it; only when it does not fit.
  const { reasons: final, sum, blocking } = finalize(reasons, fits ? new Set() : blockers);
  return {
    certification: cert,
    score: r3(Math.min(1, Math.max(0, sum))),
    rawScore: r3(sum),
    reasons: final,
    blocking,
    newTopics: cert.topics.filter((t) => !s.heldDepths.has(t.topic)).map((t) => catalog.topicBySlug.get(t.topic)!),
    alreadyCovered: r3(covered),
    eligible,
    missingPrerequisites: missing,
    fits,
    budgetFit,
    gap: level.gap,
    goal,
    relevance,
    tier,
  };
}

function describeShare(share: number | null): string {
  if (share === null) return 'nothing';
  if (share === 0) return 'none';
  return `only ${pct(share)}`;
}

/** The order in which what stands in the way is said: the ranking's own tiers. */
const BLOCKING_ORDER: readonly ReasonCode[] = ['MISSING_PREREQUISITE', 'NOT_FOR_GOAL', 'ALREADY_COVERED', 'OTHER_PROVIDER', 'LEVEL_FIT', 'OVER_BUDGET', 'COST_UNKNOWN'];

/**
 * Rounds the weights and orders the reasons: what blocks first (in BLOCKING_ORDER), then the rest
 * strongest first. The weights are the actual contributions (never scaled).
 */
function finalize(reasons: Reason[], blockers: ReadonlySet<Reason>): { reasons: Reason[]; sum: number; blocking: number } {
  const key = (r: Reason) => (blockers.has(r) ? BLOCKING_ORDER.indexOf(r.code) : BLOCKING_ORDER.length);
  const sorted = [...reasons].sort((a, b) => key(a) - key(b) || Math.abs(b.weight) - Math.abs(a.weight) || a.code.localeCompare(b.code));
  const rounded = sorted.map((r) => ({ ...r, weight: r3(r.weight) }));
  return { reasons: rounded, sum: rounded.reduce((s, r) => s + r.weight, 0), blocking: sorted.filter((r) => blockers.has(r)).length };
}

/**
 * The ranking rule, in tiers: eligible first; then what serves the goal (from a preferred provider
 * when one offers it, then from another, then what is not for the goal); then what the person is
 * ready for (at their level: experience, not a certificate alone, reaches a higher level); then
 * the budget (a verified current price within it, then a price to confirm, then over it); then
 * the score; then the slug. Whatever fits everything is in the first tier.
 */
export function rank(a: Scored, b: Scored): number {
  return (
    Number(b.eligible) - Number(a.eligible) ||
    b.relevance - a.relevance ||
    Number(a.gap > 0) - Number(b.gap > 0) ||
    a.tier - b.tier ||
    b.rawScore - a.rawScore ||
    a.certification.slug.localeCompare(b.certification.slug)
  );
}

/** Scores every certification not held (nor below one held), best first. */
export function scoreAll(catalog: CatalogIndex, profile: Profile): Scored[] {
  const s = situationOf(catalog, profile);
  return catalog.certifications
    .filter((c) => !profile.covered.has(c.slug))
    .map((cert) => assess(catalog, s, cert))
    .sort(rank);
}

// ---- What the list means ----

function goalWords(catalog: CatalogIndex, profile: Profile): string | null {
  if (profile.targetRole) return `for ${aRole(roleName(catalog, profile.targetRole))}`;
  if (profile.interests.length) return `covering ${profile.interests.length > 1 ? 'any of: ' : ''}${profile.interests.map((t) => inSentence(catalog.topicBySlug.get(t)!)).join('; ')}`;
  return null;
}

/** Why nothing fits: the first criterion, in the order a person would relax them, that rules everything out. */
function whyNothingFits(catalog: CatalogIndex, profile: Profile, all: readonly Scored[]): string {
  const goal = goalWords(catalog, profile);
  const mine = all.some((r) => r.relevance === 2 && profile.providers.includes(r.certification.provider));
  const from = mine ? ` from ${providerNames(catalog, profile.providers)}` : '';
  const forGoal = all.filter((r) => r.relevance === 2);
  if (forGoal.length === 0) return `No certification you do not already hold (or mostly know) is ${goal ?? 'left'}.`;
  const eligible = forGoal.filter((r) => r.eligible);
  if (eligible.length === 0) {
    const first = forGoal[0]!;
    const why = first.reasons.find((r) => r.code === 'MISSING_PREREQUISITE')?.message.replace(/^Not yet attainable: /, '') ?? '';
    return `Every certification ${goal ?? ''}${from} needs something you do not have yet; ${first.certification.acronym}, for one, ${why}`.replace(/ {2,}/g, ' ');
  }
  const inBudget = eligible.filter((r) => r.tier === 0);
  if (inBudget.length === 0 && profile.budgetUsd != null) {
    const priced = eligible
      .filter((r) => budgetFigure(r.certification.price) !== null)
      .sort((a, b) => budgetFigure(a.certification.price)! - budgetFigure(b.certification.price)! || a.certification.slug.localeCompare(b.certification.slug));
    const cheapest = priced[0];
    const same = cheapest ? priced.filter((r) => budgetFigure(r.certification.price) === budgetFigure(cheapest.certification.price)).map((r) => r.certification.acronym) : [];
    const cheapestWords = cheapest
      ? ` The cheapest with a verified price ${same.length > 1 ? `are ${listForPeople(same)}:` : `is ${cheapest.certification.acronym}:`} ${budgetFigureWords(catalog, cheapest.certification.price)}.`
      : '';
    const toConfirm = eligible.filter((r) => r.tier === 1).map((r) => r.certification.acronym);
    const over = eligible.length - toConfirm.length;
    const n = eligible.length;
    if (profile.budgetUsd === 0) return `No certification is free: every one ${goal ?? 'you could take now'}${from} costs money.${cheapestWords}`;
    const parts: string[] = [];
    if (over) parts.push(`${over === n ? (n === 1 ? 'it is' : 'all are') : `${over} ${over === 1 ? 'is' : 'are'}`} over it`);
    if (toConfirm.length) {
      parts.push(
        `${toConfirm.length === n ? (n === 1 ? 'it has' : `${n === 2 ? 'both' : 'all'} have`) : `${toConfirm.length} (${listForPeople(toConfirm.slice(0, 4))}${toConfirm.length > 4 ? ' and more' : ''}) ${toConfirm.length === 1 ? 'has' : 'have'}`} no price that can be confirmed to fit: ask for a quote, ${toConfirm.length === 1 ? 'it' : 'they'} may fit`,
      );
    }
    return `None of the ${n} certification${n === 1 ? '' : 's'} you can take now ${goal ?? ''}${from} has a verified price within your ${money(profile.budgetUsd)} budget: ${parts.join('; ')}.${cheapestWords}`.replace(/ {2,}/g, ' ');
  }
  return `Those ${goal ?? ''}${from} that you can take now and afford are above your level: ${listForPeople(inBudget.slice(0, 3).map((r) => r.certification.acronym))}. They usually take more experience in the role first (a year for advanced level, two for expert).`.replace(/ {2,}/g, ' ');
}

function checkFirst(first: number | null | undefined): number {
  const n = first ?? 3;
  if (!Number.isInteger(n) || n < 1 || n > MAX_RECOMMENDATIONS) {
    throw badInput(`\`first\` must be between 1 and ${MAX_RECOMMENDATIONS}; got ${n}.`, { argument: 'first', value: n, min: 1, max: MAX_RECOMMENDATIONS });
  }
  return n;
}

/** The ranked recommendations with what they mean: how many fit, and when none does, why. */
export function recommendations(catalog: CatalogIndex, input: ProfileInput, first: number | null | undefined = 3): RecommendationSet {
  const n = checkFirst(first);
  const profile = checkProfile(catalog, input);
  const all = scoreAll(catalog, profile);
  const items = all.slice(0, n).map(({ gap: _gap, goal: _goal, relevance: _relevance, tier: _tier, ...r }, i) => ({ rank: i + 1, ...r }));
  const fitCount = all.filter((r) => r.fits).length;
  const criteria = ['you can take it now'];
  if (profile.budgetUsd != null) criteria.push(`within your ${money(profile.budgetUsd)} budget`);
  const goal = goalWords(catalog, profile);
  if (goal) criteria.push(goal);
  const notes = [...profile.notes];
  if (profile.providers.length) {
    if (all.some((r) => r.relevance === 2 && profile.providers.includes(r.certification.provider))) criteria.push(`from ${providerNames(catalog, profile.providers)}`);
    else {
      notes.push({
        code: 'PROVIDERS_NOT_OFFERED',
        message: `None of your preferred providers (${providerNames(catalog, profile.providers)}) offers a certification ${goal ?? ''} that you do not already hold; the list uses other providers.`.replace(/ {2,}/g, ' '),
      });
    }
  }
  criteria.push('at your level');
  let message: string;
  if (all.length === 0) message = 'You hold every certification in the catalog (or one above it): there is nothing left to recommend.';
  else if (fitCount === 0) {
    message = `Nothing fits everything you asked for (${criteria.join('; ')}). ${whyNothingFits(catalog, profile, all)} The closest options follow, each with what stands in the way.`;
  } else {
    const shown = Math.min(fitCount, items.length);
    message =
      `${fitCount} of ${all.length} certifications ${fitCount === 1 ? 'fits' : 'fit'} everything you asked for (${criteria.join('; ')})` +
      `${shown < items.length ? `; the rest of this list does not, and each says why first` : ''}.`;
  }
  if (profile.notes.some((note) => note.code === 'EXPERIENCE_IMPLIED_BY_HELD' || note.code === 'LEVEL_WITHOUT_EXPERIENCE' || note.code === 'EXPERIENCE_WITHOUT_ROLE')) {
    message += ' Part of your profile needed reading: see the notes.';
  }
  return { items, fitCount, nothingFits: all.length > 0 && fitCount === 0, message, notes };
}

export function recommend(catalog: CatalogIndex, input: ProfileInput, first: number | null | undefined = 3): Recommendation[] {
  return recommendations(catalog, input, first).items;
}
