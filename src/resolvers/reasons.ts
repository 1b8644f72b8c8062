// How each reason of a recommendation is earned: the weights (one table, WEIGHTS, which the
// README prints) and the rules (one table, RULES), each a small function of the person and one
// certification that gives its reasons with their weights. A recommendation's score is the sum of
// its reasons' weights (src/resolvers/recommend.ts ranks and explains the list). Pure.
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData } from '../data/types.js';
import { LEVEL_ORDER } from './catalog.js';
import {
  budgetFigure,
  budgetFigureWords,
  budgetFitOf,
  type BudgetFit,
  describePrice,
  isWidelyHeld,
  latestHolderCount,
  lowerBound,
  priceStatus,
} from './facts.js';
import { coverage, type DepthMap, unionOf } from './overlap.js';
import { experienceShortfall, heldLevelIn, LEVEL_MONTHS, monthsIn, type Profile, shortfallWords } from './profile.js';
import { aRole, dateWords, inSentence, listForPeople, money, percent } from './wording.js';

export type ReasonCode =
  | 'ROLE_MATCH'
  | 'CROSS_ROLE'
  | 'INTEREST_MATCH'
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
 * The price rule: COST_UNKNOWN <= OVER_BUDGET_FAR <= OVER_BUDGET < 0 < WITHIN_BUDGET. An unknown
 * price is penalised exactly like the most expensive known price over budget, so it never looks
 * cheaper than any known price. On top of that, the ranking puts certifications that fit the
 * budget (a verified figure within it) before any that do not (see `rank`). test/personas.test.ts
 * checks both, for generated profiles too.
 */
export const WEIGHTS = {
  /** A certification for the target role (first role), scaled by how much of the role it covers (ROLE_DEPTH_FLOOR..1). */
  ROLE_MATCH_PRIMARY: 0.25,
  /** It also prepares for the target role, but another role first. */
  ROLE_MATCH_SECONDARY: 0.12,
  /** No target: it deepens the current role (first role)... */
  ROLE_MATCH_CURRENT: 0.15,
  /** ...or also serves it. */
  ROLE_MATCH_CURRENT_SECONDARY: 0.08,
  /** The other side of the Scrum Master / Product Owner pair, the move both articles describe. */
  CROSS_ROLE: 0.1,
  /** Covers the stated interests, scaled by how deeply (mastered = full). */
  INTEREST_MATCH: 0.2,
  /** Scaled by the share of content the held certifications do not cover. */
  NEW_CONTENT: 0.1,
  /** Mostly known already (coverage >= ALREADY_COVERED_FROM), scaled by that coverage. */
  ALREADY_COVERED: -0.2,
  /** The next rung of a held track, or a certification listing a held one as prerequisite. */
  BUILDS_ON_HELD: 0.15,
  /** Not attainable yet: a required certification or required experience is missing. */
  MISSING_PREREQUISITE: -0.3,
  /** A predecessor the provider recommends (not requires) is not held. */
  RECOMMENDED_FIRST: -0.05,
  /** Its realistic price (typical, else highest seen; never the floor) is within the budget. */
  WITHIN_BUDGET: 0.05,
  /** Its realistic price is over the budget: this much just over it... */
  OVER_BUDGET: -0.15,
  /** ...down to this when it is OVER_BUDGET_SPAN_USD or more over. */
  OVER_BUDGET_FAR: -0.3,
  /** A budget was given and the price is unknown, unverified or incomplete: treated as the worst known price. */
  COST_UNKNOWN: -0.3,
  NO_RENEWAL: 0.03,
  RENEWAL_REQUIRED: -0.05,
  SELF_STUDY: 0.03,
  COURSE_REQUIRED: -0.05,
  PREFERRED_PROVIDER: 0.05,
  /** Recognition, log-scaled (full at a million): only for a current count of WIDELY_HELD_MIN or more. */
  WIDELY_HELD: 0.04,
  /** Its level is right for the person: what they hold and their months in its role reach it. */
  LEVEL_FIT: 0.05,
  /** Per level above what the person's certifications and experience reach. */
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

/** What the scoring needs about the person, derived once per request. */
export interface Situation {
  profile: Profile;
  heldCerts: CertificationData[];
  heldDepths: DepthMap;
  /** The role the person is moving from, for CROSS_ROLE: stated, or the one their certifications share. */
  fromRole: string | null;
  /** Certifications that build on a held one. */
  buildsOn: Map<string, CertificationData>;
}

export function situationOf(catalog: CatalogIndex, profile: Profile): Situation {
  const heldCerts = [...profile.heldWithPrerequisites].map((s) => catalog.certificationBySlug.get(s)!);
  const heldRoles = new Set(heldCerts.map((c) => c.primaryRole));
  const buildsOn = new Map<string, CertificationData>();
  for (const h of heldCerts) for (const next of catalog.nextSteps.get(h.slug) ?? []) if (!buildsOn.has(next.slug)) buildsOn.set(next.slug, h);
  return {
    profile,
    heldCerts,
    heldDepths: unionOf([...profile.covered].map((s) => catalog.depthsByCertification.get(s)!)),
    fromRole: profile.currentRole ?? (heldRoles.size === 1 ? [...heldRoles][0]! : null),
    buildsOn,
  };
}

export function roleName(catalog: CatalogIndex, slug: string): string {
  return catalog.roleBySlug.get(slug)!.name;
}

/**
 * How much of a role's own topics a certification covers, 0..1: each topic counts in full when
 * practised (depth 2) or mastered, half when introduced. A foundation certification that
 * practises most of a role's topics prepares for it; mastery is what higher levels add.
 */
export function roleDepthShare(catalog: CatalogIndex, role: string, depths: DepthMap): number {
  const roleTopics = catalog.topicsByRole.get(role) ?? [];
  if (roleTopics.length === 0) return 1;
  return roleTopics.reduce((sum, t) => sum + Math.min(2, depths.get(t.slug) ?? 0), 0) / (2 * roleTopics.length);
}

/**
 * Where a certification's level sits against the person, in levels: 0 or less is within reach.
 * Reach in its role is one level above the highest held there; a year in the role reaches
 * advanced, and two years with a certification in the role reach expert (Scrum Alliance's
 * "12-24 months"). Months count in the certification's roles and its experience roles.
 */
export function levelGap(catalog: CatalogIndex, profile: Profile, cert: CertificationData): { gap: number; held: number; months: number } {
  const held = heldLevelIn(catalog, profile, cert.primaryRole);
  const months = monthsIn(profile, [...cert.roles, ...(cert.experience?.roles ?? [])]);
  let reach = held + 1;
  if (months >= LEVEL_MONTHS.ADVANCED) reach = Math.max(reach, 2);
  if (months >= LEVEL_MONTHS.EXPERT && held >= 1) reach = Math.max(reach, 3);
  return { gap: LEVEL_ORDER[cert.level] - Math.min(3, reach), held, months };
}


const DEPTH_WORDS = ['', 'introduced', 'practised', 'mastered'];
const LEVEL_WORDS = ['nothing', 'foundation', 'advanced', 'expert'];

/** One certification as the rules see it, with what several rules need worked out once. */
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
  missing: CertificationData[];
  eligible: boolean;
  level: { gap: number; held: number; months: number };
  budgetFit: BudgetFit;
}

