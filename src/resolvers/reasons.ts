// How each reason of a recommendation is earned: the weights (one table, WEIGHTS, which the
// README prints) and the rules (one table, RULES), each a small function of the person and one
// certification that gives its reason with its weight, and says whether that reason is what stands
// in the way (a blocker, said first when the certification does not fit). A recommendation's
// score is the sum of its reasons' weights (src/resolvers/recommend.ts ranks and explains the
// list, in tiers worked out here: relevance to the goal, level, budget). Pure.
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData } from '../data/types.js';
import { type Candidate, levelTakes, providerNames, roleName } from './candidate.js';
import { LEVEL_ORDER } from './catalog.js';
import {
  budgetFigure,
  budgetFigureWords,
  describePrice,
  isStale,
  isWidelyHeld,
  latestHolderCount,
  lowerBound,
  priceFloorOfKind,
  priceStatus,
} from './facts.js';
import type { Profile } from './profile.js';
import { experienceShortfall, recommendedMissing, shortfallWords } from './profile-standing.js';
import { roleShare, SERVES_ROLE_FROM, servesRole } from './relevance.js';
import { counted, grouped, numbered, verb } from './text.js';
import { OVER_BUDGET_SPAN_USD, ROLE_DEPTH_FLOOR, type RuleReason, reason, WEIGHTS } from './weights.js';
import { aRole, dateWords, inSentence, listForPeople, money, percent } from './wording.js';

export {
  ALREADY_COVERED_FROM,
  type Candidate,
  candidateOf,
  levelGap,
  levelTakes,
  providerNames,
  roleName,
  type Situation,
  situationOf,
  type Wish,
  wishesBrokenBy,
} from './candidate.js';
export { roleDepthShare, roleShare, SERVES_ROLE_FROM, servesGoal, servesRole } from './relevance.js';
export {
  MAX_RECOMMENDATIONS,
  OVER_BUDGET_SPAN_USD,
  type Reason,
  type ReasonCode,
  ROLE_DEPTH_FLOOR,
  type RuleReason,
  WEIGHTS,
} from './weights.js';

/** The role pairs the articles describe moving between. */
const CROSS_ROLES: Record<string, string> = { 'scrum-master': 'product-owner', 'product-owner': 'scrum-master' };

const DEPTH_WORDS = ['', 'introduced', 'practised', 'mastered'];
const LEVEL_WORDS = ['nothing', 'foundation', 'advanced', 'expert'];

/** A rule: the reason one aspect of the fit gives (null when it does not apply). */
export type Rule = (c: Candidate) => RuleReason | null;

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
function costUnknown({ catalog, cert, tier, profile }: Candidate, budget: string): RuleReason {
  const stale = budgetFigure(cert.price) !== null && isStale(catalog, cert.price.asOf);
  const what = stale
    ? `${budgetFigureWords(catalog, cert.price)}: ${cert.price.asOf === null ? 'an undated figure, so it cannot be promised to fit' : 'too old a figure to promise it still fits'}`
    : describePrice(catalog, cert.price, cert.requiresCourse);
  // The lowest figure seen, even unverified, already over the budget: say so, never "it may fit".
  const seenOver = cert.price.minUsd !== null && profile.budgetUsd != null && cert.price.minUsd > profile.budgetUsd;
  const message =
    tier === 2
      ? `${what}. No ${cert.requiresCourse ? 'course' : 'certification'} in this catalog with a published price costs less than ${money(priceFloorOfKind(catalog, cert))}, so it will not fit your ${budget} budget.`
      : seenOver
        ? `${what}. Even the lowest figure seen is over your ${budget} budget; confirm the price before counting on it.`
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
        ? `${budgetFigureWords(catalog, cert.price)}, ${cert.price.asOf === null ? 'an undated figure' : 'too old a figure to rely on'}`
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
    `Widely held: ${grouped(holders.count)} holders as of ${dateWords(holders.asOf)} (${new URL(holders.source.url).hostname}${seen}).`,
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
