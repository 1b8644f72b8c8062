// Learning paths: the ordered certifications that take a person from what they hold to a goal
// (their target role's highest level, or covering all their interests), respecting
// prerequisites (and the providers' recommended order), experience and budget.
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData, TopicData } from '../data/types.js';
import { LEVEL_ORDER } from './catalog.js';
import { money } from './differences.js';
import { listForPeople, topicNames } from './text.js';
import { coverage, unionOf, type DepthMap } from './overlap.js';
import { checkProfile, type Profile, type ProfileInput } from './profile.js';
import { scoreAll } from './recommend.js';

export interface LearningStep {
  order: number;
  certification: CertificationData;
  costUsd: number | null;
  newTopics: TopicData[];
  cumulativeCoverage: number;
  /** What to know before this step: experience to gain, prices to check. */
  note: string | null;
}

export interface LearningPath {
  goal: string;
  steps: LearningStep[];
  /** Sum of the priced steps. */
  totalCostUsd: number;
  /** True when every step has a verified price. */
  costComplete: boolean;
  withinBudget: boolean;
  coverage: number;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/** A candidate sequence of certifications (not yet held), prerequisites first. */
interface Candidate {
  certs: CertificationData[];
  total: number;
  complete: boolean;
}

function priced(certs: readonly CertificationData[]): Candidate {
  return {
    certs: [...certs],
    total: certs.reduce((sum, c) => sum + (c.cost?.amountUsd ?? 0), 0),
    complete: certs.every((c) => c.cost !== null),
  };
}

function fits(c: Candidate, budget: number | null): boolean {
  return budget === null || (c.complete && c.total <= budget);
}

/**
 * The certifications to take before `goal` (required prerequisites and the provider's
 * recommended predecessors, transitively), then `goal`, skipping what is held or already
 * planned; ordered so every certification comes after its predecessors.
 */
function chainTo(catalog: CatalogIndex, goal: CertificationData, skip: ReadonlySet<string>): CertificationData[] {
  const order: CertificationData[] = [];
  const seen = new Set<string>();
  const visit = (cert: CertificationData) => {
    if (seen.has(cert.slug) || skip.has(cert.slug)) return;
    seen.add(cert.slug);
    const before = [...cert.prerequisites, ...cert.recommendedBefore]
      .map((s) => catalog.certificationBySlug.get(s)!)
      .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.slug.localeCompare(b.slug));
    for (const b of before) visit(b);
    order.push(cert);
  };
  visit(goal);
  return order;
}

