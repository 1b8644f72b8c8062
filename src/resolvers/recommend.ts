// Recommendations that explain themselves: an additive score built from reasons, each with a
// signed weight from one table (WEIGHTS, with the rules that earn each reason, in
// src/resolvers/reasons.ts), so that the weights of a recommendation's reasons add up to its
// score. Ranking puts what a person can act on first, in tiers: eligible before ineligible, then
// what serves their goal (the target role or interests, from a preferred provider when they named
// any), then what they are ready for (level), then the budget (a verified price within it, then a
// price to confirm, then over it), then the score. Relevance outranks price uncertainty: an
// unknown price never sinks a certification for the goal below one that is not for it. A
// certification that does not fit says why in its first reason. Pure and deterministic (ties
// break by slug).
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData, TopicData } from '../data/types.js';
import { badInput } from './errors.js';
import { type BudgetFit, budgetFigure, budgetFigureWords } from './facts.js';
import type { Profile, ProfileInput, ProfileNote } from './profile.js';
import { checkProfile } from './profile-read.js';
import {
  candidateOf,
  MAX_RECOMMENDATIONS,
  providerNames,
  type Reason,
  type ReasonCode,
  type RuleReason,
  reasonsFor,
  roleName,
  type Situation,
  situationOf,
  type Wish,
} from './reasons.js';
import type { Relevance } from './relevance.js';
import { BAND_ORDER } from './relevance.js';
import { compareText, counted, verb } from './text.js';
import { aRole, inSentence, listForPeople, money } from './wording.js';

export {
  ALREADY_COVERED_FROM,
  levelGap,
  levelTakes,
  MAX_RECOMMENDATIONS,
  OVER_BUDGET_SPAN_USD,
  type Reason,
  type ReasonCode,
  ROLE_DEPTH_FLOOR,
  roleDepthShare,
  roleShare,
  SERVES_ROLE_FROM,
  servesGoal,
  servesRole,
  WEIGHTS,
} from './reasons.js';

import { memoized } from './memo.js';

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
  /** Eligible, within budget (or no budget), for the goal (from a preferred provider when one offers it), keeping the stated wishes, and at the person's level. */
  fits: boolean;
  budgetFit: BudgetFit;
  /** How much of the goal it covers, and how deeply: leads the ranking among what can be taken. */
  relevance: RecommendationRelevance;
}

