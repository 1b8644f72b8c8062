// Recommendations that explain themselves: an additive score built from reasons, each with a
// signed weight from one table (WEIGHTS), so that the weights of a recommendation's reasons add up
// to its score. Ranking puts what a person can act on first: eligible before ineligible, then
// what fits everything they asked for, then the score. Pure and deterministic (ties break by slug).
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
  isWidelyHeld,
  latestHolderCount,
  lowerBound,
  money,
  priceStatus,
  type BudgetFit,
} from './facts.js';
import { coverage, unionOf, type DepthMap } from './overlap.js';
import {
  checkProfile,
  experienceShortfall,
  heldLevelIn,
  LEVEL_MONTHS,
  monthsIn,
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

export interface Recommendation {
  rank: number;
  certification: CertificationData;
  /** The sum of the reasons' weights, clamped to 0..1. */
  score: number;
  /** The sum of the reasons' weights, unclamped (negative when cautions outweigh fit). */
  rawScore: number;
  reasons: Reason[];
  newTopics: TopicData[];
  alreadyCovered: number;
  eligible: boolean;
  missingPrerequisites: CertificationData[];
  /** Eligible, within budget (or no budget), for the target role or an interest, and at the person's level. */
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
}

function situationOf(catalog: CatalogIndex, profile: Profile): Situation {
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

function roleName(catalog: CatalogIndex, slug: string): string {
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

/** Whether a certification serves what the person asked for: the target role, else an interest; anything when neither. */
function servesGoal(profile: Profile, cert: CertificationData, depths: DepthMap): boolean {
  if (profile.targetRole) return cert.roles.includes(profile.targetRole) || profile.interests.some((t) => depths.has(t));
  if (profile.interests.length) return profile.interests.some((t) => depths.has(t));
  return true;
}

interface Scored extends Omit<Recommendation, 'rank'> {
  gap: number;
  goal: boolean;
}

/** The reasons for one certification, before rounding. */
function assess(catalog: CatalogIndex, s: Situation, cert: CertificationData): Scored {
  const { profile } = s;
  const reasons: Reason[] = [];
  const add = (code: ReasonCode, weight: number, message: string) => reasons.push({ code, weight, message });
  const depths = catalog.depthsByCertification.get(cert.slug)!;

  // Role fit, scaled by how much of the role it covers.
  const roleFit = (role: string, weight: number, why: string) => {
    const share = roleDepthShare(catalog, role, depths);
    const roleTopics = catalog.topicsByRole.get(role) ?? [];
    const covered = roleTopics.filter((t) => depths.has(t.slug)).length;
    const extent = covered === 0 ? `none of the role's own ${roleTopics.length} topics` : `${covered} of the role's ${roleTopics.length} topics`;
    add('ROLE_MATCH', weight * (ROLE_DEPTH_FLOOR + (1 - ROLE_DEPTH_FLOOR) * share), `${why} It covers ${extent}.`);
  };
  if (profile.targetRole) {
    const target = roleName(catalog, profile.targetRole);
    if (cert.primaryRole === profile.targetRole) roleFit(profile.targetRole, WEIGHTS.ROLE_MATCH_PRIMARY, `Prepares for ${target}, your target role.`);
    else if (cert.roles.includes(profile.targetRole)) {
      roleFit(profile.targetRole, WEIGHTS.ROLE_MATCH_SECONDARY, `Also prepares for ${target}, your target role (its first role is ${roleName(catalog, cert.primaryRole)}).`);
    }
  } else if (profile.currentRole) {
    const current = roleName(catalog, profile.currentRole);
    if (cert.primaryRole === profile.currentRole) roleFit(profile.currentRole, WEIGHTS.ROLE_MATCH_CURRENT, `Deepens your current role, ${current}.`);
    else if (cert.roles.includes(profile.currentRole)) roleFit(profile.currentRole, WEIGHTS.ROLE_MATCH_CURRENT_SECONDARY, `Also relevant to your current role, ${current}.`);
  }

  // The other side of the Scrum Master / Product Owner pair.
  const other = s.fromRole ? CROSS_ROLES[s.fromRole] : undefined;
  if (other && cert.primaryRole === other && (profile.targetRole == null || profile.targetRole === other)) {
    add(
      'CROSS_ROLE',
      WEIGHTS.CROSS_ROLE,
      `The ${roleName(catalog, other)} side for ${aRole(roleName(catalog, s.fromRole!))}: the articles suggest experiencing the other role to understand the whole Scrum Team.`,
    );
  }

  // Interests.
  if (profile.interests.length) {
    const hits = profile.interests.filter((t) => depths.has(t));
    if (hits.length) {
      const depthShare = hits.reduce((sum, t) => sum + depths.get(t)! / 3, 0) / profile.interests.length;
      const described = hits.map((t) => `${inSentence(catalog.topicBySlug.get(t)!)} (${DEPTH_WORDS[depths.get(t)!]})`);
      add('INTEREST_MATCH', WEIGHTS.INTEREST_MATCH * depthShare, `Covers ${hits.length} of your ${profile.interests.length} interests: ${described.join('; ')}.`);
    }
  }

  // New content versus what is held. The next rung of a held track covers the same ground deeper
  // by design, so it is never "already covered": what it adds is the depth not reached yet.
  const base = s.buildsOn.get(cert.slug);
  const covered = s.heldCerts.length ? coverage(s.heldDepths, depths) : 0;
  if (s.heldCerts.length) {
    const fresh = [...depths.keys()].filter((t) => !s.heldDepths.has(t)).length;
    if (covered >= ALREADY_COVERED_FROM && !base) {
      add('ALREADY_COVERED', WEIGHTS.ALREADY_COVERED * covered, `Your certifications already cover ${pct(covered)} of its content.`);
    } else if (covered < 1) {
      const what = fresh > 0 ? `including ${fresh} topic${fresh === 1 ? '' : 's'} you have not covered` : 'in depth on topics you already know';
      add('NEW_CONTENT', WEIGHTS.NEW_CONTENT * (1 - covered), `${pct(1 - covered)} of its content is new to you, ${what}.`);
    }
  }
  if (base) add('BUILDS_ON_HELD', WEIGHTS.BUILDS_ON_HELD, `Builds on ${base.acronym}, which you hold.`);

  // Eligibility: required certifications (a held one implies its own prerequisites) and experience in the right role.
  const missing = cert.prerequisites.filter((p) => !profile.heldWithPrerequisites.has(p)).map((p) => catalog.certificationBySlug.get(p)!);
  const short = experienceShortfall(profile, cert);
  const eligible = missing.length === 0 && short === null;
  if (!eligible) {
    const parts: string[] = [];
    if (missing.length) parts.push(`${listForPeople(missing.map((m) => m.acronym))} first`);
    if (short) parts.push(shortfallWords(catalog, profile, cert)!);
    add('MISSING_PREREQUISITE', WEIGHTS.MISSING_PREREQUISITE, `Not yet attainable: requires ${listForPeople(parts)}.`);
  } else {
    const recommended = cert.recommendedBefore.filter((p) => !profile.covered.has(p)).map((p) => catalog.certificationBySlug.get(p)!);
    if (recommended.length) {
      add('RECOMMENDED_FIRST', WEIGHTS.RECOMMENDED_FIRST, `${listForPeople(recommended.map((m) => m.acronym))} ${recommended.length === 1 ? 'is' : 'are'} recommended first (not required).`);
    }
  }

  // Level: follows what is held in its role and months in its role, for everyone.
  const level = levelGap(catalog, profile, cert);
  const levelName = cert.level.charAt(0) + cert.level.slice(1).toLowerCase();
  const roleLabel = roleName(catalog, cert.primaryRole);
  const standing = `${level.held ? `you hold ${LEVEL_WORDS[level.held]}-level ${roleLabel} certification` : `no ${roleLabel} certification held`}, ${level.months} months in its roles`;
  if (level.gap > 0) {
    add(
      'LEVEL_FIT',
      WEIGHTS.LEVEL_ABOVE * level.gap,
      `${levelName} level, ${level.gap === 1 ? 'one level' : `${level.gap} levels`} above where you are (${standing}): usually taken after ${LEVEL_ORDER[cert.level] === 3 ? 'an advanced certification and two years in the role' : 'a foundation certification or a year in the role'}.`,
    );
  } else if (level.held > LEVEL_ORDER[cert.level]) {
    add('LEVEL_FIT', WEIGHTS.LEVEL_BELOW, `${levelName} level, below the ${LEVEL_WORDS[level.held]}-level ${roleLabel} certification you hold.`);
  } else {
    const why =
      level.held === LEVEL_ORDER[cert.level]
        ? `the level of the ${roleLabel} certification you hold`
        : cert.level === 'FOUNDATION'
          ? 'a sound start in this role'
          : level.held === LEVEL_ORDER[cert.level] - 1
            ? `the next step after your ${LEVEL_WORDS[level.held]}-level ${roleLabel} certification`
            : `your ${level.months} months in its roles reach it`;
    add('LEVEL_FIT', WEIGHTS.LEVEL_FIT, `${levelName} level: ${why}.`);
  }

  // Budget: the realistic figure (typical, else highest seen), never the floor; unknown is the worst case.
  const budgetFit = budgetFitOf(cert.price, profile.budgetUsd);
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
      add('OVER_BUDGET', weight, `${what}: over your ${budget} budget${status === 'RANGE' && cert.price.minUsd! <= profile.budgetUsd ? `; some trainers charge from ${money(cert.price.minUsd!)}, but plan on the typical price` : ''}.`);
    } else {
      add('COST_UNKNOWN', WEIGHTS.COST_UNKNOWN, `${describePrice(catalog, cert.price, cert.requiresCourse)}: it cannot be said to fit your ${budget} budget, so it ranks as if over it.`);
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
  if (profile.providers.includes(cert.provider)) {
    add('PREFERRED_PROVIDER', WEIGHTS.PREFERRED_PROVIDER, `From ${catalog.providerBySlug.get(cert.provider)!.name}, a provider you prefer.`);
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

  const goal = servesGoal(profile, cert, depths);
  const budgetOk = budgetFit === 'WITHIN_BUDGET' || budgetFit === 'NO_BUDGET';
  const { reasons: final, sum } = finalize(reasons);
  return {
    certification: cert,
    score: r3(Math.min(1, Math.max(0, sum))),
    rawScore: r3(sum),
    reasons: final,
    newTopics: cert.topics.filter((t) => !s.heldDepths.has(t.topic)).map((t) => catalog.topicBySlug.get(t.topic)!),
    alreadyCovered: r3(covered),
    eligible,
    missingPrerequisites: missing,
    fits: eligible && budgetOk && goal && level.gap <= 0,
    budgetFit,
    gap: level.gap,
    goal,
  };
}

/** Rounds the weights and orders them strongest first; the weights are the actual contributions (never scaled). */
function finalize(reasons: Reason[]): { reasons: Reason[]; sum: number } {
  const rounded = reasons.map((r) => ({ ...r, weight: r3(r.weight) }));
  rounded.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.code.localeCompare(b.code));
  return { reasons: rounded, sum: rounded.reduce((s, r) => s + r.weight, 0) };
}

/** The ranking rule: eligible first, then what fits everything asked, then the score, then the slug. */
export function rank<T extends Pick<Recommendation, 'eligible' | 'fits' | 'rawScore' | 'certification'>>(a: T, b: T): number {
  return (
    Number(b.eligible) - Number(a.eligible) ||
    Number(b.fits) - Number(a.fits) ||
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
  const forGoal = all.filter((r) => r.goal);
  if (forGoal.length === 0) return `No certification you do not already hold is ${goal ?? 'left'}.`;
  const eligible = forGoal.filter((r) => r.eligible);
  if (eligible.length === 0) {
    const first = forGoal[0]!;
    const why = first.reasons.find((r) => r.code === 'MISSING_PREREQUISITE')?.message.replace(/^Not yet attainable: /, '') ?? '';
    return `Every certification ${goal ?? ''} needs something you do not have yet; ${first.certification.acronym}, for one, ${why}`.replace(/ {2,}/g, ' ');
  }
  const inBudget = eligible.filter((r) => r.budgetFit === 'WITHIN_BUDGET' || r.budgetFit === 'NO_BUDGET');
  if (inBudget.length === 0 && profile.budgetUsd != null) {
    const priced = eligible
      .filter((r) => budgetFigure(r.certification.price) !== null)
      .sort((a, b) => budgetFigure(a.certification.price)! - budgetFigure(b.certification.price)! || a.certification.slug.localeCompare(b.certification.slug));
    const cheapest = priced[0];
    const same = cheapest ? priced.filter((r) => budgetFigure(r.certification.price) === budgetFigure(cheapest.certification.price)).map((r) => r.certification.acronym) : [];
    const cheapestWords = cheapest
      ? ` The cheapest with a verified price ${same.length > 1 ? `are ${listForPeople(same)}:` : `is ${cheapest.certification.acronym}:`} ${budgetFigureWords(catalog, cheapest.certification.price)}.`
      : ' None of them has a verified price.';
    const unknown = eligible.filter((r) => r.budgetFit === 'PRICE_UNKNOWN').length;
    const unknownWords = unknown ? ` ${unknown} ${unknown === 1 ? 'has' : 'have'} no verified price and cannot be promised to fit.` : '';
    if (profile.budgetUsd === 0) return `No certification is free: every one ${goal ?? 'you could take now'} costs money.${cheapestWords}${unknownWords}`;
    return `None of the ${eligible.length} certifications you can take now ${goal ?? ''} is within your ${money(profile.budgetUsd)} budget.${cheapestWords}${unknownWords}`.replace(/ {2,}/g, ' ');
  }
  return `Those ${goal ?? ''} that you can take now and afford are above your level: ${listForPeople(inBudget.slice(0, 3).map((r) => r.certification.acronym))}. A foundation certification in the role, or a year in it, comes first.`.replace(/ {2,}/g, ' ');
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
  const items = all.slice(0, n).map(({ gap: _gap, goal: _goal, ...r }, i) => ({ rank: i + 1, ...r }));
  const fitCount = all.filter((r) => r.fits).length;
  const criteria = ['you can take it now'];
  if (profile.budgetUsd != null) criteria.push(`within your ${money(profile.budgetUsd)} budget`);
  const goal = goalWords(catalog, profile);
  if (goal) criteria.push(goal);
  criteria.push('at your level');
  let message: string;
  if (all.length === 0) message = 'You hold every certification in the catalog (or one above it): there is nothing left to recommend.';
  else if (fitCount === 0) {
    message = `Nothing fits everything you asked for (${criteria.join('; ')}). ${whyNothingFits(catalog, profile, all)} The closest options follow, each with what stands in the way.`;
  } else {
    const shown = Math.min(fitCount, items.length);
    message =
      `${fitCount} of ${all.length} certifications ${fitCount === 1 ? 'fits' : 'fit'} everything you asked for (${criteria.join('; ')})` +
      `${shown < items.length ? `; the rest of this list does not, and each says why` : ''}.`;
  }
  if (profile.notes.some((note) => note.code === 'EXPERIENCE_IMPLIED_BY_HELD' || note.code === 'LEVEL_WITHOUT_EXPERIENCE' || note.code === 'EXPERIENCE_WITHOUT_ROLE')) {
    message += ' Part of your profile needed reading: see the notes.';
  }
  return { items, fitCount, nothingFits: all.length > 0 && fitCount === 0, message, notes: profile.notes };
}

export function recommend(catalog: CatalogIndex, input: ProfileInput, first: number | null | undefined = 3): Recommendation[] {
  return recommendations(catalog, input, first).items;
}
