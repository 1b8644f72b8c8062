// The chain of certifications to a goal: its prerequisites and the provider's recommended
// predecessors (skipping what is held or planned), ordered so the level climbs; and the wishes
// that narrow the candidates (preferred providers, self-study, budget), each noted when it cannot hold.
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData } from '../data/types.js';
import { LEVEL_ORDER } from './catalog.js';
import { type Candidate, fits } from './path-cost.js';
import type { Profile, ProfileNote } from './profile.js';
import { heldLevelIn, withPrerequisites } from './profile-standing.js';
import { wishesBrokenBy } from './reasons.js';

import { compareText } from './text.js';
import { listForPeople } from './wording.js';

export const NOTHING_PLANNED: ReadonlySet<string> = new Set();

/**
 * The certifications to take before `goal` (required prerequisites and the provider's
 * recommended predecessors, transitively), then `goal`, in an order where every certification
 * comes after its predecessors. Skipped: what is held (with the prerequisites holding it proves)
 * and what is already `planned`; a recommended predecessor is skipped too when what is held
 * already covers it (its content, or a level at or above it in its role). A required one is
 * never skipped for being merely covered: ICE-AC requires ICP-ATF even of an ICP-ACC holder.
 */
export function chainTo(catalog: CatalogIndex, goal: CertificationData, planned: ReadonlySet<string>, profile: Profile): CertificationData[] {
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
    ].sort((a, b) => LEVEL_ORDER[a.cert.level] - LEVEL_ORDER[b.cert.level] || compareText(a.cert.slug, b.cert.slug));
    for (const b of before) visit(b.cert, b.required);
    order.push(cert);
  };
  visit(goal, true);
  return order;
}

/** The role the goal is about: target, else current, else the one the held certifications share. */
export function goalRole(catalog: CatalogIndex, profile: Profile): string | null {
  if (profile.targetRole) return profile.targetRole;
  if (profile.currentRole) return profile.currentRole;
  const roles = new Set(profile.held.map((s) => catalog.certificationBySlug.get(s)!.primaryRole));
  return roles.size === 1 ? [...roles][0]! : null;
}

/** The held certification whose track `goal` continues (CSM for CSP-SM), or null. */
export function heldTrackOf(catalog: CatalogIndex, profile: Profile, goal: CertificationData): CertificationData | null {
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
export function better(catalog: CatalogIndex, profile: Profile) {
  const budget = profile.budgetUsd;
  return (a: Candidate & { key: string; goal: CertificationData }, b: Candidate & { key: string; goal: CertificationData }) =>
    Number(heldTrackOf(catalog, profile, b.goal) !== null) - Number(heldTrackOf(catalog, profile, a.goal) !== null) ||
    Number(fits(b, budget)) - Number(fits(a, budget)) ||
    Number(b.complete) - Number(a.complete) ||
    a.total - b.total ||
    a.certs.length - b.certs.length ||
    compareText(a.key, b.key);
}

export function providerNames(catalog: CatalogIndex, slugs: readonly string[]): string {
  return listForPeople(slugs.map((s) => catalog.providerBySlug.get(s)!.name));
}

/** Certifications from the preferred providers when any of them offers one; all otherwise (with a note). */
export function preferred(
  catalog: CatalogIndex,
  profile: Profile,
  certs: readonly CertificationData[],
  what: string,
  notes: ProfileNote[],
): CertificationData[] {
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
export function keepingWishes(profile: Profile, certs: readonly CertificationData[], what: string, notes: ProfileNote[]): CertificationData[] {
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