/** Graded relevance as a recommendation carries it. */
export interface RecommendationRelevance extends Relevance {
  /** The stated wishes it does not keep (a course when studying alone, a renewal fee when avoiding them). */
  wishesBroken: Wish[];
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

interface Scored extends Omit<Recommendation, 'rank' | 'relevance'> {
  gap: number;
  /** Serves the goal and adds to what is held. */
  goal: boolean;
  /** 2: for the goal (from a preferred provider, when that matters); 1: for the goal, another provider; 0: not for the goal. */
  relevance: 0 | 1 | 2;
  /** The graded relevance (exposed as `Recommendation.relevance`). */
  graded: RecommendationRelevance;
  tier: 0 | 1 | 2;
}

/** One certification scored: the rules' reasons (src/resolvers/reasons.ts), what blocks first, and what they add up to. */
function assess(catalog: CatalogIndex, s: Situation, cert: CertificationData): Scored {
  const c = candidateOf(catalog, s, cert);
  const fits = c.eligible && c.relevance === 2 && c.tier === 0 && c.level.gap <= 0 && c.wishesBroken.length === 0;
  // What stands in the way comes first, in the order a person would look at it; only when it does not fit.
  const { reasons, sum, blocking } = finalize(reasonsFor(c), fits);
  return {
    certification: cert,
    score: r3(Math.min(1, Math.max(0, sum))),
    rawScore: r3(sum),
    reasons,
    blocking,
    newTopics: cert.topics.filter((t) => !s.heldDepths.has(t.topic)).map((t) => catalog.topicBySlug.get(t.topic)!),
    alreadyCovered: r3(c.covered),
    eligible: c.eligible,
    missingPrerequisites: c.missing,
    fits,
    budgetFit: c.budgetFit,
    gap: c.level.gap,
    goal: c.goal,
    relevance: c.relevance,
    graded: { ...c.graded, wishesBroken: c.wishesBroken },
    tier: c.tier,
  };
}

/** The order in which what stands in the way is said: the ranking's own tiers. */
const BLOCKING_ORDER: readonly ReasonCode[] = [
  'RENEWAL_REQUIRED',
  'COURSE_REQUIRED',
  'MISSING_PREREQUISITE',
  'NOT_FOR_GOAL',
  'ALREADY_COVERED',
  'OTHER_PROVIDER',
  'LEVEL_FIT',
  'OVER_BUDGET',
  'COST_UNKNOWN',
];

/**
 * Rounds the weights and orders the reasons: what blocks first (in BLOCKING_ORDER), then the rest
 * strongest first. The weights are the actual contributions (never scaled).
 */
function finalize(reasons: RuleReason[], fits: boolean): { reasons: Reason[]; sum: number; blocking: number } {
  const blocks = (r: RuleReason) => !fits && r.blocks;
  const key = (r: RuleReason) => (blocks(r) ? BLOCKING_ORDER.indexOf(r.code) : BLOCKING_ORDER.length);
  const sorted = [...reasons].sort((a, b) => key(a) - key(b) || Math.abs(b.weight) - Math.abs(a.weight) || compareText(a.code, b.code));
  const rounded = sorted.map(({ code, message, weight }) => ({ code, message, weight: r3(weight) }));
  return { reasons: rounded, sum: rounded.reduce((s, r) => s + r.weight, 0), blocking: sorted.filter(blocks).length };
}

/**
 * The ranking rule, in tiers: eligible first (unless nothing for the goal can be taken yet: then
 * the goal's certifications lead, each with what is missing, and the rest follow); then what
 * serves the goal (from a preferred provider when one offers it, then from another, then what is
 * not for the goal); then what keeps the stated wishes (self-study, no renewal); then what the
 * person is ready for (at their level: experience, not a certificate alone, reaches a higher
 * level); then what is not known to be over the budget; then the relevance band (STRONG, GOOD,
 * WEAK); then, inside a band, a verified current price within the budget before a price to
 * confirm; then the score; then the slug. An unknown price lowers confidence inside a band and
 * never sinks a strong match below a weak, priced one.
 */
export function ranking(goalOutOfReach: boolean) {
  return (a: Scored, b: Scored): number =>
    (goalOutOfReach ? b.relevance - a.relevance : 0) ||
    Number(b.eligible) - Number(a.eligible) ||
    b.relevance - a.relevance ||
    a.graded.wishesBroken.length - b.graded.wishesBroken.length ||
    Number(a.gap > 0) - Number(b.gap > 0) ||
    Number(a.tier === 2) - Number(b.tier === 2) ||
    BAND_ORDER[b.graded.band] - BAND_ORDER[a.graded.band] ||
    a.tier - b.tier ||
    b.rawScore - a.rawScore ||
    compareText(a.certification.slug, b.certification.slug);
}

/** The ranking when something for the goal can be taken now (kept for callers of v1). */
export const rank = ranking(false);

/** Nothing that serves the goal can be taken yet (while something does serve it): the goal's certifications then lead, as a way. */
export function goalOutOfReach(all: readonly Scored[]): boolean {
  return all.some((r) => r.relevance > 0) && !all.some((r) => r.relevance > 0 && r.eligible);
}

/** Scores every certification not held (nor below one held), best first. */
export function scoreAll(catalog: CatalogIndex, profile: Profile): Scored[] {
  const s = situationOf(catalog, profile);
  const all = catalog.certifications.filter((c) => !profile.covered.has(c.slug)).map((cert) => assess(catalog, s, cert));
  return all.sort(ranking(goalOutOfReach(all)));
}

// ---- What the list means ----

function goalWords(catalog: CatalogIndex, profile: Profile): string | null {
  if (profile.targetRole) return `for ${aRole(roleName(catalog, profile.targetRole))}`;
  if (profile.interests.length)
    return `covering ${profile.interests.length > 1 ? 'any of: ' : ''}${profile.interests.map((t) => inSentence(catalog.topicBySlug.get(t)!)).join('; ')}`;
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
    return `Every certification ${goal ?? ''}${from} needs something you do not have yet; ${first.certification.acronym}, for one, ${why}`.replace(
      / {2,}/g,
      ' ',
    );
  }
  const inBudget = eligible.filter((r) => r.tier === 0);
  if (inBudget.length === 0 && profile.budgetUsd != null) {
    const priced = eligible
      .filter((r) => budgetFigure(r.certification.price) !== null)
      .sort((a, b) => budgetFigure(a.certification.price)! - budgetFigure(b.certification.price)! || compareText(a.certification.slug, b.certification.slug));
    const cheapest = priced[0];
    const same = cheapest
      ? priced.filter((r) => budgetFigure(r.certification.price) === budgetFigure(cheapest.certification.price)).map((r) => r.certification.acronym)
      : [];
    const cheapestWords = cheapest
      ? ` The cheapest with a verified price ${same.length > 1 ? `are ${listForPeople(same)}:` : `is ${cheapest.certification.acronym}:`} ${budgetFigureWords(catalog, cheapest.certification.price)}.`
      : '';
    const toConfirm = eligible.filter((r) => r.tier === 1).map((r) => r.certification.acronym);
    const over = eligible.length - toConfirm.length;
    const n = eligible.length;
    if (profile.budgetUsd === 0) return `No certification is free: every one ${goal ?? 'you could take now'}${from} costs money.${cheapestWords}`;
    const parts: string[] = [];
    if (over) parts.push(`${over === n ? (n === 1 ? 'it is' : 'all are') : `${over} ${verb(over, 'is', 'are')}`} over it`);
    if (toConfirm.length) {
      parts.push(
        `${toConfirm.length === n ? (n === 1 ? 'it has' : `${n === 2 ? 'both' : 'all'} have`) : `${toConfirm.length} (${listForPeople(toConfirm.slice(0, 4))}${toConfirm.length > 4 ? ' and more' : ''}) ${toConfirm.length === 1 ? 'has' : 'have'}`} no price that can be confirmed to fit: ask for a quote, ${toConfirm.length === 1 ? 'it' : 'they'} may fit`,
      );
    }
    const subject = n === 1 ? 'The one certification' : `None of the ${counted(n, 'certification')}`;
    return `${subject} you can take now ${goal ?? ''}${from} ${n === 1 ? 'has no' : 'has a'} verified price within your ${money(profile.budgetUsd)} budget: ${parts.join('; ')}.${cheapestWords}`.replace(
      / {2,}/g,
      ' ',
    );
  }
  return `Those ${goal ?? ''}${from} that you can take now and afford are above your level: ${listForPeople(inBudget.slice(0, 3).map((r) => r.certification.acronym))}. They usually take more experience in the role first (a year for advanced level, two for expert).`.replace(
    / {2,}/g,
    ' ',
  );
}

