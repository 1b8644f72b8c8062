// Recommendations that explain themselves: an additive score built from reasons, each with a
// signed weight, so that the weights of a recommendation's reasons add up to its score.
// Pure and deterministic: the same profile always gives the same answer (ties break by slug).
import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData, TopicData } from '../data/types.js';
import { latestHolderCount } from './catalog.js';
import { money } from './differences.js';
import { badInput } from './errors.js';
import { inSentence, listForPeople } from './text.js';
import { coverage, unionOf, type DepthMap } from './overlap.js';
import { checkProfile, type Profile, type ProfileInput } from './profile.js';

export type ReasonCode =
  | 'ROLE_MATCH'
  | 'CROSS_ROLE'
  | 'INTEREST_MATCH'
  | 'NEW_CONTENT'
  | 'ALREADY_COVERED'
  | 'BUILDS_ON_HELD'
  | 'MISSING_PREREQUISITE'
  | 'WITHIN_BUDGET'
  | 'OVER_BUDGET'
  | 'COST_UNKNOWN'
  | 'NO_RENEWAL'
  | 'RENEWAL_REQUIRED'
  | 'SELF_STUDY'
  | 'COURSE_REQUIRED'
  | 'PREFERRED_PROVIDER'
  | 'WIDELY_HELD'
  | 'LEVEL_FIT';

/**
 * The weights, in one table. The positive maxima add up to at most 1 (LEVEL_FIT's bonus applies
 * only to someone holding nothing, BUILDS_ON_HELD only to someone holding something, so at most
 * 0.98 can be earned), which keeps the score within 0..1 without clamping.
 */
export const WEIGHTS = {
  // Fit with where the person wants to go matters most: a certification for the target role.
  // Each ROLE_MATCH weight is scaled by ROLE_DEPTH_FLOOR + (1 - floor) x the share of the role's
  // own topics the certification covers (depth-weighted), so one built around the role outranks
  // one that only touches it.
  ROLE_MATCH_PRIMARY: 0.25,
  // It also prepares for the target role, but another role first.
  ROLE_MATCH_SECONDARY: 0.12,
  // No target stated: deepening the current role is the natural reading.
  ROLE_MATCH_CURRENT: 0.15,
  ROLE_MATCH_CURRENT_SECONDARY: 0.08,
  // The articles' advice: a Scrum Master who wants to experience the Product Owner side (and
  // vice versa) gains most from the other role's certification.
  CROSS_ROLE: 0.1,
  // Interests: scaled by how deeply the certification covers each stated interest.
  INTEREST_MATCH: 0.2,
  // Scaled by the share of content the held certifications do not cover yet.
  NEW_CONTENT: 0.1,
  // Mostly known already (coverage >= ALREADY_COVERED_FROM): scaled by that coverage.
  ALREADY_COVERED: -0.2,
  // The next rung of a held track, or a certification that lists a held one as prerequisite.
  BUILDS_ON_HELD: 0.15,
  // A hard prerequisite or required experience missing: not yet attainable.
  MISSING_PREREQUISITE: -0.25,
  // A provider's recommended predecessor not held: attainable, but usually taken later.
  MISSING_RECOMMENDED: -0.08,
  WITHIN_BUDGET: 0.03,
  OVER_BUDGET: -0.15,
  // A budget was given but the price is not verified (trainer-set course fees): it may not fit.
  COST_UNKNOWN: -0.08,
  NO_RENEWAL: 0.03,
  RENEWAL_REQUIRED: -0.05,
  SELF_STUDY: 0.03,
  COURSE_REQUIRED: -0.05,
  PREFERRED_PROVIDER: 0.05,
  // Recognition: log-scaled holder count, full weight at a million holders.
  WIDELY_HELD: 0.04,
  // For someone holding nothing: foundation level is the right start, higher levels are not.
  LEVEL_FIT_FOUNDATION: 0.05,
  LEVEL_FIT_HIGHER: -0.05,
} as const;

/** The part of a ROLE_MATCH weight earned for the role alone, before how deeply it covers the role's topics. */
export const ROLE_DEPTH_FLOOR = 0.6;
/** Coverage by held certifications from which a certification counts as mostly known. */
export const ALREADY_COVERED_FROM = 0.8;
/** Holder counts below this are not a sign of wide recognition. */
export const WIDELY_HELD_MIN = 1000;
export const MAX_RECOMMENDATIONS = 10;

