// Learning paths: the ordered certifications that take a person from what they hold to a goal
// (their target role's highest level, then any interests it leaves uncovered; or their
// interests alone), respecting prerequisites and the providers' recommended order, experience,
// preferred providers and budget. A path is priced with each step's realistic figure; a step
// without one makes the total unknown, never $0.
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData, TopicData } from '../data/types.js';
import { LEVEL_ORDER } from './catalog.js';
import { budgetFigure, budgetFigureWords, describePrice, isStale, lowerBound, money, priceMarks, priceStatus, type BudgetFit } from './facts.js';
import { coverage, unionOf, type DepthMap } from './overlap.js';
import { checkProfile, heldLevelIn, LEVEL_MONTHS, monthsIn, shortfallWords, withPrerequisites, type Profile, type ProfileInput, type ProfileNote } from './profile.js';

const NOTHING_PLANNED: ReadonlySet<string> = new Set();
import { levelGap, scoreAll } from './recommend.js';
import { aRole, listForPeople, topicNames } from './text.js';

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

export interface PathCost {
  /** The whole path's realistic price; null when any step has no verified realistic figure. */
  totalUsd: number | null;
  /** The sum of the steps that have a realistic figure. */
  pricedSubtotalUsd: number;
  /** What the path costs at least: the priced steps plus the priced parts of incomplete prices. */
  atLeastUsd: number;
  complete: boolean;
  /** Steps whose price is unknown, unverified or leaves out a mandatory part. */
  unpriced: CertificationData[];
  /** The cost in words. */
  summary: string;
}