/** How many of the first recommendations a stated wish keeps clear, when enough certifications for the goal keep it. */
export const TOP_FOR_WISHES = 3;

/**
 * A stated wish no certification for the goal can keep, said in one sentence: so that a course
 * or a renewal in the list is explained, not slipped in.
 */
function wishWords(all: readonly Scored[], profile: Profile): string | null {
  const forGoal = all.filter((r) => r.relevance > 0);
  if (!forGoal.length) return null;
  const keeps = (wish: Wish) => forGoal.some((r) => !r.graded.wishesBroken.includes(wish));
  const sentences: string[] = [];
  const only = (wish: Wish, what: string, others: string) => {
    const keepers = forGoal.filter((r) => !r.graded.wishesBroken.includes(wish)).map((r) => r.certification.acronym);
    if (keepers.length === 0 || keepers.length >= TOP_FOR_WISHES || forGoal.length <= keepers.length) return;
    sentences.push(`Only ${listForPeople(keepers)} ${what} among the certifications for your goal; the others ${others}, and say so first.`);
  };
  if (profile.selfStudy && !keeps('SELF_STUDY')) sentences.push('Every certification for your goal requires a course: none can be earned by self-study alone.');
  else if (profile.selfStudy) only('SELF_STUDY', 'can be earned by self-study', 'require a course');
  if (profile.avoidRenewal && !keeps('NO_RENEWAL'))
    sentences.push('Every certification for your goal must be renewed: none is free of renewal fees, so each card says its renewal first.');
  else if (profile.avoidRenewal) only('NO_RENEWAL', 'never needs renewing', 'must be renewed');
  return sentences.length ? sentences.join(' ') : null;
}

