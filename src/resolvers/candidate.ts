// One certification as the recommend rules see it, for one person: the person's situation worked
// out once per request (what they hold, the role they come from, whether a preferred provider
// matters), and per certification what several rules and the ranking need (relevance to the goal
// and its grade, the wishes it breaks, eligibility, level, budget tier). Pure.
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData } from '../data/types.js';
import { LEVEL_ORDER } from './catalog.js';
import { type BudgetFit, budgetFitOf, priceFloorOfKind } from './facts.js';
import { coverage, type DepthMap, unionOf } from './overlap.js';
import type { Profile } from './profile.js';
import { experienceShortfall, heldLevelIn, levelReach, monthsIn } from './profile-standing.js';
import { type Relevance, relevanceOf, servesGoal } from './relevance.js';
import { listForPeople } from './wording.js';

/** Coverage by held certifications from which a certification counts as mostly known. */
export const ALREADY_COVERED_FROM = 0.8;

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
