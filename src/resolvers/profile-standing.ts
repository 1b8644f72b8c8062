// Where a person stands against a certification: what they hold (with what it implies and what
// lies below it), their months per role, the level within their reach in a role, and the
// experience they lack, in words. Recommendations and learning paths both read it here, so they agree.
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData } from '../data/types.js';
import { LEVEL_ORDER } from './catalog.js';
import { type Profile, roleName } from './profile.js';
import { numbered } from './text.js';
import { aRole, listForPeople } from './wording.js';

/** Months in a role from which a level of certification is within reach without a lower one (Scrum Alliance's "12-24 months"). */
export const LEVEL_MONTHS = { ADVANCED: 12, EXPERT: 24 } as const;

/** Certifications reached from `slugs` by following `next`, the start included. */
export function closure(catalog: CatalogIndex, slugs: Iterable<string>, next: (c: CertificationData) => string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...slugs];
  while (stack.length) {
    const slug = stack.pop()!;
    if (seen.has(slug)) continue;
    seen.add(slug);
    stack.push(...next(catalog.certificationBySlug.get(slug)!));
  }
  return seen;
}

/** Lower rungs of a certification's track (PSM I and II below PSM III). */
function lowerRungs(catalog: CatalogIndex, cert: CertificationData): string[] {
  if (cert.track === null || cert.trackOrder === null) return [];
  return catalog.certifications.filter((c) => c.track === cert.track && c.trackOrder !== null && c.trackOrder < cert.trackOrder!).map((c) => c.slug);
}

/** Held certifications with every prerequisite they imply. */
export function withPrerequisites(catalog: CatalogIndex, held: Iterable<string>): Set<string> {
  return closure(catalog, held, (c) => c.prerequisites);
}

/** Held certifications and everything below them. */
export function coveredBy(catalog: CatalogIndex, held: Iterable<string>): Set<string> {
  return closure(catalog, held, (c) => [...c.prerequisites, ...c.recommendedBefore, ...lowerRungs(catalog, c)]);
}

/** The most months the person has in any of `roles`. */
export function monthsIn(profile: Profile, roles: readonly string[]): number {
  return roles.reduce((best, role) => Math.max(best, profile.experience.get(role) ?? 0), 0);
}

/** The highest level held among certifications whose primary role is `role` (0 when none). */
export function heldLevelIn(catalog: CatalogIndex, profile: Profile, role: string): number {
  let best = 0;
  for (const slug of profile.heldWithPrerequisites) {
    const cert = catalog.certificationBySlug.get(slug)!;
    if (cert.primaryRole === role) best = Math.max(best, LEVEL_ORDER[cert.level]);
  }
  return best;
}

/**
 * The predecessors a provider recommends (does not require) before `cert` that the person should
 * still take: not covered by what they hold, and above the level they already hold in that
 * predecessor's role (an A-CSM holder need not take PSM I before PSM II). Recommendations caution
 * about these, and learning paths add them as steps: both read it here, so they agree.
 */
export function recommendedMissing(
  catalog: CatalogIndex,
  profile: Profile,
  cert: CertificationData,
  planned: ReadonlySet<string> = new Set(),
): CertificationData[] {
  return cert.recommendedBefore
    .map((slug) => catalog.certificationBySlug.get(slug)!)
    .filter((p) => !profile.covered.has(p.slug) && !planned.has(p.slug) && LEVEL_ORDER[p.level] > heldLevelIn(catalog, profile, p.primaryRole));
}

/** Recommended predecessors skipped because a certification held covers their level (said, never silent). */
export function recommendedCoveredByLevel(catalog: CatalogIndex, profile: Profile, cert: CertificationData): CertificationData[] {
  return cert.recommendedBefore
    .map((slug) => catalog.certificationBySlug.get(slug)!)
    .filter((p) => !profile.covered.has(p.slug) && LEVEL_ORDER[p.level] <= heldLevelIn(catalog, profile, p.primaryRole));
}

/**
 * The highest level within a person's reach in a role: where they already are (the highest level
 * they hold in it, at least foundation), raised by experience only. A year in the role reaches
 * advanced; two years, with a certification in the role, reach expert (Scrum Alliance's "12-24
 * months"). A certificate alone never stands in for the months: a PSM II holder with 6 months is
 * not within reach of PSM III.
 */
export function levelReach(heldLevel: number, months: number): number {
  let reach = Math.max(1, heldLevel);
  if (months >= LEVEL_MONTHS.ADVANCED) reach = Math.max(reach, 2);
  if (months >= LEVEL_MONTHS.EXPERT && heldLevel >= 1) reach = 3;
  return reach;
}

/** The experience requirement of a certification the person does not meet, or null. */
export function experienceShortfall(profile: Profile, cert: CertificationData): { needed: number; have: number } | null {
  const req = cert.experience;
  if (!req) return null;
  const have = monthsIn(profile, req.roles);
  return have >= req.months ? null : { needed: req.months, have };
}

/**
 * A shortfall in words: "12 months as a Product Owner within the past 5 years (you have 0; your
 * 24 months as a Scrum Master do not count toward it)".
 */
export function shortfallWords(catalog: CatalogIndex, profile: Profile, cert: CertificationData): string | null {
  const req = cert.experience;
  const short = experienceShortfall(profile, cert);
  if (!req || !short) return null;
  const anyRole = req.roles.length >= 3;
  const where = anyRole ? 'of agile project experience, in any role' : `as ${aRole(listForPeople(req.roles.map((r) => roleName(catalog, r))))}`;
  const within = req.withinYears ? ` within the past ${req.withinYears} years` : '';
  const other = [...profile.experience].filter(([role, months]) => months > 0 && !req.roles.includes(role));
  const why: string[] = [`you have ${short.have}`];
  if (other.length) {
    const list = listForPeople(other.map(([role, months]) => `${numbered(months, 'month')} as ${aRole(roleName(catalog, role))}`));
    why.push(`your ${list} ${other.length === 1 && other[0]![1] === 1 ? 'does' : 'do'} not count toward it`);
  }
  if (profile.unassignedMonths) why.push(`your ${numbered(profile.unassignedMonths, 'month')} have no role: set \`currentRole\` or \`experience\``);
  return `${numbered(req.months, 'month')} ${where}${within} (${why.join('; ')})`;
}