/** The role pairs the articles describe moving between. */
const CROSS_ROLES: Record<string, string> = { 'scrum-master': 'product-owner', 'product-owner': 'scrum-master' };

export interface Reason {
  code: ReasonCode;
  message: string;
  /** Signed contribution to the score, rounded to 3 decimals. */
  weight: number;
}

export interface Recommendation {
  rank: number;
  certification: CertificationData;
  score: number;
  reasons: Reason[];
  newTopics: TopicData[];
  alreadyCovered: number;
  eligible: boolean;
  missingPrerequisites: CertificationData[];
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const pct = (x: number) => `${Math.round(x * 100)}%`;
const DEPTH_WORDS = ['', 'introduced', 'practised', 'mastered'];

/** What the scoring needs about the person, derived once per request. */
interface Situation {
  profile: Profile;
  heldCerts: CertificationData[];
  heldDepths: DepthMap;
  /** The role the person is moving from, for CROSS_ROLE: stated, or the one their certifications share. */
  fromRole: string | null;
  /** Certifications that build on a held one. */
  buildsOn: Map<string, CertificationData>;
}

function situationOf(catalog: CatalogIndex, profile: Profile): Situation {
  const heldCerts = profile.held.map((s) => catalog.certificationBySlug.get(s)!);
  const heldRoles = new Set(heldCerts.map((c) => c.primaryRole));
  const buildsOn = new Map<string, CertificationData>();
  for (const h of heldCerts) for (const next of catalog.nextSteps.get(h.slug) ?? []) if (!buildsOn.has(next.slug)) buildsOn.set(next.slug, h);
  return {
    profile,
    heldCerts,
    heldDepths: unionOf(heldCerts.map((c) => catalog.depthsByCertification.get(c.slug)!)),
    fromRole: profile.currentRole ?? (heldRoles.size === 1 ? [...heldRoles][0]! : null),
    buildsOn,
  };
}

function roleName(catalog: CatalogIndex, slug: string): string {
  return catalog.roleBySlug.get(slug)!.name;
}

/** Depth-weighted share of a role's specific topics that a certification covers, 0..1. */
export function roleDepthShare(catalog: CatalogIndex, role: string, depths: DepthMap): number {
  const roleTopics = catalog.topicsByRole.get(role) ?? [];
  if (roleTopics.length === 0) return 1;
  return roleTopics.reduce((sum, t) => sum + (depths.get(t.slug) ?? 0), 0) / (3 * roleTopics.length);
}

/** The reasons for one certification, before rounding. */
function reasonsFor(catalog: CatalogIndex, s: Situation, cert: CertificationData): { reasons: Reason[]; missing: CertificationData[]; eligible: boolean; covered: number } {
  const { profile } = s;
  const reasons: Reason[] = [];
  const add = (code: ReasonCode, weight: number, message: string) => reasons.push({ code, weight, message });
  const depths = catalog.depthsByCertification.get(cert.slug)!;

  // Role fit, scaled by how deeply it covers the role's own topics.
  const roleFit = (role: string, weight: number, why: string) => {
    const share = roleDepthShare(catalog, role, depths);
    add('ROLE_MATCH', weight * (ROLE_DEPTH_FLOOR + (1 - ROLE_DEPTH_FLOOR) * share), `${why} It covers ${pct(share)} of that role's topics (weighted by depth).`);
  };
  if (profile.targetRole) {
    const target = roleName(catalog, profile.targetRole);
    if (cert.primaryRole === profile.targetRole) roleFit(profile.targetRole, WEIGHTS.ROLE_MATCH_PRIMARY, `Prepares for ${target}, your target role.`);
    else if (cert.roles.includes(profile.targetRole)) {
      roleFit(profile.targetRole, WEIGHTS.ROLE_MATCH_SECONDARY, `Also prepares for ${target}, your target role (its first role is ${roleName(catalog, cert.primaryRole)}).`);
    }
  } else if (profile.currentRole) {
    const current = roleName(catalog, profile.currentRole);
    if (cert.primaryRole === profile.currentRole) roleFit(profile.currentRole, WEIGHTS.ROLE_MATCH_CURRENT, `Deepens your current role, ${current}.`);
    else if (cert.roles.includes(profile.currentRole)) roleFit(profile.currentRole, WEIGHTS.ROLE_MATCH_CURRENT_SECONDARY, `Also relevant to your current role, ${current}.`);
  }

  // The other side of the Scrum Master / Product Owner pair.
  const other = s.fromRole ? CROSS_ROLES[s.fromRole] : undefined;
  if (other && cert.primaryRole === other && (profile.targetRole == null || profile.targetRole === other)) {
    add(
      'CROSS_ROLE',
      WEIGHTS.CROSS_ROLE,
      `The ${roleName(catalog, other)} side for a ${roleName(catalog, s.fromRole!)}: the articles suggest experiencing the other role to understand the whole Scrum Team.`,
    );
  }

  // Interests.
  if (profile.interests.length) {
    const hits = profile.interests.filter((t) => depths.has(t));
    if (hits.length) {
      const depthShare = hits.reduce((sum, t) => sum + depths.get(t)! / 3, 0) / profile.interests.length;
      const described = hits.map((t) => `${inSentence(catalog.topicBySlug.get(t)!)} (${DEPTH_WORDS[depths.get(t)!]})`);
      add('INTEREST_MATCH', WEIGHTS.INTEREST_MATCH * depthShare, `Covers ${hits.length} of your ${profile.interests.length} interests: ${described.join('; ')}.`);
    }
  }

  // New content versus what is held. The next rung of a held track covers the same ground deeper
  // by design, so it is never "already covered": what it adds is the depth not reached yet.
  const base = s.buildsOn.get(cert.slug);
  const covered = s.heldCerts.length ? coverage(s.heldDepths, depths) : 0;
  if (s.heldCerts.length) {
    const fresh = [...depths.keys()].filter((t) => !s.heldDepths.has(t)).length;
    if (covered >= ALREADY_COVERED_FROM && !base) {
      add('ALREADY_COVERED', WEIGHTS.ALREADY_COVERED * covered, `Your certifications already cover ${pct(covered)} of its content.`);
    } else if (covered < 1) {
      const what = fresh > 0 ? `including ${fresh} topic${fresh === 1 ? '' : 's'} you have not covered` : 'in depth on topics you already know';
      add('NEW_CONTENT', WEIGHTS.NEW_CONTENT * (1 - covered), `${pct(1 - covered)} of its content is new to you, ${what}.`);
    }
  }

  if (base) add('BUILDS_ON_HELD', WEIGHTS.BUILDS_ON_HELD, `Builds on ${base.acronym}, which you hold.`);

  // Eligibility: hard prerequisites and experience; recommended predecessors as a softer signal.
  const missing = cert.prerequisites.filter((p) => !profile.held.includes(p)).map((p) => catalog.certificationBySlug.get(p)!);
  const experienceShort = cert.experienceMonths != null && profile.experienceMonths < cert.experienceMonths;
  const eligible = missing.length === 0 && !experienceShort;
  if (!eligible) {
    const parts: string[] = [];
    if (missing.length) parts.push(`${listForPeople(missing.map((m) => m.acronym))} first`);
    if (experienceShort) {
      parts.push(
        `${cert.experienceMonths} months of ${roleName(catalog, cert.primaryRole)} experience (${profile.experienceStated ? `you have ${profile.experienceMonths}` : 'none stated'})`,
      );
    }
    add('MISSING_PREREQUISITE', WEIGHTS.MISSING_PREREQUISITE, `Not yet attainable: requires ${listForPeople(parts)}.`);
  } else {
    const recommended = cert.recommendedBefore.filter((p) => !profile.held.includes(p)).map((p) => catalog.certificationBySlug.get(p)!);
    if (recommended.length) {
      add('MISSING_PREREQUISITE', WEIGHTS.MISSING_RECOMMENDED, `${listForPeople(recommended.map((m) => m.acronym))} is recommended first (not required).`);
    }
  }

  // Budget.
  if (profile.budgetUsd != null) {
    const budget = money(profile.budgetUsd);
    if (!cert.cost) {
      add('COST_UNKNOWN', WEIGHTS.COST_UNKNOWN, `No verified price${cert.requiresCourse ? ' (the mandatory course fee is set by each trainer)' : ''}: check it fits your ${budget} budget.`);
    } else if (cert.cost.amountUsd <= profile.budgetUsd) {
      const range = cert.cost.maxAmountUsd != null && cert.cost.maxAmountUsd > profile.budgetUsd ? ` (prices range up to ${money(cert.cost.maxAmountUsd)})` : '';
      add('WITHIN_BUDGET', WEIGHTS.WITHIN_BUDGET, `From ${money(cert.cost.amountUsd)}, within your ${budget} budget${range}.`);
    } else {
      add('OVER_BUDGET', WEIGHTS.OVER_BUDGET, `Costs at least ${money(cert.cost.amountUsd)}, over your ${budget} budget.`);
    }
  }

  if (profile.avoidRenewal) {
    if (cert.renewal.required) add('RENEWAL_REQUIRED', WEIGHTS.RENEWAL_REQUIRED, `Must be renewed every ${cert.renewal.everyYears === 1 ? 'year' : `${cert.renewal.everyYears} years`}.`);
    else add('NO_RENEWAL', WEIGHTS.NO_RENEWAL, 'Never needs renewing.');
  }
  if (profile.selfStudy) {
    if (cert.requiresCourse) add('COURSE_REQUIRED', WEIGHTS.COURSE_REQUIRED, 'Requires attending a course.');
    else add('SELF_STUDY', WEIGHTS.SELF_STUDY, 'Can be earned by self-study: no course required.');
  }
  if (profile.providers.includes(cert.provider)) {
    add('PREFERRED_PROVIDER', WEIGHTS.PREFERRED_PROVIDER, `From ${catalog.providerBySlug.get(cert.provider)!.name}, a provider you prefer.`);
  }

  const holders = latestHolderCount(cert);
  if (holders && holders.count >= WIDELY_HELD_MIN) {
    add(
      'WIDELY_HELD',
      WEIGHTS.WIDELY_HELD * Math.min(1, Math.log10(holders.count) / 6),
      `Widely held: ${holders.count.toLocaleString('en-US')} holders as of ${holders.asOf} (${new URL(holders.source.url).hostname}).`,
    );
  }

  if (s.heldCerts.length === 0) {
    if (cert.level === 'FOUNDATION') add('LEVEL_FIT', WEIGHTS.LEVEL_FIT_FOUNDATION, 'Foundation level: a good first certification.');
    else add('LEVEL_FIT', WEIGHTS.LEVEL_FIT_HIGHER, `${cert.level === 'EXPERT' ? 'Expert' : 'Advanced'} level: usually taken after a foundation certification.`);
  }

  return { reasons, missing, eligible, covered };
}

/**
 * Rounds the weights, and when the penalties outweigh everything earned, scales them down so the
 * score is 0 rather than negative: the weights shown are always the actual contributions.
 */
function finalize(reasons: Reason[]): { reasons: Reason[]; score: number } {
  const positive = reasons.filter((r) => r.weight > 0).reduce((s, r) => s + r.weight, 0);
  const negative = -reasons.filter((r) => r.weight < 0).reduce((s, r) => s + r.weight, 0);
  const scale = negative > positive ? (negative === 0 ? 0 : positive / negative) : 1;
  const rounded = reasons.map((r) => ({ ...r, weight: r3(r.weight < 0 ? r.weight * scale : r.weight) }));
  rounded.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.code.localeCompare(b.code));
  const score = r3(rounded.reduce((s, r) => s + r.weight, 0));
  return { reasons: rounded, score: Math.max(0, score) };
}