export interface LearningPath {
  goal: string;
  steps: LearningStep[];
  /** Sum of the priced steps (deprecated in the API: see `cost`). */
  totalCostUsd: number;
  /** True when every step has a realistic verified price. */
  costComplete: boolean;
  /** True only when every step is priced and the total fits the budget (or no budget was given). */
  withinBudget: boolean;
  budgetFit: BudgetFit;
  cost: PathCost;
  coverage: number;
  notes: ProfileNote[];
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** A candidate sequence of certifications (not yet held), prerequisites first. */
interface Candidate {
  certs: CertificationData[];
  /** Sum of the realistic figures of the priced steps. */
  total: number;
  /** Sum of what each step costs at least (0 for an unknown one). */
  atLeast: number;
  complete: boolean;
}

function priced(certs: readonly CertificationData[]): Candidate {
  return {
    certs: [...certs],
    total: certs.reduce((sum, c) => sum + (budgetFigure(c.price) ?? 0), 0),
    atLeast: certs.reduce((sum, c) => sum + (lowerBound(c.price) ?? 0), 0),
    complete: certs.every((c) => budgetFigure(c.price) !== null),
  };
}

/** A path fits only when every step is priced and the total is within the budget (or there is none). */
function fits(c: Candidate, budget: number | null): boolean {
  return c.complete && (budget === null || c.total <= budget);
}

function budgetFitOfPath(c: Candidate, budget: number | null): BudgetFit {
  if (budget === null) return 'NO_BUDGET';
  if (c.complete) return c.total <= budget ? 'WITHIN_BUDGET' : 'OVER_BUDGET';
  return c.atLeast > budget ? 'OVER_BUDGET' : 'PRICE_UNKNOWN';
}

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
  const done = (slug: string, required: boolean) =>
    held.has(slug) || planned.has(slug) || (!required && (profile.covered.has(slug) || belowHeld(slug)));
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

/** Ranks candidate paths: fitting the budget, fully priced, cheapest, shortest, then by name. */
function better(budget: number | null) {
  return (a: Candidate & { key: string }, b: Candidate & { key: string }) =>
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

interface Plan {
  goal: string;
  plan: Candidate;
  goalDepths: DepthMap;
}

function pathToRole(catalog: CatalogIndex, profile: Profile, role: string, notes: ProfileNote[]): Plan {
  const roleName = catalog.roleBySlug.get(role)!.name;
  const roleCerts = preferred(catalog, profile, catalog.certificationsByPrimaryRole.get(role) ?? [], `a ${roleName} certification`, notes);
  const top = Math.max(...roleCerts.map((c) => LEVEL_ORDER[c.level]));
  const goals = roleCerts.filter((c) => LEVEL_ORDER[c.level] === top);
  const scope = profile.providers.length && roleCerts.every((c) => profile.providers.includes(c.provider)) ? ` that ${providerNames(catalog, profile.providers)} offer${profile.providers.length === 1 ? 's' : ''}` : '';
  const achieved = goals.find((g) => profile.held.includes(g.slug) || profile.covered.has(g.slug));
  if (achieved) {
    return {
      goal: `${roleName} at the highest level${scope}: you already hold ${achieved.acronym}.`,
      plan: priced([]),
      goalDepths: catalog.depthsByCertification.get(achieved.slug)!,
    };
  }
  const candidates = goals
    .map((g) => ({ ...priced(chainTo(catalog, g, NOTHING_PLANNED, profile)), key: g.slug, goal: g }))
    .sort(better(profile.budgetUsd));
  const best = candidates[0]!;
  const level = best.goal.level.charAt(0) + best.goal.level.slice(1).toLowerCase();
  const others = goals.filter((g) => g !== best.goal).map((g) => g.acronym);
  const why = (c: (typeof candidates)[number]) => {
    const blockers: string[] = [];
    if (!c.complete) blockers.push('its prices are not all published');
    const short = c.certs.filter((x) => shortfallWords(catalog, profile, x) !== null).map((x) => x.acronym);
    if (short.length) blockers.push(`${listForPeople(short)} ${short.length === 1 ? 'needs' : 'need'} experience you do not have yet`);
    return blockers.length ? `: ${blockers.join('; ')}` : ': it costs more';
  };
  const alternatives = candidates.slice(1).map((c) => `${c.goal.acronym}${why(c)}`);
  const choice = !others.length
    ? '.'
    : best.complete
      ? `, the cheapest fully priced path. Not chosen: ${alternatives.join('. ')}.`
      : `: of the paths to ${listForPeople([best.goal.acronym, ...others])}, none has every price verified; this one has the lowest verified part.`;
  const highest: Plan = {
    goal: `${roleName} at the highest level${scope} (${level}): ${best.goal.acronym}${choice}`,
    plan: best,
    goalDepths: catalog.depthsByCertification.get(best.goal.slug)!,
  };
  if (profile.budgetUsd === null || fits(best, profile.budgetUsd)) return highest;
  return withinBudget(catalog, profile, roleName, roleCerts, `${best.goal.acronym}${why(best)}`) ?? highest;
}

const levelWord = (level: string) => level.charAt(0) + level.slice(1).toLowerCase();

/**
 * When the path to the role's highest level does not fit the budget: the path to the highest
 * level it does fit and that starts at the person's level, if any (a developer with $300 starts
 * with PSD I; the expert ladder is named as what lies beyond). Null when no level fits, or when
 * the person already holds the highest level the budget would reach.
 */
function withinBudget(catalog: CatalogIndex, profile: Profile, roleName: string, roleCerts: readonly CertificationData[], beyond: string): Plan | null {
  const levels = [...new Set(roleCerts.map((c) => LEVEL_ORDER[c.level]))].sort((a, b) => b - a).slice(1);
  for (const level of levels) {
    const goals = roleCerts.filter((c) => LEVEL_ORDER[c.level] === level);
    if (goals.some((g) => profile.held.includes(g.slug) || profile.covered.has(g.slug))) return null;
    // A path whose first step is above the person's level is no start (SPS is not where a new
    // Scrum Master with $250 begins, though it has no prerequisite).
    const best = goals
      .map((g) => ({ ...priced(chainTo(catalog, g, NOTHING_PLANNED, profile)), key: g.slug, goal: g }))
      .filter((c) => c.certs.length > 0 && levelGap(catalog, profile, c.certs[0]!).gap <= 0)
      .sort(better(profile.budgetUsd))[0];
    if (best && fits(best, profile.budgetUsd)) {
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
      const spent = priced(planned);
      const options = catalog.certifications
        .filter((c) => !skip.has(c.slug))
        .map((c) => {
          const chain = priced(chainTo(catalog, c, plannedSlugs, profile));
          // Interests gained, weighted by how deeply the chain covers each: mastering beats touching.
          const depths = unionOf(chain.certs.map((x) => catalog.depthsByCertification.get(x.slug)!));
          const gained = missing.reduce((sum, t) => sum + (depths.get(t) ?? 0), 0);
          return { chain, gained, key: c.slug, provider: c.provider };
        })
        .filter((o) => o.gained > 0 && (!affordableOnly || (o.chain.complete && spent.complete && spent.total + o.chain.total <= profile.budgetUsd!)));
      const mine = profile.providers.length ? options.filter((o) => profile.providers.includes(o.provider)) : options;
      const pool = mine.length ? mine : options;
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

function stepNote(catalog: CatalogIndex, cert: CertificationData, profile: Profile): string | null {
  const notes: string[] = [];
  const missing = cert.prerequisites.filter((p) => !profile.heldWithPrerequisites.has(p));
  const short = shortfallWords(catalog, profile, cert);
  if (short) notes.push(`Needs ${short}: gain it before this step.`);
  else if (missing.length === 0 && cert.experience) notes.push('Your experience meets its requirement.');
  const months = monthsIn(profile, [...cert.roles, ...(cert.experience?.roles ?? [])]);
  if (cert.level === 'EXPERT' && !cert.experience && months < LEVEL_MONTHS.EXPERT) {
    notes.push(`Expert level: usually taken with two years or more in the role (you have ${months} months as ${aRole(catalog.roleBySlug.get(cert.primaryRole)!.name)}).`);
  }
  const skipped = cert.recommendedBefore.filter((p) => !profile.covered.has(p) && LEVEL_ORDER[catalog.certificationBySlug.get(p)!.level] <= heldLevelIn(catalog, profile, catalog.certificationBySlug.get(p)!.primaryRole));
  if (skipped.length) {
    notes.push(`${listForPeople(skipped.map((p) => catalog.certificationBySlug.get(p)!.acronym))} ${skipped.length === 1 ? 'is' : 'are'} recommended first (not required); the certification you hold covers that level, so the path skips ${skipped.length === 1 ? 'it' : 'them'}.`);
  }
  const price = cert.price;
  switch (priceStatus(price)) {
    case 'UNKNOWN':
      notes.push(
        cert.requiresCourse
          ? 'No verified price: the course fee is set by each trainer or partner; ask before you plan.'
          : 'No verified price for this assessment: check the provider\'s page before you plan.',
      );
      break;
    case 'UNVERIFIED':
    case 'PARTIAL':
      notes.push(`${describePrice(catalog, price, cert.requiresCourse)}.`);
      break;
    case 'RANGE':
      notes.push(`Planned price: ${budgetFigureWords(catalog, price)}.`);
      break;
    case 'KNOWN':
      if (isStale(catalog, price.asOf)) notes.push(`Price: ${money(price.minUsd!)}${priceMarks(catalog, price)}; re-check it.`);
      break;
  }
  return notes.length ? notes.join(' ') : null;
}

function costSummary(c: Candidate): string {
  if (c.certs.length === 0) return 'Nothing to pay: no step left.';
  if (c.complete) return `${money(c.total)} in all, at each step's realistic price (typical, else the highest seen).`;
  const unpriced = c.certs.filter((x) => budgetFigure(x.price) === null).map((x) => x.acronym);
  return (
    `Unknown: ${listForPeople(unpriced)} ${unpriced.length === 1 ? 'has' : 'have'} no verified realistic price` +
    (c.atLeast > 0 ? `; the path costs at least ${money(c.atLeast)}.` : '.')
  );
}

export function learningPath(catalog: CatalogIndex, input: ProfileInput): LearningPath {
  const profile = checkProfile(catalog, input);
  const notes: ProfileNote[] = [...profile.notes];
  const role = profile.targetRole ?? (profile.interests.length ? null : goalRole(catalog, profile));

  let goal: string;
  let plan: Candidate;
  let goalDepths: DepthMap;
  if (role) {
    ({ goal, plan, goalDepths } = pathToRole(catalog, profile, role, notes));
    if (profile.interests.length) {
      // Interests the role path leaves uncovered extend it.
      const extended = coverInterests(catalog, profile, plan.certs, notes);
      const added = extended.length - plan.certs.length;
      const interestNames = topicNames(profile.interests.map((t) => catalog.topicBySlug.get(t)!), 10);
      goal += added > 0 ? ` Then your interests: ${interestNames}.` : ` It also covers your interests: ${interestNames}.`;
      plan = priced(extended);
      goalDepths = unionOf([goalDepths, new Map(profile.interests.map((t) => [t, 1]))]);
    }
  } else if (profile.interests.length) {
    goal = `Cover your interests: ${topicNames(profile.interests.map((t) => catalog.topicBySlug.get(t)!), 10)}.`;
    plan = priced(coverInterests(catalog, profile, [], notes));
    goalDepths = new Map(profile.interests.map((t) => [t, 1]));
  } else {
    // Nothing to aim at yet: the first certification a general newcomer is recommended.
    const first = scoreAll(catalog, profile)[0];
    if (!first) {
      goal = 'Nothing left: you hold every certification in the catalog, or one above it.';
      plan = priced([]);
      goalDepths = new Map();
    } else {
      goal = `A first certification: ${first.certification.acronym}, the top recommendation for your profile. Set a target role or interests for a longer path.`;
      plan = priced(chainTo(catalog, first.certification, NOTHING_PLANNED, profile));
      goalDepths = catalog.depthsByCertification.get(first.certification.slug)!;
    }
  }

  const known: DepthMap[] = [...profile.covered].map((s) => catalog.depthsByCertification.get(s)!);
  const seenTopics = new Set(known.flatMap((m) => [...m.keys()]));
  const steps = plan.certs.map((cert, i) => {
    const newTopics = cert.topics.filter((t) => !seenTopics.has(t.topic)).map((t) => catalog.topicBySlug.get(t.topic)!);
    for (const t of cert.topics) seenTopics.add(t.topic);
    known.push(catalog.depthsByCertification.get(cert.slug)!);
    return {
      order: i + 1,
      certification: cert,
      costUsd: budgetFigure(cert.price),
      newTopics,
      cumulativeCoverage: r3(coverage(unionOf(known), goalDepths)),
      note: stepNote(catalog, cert, profile),
    };
  });
  const unpriced = plan.certs.filter((c) => budgetFigure(c.price) === null);
  return {
    goal,
    steps,
    totalCostUsd: plan.total,
    costComplete: plan.complete,
    withinBudget: fits(plan, profile.budgetUsd),
    budgetFit: budgetFitOfPath(plan, profile.budgetUsd),
    cost: {
      totalUsd: plan.complete ? plan.total : null,
      pricedSubtotalUsd: plan.total,
      atLeastUsd: plan.atLeast,
      complete: plan.complete,
      unpriced,
      summary: costSummary(plan),
    },
    coverage: r3(coverage(unionOf(known), goalDepths)),
    notes,
  };
}