export function candidateOf(catalog: CatalogIndex, s: Situation, cert: CertificationData): Candidate {
  const { profile } = s;
  const depths = catalog.depthsByCertification.get(cert.slug)!;
  const missing = cert.prerequisites.filter((p) => !profile.heldWithPrerequisites.has(p)).map((p) => catalog.certificationBySlug.get(p)!);
  return {
    catalog,
    situation: s,
    profile,
    cert,
    depths,
    covered: s.heldCerts.length ? coverage(s.heldDepths, depths) : 0,
    base: s.buildsOn.get(cert.slug),
    missing,
    eligible: missing.length === 0 && experienceShortfall(profile, cert) === null,
    level: levelGap(catalog, profile, cert),
    budgetFit: budgetFitOf(cert.price, profile.budgetUsd),
  };
}

/** A rule: the reasons one aspect of the fit gives (none when it does not apply). */
export type Rule = (c: Candidate) => Reason | null;

const reason = (code: ReasonCode, weight: number, message: string): Reason => ({ code, weight, message });

/** Role fit, scaled by how much of the role's own topics it covers. */
function roleFit(c: Candidate, role: string, weight: number, why: string): Reason {
  const share = roleDepthShare(c.catalog, role, c.depths);
  const roleTopics = c.catalog.topicsByRole.get(role) ?? [];
  const covered = roleTopics.filter((t) => c.depths.has(t.slug)).length;
  const extent = covered === 0 ? `none of the role's own ${roleTopics.length} topics` : `${covered} of the role's ${roleTopics.length} topics`;
  return reason('ROLE_MATCH', weight * (ROLE_DEPTH_FLOOR + (1 - ROLE_DEPTH_FLOOR) * share), `${why} It covers ${extent}.`);
}

