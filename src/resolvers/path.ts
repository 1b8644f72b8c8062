// Learning paths: the ordered certifications that take a person from what they hold to a goal
// (their target role's highest level, then any interests it leaves uncovered; or their
// interests alone), respecting prerequisites and the providers' recommended order, experience,
// preferred providers and budget. A path is priced with each step's realistic figure; a step
// without one makes the total unknown, never $0.

import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData, TopicData } from '../data/types.js';
import { type BudgetFit, budgetFigure } from './facts.js';
import { memoized } from './memo.js';
import { coverage, type DepthMap, unionOf } from './overlap.js';
import { chainTo, climbing, goalRole, NOTHING_PLANNED } from './path-chain.js';
import { budgetFitOfPath, fits, type PathCost, pathCost, priced } from './path-cost.js';
import { coverInterests, interestDepths, interestWords } from './path-interests.js';
import { AGREE_WITHIN_TOP, agreement, experienceAhead, stepNote } from './path-notes.js';
import { type Plan, pathToRole } from './path-role.js';
import type { Profile, ProfileInput, ProfileNote } from './profile.js';
import { checkProfile } from './profile-read.js';
import { scoreAll } from './recommend.js';

export { AGREE_WITHIN_TOP, type PathCost };

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
