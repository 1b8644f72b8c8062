// Recommendations that explain themselves: an additive score built from reasons, each with a
// signed weight from one table (WEIGHTS, with the rules that earn each reason, in
// src/resolvers/reasons.ts), so that the weights of a recommendation's reasons add up to its
// score. Ranking puts what a person can act on first: eligible before ineligible, then what fits
// everything they asked for, then the score. Pure and deterministic (ties break by slug).
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData, TopicData } from '../data/types.js';
import { badInput } from './errors.js';
import { budgetFigure, budgetFigureWords, type BudgetFit } from './facts.js';
import type { DepthMap } from './overlap.js';
import { checkProfile, type Profile, type ProfileInput, type ProfileNote } from './profile.js';
import { candidateOf, MAX_RECOMMENDATIONS, type Reason, reasonsFor, roleName, type Situation, situationOf } from './reasons.js';
import { aRole, inSentence, listForPeople, money } from './wording.js';

export {
  ALREADY_COVERED_FROM,
  levelGap,
  MAX_RECOMMENDATIONS,
  OVER_BUDGET_SPAN_USD,
  type Reason,
  type ReasonCode,
  ROLE_DEPTH_FLOOR,
  roleDepthShare,
  WEIGHTS,
} from './reasons.js';

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

/** One certification scored: the rules' reasons (src/resolvers/reasons.ts), rounded, and what they add up to. */
function assess(catalog: CatalogIndex, s: Situation, cert: CertificationData): Scored {
  const c = candidateOf(catalog, s, cert);
  const goal = servesGoal(s.profile, cert, c.depths);
  const budgetOk = c.budgetFit === 'WITHIN_BUDGET' || c.budgetFit === 'NO_BUDGET';
  const { reasons, sum } = finalize(reasonsFor(c));
  return {
    certification: cert,
    score: r3(Math.min(1, Math.max(0, sum))),
    rawScore: r3(sum),
    reasons,
    newTopics: cert.topics.filter((t) => !s.heldDepths.has(t.topic)).map((t) => catalog.topicBySlug.get(t.topic)!),
    alreadyCovered: r3(c.covered),
    eligible: c.eligible,
    missingPrerequisites: c.missing,
    fits: c.eligible && budgetOk && goal && c.level.gap <= 0,
    budgetFit: c.budgetFit,
    gap: c.level.gap,
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