/** For the target role (first role or another of its roles); with no target, for the current role. */
const roleMatch: Rule = (c) => {
  const { profile, cert, catalog } = c;
  if (profile.targetRole) {
    const target = roleName(catalog, profile.targetRole);
    if (cert.primaryRole === profile.targetRole) return roleFit(c, profile.targetRole, WEIGHTS.ROLE_MATCH_PRIMARY, `Prepares for ${target}, your target role.`);
    if (!cert.roles.includes(profile.targetRole)) return null;
    return roleFit(c, profile.targetRole, WEIGHTS.ROLE_MATCH_SECONDARY, `Also prepares for ${target}, your target role (its first role is ${roleName(catalog, cert.primaryRole)}).`);
  }
  if (!profile.currentRole) return null;
  const current = roleName(catalog, profile.currentRole);
  if (cert.primaryRole === profile.currentRole) return roleFit(c, profile.currentRole, WEIGHTS.ROLE_MATCH_CURRENT, `Deepens your current role, ${current}.`);
  if (cert.roles.includes(profile.currentRole)) return roleFit(c, profile.currentRole, WEIGHTS.ROLE_MATCH_CURRENT_SECONDARY, `Also relevant to your current role, ${current}.`);
  return null;
};

/** The other side of the Scrum Master / Product Owner pair. */
const crossRole: Rule = ({ catalog, situation, profile, cert }) => {
  const other = situation.fromRole ? CROSS_ROLES[situation.fromRole] : undefined;
  if (!other || cert.primaryRole !== other || (profile.targetRole != null && profile.targetRole !== other)) return null;
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
  return reason('INTEREST_MATCH', WEIGHTS.INTEREST_MATCH * depthShare, `Covers ${hits.length} of your ${profile.interests.length} interests: ${described.join('; ')}.`);
};

/**
 * New content versus what is held. The next rung of a held track covers the same ground deeper by
 * design, so it is never "already covered": what it adds is the depth not reached yet.
 */
const contentVsHeld: Rule = ({ situation, depths, covered, base }) => {
  if (!situation.heldCerts.length) return null;
  if (covered >= ALREADY_COVERED_FROM && !base) {
    return reason('ALREADY_COVERED', WEIGHTS.ALREADY_COVERED * covered, `Your certifications already cover ${percent(covered)} of its content.`);
  }
  if (covered >= 1) return null;
  const fresh = [...depths.keys()].filter((t) => !situation.heldDepths.has(t)).length;
  const what = fresh > 0 ? `including ${fresh} topic${fresh === 1 ? '' : 's'} you have not covered` : 'in depth on topics you already know';
  return reason('NEW_CONTENT', WEIGHTS.NEW_CONTENT * (1 - covered), `${percent(1 - covered)} of its content is new to you, ${what}.`);
};

const buildsOnHeld: Rule = ({ base }) => (base ? reason('BUILDS_ON_HELD', WEIGHTS.BUILDS_ON_HELD, `Builds on ${base.acronym}, which you hold.`) : null);

/** Required certifications (a held one implies its own) and experience in the right role; else predecessors recommended first. */
const eligibility: Rule = ({ catalog, profile, cert, missing, eligible }) => {
  if (!eligible) {
    const parts: string[] = [];
    if (missing.length) parts.push(`${listForPeople(missing.map((m) => m.acronym))} first`);
    const short = shortfallWords(catalog, profile, cert);
    if (short) parts.push(short);
    return reason('MISSING_PREREQUISITE', WEIGHTS.MISSING_PREREQUISITE, `Not yet attainable: requires ${listForPeople(parts)}.`);
  }
  const recommended = cert.recommendedBefore.filter((p) => !profile.covered.has(p)).map((p) => catalog.certificationBySlug.get(p)!);
  if (!recommended.length) return null;
  return reason('RECOMMENDED_FIRST', WEIGHTS.RECOMMENDED_FIRST, `${listForPeople(recommended.map((m) => m.acronym))} ${recommended.length === 1 ? 'is' : 'are'} recommended first (not required).`);
};

/** What usually comes before a level, for the reason that says it is above the person's. */
const usuallyAfter = (cert: CertificationData) => (LEVEL_ORDER[cert.level] === 3 ? 'an advanced certification and two years in the role' : 'a foundation certification or a year in the role');

/** Why a level is right for the person. */
function levelRightBecause({ cert, level }: Candidate, roleLabel: string): string {
  const order = LEVEL_ORDER[cert.level];
  if (level.held === order) return `the level of the ${roleLabel} certification you hold`;
  if (cert.level === 'FOUNDATION') return 'a sound start in this role';
  if (level.held === order - 1) return `the next step after your ${LEVEL_WORDS[level.held]}-level ${roleLabel} certification`;
  return `your ${level.months} months in its roles reach it`;
}

