// Learning paths: the ordered certifications that take a person from what they hold to a goal
// (their target role's highest level, then any interests it leaves uncovered; or their
// interests alone), respecting prerequisites and the providers' recommended order, experience,
// preferred providers and budget. A path is priced with each step's realistic figure; a step
// without one makes the total unknown, never $0.

import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData, TopicData } from '../data/types.js';
import { LEVEL_ORDER } from './catalog.js';
import { type BudgetFit, budgetFigure } from './facts.js';
import { memoized } from './memo.js';
import { coverage, type DepthMap, unionOf } from './overlap.js';
import { budgetFitOfPath, type Candidate, fits, type PathCost, pathCost, plausibleMinimum, priced } from './path-cost.js';
import { AGREE_WITHIN_TOP, agreement, experienceAhead, stepNote } from './path-notes.js';
import { checkProfile, heldLevelIn, type Profile, type ProfileInput, type ProfileNote, shortfallWords, withPrerequisites } from './profile.js';
import { wishesBrokenBy } from './reasons.js';

export { AGREE_WITHIN_TOP, type PathCost };

import { levelGap, scoreAll } from './recommend.js';
import { aRole, listForPeople, money, topicNames } from './wording.js';

const NOTHING_PLANNED: ReadonlySet<string> = new Set();

export interface LearningStep {
  order: number;
  certification: CertificationData;
  /** The step's realistic price (typical, else highest seen); null when unknown, unverified or incomplete. */
  costUsd: number | null;
  newTopics: TopicData[];
  cumulativeCoverage: number;
  /** What to know before this step: experience to gain, prices to check. */
  note: string | null;
}

