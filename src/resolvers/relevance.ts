// Graded relevance: how much of what a person asked for (their target role and their interests)
// a certification covers, and how deeply. The grade (0..1) and its band lead the ranking among
// certifications a person can take (src/resolvers/recommend.ts); price decides only within a
// band. Whether a certification serves the goal at all (`servesGoal`) is the grade above zero.
// Pure.
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData } from '../data/types.js';
import type { DepthMap } from './overlap.js';
import type { Profile } from './profile.js';

/**
 * The share of a role's own topics (roleShare) a certification must cover to prepare for a
 * role it lists after its first one: PSK I lists Product Owner but covers none of the role's work.
 */
export const SERVES_ROLE_FROM = 0.25;

/** A certification built for the role (its first role) earns this much of the role's grade for the role alone; the rest is how much of the role's own topics it covers. */
export const BUILT_FOR_ROLE = 0.5;
/** A certification that also prepares for the role (listed after its first role) earns at most this share of the role's grade. */
export const ALSO_FOR_ROLE = 0.7;
/** With both a target role and interests: the role's share of the grade (the interests take the rest). */
export const ROLE_SHARE_OF_GRADE = 0.6;
/** With no target role and no interests every certification serves the goal, at least at this grade (the current role, when given, raises it). */
export const NO_GOAL_GRADE = 0.3;

/** The bands of relevance, strongest first: price decides only inside one. */
export type RelevanceBand = 'STRONG' | 'GOOD' | 'WEAK' | 'NONE';
/** Lowest grade of each band (NONE: not for the goal). */
export const BAND_FROM = { STRONG: 0.7, GOOD: 0.45, WEAK: Number.MIN_VALUE } as const;
export const BAND_ORDER: Record<RelevanceBand, number> = { STRONG: 3, GOOD: 2, WEAK: 1, NONE: 0 };

export interface Relevance {
  /** 0..1: how much of the goal it covers, and how deeply. */
  grade: number;
  band: RelevanceBand;
  /** 0..1: how much of the target role (or, with no target, the current role) it covers; null when no role is asked about. */
  role: number | null;
  /** 0..1: the mean depth (out of mastered) at which it covers each stated interest; null when none are stated. */
  interests: number | null;
}

/**
 * How much of a role's own topics a certification covers, 0..1: each topic counts in full when
 * practised (depth 2) or mastered, half when introduced. A foundation certification that
 * practises most of a role's topics prepares for it; mastery is what higher levels add. Null for
 * a role with no topics of its own (Agile Team Member): there is nothing to measure.
 */
export function roleShare(catalog: CatalogIndex, role: string, depths: DepthMap): number | null {
  const roleTopics = catalog.topicsByRole.get(role) ?? [];
  if (roleTopics.length === 0) return null;
  return roleTopics.reduce((sum, t) => sum + Math.min(2, depths.get(t.slug) ?? 0), 0) / (2 * roleTopics.length);
}

/** roleShare, with a role that has no topics of its own counted as fully covered (kept for API v1 callers). */
export function roleDepthShare(catalog: CatalogIndex, role: string, depths: DepthMap): number {
  return roleShare(catalog, role, depths) ?? 1;
}

/**
 * Whether a certification prepares for a role: its first role always does (the provider built it
 * for that role); a role it lists after that only when it teaches SERVES_ROLE_FROM of the role's
 * own topics or more, or the role has none of its own.
 */
export function servesRole(catalog: CatalogIndex, cert: CertificationData, role: string): boolean {
  if (cert.primaryRole === role) return true;
  if (!cert.roles.includes(role)) return false;
  const share = roleShare(catalog, role, catalog.depthsByCertification.get(cert.slug)!);
  return share === null || share >= SERVES_ROLE_FROM;
}

/** Whether a certification serves what the person asked for: the target role, else an interest; anything when neither. */
export function servesGoal(catalog: CatalogIndex, profile: Profile, cert: CertificationData): boolean {
  const depths = catalog.depthsByCertification.get(cert.slug)!;
  const interest = profile.interests.some((t) => depths.has(t));
  if (profile.targetRole) return servesRole(catalog, cert, profile.targetRole) || interest;
  if (profile.interests.length) return interest;
  return true;
}

/** How much of a role a certification covers, 0..1: built for it (BUILT_FOR_ROLE, plus its topics), also for it (at most ALSO_FOR_ROLE), or not. */
export function roleGrade(catalog: CatalogIndex, cert: CertificationData, role: string): number {
  if (cert.primaryRole !== role && !cert.roles.includes(role)) return 0;
  // The share once (servesRole's test, inlined): listed after its first role, it serves only from SERVES_ROLE_FROM.
  const share = roleShare(catalog, role, catalog.depthsByCertification.get(cert.slug)!);
  if (cert.primaryRole === role) return BUILT_FOR_ROLE + (1 - BUILT_FOR_ROLE) * (share ?? 1);
  return share !== null && share < SERVES_ROLE_FROM ? 0 : ALSO_FOR_ROLE * (share ?? 1);
}

/** The mean depth at which the stated interests are covered, mastered = 1. */
export function interestGrade(profile: Profile, depths: DepthMap): number {
  return profile.interests.reduce((sum, t) => sum + (depths.get(t) ?? 0) / 3, 0) / profile.interests.length;
}

export function bandOf(grade: number): RelevanceBand {
  if (grade >= BAND_FROM.STRONG) return 'STRONG';
  if (grade >= BAND_FROM.GOOD) return 'GOOD';
  if (grade > 0) return 'WEAK';
  return 'NONE';
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

/**
 * The graded relevance of a certification to a person's goal: the target role (ROLE_SHARE_OF_GRADE)
 * and the interests (the rest) when both are given, either alone otherwise; with neither, the
 * current role raises NO_GOAL_GRADE. Zero exactly when it does not serve the goal.
 */
export function relevanceOf(catalog: CatalogIndex, profile: Profile, cert: CertificationData): Relevance {
  const depths = catalog.depthsByCertification.get(cert.slug)!;
  const interests = profile.interests.length ? interestGrade(profile, depths) : null;
  let role: number | null = null;
  let grade: number;
  if (profile.targetRole) {
    role = roleGrade(catalog, cert, profile.targetRole);
    grade = interests === null ? role : ROLE_SHARE_OF_GRADE * role + (1 - ROLE_SHARE_OF_GRADE) * interests;
  } else if (interests !== null) {
    grade = interests;
  } else {
    role = profile.currentRole ? roleGrade(catalog, cert, profile.currentRole) : null;
    grade = Math.max(NO_GOAL_GRADE, role ?? 0);
  }
  return { grade: r3(grade), band: bandOf(grade), role: role === null ? null : r3(role), interests: interests === null ? null : r3(interests) };
}