/** Its level against what is held in its role and months in its roles, for everyone. */
const levelFit: Rule = (c) => {
  const { catalog, cert, level } = c;
  const levelName = cert.level.charAt(0) + cert.level.slice(1).toLowerCase();
  const roleLabel = roleName(catalog, cert.primaryRole);
  if (level.gap > 0) {
    const standing = `${level.held ? `you hold ${LEVEL_WORDS[level.held]}-level ${roleLabel} certification` : `no ${roleLabel} certification held`}, ${level.months} months in its roles`;
    const above = level.gap === 1 ? 'one level' : `${level.gap} levels`;
    return reason('LEVEL_FIT', WEIGHTS.LEVEL_ABOVE * level.gap, `${levelName} level, ${above} above where you are (${standing}): usually taken after ${usuallyAfter(cert)}.`);
  }
  if (level.held > LEVEL_ORDER[cert.level]) return reason('LEVEL_FIT', WEIGHTS.LEVEL_BELOW, `${levelName} level, below the ${LEVEL_WORDS[level.held]}-level ${roleLabel} certification you hold.`);
  return reason('LEVEL_FIT', WEIGHTS.LEVEL_FIT, `${levelName} level: ${levelRightBecause(c, roleLabel)}.`);
};

/** Over budget: -0.15 just over it, down to OVER_BUDGET_FAR when OVER_BUDGET_SPAN_USD or more over. */
function overBudget({ catalog, cert, profile }: Candidate, budget: string): Reason {
  const figure = budgetFigure(cert.price);
  const price = figure ?? lowerBound(cert.price)!;
  const over = Math.min(1, (price - profile.budgetUsd!) / OVER_BUDGET_SPAN_USD);
  const weight = WEIGHTS.OVER_BUDGET + (WEIGHTS.OVER_BUDGET_FAR - WEIGHTS.OVER_BUDGET) * over;
  const what = figure !== null ? budgetFigureWords(catalog, cert.price) : `At least ${money(price)} (${describePrice(catalog, cert.price, cert.requiresCourse)})`;
  const someCheaper = priceStatus(cert.price) === 'RANGE' && cert.price.minUsd! <= profile.budgetUsd!;
  return reason('OVER_BUDGET', weight, `${what}: over your ${budget} budget${someCheaper ? `; some trainers charge from ${money(cert.price.minUsd!)}, but plan on the typical price` : ''}.`);
}

/** The realistic figure (typical, else highest seen) against the budget, never the floor; unknown is the worst case. */
const budgetRule: Rule = (c) => {
  const { catalog, cert, profile, budgetFit } = c;
  if (profile.budgetUsd == null) return null;
  const budget = money(profile.budgetUsd);
  if (budgetFit === 'WITHIN_BUDGET') return reason('WITHIN_BUDGET', WEIGHTS.WITHIN_BUDGET, `${budgetFigureWords(catalog, cert.price)}, within your ${budget} budget.`);
  if (budgetFit === 'OVER_BUDGET') return overBudget(c, budget);
  return reason('COST_UNKNOWN', WEIGHTS.COST_UNKNOWN, `${describePrice(catalog, cert.price, cert.requiresCourse)}: it cannot be said to fit your ${budget} budget, so it ranks as if over it.`);
};

const renewal: Rule = ({ profile, cert }) => {
  if (!profile.avoidRenewal) return null;
  if (!cert.renewal.required) return reason('NO_RENEWAL', WEIGHTS.NO_RENEWAL, 'Never needs renewing.');
  return reason('RENEWAL_REQUIRED', WEIGHTS.RENEWAL_REQUIRED, `Must be renewed every ${cert.renewal.everyYears === 1 ? 'year' : `${cert.renewal.everyYears} years`}.`);
};

const selfStudy: Rule = ({ profile, cert }) => {
  if (!profile.selfStudy) return null;
  if (cert.requiresCourse) return reason('COURSE_REQUIRED', WEIGHTS.COURSE_REQUIRED, 'Requires attending a course.');
  return reason('SELF_STUDY', WEIGHTS.SELF_STUDY, 'Can be earned by self-study: no course required.');
};

const preferredProvider: Rule = ({ catalog, profile, cert }) =>
  profile.providers.includes(cert.provider)
    ? reason('PREFERRED_PROVIDER', WEIGHTS.PREFERRED_PROVIDER, `From ${catalog.providerBySlug.get(cert.provider)!.name}, a provider you prefer.`)
    : null;

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
  contentVsHeld,
  buildsOnHeld,
  eligibility,
  levelFit,
  budgetRule,
  renewal,
  selfStudy,
  preferredProvider,
  widelyHeld,
];

/** The reasons the rules give a candidate, before rounding. */
export function reasonsFor(c: Candidate): Reason[] {
  return RULES.map((rule) => rule(c)).filter((r): r is Reason => r !== null);
}