/** The role the goal is about: target, else current, else the one the held certifications share. */
function goalRole(profile: Profile, held: readonly CertificationData[]): string | null {
  if (profile.targetRole) return profile.targetRole;
  if (profile.currentRole) return profile.currentRole;
  const roles = new Set(held.map((c) => c.primaryRole));
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

function pathToRole(catalog: CatalogIndex, profile: Profile, role: string): { goal: string; plan: Candidate; goalDepths: DepthMap } {
  const roleCerts = catalog.certificationsByPrimaryRole.get(role) ?? [];
  const top = Math.max(...roleCerts.map((c) => LEVEL_ORDER[c.level]));
  const goals = roleCerts.filter((c) => LEVEL_ORDER[c.level] === top);
  const held = new Set(profile.held);
  const roleName = catalog.roleBySlug.get(role)!.name;
  const achieved = goals.find((g) => held.has(g.slug));
  if (achieved) {
    return {
      goal: `${roleName} at its highest level: you already hold ${achieved.acronym}.`,
      plan: priced([]),
      goalDepths: catalog.depthsByCertification.get(achieved.slug)!,
    };
  }
  const candidates = goals
    .map((g) => ({ ...priced(chainTo(catalog, g, held)), key: g.slug, goal: g }))
    .sort(better(profile.budgetUsd));
  const best = candidates[0]!;
  const level = best.goal.level.charAt(0) + best.goal.level.slice(1).toLowerCase();
  const others = goals.filter((g) => g !== best.goal).map((g) => g.acronym);
  const choice = !others.length
    ? '.'
    : best.complete
      ? `, the cheapest path of those to ${listForPeople([best.goal.acronym, ...others])}.`
      : `: of the paths to ${listForPeople([best.goal.acronym, ...others])}, none has every price verified; this one has the lowest verified total.`;
  return {
    goal: `${roleName} at its highest level (${level}): ${best.goal.acronym}${choice}`,
    plan: best,
    goalDepths: catalog.depthsByCertification.get(best.goal.slug)!,
  };
}

/**
 * Greedy cover of the interests: each round adds the certification (with its predecessors)
 * that covers the most uncovered interests, cheaper first on ties. With a budget, only
 * affordable additions count; if that cannot cover everything, the cheapest cover is returned.
 */
function pathToInterests(catalog: CatalogIndex, profile: Profile): { goal: string; plan: Candidate; goalDepths: DepthMap } {
  const goalDepths = new Map(profile.interests.map((t) => [t, 1]));
  const goal = `Cover your interests: ${topicNames(profile.interests.map((t) => catalog.topicBySlug.get(t)!), 10)}.`;
  const cover = (affordableOnly: boolean): Candidate => {
    const held = new Set(profile.held);
    const planned: CertificationData[] = [];
    const known = () => unionOf([...held, ...planned.map((c) => c.slug)].map((s) => catalog.depthsByCertification.get(s)!));
    for (;;) {
      const have = known();
      const missing = profile.interests.filter((t) => !have.has(t));
      if (missing.length === 0) break;
      const skip = new Set([...held, ...planned.map((c) => c.slug)]);
      const spent = priced(planned).total;
      const options = catalog.certifications
        .filter((c) => !skip.has(c.slug))
        .map((c) => {
          const chain = priced(chainTo(catalog, c, skip));
          // Interests gained, weighted by how deeply the chain covers each: mastering beats touching.
          const depths = unionOf(chain.certs.map((x) => catalog.depthsByCertification.get(x.slug)!));
          const gained = missing.reduce((sum, t) => sum + (depths.get(t) ?? 0), 0);
          return { chain, gained, key: c.slug };
        })
        .filter((o) => o.gained > 0 && (!affordableOnly || (o.chain.complete && spent + o.chain.total <= profile.budgetUsd!)))
        .sort((a, b) =>
          affordableOnly
            ? b.gained - a.gained || a.chain.total - b.chain.total || a.chain.certs.length - b.chain.certs.length || a.key.localeCompare(b.key)
            : // Cheapest per interest gained; unpriced last.
              Number(b.chain.complete) - Number(a.chain.complete) ||
              a.chain.total / a.gained - b.chain.total / b.gained ||
              b.gained - a.gained ||
              a.key.localeCompare(b.key),
        );
      const pick = options[0];
      if (!pick) break;
      planned.push(...pick.chain.certs);
    }
    return priced(planned);
  };
  if (profile.budgetUsd !== null) {
    const affordable = cover(true);
    const have = unionOf([...profile.held, ...affordable.certs.map((c) => c.slug)].map((s) => catalog.depthsByCertification.get(s)!));
    if (profile.interests.every((t) => have.has(t))) return { goal, plan: affordable, goalDepths };
  }
  return { goal, plan: cover(false), goalDepths };
}

function stepNote(catalog: CatalogIndex, cert: CertificationData, profile: Profile): string | null {
  const notes: string[] = [];
  if (cert.experienceMonths != null && profile.experienceMonths < cert.experienceMonths) {
    const role = catalog.roleBySlug.get(cert.primaryRole)!.name;
    notes.push(
      `Needs ${cert.experienceMonths} months of experience as a ${role} (${profile.experienceStated ? `you have ${profile.experienceMonths}` : 'none stated'}): gain it before this step.`,
    );
  }
  if (!cert.cost) notes.push('No verified price: the fee is set by each trainer or partner; check it before you plan.');
  else if (cert.cost.maxAmountUsd != null && cert.cost.maxAmountUsd > cert.cost.amountUsd) {
    notes.push(`Prices range from ${money(cert.cost.amountUsd)} to ${money(cert.cost.maxAmountUsd)}.`);
  }
  return notes.length ? notes.join(' ') : null;
}

export function learningPath(catalog: CatalogIndex, input: ProfileInput): LearningPath {
  const profile = checkProfile(catalog, input);
  const heldCerts = profile.held.map((s) => catalog.certificationBySlug.get(s)!);
  const role = profile.targetRole ?? (profile.interests.length ? null : goalRole(profile, heldCerts));

  let goal: string;
  let plan: Candidate;
  let goalDepths: DepthMap;
  if (role) ({ goal, plan, goalDepths } = pathToRole(catalog, profile, role));
  else if (profile.interests.length) ({ goal, plan, goalDepths } = pathToInterests(catalog, profile));
  else {
    // Nothing to aim at yet: the first certification a general newcomer is recommended.
    const first = scoreAll(catalog, profile)[0]!.certification;
    goal = `A first certification: ${first.acronym}, the top recommendation for a general newcomer. Set a target role or interests for a longer path.`;
    plan = priced(chainTo(catalog, first, new Set(profile.held)));
    goalDepths = catalog.depthsByCertification.get(first.slug)!;
  }

  const known: DepthMap[] = heldCerts.map((c) => catalog.depthsByCertification.get(c.slug)!);
  const seenTopics = new Set(known.flatMap((m) => [...m.keys()]));
  const steps = plan.certs.map((cert, i) => {
    const newTopics = cert.topics.filter((t) => !seenTopics.has(t.topic)).map((t) => catalog.topicBySlug.get(t.topic)!);
    for (const t of cert.topics) seenTopics.add(t.topic);
    known.push(catalog.depthsByCertification.get(cert.slug)!);
    return {
      order: i + 1,
      certification: cert,
      costUsd: cert.cost?.amountUsd ?? null,
      newTopics,
      cumulativeCoverage: r3(coverage(unionOf(known), goalDepths)),
      note: stepNote(catalog, cert, profile),
    };
  });
  return {
    goal,
    steps,
    totalCostUsd: plan.total,
    costComplete: plan.complete,
    withinBudget: fits(plan, profile.budgetUsd),
    coverage: r3(coverage(unionOf(known), goalDepths)),
  };
}