export interface LearningPath {
  goal: string;
  steps: LearningStep[];
  /** Sum of the priced steps (deprecated in the API: see `cost`). */
  totalCostUsd: number;
  /** True when every step has a realistic verified price. */
  costComplete: boolean;
  /** True only when every step is priced (at figures no older than 3 years, when a budget is given) and the total fits the budget (or no budget was given). */
  withinBudget: boolean;
  budgetFit: BudgetFit;
  cost: PathCost;
  coverage: number;
  notes: ProfileNote[];
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The certifications to take before `goal` (required prerequisites and the provider's
 * recommended predecessors, transitively), then `goal`, in an order where every certification
 * comes after its predecessors. Skipped: what is held (with the prerequisites holding it proves)
 * and what is already `planned`; a recommended predecessor is skipped too when what is held
 * already covers it (its content, or a level at or above it in its role). A required one is
 * never skipped for being merely covered: ICE-AC requires ICP-ATF even of an ICP-ACC holder.
 */
function chainTo(catalog: CatalogIndex, goal: CertificationData, planned: ReadonlySet<string>, profile: Profile): CertificationData[] {
  const order: CertificationData[] = [];
  const seen = new Set<string>();
  const held = withPrerequisites(catalog, profile.held);
  // A recommended (not required) predecessor at or below a level the person already holds in its
  // role is skipped: an A-CSM holder need not take PSM I before PSM III.
  const belowHeld = (slug: string) => {
    const c = catalog.certificationBySlug.get(slug)!;
    return LEVEL_ORDER[c.level] <= heldLevelIn(catalog, profile, c.primaryRole);
  };
  const done = (slug: string, required: boolean) => held.has(slug) || planned.has(slug) || (!required && (profile.covered.has(slug) || belowHeld(slug)));
  const visit = (cert: CertificationData, required: boolean) => {
    if (seen.has(cert.slug) || done(cert.slug, required)) return;
    seen.add(cert.slug);
    const before = [
      ...cert.prerequisites.map((s) => ({ cert: catalog.certificationBySlug.get(s)!, required: true })),
      ...cert.recommendedBefore.map((s) => ({ cert: catalog.certificationBySlug.get(s)!, required: false })),
    ].sort((a, b) => LEVEL_ORDER[a.cert.level] - LEVEL_ORDER[b.cert.level] || a.cert.slug.localeCompare(b.cert.slug));
    for (const b of before) visit(b.cert, b.required);
    order.push(cert);
  };
  visit(goal, true);
  return order;
}

/** The role the goal is about: target, else current, else the one the held certifications share. */
function goalRole(catalog: CatalogIndex, profile: Profile): string | null {
  if (profile.targetRole) return profile.targetRole;
  if (profile.currentRole) return profile.currentRole;
  const roles = new Set(profile.held.map((s) => catalog.certificationBySlug.get(s)!.primaryRole));
  return roles.size === 1 ? [...roles][0]! : null;
}

/** The held certification whose track `goal` continues (CSM for CSP-SM), or null. */
function heldTrackOf(catalog: CatalogIndex, profile: Profile, goal: CertificationData): CertificationData | null {
  if (goal.track === null) return null;
  for (const slug of profile.heldWithPrerequisites) {
    const h = catalog.certificationBySlug.get(slug)!;
    if (h.track === goal.track && (h.trackOrder ?? 0) < (goal.trackOrder ?? 0)) return h;
  }
  return null;
}

/**
 * Ranks candidate paths: first one that continues a track the person holds (a CSM holder goes on
 * to A-CSM and CSP-SM, whatever is published about their prices: an unknown cost is said, never
 * a reason to switch tracks; naming other providers is how a person asks otherwise), then fitting
 * the budget, fully priced, cheapest, shortest, then by name.
 */
function better(catalog: CatalogIndex, profile: Profile) {
  const budget = profile.budgetUsd;
  return (a: Candidate & { key: string; goal: CertificationData }, b: Candidate & { key: string; goal: CertificationData }) =>
    Number(heldTrackOf(catalog, profile, b.goal) !== null) - Number(heldTrackOf(catalog, profile, a.goal) !== null) ||
    Number(fits(b, budget)) - Number(fits(a, budget)) ||
    Number(b.complete) - Number(a.complete) ||
    a.total - b.total ||
    a.certs.length - b.certs.length ||
    a.key.localeCompare(b.key);
}

function providerNames(catalog: CatalogIndex, slugs: readonly string[]): string {
  return listForPeople(slugs.map((s) => catalog.providerBySlug.get(s)!.name));
}

/** Certifications from the preferred providers when any of them offers one; all otherwise (with a note). */
function preferred(catalog: CatalogIndex, profile: Profile, certs: readonly CertificationData[], what: string, notes: ProfileNote[]): CertificationData[] {
  if (!profile.providers.length) return [...certs];
  const mine = certs.filter((c) => profile.providers.includes(c.provider));
  if (mine.length) return mine;
  if (certs.length) {
    notes.push({
      code: 'PROVIDERS_NOT_OFFERED',
      message: `None of your preferred providers (${providerNames(catalog, profile.providers)}) offers ${what}; the path uses other providers for it.`,
    });
  }
  return [...certs];
}

/**
 * Certifications that keep the stated wishes (self-study: no course; no renewal fees) when any of
 * them does; all otherwise, with a note saying which wish no certification for `what` keeps.
 */
function keepingWishes(profile: Profile, certs: readonly CertificationData[], what: string, notes: ProfileNote[]): CertificationData[] {
  let kept = [...certs];
  for (const wish of ['SELF_STUDY', 'NO_RENEWAL'] as const) {
    const keeps = kept.filter((c) => !wishesBrokenBy(profile, c).includes(wish));
    if (keeps.length) kept = keeps;
    else if (kept.length && (wish === 'SELF_STUDY' ? profile.selfStudy : profile.avoidRenewal)) {
      notes.push({
        code: 'WISH_NOT_KEPT',
        message:
          wish === 'SELF_STUDY'
            ? `Every ${what} requires a course: none can be earned by self-study alone, so the path includes one.`
            : `Every ${what} must be renewed: none is free of renewal fees, so the path includes one.`,
      });
    }
  }
  return kept;
}

/**
 * The plan's steps ordered so that the level never goes down: a step comes once its
 * predecessors in the plan are placed, lowest level first (then the plan's own order). A path
 * climbs: no expert certification followed by a foundation one.
 */
export function climbing(certs: readonly CertificationData[]): CertificationData[] {
  const left = [...certs];
  const placed: CertificationData[] = [];
  const inPlan = new Set(certs.map((c) => c.slug));
  while (left.length) {
    const ready = left.filter((c) => [...c.prerequisites, ...c.recommendedBefore].every((p) => !inPlan.has(p) || placed.some((x) => x.slug === p)));
    const pool = ready.length ? ready : left;
    const next = pool.reduce((best, c) => (LEVEL_ORDER[c.level] < LEVEL_ORDER[best.level] ? c : best));
    placed.push(next);
    left.splice(left.indexOf(next), 1);
  }
  return placed;
}

interface Plan {
  goal: string;
  plan: Candidate;
  goalDepths: DepthMap;
}

/** A candidate's steps and cost in words: "PSM II → PSM III, $750 in all". */
function chainWords(c: Candidate): string {
  const steps = c.certs.map((x) => x.acronym).join(' → ');
  return c.complete ? `${steps}, ${money(c.total)} in all` : `${steps}, price to confirm`;
}

type RoleCandidate = Candidate & { key: string; goal: CertificationData };

/** Why a path was not chosen (or gives way to a shorter one): its unpublished prices, the experience it needs, else its cost. */
function whyNotChosen(catalog: CatalogIndex, profile: Profile) {
  return (c: Candidate): string => {
    const blockers: string[] = [];
    if (!c.complete) blockers.push('its prices are not all published');
    const short = c.certs.filter((x) => shortfallWords(catalog, profile, x) !== null).map((x) => x.acronym);
    if (short.length) blockers.push(`${listForPeople(short)} ${short.length === 1 ? 'needs' : 'need'} experience you do not have yet`);
    return blockers.length ? `: ${blockers.join('; ')}` : ': it costs more';
  };
}

/** Why the best of the paths to the role's highest level was chosen, and what its prices leave to confirm. */
function choiceWords(catalog: CatalogIndex, candidates: readonly RoleCandidate[], track: CertificationData | null, why: (c: Candidate) => string): string {
  const best = candidates[0]!;
  const unpriced = best.certs.filter((x) => budgetFigure(x.price) === null).map((x) => x.acronym);
  const priceWords = unpriced.length
    ? ` Price to confirm: ${listForPeople(unpriced)} ${unpriced.length === 1 ? 'has' : 'have'} no published price; ask for quotes.`
    : '';
  if (candidates.length === 1) return '.';
  if (track) {
    const cheaper = candidates
      .slice(1)
      .filter((c) => c.complete)
      .sort((a, b) => a.total - b.total || a.key.localeCompare(b.key))[0];
    return (
      `, continuing the ${catalog.providerBySlug.get(track.provider)!.name} track of the ${track.acronym} you hold.${priceWords}` +
      (cheaper ? ` A fully priced alternative: ${chainWords(cheaper)}.` : '')
    );
  }
  if (best.complete) {
    return `, the cheapest fully priced path. Not chosen: ${candidates
      .slice(1)
      .map((c) => `${c.goal.acronym}${why(c)}`)
      .join('. ')}.`;
  }
  return `: of the paths to ${listForPeople(candidates.map((c) => c.goal.acronym))}, none has every price verified; this one has the lowest verified part.${priceWords}`;
}

/**
 * With the role's highest level already held: the best-ranked certification for the role still
 * open at that level (a PMP holder goes on to PMI-ACP), or null.
 */
function nextAtTop(catalog: CatalogIndex, profile: Profile, roleCerts: readonly CertificationData[]): CertificationData | null {
  const top = Math.max(...roleCerts.map((c) => LEVEL_ORDER[c.level]));
  const open = new Set(roleCerts.filter((c) => LEVEL_ORDER[c.level] === top && !profile.covered.has(c.slug)).map((c) => c.slug));
  return scoreAll(catalog, profile).find((r) => open.has(r.certification.slug) && r.eligible)?.certification ?? null;
}

function pathToRole(catalog: CatalogIndex, profile: Profile, role: string, notes: ProfileNote[]): Plan {
  const roleName = catalog.roleBySlug.get(role)!.name;
  const roleCerts = keepingWishes(
    profile,
    preferred(catalog, profile, catalog.certificationsByPrimaryRole.get(role) ?? [], `${aRole(roleName)} certification`, notes),
    `${roleName} certification${profile.providers.length ? ' from your preferred providers' : ''}`,
    notes,
  );
  const top = Math.max(...roleCerts.map((c) => LEVEL_ORDER[c.level]));
  const goals = roleCerts.filter((c) => LEVEL_ORDER[c.level] === top);
  const scope =
    profile.providers.length && roleCerts.every((c) => profile.providers.includes(c.provider))
      ? ` that ${providerNames(catalog, profile.providers)} offer${profile.providers.length === 1 ? 's' : ''}`
      : '';
  const highestWords = `the highest level in this catalog${scope}`;
  const achieved = goals.find((g) => profile.held.includes(g.slug) || profile.covered.has(g.slug));
  if (achieved) {
    const next = nextAtTop(catalog, profile, roleCerts);
    return {
      goal: `${roleName} at ${highestWords}: you already hold ${achieved.acronym}.${next ? ` Next at that level: ${next.acronym}, the top recommendation for your profile.` : ''}`,
      plan: priced(catalog, next ? chainTo(catalog, next, NOTHING_PLANNED, profile) : []),
      goalDepths: catalog.depthsByCertification.get((next ?? achieved).slug)!,
    };
  }
  const candidates = goals
    .map((g) => ({ ...priced(catalog, chainTo(catalog, g, NOTHING_PLANNED, profile)), key: g.slug, goal: g }))
    .sort(better(catalog, profile));
  const best = candidates[0]!;
  const level = best.goal.level.charAt(0) + best.goal.level.slice(1).toLowerCase();
  const why = whyNotChosen(catalog, profile);
  const track = heldTrackOf(catalog, profile, best.goal);
  const choice = choiceWords(catalog, candidates, track, why);
  const highest: Plan = {
    goal: `${roleName} at ${highestWords} (${level}): ${best.goal.acronym}${choice}`,
    plan: best,
    goalDepths: catalog.depthsByCertification.get(best.goal.slug)!,
  };
  // A path known to be over the budget gives way to a shorter one within it; so does one whose
  // prices are unpublished, unless it continues a track the person holds: then the unknown cost
  // is said (above), never a reason to switch tracks.
  const fit = budgetFitOfPath(best, profile.budgetUsd);
  if (fit === 'NO_BUDGET' || fit === 'WITHIN_BUDGET' || (fit === 'PRICE_UNKNOWN' && (track || plausibleMinimum(catalog, best) <= profile.budgetUsd!)))
    return highest;
  return withinBudget(catalog, profile, roleName, roleCerts, `${best.goal.acronym}${why(best)}`) ?? highest;
}

const levelWord = (level: string) => level.charAt(0) + level.slice(1).toLowerCase();

/**
 * When the path to the role's highest level is over the budget (or unpriced, off a held track): the path to the
 * highest level it does fit and that starts at the person's level, if any (a developer with $300
 * starts with PSD I; the expert ladder is named as what lies beyond), on a track the person holds
 * first. Null when no level fits, or when the person already holds the highest level the budget
 * would reach.
 */
function withinBudget(catalog: CatalogIndex, profile: Profile, roleName: string, roleCerts: readonly CertificationData[], beyond: string): Plan | null {
  const levels = [...new Set(roleCerts.map((c) => LEVEL_ORDER[c.level]))].sort((a, b) => b - a).slice(1);
  for (const level of levels) {
    const goals = roleCerts.filter((c) => LEVEL_ORDER[c.level] === level);
    if (goals.some((g) => profile.held.includes(g.slug) || profile.covered.has(g.slug))) return null;
    // A path whose first step is above the person's level is no start (SPS is not where a new
    // Scrum Master with $250 begins, though it has no prerequisite).
    const best = goals
      .map((g) => ({ ...priced(catalog, chainTo(catalog, g, NOTHING_PLANNED, profile)), key: g.slug, goal: g }))
      .filter((c) => c.certs.length > 0 && levelGap(catalog, profile, c.certs[0]!).gap <= 0)
      .sort(better(catalog, profile))
      .find((c) => fits(c, profile.budgetUsd));
    if (best) {
      return {
        goal: `${roleName} as far as your ${money(profile.budgetUsd!)} budget reaches (${levelWord(best.goal.level)}): ${best.goal.acronym}. Beyond it, the highest level: ${beyond}.`,
        plan: best,
        goalDepths: catalog.depthsByCertification.get(best.goal.slug)!,
      };
    }
  }
  return null;
}

/**
 * Greedy cover of the interests not yet covered by what is held and `start`: each round adds the
 * certification (with its predecessors) that covers the most uncovered interests (weighted by
 * depth), cheaper first on ties, from the preferred providers when they cover any. With a budget,
 * only affordable, fully priced additions count; if that cannot cover everything, the cheapest
 * cover is returned.
 */
function coverInterests(catalog: CatalogIndex, profile: Profile, start: readonly CertificationData[], notes: ProfileNote[]): CertificationData[] {
  const cover = (affordableOnly: boolean): CertificationData[] => {
    const planned: CertificationData[] = [...start];
    for (;;) {
      const have = unionOf([...profile.covered, ...planned.map((c) => c.slug)].map((s) => catalog.depthsByCertification.get(s)!));
      const missing = profile.interests.filter((t) => !have.has(t));
      if (missing.length === 0) break;
      const plannedSlugs = new Set(planned.map((c) => c.slug));
      const skip = new Set([...profile.covered, ...plannedSlugs]);
      const spent = priced(catalog, planned);
      const options = catalog.certifications
        .filter((c) => !skip.has(c.slug))
        .map((c) => {
          const chain = priced(catalog, chainTo(catalog, c, plannedSlugs, profile));
          // Interests gained, weighted by how deeply the chain covers each: mastering beats touching.
          const depths = unionOf(chain.certs.map((x) => catalog.depthsByCertification.get(x.slug)!));
          const gained = missing.reduce((sum, t) => sum + (depths.get(t) ?? 0), 0);
          return { chain, gained, key: c.slug, provider: c.provider };
        })
        .filter((o) => o.gained > 0 && (!affordableOnly || (o.chain.complete && spent.complete && spent.total + o.chain.total <= profile.budgetUsd!)));
      const wished = options.filter((o) => o.chain.certs.every((x) => wishesBrokenBy(profile, x).length === 0));
      const kept = wished.length ? wished : options;
      const mine = profile.providers.length ? kept.filter((o) => profile.providers.includes(o.provider)) : kept;
      const pool = mine.length ? mine : kept;
      pool.sort((a, b) =>
        affordableOnly
          ? b.gained - a.gained || a.chain.total - b.chain.total || a.chain.certs.length - b.chain.certs.length || a.key.localeCompare(b.key)
          : // Cheapest per interest gained; unpriced last.
            Number(b.chain.complete) - Number(a.chain.complete) ||
            a.chain.total / a.gained - b.chain.total / b.gained ||
            b.gained - a.gained ||
            a.key.localeCompare(b.key),
      );
      const pick = pool[0];
      if (!pick) break;
      if (profile.providers.length && !mine.length && !affordableOnly) {
        const names = missing.filter((t) => (catalog.depthsByCertification.get(pick.key)!.get(t) ?? 0) > 0);
        notes.push({
          code: 'PROVIDERS_NOT_OFFERED',
          message: `None of your preferred providers (${providerNames(catalog, profile.providers)}) covers ${topicNames(names.map((t) => catalog.topicBySlug.get(t)!))} beyond what is planned; the path uses other providers for it.`,
        });
      }
      planned.push(...pick.chain.certs);
    }
    return planned;
  };
  const covers = (certs: readonly CertificationData[]) => {
    const have = unionOf([...profile.covered, ...certs.map((c) => c.slug)].map((s) => catalog.depthsByCertification.get(s)!));
    return profile.interests.every((t) => have.has(t));
  };
  if (profile.budgetUsd !== null) {
    const affordable = cover(true);
    if (covers(affordable)) return affordable;
  }
  return cover(false);
}

const interestDepths = (profile: Profile): DepthMap => new Map(profile.interests.map((t) => [t, 1]));
const interestWords = (catalog: CatalogIndex, profile: Profile) =>
  topicNames(
    profile.interests.map((t) => catalog.topicBySlug.get(t)!),
    10,
  );

/** A role's path, extended by the interests it leaves uncovered. */
function aimAtRole(catalog: CatalogIndex, profile: Profile, role: string, notes: ProfileNote[]): Plan {
  const aim = pathToRole(catalog, profile, role, notes);
  if (!profile.interests.length) return aim;
  const extended = coverInterests(catalog, profile, aim.plan.certs, notes);
  const added = extended.length - aim.plan.certs.length;
  const interests = interestWords(catalog, profile);
  return {
    goal: aim.goal + (added > 0 ? ` Then your interests: ${interests}.` : ` It also covers your interests: ${interests}.`),
    plan: priced(catalog, extended),
    goalDepths: unionOf([aim.goalDepths, interestDepths(profile)]),
  };
}

/** Nothing to aim at yet: the first certification a general newcomer is recommended. */
function aimAtFirst(catalog: CatalogIndex, profile: Profile): Plan {
  const first = scoreAll(catalog, profile)[0];
  if (!first) return { goal: 'Nothing left: you hold every certification in the catalog, or one above it.', plan: priced(catalog, []), goalDepths: new Map() };
  return {
    goal: `A first certification: ${first.certification.acronym}, the top recommendation for your profile. Set a target role or interests for a longer path.`,
    plan: priced(catalog, chainTo(catalog, first.certification, NOTHING_PLANNED, profile)),
    goalDepths: catalog.depthsByCertification.get(first.certification.slug)!,
  };
}

function aimOf(catalog: CatalogIndex, profile: Profile, notes: ProfileNote[]): Plan {
  const role = profile.targetRole ?? (profile.interests.length ? null : goalRole(catalog, profile));
  if (role) return aimAtRole(catalog, profile, role, notes);
  if (!profile.interests.length) return aimAtFirst(catalog, profile);
  return {
    goal: `Cover your interests: ${interestWords(catalog, profile)}.`,
    plan: priced(catalog, coverInterests(catalog, profile, [], notes)),
    goalDepths: interestDepths(profile),
  };
}

/** The plan's steps, each with what it adds to what is held and the earlier steps; `known` grows with them. */
function stepsOf(catalog: CatalogIndex, profile: Profile, { plan, goalDepths }: Plan, known: DepthMap[]): LearningStep[] {
  const seenTopics = new Set(known.flatMap((m) => [...m.keys()]));
  return plan.certs.map((cert, i) => {
    const newTopics = cert.topics.filter((t) => !seenTopics.has(t.topic)).map((t) => catalog.topicBySlug.get(t.topic)!);
    for (const t of cert.topics) seenTopics.add(t.topic);
    known.push(catalog.depthsByCertification.get(cert.slug)!);
    return {
      order: i + 1,
      certification: cert,
      costUsd: budgetFigure(cert.price),
      newTopics,
      cumulativeCoverage: r3(coverage(unionOf(known), goalDepths)),
      note: stepNote(catalog, cert, profile, plan.certs.slice(0, i)),
    };
  });
}

function learningPathUncached(catalog: CatalogIndex, input: ProfileInput): LearningPath {
  const profile = checkProfile(catalog, input);
  const notes: ProfileNote[] = [...profile.notes];
  const aimed = aimOf(catalog, profile, notes);
  const aim = { ...aimed, plan: priced(catalog, climbing(aimed.plan.certs)) };
  const known: DepthMap[] = [...profile.covered].map((s) => catalog.depthsByCertification.get(s)!);
  const steps = stepsOf(catalog, profile, aim, known);
  const { plan, goalDepths } = aim;
  notes.push(...experienceAhead(catalog, profile, plan), ...agreement(catalog, profile, plan));
  return {
    goal: aim.goal,
    steps,
    totalCostUsd: plan.total,
    costComplete: plan.complete,
    withinBudget: fits(plan, profile.budgetUsd),
    budgetFit: budgetFitOfPath(plan, profile.budgetUsd),
    cost: pathCost(plan),
    coverage: r3(coverage(unionOf(known), goalDepths)),
    notes,
  };
}

/** learningPath, memoized per isolate (src/resolvers/memo.ts): the same arguments give the same, frozen result. */
export const learningPath = memoized('learningPath', learningPathUncached);
