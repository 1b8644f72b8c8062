// How each reason of a recommendation is earned: the weights (one table, WEIGHTS, which the
// README prints) and the rules (one table, RULES), each a small function of the person and one
// certification that gives its reason with its weight, and says whether that reason is what stands
// in the way (a blocker, said first when the certification does not fit). A recommendation's
// score is the sum of its reasons' weights (src/resolvers/recommend.ts ranks and explains the
// list, in tiers worked out here: relevance to the goal, level, budget). Pure.
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData } from '../data/types.js';
import { LEVEL_ORDER } from './catalog.js';
import {
  type BudgetFit,
  budgetFigure,
  budgetFigureWords,
  budgetFitOf,
  describePrice,
  isStale,
  isWidelyHeld,
  latestHolderCount,
  lowerBound,
  priceFloorOfKind,
  priceStatus,
} from './facts.js';
import { coverage, type DepthMap, unionOf } from './overlap.js';
import { experienceShortfall, heldLevelIn, levelReach, monthsIn, type Profile, recommendedMissing, shortfallWords } from './profile.js';
import { type Relevance, relevanceOf, roleShare, SERVES_ROLE_FROM, servesGoal, servesRole } from './relevance.js';
import { counted, numbered, verb } from './text.js';
import { aRole, dateWords, inSentence, listForPeople, money, percent } from './wording.js';

export { roleDepthShare, roleShare, SERVES_ROLE_FROM, servesGoal, servesRole } from './relevance.js';

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
  | 'LEVEL_FIT'
  | 'PRICE_TO_CONFIRM';

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
  /** No budget was given and the price is unknown, unverified, incomplete or stale: said plainly (confirm it before booking), no weight. */
  PRICE_TO_CONFIRM: 0,
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

/** A reason as a rule gives it: `blocks` when it is what stands in the way (said first when the certification does not fit). */
export interface RuleReason extends Reason {
  blocks: boolean;
}