/** Scores every certification not held, best first. */
export function scoreAll(catalog: CatalogIndex, profile: Profile): Omit<Recommendation, 'rank'>[] {
  const s = situationOf(catalog, profile);
  const scored = catalog.certifications
    .filter((c) => !profile.held.includes(c.slug))
    .map((cert) => {
      const { reasons, missing, eligible, covered } = reasonsFor(catalog, s, cert);
      const { reasons: final, score } = finalize(reasons);
      return {
        certification: cert,
        score,
        reasons: final,
        newTopics: cert.topics.filter((t) => !s.heldDepths.has(t.topic)).map((t) => catalog.topicBySlug.get(t.topic)!),
        alreadyCovered: r3(covered),
        eligible,
        missingPrerequisites: missing,
      };
    });
  return scored.sort((a, b) => b.score - a.score || a.certification.slug.localeCompare(b.certification.slug));
}

export function recommend(catalog: CatalogIndex, input: ProfileInput, first: number | null | undefined = 3): Recommendation[] {
  const n = first ?? 3;
  if (!Number.isInteger(n) || n < 1 || n > MAX_RECOMMENDATIONS) {
    throw badInput(`\`first\` must be between 1 and ${MAX_RECOMMENDATIONS}; got ${n}.`, { argument: 'first', value: n, min: 1, max: MAX_RECOMMENDATIONS });
  }
  const profile = checkProfile(catalog, input);
  return scoreAll(catalog, profile)
    .slice(0, n)
    .map((r, i) => ({ rank: i + 1, ...r }));
}