function checkFirst(first: number | null | undefined): number {
  const n = first ?? 3;
  if (!Number.isInteger(n) || n < 1 || n > MAX_RECOMMENDATIONS) {
    throw badInput(`\`first\` must be between 1 and ${MAX_RECOMMENDATIONS}; got ${n}.`, { argument: 'first', value: n, min: 1, max: MAX_RECOMMENDATIONS });
  }
  return n;
}

/** The ranked recommendations with what they mean: how many fit, and when none does, why. */
function recommendationsUncached(catalog: CatalogIndex, input: ProfileInput, first: number | null | undefined = 3): RecommendationSet {
  const n = checkFirst(first);
  const profile = checkProfile(catalog, input);
  const all = scoreAll(catalog, profile);
  const items = all.slice(0, n).map(({ gap: _gap, goal: _goal, relevance: _relevance, tier: _tier, graded, ...r }, i) => ({
    rank: i + 1,
    ...r,
    relevance: graded,
  }));
  const fitCount = all.filter((r) => r.fits).length;
  // "it" for one that fits, "them" for several; the nothing-fits sentence speaks of any.
  const criteria = [fitCount > 1 ? 'you can take them now' : 'you can take it now'];
  if (profile.budgetUsd != null) criteria.push(`within your ${money(profile.budgetUsd)} budget`);
  const goal = goalWords(catalog, profile);
  if (goal) criteria.push(goal);
  const notes = [...profile.notes];
  if (profile.providers.length) {
    if (all.some((r) => r.relevance === 2 && profile.providers.includes(r.certification.provider)))
      criteria.push(`from ${providerNames(catalog, profile.providers)}`);
    else {
      notes.push({
        code: 'PROVIDERS_NOT_OFFERED',
        message:
          `None of your preferred providers (${providerNames(catalog, profile.providers)}) offers a certification ${goal ?? ''} that you do not already hold; the list uses other providers.`.replace(
            / {2,}/g,
            ' ',
          ),
      });
    }
  }
  if (profile.selfStudy) criteria.push('by self-study');
  if (profile.avoidRenewal) criteria.push('with no renewal fees');
  criteria.push('at your level');
  const wishes = wishWords(all, profile);
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
  if (wishes) message += ` ${wishes}`;
  if (
    profile.notes.some(
      (note) => note.code === 'EXPERIENCE_IMPLIED_BY_HELD' || note.code === 'LEVEL_WITHOUT_EXPERIENCE' || note.code === 'EXPERIENCE_WITHOUT_ROLE',
    )
  ) {
    message += ' Part of your profile needed reading: see the notes.';
  }
  return { items, fitCount, nothingFits: all.length > 0 && fitCount === 0, message, notes };
}

export function recommend(catalog: CatalogIndex, input: ProfileInput, first: number | null | undefined = 3): Recommendation[] {
  return recommendations(catalog, input, first).items;
}

/** recommendations, memoized per isolate (src/resolvers/memo.ts): the same arguments give the same, frozen result. */
export const recommendations = memoized('recommendations', recommendationsUncached);