/** What the scoring needs about the person, derived once per request. */
export interface Situation {
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

export function roleName(catalog: CatalogIndex, slug: string): string {
  return catalog.roleBySlug.get(slug)!.name;
}

export function providerNames(catalog: CatalogIndex, slugs: readonly string[]): string {
  return listForPeople(slugs.map((s) => catalog.providerBySlug.get(s)!.name));
}

export function situationOf(catalog: CatalogIndex, profile: Profile): Situation {
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

const DEPTH_WORDS = ['', 'introduced', 'practised', 'mastered'];
const LEVEL_WORDS = ['nothing', 'foundation', 'advanced', 'expert'];

/** One certification as the rules see it, with what several rules (and the ranking) need worked out once. */
export interface Candidate {
  catalog: CatalogIndex;
  situation: Situation;
  profile: Profile;
  cert: CertificationData;
  depths: DepthMap;
  /** The share of its content the held certifications cover (0 when none are held). */
  covered: number;
  /** The held certification it builds on, if any. */
  base: CertificationData | undefined;
  /** Mostly known already (and not the next rung of a held track). */
  known: boolean;
  /** For the target role or the interests (anything when neither). */
  serves: boolean;
  /** Serves the goal and adds to what is held. */
  goal: boolean;
  /** From a preferred provider. */
  preferred: boolean;
  /** 2: for the goal (from a preferred provider, when that matters); 1: for the goal, another provider; 0: not for the goal. */
  relevance: 0 | 1 | 2;
  /** How much of the goal it covers, and how deeply (src/resolvers/relevance.ts). */
  graded: Relevance;
  /** The stated wishes it does not keep: a course when the person studies alone, a renewal fee when they avoid them. */
  wishesBroken: Wish[];
  missing: CertificationData[];
  eligible: boolean;
  level: { gap: number; held: number; months: number };
  budgetFit: BudgetFit;
  /** 0 a verified, current price within the budget (or no budget); 1 a price to confirm that may fit; 2 over it. */
  tier: 0 | 1 | 2;
}

/** A stated wish a certification can break. */
export type Wish = 'SELF_STUDY' | 'NO_RENEWAL';

/** The stated wishes a certification does not keep. */
export function wishesBrokenBy(profile: Profile, cert: CertificationData): Wish[] {
  const broken: Wish[] = [];
  if (profile.selfStudy && cert.requiresCourse) broken.push('SELF_STUDY');
  if (profile.avoidRenewal && cert.renewal.required) broken.push('NO_RENEWAL');
  return broken;
}

export function candidateOf(catalog: CatalogIndex, s: Situation, cert: CertificationData): Candidate {
  const { profile } = s;
  const depths = catalog.depthsByCertification.get(cert.slug)!;
  const missing = cert.prerequisites.filter((p) => !profile.heldWithPrerequisites.has(p)).map((p) => catalog.certificationBySlug.get(p)!);
  const base = s.buildsOn.get(cert.slug);
  const covered = s.heldCerts.length ? coverage(s.heldDepths, depths) : 0;
  const known = covered >= ALREADY_COVERED_FROM && !base;
  const serves = servesGoal(catalog, profile, cert);
  const goal = serves && !known;
  const preferred = profile.providers.includes(cert.provider);
  const budgetFit = budgetFitOf(catalog, cert.price, profile.budgetUsd);
  return {
    catalog,
    situation: s,
    profile,
    cert,
    depths,
    covered,
    base,
    known,
    serves,
    goal,
    preferred,
    relevance: !goal ? 0 : preferred || !s.providerMatters ? 2 : 1,
    graded: relevanceOf(catalog, profile, cert),
    wishesBroken: wishesBrokenBy(profile, cert),
    missing,
    eligible: missing.length === 0 && experienceShortfall(profile, cert) === null,
    level: levelGap(catalog, profile, cert),
    budgetFit,
    tier: budgetTier(catalog, cert, budgetFit, profile.budgetUsd),
  };
}

/** A rule: the reason one aspect of the fit gives (null when it does not apply). */
export type Rule = (c: Candidate) => RuleReason | null;

const reason = (code: ReasonCode, weight: number, message: string, blocks = false): RuleReason => ({ code, weight, message, blocks });

/** Role fit, scaled by how much of the role's own topics it covers. */
function roleFit(c: Candidate, role: string, weight: number, why: string): RuleReason {
  const share = roleShare(c.catalog, role, c.depths);
  const roleTopics = c.catalog.topicsByRole.get(role) ?? [];
  const covered = roleTopics.filter((t) => c.depths.has(t.slug)).length;
  const extent =
    share === null
      ? ' The role has no topics of its own, so this counts the role alone.'
      : ` It covers ${covered === 0 ? `none of the role's own ${roleTopics.length} topics` : `${covered} of the role's ${roleTopics.length} topics`}.`;
  return reason('ROLE_MATCH', weight * (ROLE_DEPTH_FLOOR + (1 - ROLE_DEPTH_FLOOR) * (share ?? 0)), `${why}${extent}`);
}

/** For the target role (first role, or another it prepares for); with no target, for the current role. */
const roleMatch: Rule = (c) => {
  const { profile, cert, catalog } = c;
  if (profile.targetRole) {
    const target = roleName(catalog, profile.targetRole);
    if (cert.primaryRole === profile.targetRole) return roleFit(c, profile.targetRole, WEIGHTS.ROLE_MATCH_PRIMARY, `Prepares for ${target}, your target role.`);
    if (!servesRole(catalog, cert, profile.targetRole)) return null;
    return roleFit(
      c,
      profile.targetRole,
      WEIGHTS.ROLE_MATCH_SECONDARY,
      `Also prepares for ${target}, your target role (its first role is ${roleName(catalog, cert.primaryRole)}).`,
    );
  }
  if (!profile.currentRole) return null;
  const current = roleName(catalog, profile.currentRole);
  if (cert.primaryRole === profile.currentRole) return roleFit(c, profile.currentRole, WEIGHTS.ROLE_MATCH_CURRENT, `Deepens your current role, ${current}.`);
  if (servesRole(catalog, cert, profile.currentRole))
    return roleFit(c, profile.currentRole, WEIGHTS.ROLE_MATCH_CURRENT_SECONDARY, `Also relevant to your current role, ${current}.`);
  return null;
};

/**
 * The other side of the Scrum Master / Product Owner pair: a certification that teaches that
 * role's own work (SPS, a Nexus exam listed for Scrum Masters, does not), and, when it is built on
 * a scaling framework (POPM), only for someone working with one.
 */
const crossRole: Rule = ({ catalog, situation, profile, cert, depths }) => {
  const other = situation.fromRole ? CROSS_ROLES[situation.fromRole] : undefined;
  if (!other || cert.primaryRole !== other || (profile.targetRole != null && profile.targetRole !== other)) return null;
  if ((roleShare(catalog, other, depths) ?? 0) < SERVES_ROLE_FROM) return null;
  const framework = (depths.get('scaling') ?? 0) >= 2;
  if (framework && !situation.scalingContext && !profile.providers.includes(cert.provider)) return null;
  return reason(
    'CROSS_ROLE',
    WEIGHTS.CROSS_ROLE,
    `The ${roleName(catalog, other)} side for ${aRole(roleName(catalog, situation.fromRole!))}: the articles suggest experiencing the other role to understand the whole Scrum Team.`,
  );
};

/** The stated interests it covers, scaled by how deeply. */
const interestMatch: Rule = ({ catalog, profile, depths }) => {
  const hits = profile.interests.filter((t) => depths.has(t));
  if (!hits.length) return null;
  const depthShare = hits.reduce((sum, t) => sum + depths.get(t)! / 3, 0) / profile.interests.length;
  const described = hits.map((t) => `${inSentence(catalog.topicBySlug.get(t)!)} (${DEPTH_WORDS[depths.get(t)!]})`);
  return reason(
    'INTEREST_MATCH',
    WEIGHTS.INTEREST_MATCH * depthShare,
    `Covers ${profile.interests.length === 1 ? 'your interest' : `${hits.length} of your ${counted(profile.interests.length, 'interest')}`}: ${described.join('; ')}.`,
  );
};

function describeShare(share: number | null): string {
  if (share === null) return 'nothing';
  if (share === 0) return 'none';
  return `only ${percent(share)}`;
}

/** Not for the goal: said, so that the card says why it does not fit. */
const notForGoal: Rule = ({ catalog, profile, cert, depths, serves }) => {
  if (serves) return null;
  const role = profile.targetRole ? roleName(catalog, profile.targetRole) : null;
  const roleWords = role
    ? cert.roles.includes(profile.targetRole!)
      ? `Listed for ${role} too, but it covers ${describeShare(roleShare(catalog, profile.targetRole!, depths))} of the role's own work: not a step toward your target role`
      : `Not ${aRole(role)} certification: it is for ${listForPeople(cert.roles.map((r) => roleName(catalog, r)))}`
    : null;
  const interestWords = profile.interests.length ? `${role ? 'and it covers' : 'It covers'} none of your interests` : null;
  return reason(
    'NOT_FOR_GOAL',
    WEIGHTS.NOT_FOR_GOAL,
    `${[roleWords, interestWords].filter(Boolean).join(', ')}. Shown only after the certifications that are.`,
    true,
  );
};

/**
 * New content versus what is held. The next rung of a held track covers the same ground deeper by
 * design, so it is never "already covered": what it adds is the depth not reached yet.
 */
const contentVsHeld: Rule = ({ situation, depths, covered, known, serves }) => {
  if (!situation.heldCerts.length) return null;
  if (known) {
    return reason(
      'ALREADY_COVERED',
      WEIGHTS.ALREADY_COVERED * covered,
      `Your certifications already cover ${percent(covered)} of its content: little to learn from it.`,
      serves,
    );
  }
  if (covered >= 1) return null;
  const fresh = [...depths.keys()].filter((t) => !situation.heldDepths.has(t)).length;
  const what = fresh > 0 ? `including ${counted(fresh, 'topic')} you have not covered` : 'in depth on topics you already know';
  return reason('NEW_CONTENT', WEIGHTS.NEW_CONTENT * (1 - covered), `${percent(1 - covered)} of its content is new to you, ${what}.`);
};

const buildsOnHeld: Rule = ({ base }) => (base ? reason('BUILDS_ON_HELD', WEIGHTS.BUILDS_ON_HELD, `Builds on ${base.acronym}, which you hold.`) : null);

/** A preferred provider; or, when one of them offers something for the goal, another provider's, shown after theirs. */
const provider: Rule = ({ catalog, situation, profile, cert, goal, preferred }) => {
  const name = catalog.providerBySlug.get(cert.provider)!.name;
  if (preferred) return reason('PREFERRED_PROVIDER', WEIGHTS.PREFERRED_PROVIDER, `From ${name}, a provider you prefer.`);
  if (!goal || !situation.providerMatters) return null;
  return reason(
    'OTHER_PROVIDER',
    WEIGHTS.OTHER_PROVIDER,
    `From ${name}, not one of your preferred providers (${providerNames(catalog, profile.providers)}): shown after theirs.`,
    true,
  );
};

/**
 * The first step that unlocks a certification not attainable yet: the first missing required
 * certification that can be taken (descending through its own requirements), or null when only
 * experience is missing.
 */
export function unlockingStep(catalog: CatalogIndex, profile: Profile, cert: CertificationData): CertificationData | null {
  for (const slug of cert.prerequisites) {
    if (profile.heldWithPrerequisites.has(slug)) continue;
    const before = catalog.certificationBySlug.get(slug)!;
    return unlockingStep(catalog, profile, before) ?? before;
  }
  return null;
}

/** The step that unlocks it, in a sentence. */
function unlockWords(catalog: CatalogIndex, profile: Profile, cert: CertificationData): string {
  const step = unlockingStep(catalog, profile, cert);
  if (!step) {
    const short = experienceShortfall(profile, cert)!;
    const roles = cert.experience!.roles;
    const where = roles.length >= 3 ? 'of agile project experience' : `as ${aRole(listForPeople(roles.map((r) => roleName(catalog, r))))}`;
    return `The step that unlocks it: ${counted(short.needed - short.have, 'more month')} ${where}.`;
  }
  const now = experienceShortfall(profile, step) === null;
  return `The step that unlocks it: ${step.acronym}${now ? ', which you can take now' : ''}.`;
}

/** Required certifications (a held one implies its own) and experience in the right role; else predecessors recommended first. */
const eligibility: Rule = ({ catalog, profile, cert, missing, eligible }) => {
  if (!eligible) {
    const parts: string[] = [];
    if (missing.length) parts.push(`${listForPeople(missing.map((m) => m.acronym))} first`);
    const short = shortfallWords(catalog, profile, cert);
    if (short) parts.push(short);
    return reason(
      'MISSING_PREREQUISITE',
      WEIGHTS.MISSING_PREREQUISITE,
      `Not yet attainable: requires ${listForPeople(parts)}. ${unlockWords(catalog, profile, cert)}`,
      true,
    );
  }
  const recommended = recommendedMissing(catalog, profile, cert);
  if (!recommended.length) return null;
  return reason(
    'RECOMMENDED_FIRST',
    WEIGHTS.RECOMMENDED_FIRST,
    `${listForPeople(recommended.map((m) => m.acronym))} ${verb(recommended.length, 'is', 'are')} recommended first (not required).`,
  );
};

/** Why a level is right for the person. */
function levelRightBecause({ cert, level, profile }: Candidate, roleLabel: string): string {
  const order = LEVEL_ORDER[cert.level];
  if (level.held === order) return `the level of the ${roleLabel} certification you hold`;
  if (cert.level === 'FOUNDATION') {
    const forThem = cert.primaryRole === profile.targetRole || (!profile.targetRole && cert.primaryRole === profile.currentRole);
    return forThem ? `a sound start as ${aRole(roleLabel)}` : 'open to anyone, with no earlier certification or experience needed';
  }
  if (level.held === order - 1)
    return `the next step after your ${LEVEL_WORDS[level.held]}-level ${roleLabel} certification, with ${numbered(level.months, 'month')} in its roles`;
  return `your ${numbered(level.months, 'month')} in its roles reach it`;
}

/** Level: where the person is in its role, raised only by months in its roles. */
const levelFit: Rule = (c) => {
  const { catalog, cert, level } = c;
  const levelName = cert.level.charAt(0) + cert.level.slice(1).toLowerCase();
  const roleLabel = roleName(catalog, cert.primaryRole);
  if (level.gap > 0) {
    const standing = `${level.held ? `you hold ${LEVEL_WORDS[level.held]}-level ${roleLabel} certification` : `no ${roleLabel} certification held`}, ${numbered(level.months, 'month')} in its roles`;
    const above = level.gap === 1 ? 'one level' : `${level.gap} levels`;
    return reason(
      'LEVEL_FIT',
      WEIGHTS.LEVEL_ABOVE * level.gap,
      `${levelName} level, ${above} above where you are (${standing}): usually taken after ${levelTakes(cert.level)}.`,
      true,
    );
  }
  if (level.held > LEVEL_ORDER[cert.level])
    return reason('LEVEL_FIT', WEIGHTS.LEVEL_BELOW, `${levelName} level, below the ${LEVEL_WORDS[level.held]}-level ${roleLabel} certification you hold.`);
  return reason('LEVEL_FIT', WEIGHTS.LEVEL_FIT, `${levelName} level: ${levelRightBecause(c, roleLabel)}.`);
};

/** Over budget: OVER_BUDGET just over it, down to OVER_BUDGET_FAR when OVER_BUDGET_SPAN_USD or more over. */
function overBudget({ catalog, cert, profile }: Candidate, budget: string): RuleReason {
  const figure = budgetFigure(cert.price);
  const price = figure ?? lowerBound(cert.price)!;
  const over = Math.min(1, (price - profile.budgetUsd!) / OVER_BUDGET_SPAN_USD);
  const weight = WEIGHTS.OVER_BUDGET + (WEIGHTS.OVER_BUDGET_FAR - WEIGHTS.OVER_BUDGET) * over;
  const what =
    figure !== null ? budgetFigureWords(catalog, cert.price) : `At least ${money(price)} (${describePrice(catalog, cert.price, cert.requiresCourse)})`;
  const someCheaper = priceStatus(cert.price) === 'RANGE' && cert.price.minUsd! <= profile.budgetUsd!;
  return reason(
    'OVER_BUDGET',
    weight,
    `${what}: over your ${budget} budget${someCheaper ? `; some trainers charge from ${money(cert.price.minUsd!)}, but plan on the typical price` : ''}.`,
    true,
  );
}

/** No price that can be promised to fit: a price to confirm, or one no price of its kind could fit. */
function costUnknown({ catalog, cert, tier }: Candidate, budget: string): RuleReason {
  const stale = budgetFigure(cert.price) !== null && isStale(catalog, cert.price.asOf);
  const what = stale
    ? `${budgetFigureWords(catalog, cert.price)}: too old a figure to promise it still fits`
    : describePrice(catalog, cert.price, cert.requiresCourse);
  const message =
    tier === 2
      ? `${what}. No ${cert.requiresCourse ? 'course' : 'certification'} in this catalog with a published price costs less than ${money(priceFloorOfKind(catalog, cert))}, so it will not fit your ${budget} budget.`
      : `${what}. Price to confirm: it may fit your ${budget} budget, so ask for a quote before booking; it ranks after options as relevant to your goal with a verified price within your budget.`;
  return reason('COST_UNKNOWN', WEIGHTS.COST_UNKNOWN, message, true);
}

/** With no budget: a price nobody can promise, said plainly (it lowers confidence, not the rank). */
function priceToConfirm({ catalog, cert }: Candidate): RuleReason | null {
  if (budgetFigure(cert.price) !== null && !isStale(catalog, cert.price.asOf)) return null;
  const status = priceStatus(cert.price);
  const what =
    status === 'UNKNOWN' && cert.requiresCourse
      ? 'No verified price: the price is set by each trainer'
      : budgetFigure(cert.price) !== null
        ? `${budgetFigureWords(catalog, cert.price)}, too old a figure to rely on`
        : describePrice(catalog, cert.price, cert.requiresCourse);
  return reason('PRICE_TO_CONFIRM', WEIGHTS.PRICE_TO_CONFIRM, `${what}; confirm it before booking.`);
}

/** The realistic figure (typical, else highest seen) against the budget, never the floor; unknown is a price to confirm. */
const budgetRule: Rule = (c) => {
  const { catalog, cert, profile, budgetFit } = c;
  if (profile.budgetUsd == null) return priceToConfirm(c);
  const budget = money(profile.budgetUsd);
  if (budgetFit === 'WITHIN_BUDGET')
    return reason('WITHIN_BUDGET', WEIGHTS.WITHIN_BUDGET, `${budgetFigureWords(catalog, cert.price)}, within your ${budget} budget.`);
  if (budgetFit === 'OVER_BUDGET') return overBudget(c, budget);
  return costUnknown(c, budget);
};

/** Avoiding renewals: a renewal is the first thing said about a certification that needs one (it breaks a stated wish). */
const renewal: Rule = ({ profile, cert }) => {
  if (!profile.avoidRenewal) return null;
  if (!cert.renewal.required) return reason('NO_RENEWAL', WEIGHTS.NO_RENEWAL, 'Never needs renewing, as you prefer.');
  const every = cert.renewal.everyYears;
  const period = every === null ? 'periodically' : every === 1 ? 'every year' : `every ${counted(every, 'year')}`;
  const fee = cert.renewal.feeUsd !== null ? ` (${money(cert.renewal.feeUsd)} each time)` : '';
  return reason('RENEWAL_REQUIRED', WEIGHTS.RENEWAL_REQUIRED, `Must be renewed ${period}${fee}, which you want to avoid.`, true);
};

/** Studying alone: a required course is said first (it breaks a stated wish). */
const selfStudy: Rule = ({ profile, cert }) => {
  if (!profile.selfStudy) return null;
  if (cert.requiresCourse) return reason('COURSE_REQUIRED', WEIGHTS.COURSE_REQUIRED, 'Requires attending a course, and you prefer to study alone.', true);
  return reason('SELF_STUDY', WEIGHTS.SELF_STUDY, 'Can be earned by self-study: no course required.');
};

/** Recognition, log-scaled, for a current count of WIDELY_HELD_MIN or more. */
const widelyHeld: Rule = ({ catalog, cert }) => {
  const holders = latestHolderCount(cert);
  if (!holders || !isWidelyHeld(catalog, holders)) return null;
  const seen = holders.source.confidence === 'OFFICIAL' ? '' : ', seen secondhand';
  return reason(
    'WIDELY_HELD',
    WEIGHTS.WIDELY_HELD * Math.min(1, Math.log10(holders.count) / 6),
    `Widely held: ${holders.count.toLocaleString('en-US')} holders as of ${dateWords(holders.asOf)} (${new URL(holders.source.url).hostname}${seen}).`,
  );
};

/** Every rule, each giving at most one reason. */
export const RULES: readonly Rule[] = [
  roleMatch,
  crossRole,
  interestMatch,
  notForGoal,
  contentVsHeld,
  buildsOnHeld,
  provider,
  eligibility,
  levelFit,
  budgetRule,
  renewal,
  selfStudy,
  widelyHeld,
];

/** The reasons the rules give a candidate, before rounding. */
export function reasonsFor(c: Candidate): RuleReason[] {
  return RULES.map((rule) => rule(c)).filter((r): r is RuleReason => r !== null);
}
