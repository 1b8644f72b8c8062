// A person's situation, checked: every slug must exist, numbers must make sense, and values that
// contradict each other are refused. Shared by recommend and learningPath. Errors name the field,
// the bad value and what is allowed. What can be answered but looks contradictory (an expert
// certification with no experience) is answered, with a note saying how it was read.

import type { CatalogIndex } from '../data/catalog.js';
import type { CertificationData } from '../data/types.js';
import { assertKnown, LEVEL_ORDER } from './catalog.js';
import { DomainError, inputProblem } from './errors.js';
import { numbered } from './text.js';
import { aRole, listForPeople } from './wording.js';

export interface RoleExperienceInput {
  role: string;
  months: number;
}

export interface ProfileInput {
  currentRole?: string | null;
  targetRole?: string | null;
  /** Months in `currentRole` (kept from API v1; `experience` names the role explicitly). */
  experienceMonths?: number | null;
  experience?: readonly RoleExperienceInput[] | null;
  interests?: readonly string[] | null;
  held?: readonly string[] | null;
  budgetUsd?: number | null;
  providers?: readonly string[] | null;
  avoidRenewal?: boolean | null;
  selfStudy?: boolean | null;
}

/** What a profile note is about. */
export type ProfileNoteCode =
  | 'EXPERIENCE_WITHOUT_ROLE'
  | 'IMPLIED_BY_HELD'
  | 'EXPERIENCE_IMPLIED_BY_HELD'
  | 'LEVEL_WITHOUT_EXPERIENCE'
  | 'PROVIDERS_NOT_OFFERED'
  | 'EXPERIENCE_AHEAD'
  | 'PATH_DIFFERS_FROM_RECOMMENDATIONS'
  | 'WISH_NOT_KEPT';

/** How part of the profile was read, when it needed reading: said to the person, never silent. */
export interface ProfileNote {
  code: ProfileNoteCode;
  message: string;
}

/** A checked profile, with defaults filled in and what the held certifications imply. */
export interface Profile {
  currentRole: string | null;
  targetRole: string | null;
  /** Months per role: as stated, raised to what held certifications prove (A-CSM proves 12 as a Scrum Master). */
  experience: ReadonlyMap<string, number>;
  /** Roles whose months the person stated (explicitly, or as `experienceMonths` with a `currentRole`). */
  experienceStated: ReadonlySet<string>;
  /** Months given as `experienceMonths` without a `currentRole`: they count toward no role's requirement. */
  unassignedMonths: number | null;
  interests: string[];
  /** The certifications as the person listed them. */
  held: string[];
  /** Held, plus every prerequisite they imply (an A-CSM holder holds a CSM): what eligibility checks. */
  heldWithPrerequisites: ReadonlySet<string>;
  /** Held and everything below it: prerequisites, recommended predecessors and lower rungs of its track. Never recommended. */
  covered: ReadonlySet<string>;
  budgetUsd: number | null;
  providers: string[];
  avoidRenewal: boolean;
  selfStudy: boolean;
  notes: ProfileNote[];
}

const MAX_LIST = 50;
const MAX_MONTHS = 600;
/** The largest budget taken (US dollars): more is no budget a person has for a certification, and is refused. */
export const MAX_BUDGET_USD = 1_000_000;
/** Months in a role from which a level of certification is within reach without a lower one (Scrum Alliance's "12-24 months"). */
export const LEVEL_MONTHS = { ADVANCED: 12, EXPERT: 24 } as const;

function checkList<T>(field: string, values: readonly T[] | null | undefined, items = 'values'): T[] {
  const list = [...new Set(values ?? [])];
  if (list.length > MAX_LIST) throw inputProblem({ problem: 'TOO_MANY', argument: `profile.${field}`, max: MAX_LIST, requested: list.length, items });
  return list;
}

function checkAmount(field: string, value: number | null | undefined, unit: string): void {
  if (value != null && !(value >= 0 && Number.isFinite(value))) throw inputProblem({ problem: 'BELOW_ZERO', argument: `profile.${field}`, value, unit });
}

function checkMonths(field: string, value: number | null | undefined): void {
  checkAmount(field, value, 'months');
  if (value != null && value > MAX_MONTHS)
    throw inputProblem({ problem: 'ABOVE_MAX', argument: `profile.${field}`, value, max: MAX_MONTHS, meaning: '50 years' });
}

/** Certifications reached from `slugs` by following `next`, the start included. */
function closure(catalog: CatalogIndex, slugs: Iterable<string>, next: (c: CertificationData) => string[]): Set<string> {
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
export function lowerRungs(catalog: CatalogIndex, cert: CertificationData): string[] {
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

function roleName(catalog: CatalogIndex, slug: string): string {
  return catalog.roleBySlug.get(slug)!.name;
}

function acronyms(catalog: CatalogIndex, slugs: Iterable<string>): string {
  return listForPeople([...slugs].map((s) => catalog.certificationBySlug.get(s)!.acronym));
}

type FieldCheck<K extends keyof ProfileInput> = (catalog: CatalogIndex, value: ProfileInput[K]) => void;

function checkSlugs(what: string, field: 'interests' | 'held' | 'providers', known: (c: CatalogIndex) => ReadonlyMap<string, unknown>) {
  return (catalog: CatalogIndex, values: readonly string[] | null | undefined) =>
    assertKnown(what, `profile.${field}`, checkList(field, values), known(catalog));
}

/** Zero or more US dollars, and at most MAX_BUDGET_USD: more is no budget a person has for a certification. */
function checkBudget(budget: number | null | undefined): void {
  checkAmount('budgetUsd', budget, 'US dollars');
  if (budget != null && budget > MAX_BUDGET_USD)
    throw inputProblem({ problem: 'BUDGET_ABOVE_MAX', argument: 'profile.budgetUsd', value: budget, max: MAX_BUDGET_USD });
}

/** Each role once, at most MAX_LIST of them, each known, months in range. */
function checkExperience(catalog: CatalogIndex, entries: readonly RoleExperienceInput[] | null | undefined): void {
  const list = entries ?? [];
  if (list.length > MAX_LIST)
    throw inputProblem({ problem: 'TOO_MANY', argument: 'profile.experience', max: MAX_LIST, requested: list.length, items: 'roles' });
  assertKnown(
    'role',
    'profile.experience.role',
    list.map((e) => e.role),
    catalog.roleBySlug,
  );
  const stated = new Map<string, number>();
  for (const { role, months } of list) {
    checkMonths(`experience (${role})`, months);
    const before = stated.get(role);
    if (before !== undefined) throw inputProblem({ problem: 'LISTED_TWICE', argument: 'profile.experience', duplicate: role, values: [before, months] });
    stated.set(role, months);
  }
}

/**
 * Each field's own check, in the order problems are reported: the same checks whether the profile
 * comes through the API (src/schema: Pothos's validation of the `profile` argument) or the widget.
 */
export const PROFILE_FIELD_CHECKS: { [K in keyof Required<ProfileInput>]: FieldCheck<K> } = {
  currentRole: (catalog, role) => role != null && assertKnown('role', 'profile.currentRole', [role], catalog.roleBySlug),
  targetRole: (catalog, role) => role != null && assertKnown('role', 'profile.targetRole', [role], catalog.roleBySlug),
  interests: checkSlugs('topic', 'interests', (c) => c.topicBySlug),
  held: checkSlugs('certification', 'held', (c) => c.certificationBySlug),
  providers: checkSlugs('provider', 'providers', (c) => c.providerBySlug),
  budgetUsd: (_catalog, budget) => checkBudget(budget),
  experienceMonths: (_catalog, months) => checkMonths('experienceMonths', months),
  experience: checkExperience,
  avoidRenewal: () => undefined,
  selfStudy: () => undefined,
};

/** What only the whole profile can contradict: `experienceMonths` against `experience` for the current role. */
function checkWhole(catalog: CatalogIndex, input: ProfileInput): void {
  if (input.experienceMonths == null || input.currentRole == null) return;
  const listed = input.experience?.find((e) => e.role === input.currentRole)?.months;
  if (listed === undefined || listed === input.experienceMonths) return;
  throw inputProblem({
    problem: 'DISAGREE',
    argument: 'profile.experienceMonths',
    other: 'profile.experience',
    role: input.currentRole,
    roleName: roleName(catalog, input.currentRole),
    values: [input.experienceMonths, listed],
  });
}

/** Every problem with a profile at once: each field checked on its own, then the whole (when the fields are sound). */
export function profileProblems(catalog: CatalogIndex, input: ProfileInput): DomainError[] {
  const problems: DomainError[] = [];
  const attempt = (check: () => void) => {
    try {
      check();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      problems.push(error);
    }
  };
  for (const field of Object.keys(PROFILE_FIELD_CHECKS) as (keyof ProfileInput)[]) {
    if (input[field] != null) attempt(() => (PROFILE_FIELD_CHECKS[field] as FieldCheck<keyof ProfileInput>)(catalog, input[field]));
  }
  if (!problems.length) attempt(() => checkWhole(catalog, input));
  return problems;
}

/** Throws the first problem with a profile, a BAD_USER_INPUT DomainError written from its details. */
export function validateProfile(catalog: CatalogIndex, input: ProfileInput): void {
  const [first] = profileProblems(catalog, input);
  if (first) throw first;
}

/** Months per role as stated (`experience`, and `experienceMonths` for the current role), and months with no role. */
function statedExperience(input: ProfileInput, notes: ProfileNote[]): { stated: Map<string, number>; unassignedMonths: number | null } {
  const stated = new Map((input.experience ?? []).map((e) => [e.role, e.months] as const));
  if (input.experienceMonths == null) return { stated, unassignedMonths: null };
  if (input.currentRole != null) {
    stated.set(input.currentRole, input.experienceMonths);
    return { stated, unassignedMonths: null };
  }
  notes.push({
    code: 'EXPERIENCE_WITHOUT_ROLE',
    message:
      `Your ${numbered(input.experienceMonths, 'month')} of experience have no role (\`experienceMonths\` counts months in \`currentRole\`, which is not set), ` +
      'so they count toward no requirement: certifications that require experience in a role are shown as not yet attainable. ' +
      'Set `currentRole`, or list months per role in `experience`.',
  });
  return { stated, unassignedMonths: input.experienceMonths };
}

/** What held certifications imply: their prerequisites, and what lies below them, said in a note. */
function impliedByHeld(catalog: CatalogIndex, held: readonly string[]): ProfileNote[] {
  const notes: ProfileNote[] = [];
  for (const slug of held) {
    const cert = catalog.certificationBySlug.get(slug)!;
    const prereqs = [...withPrerequisites(catalog, [slug])].filter((s) => s !== slug && !held.includes(s));
    const below = [...coveredBy(catalog, [slug])].filter((s) => s !== slug && !held.includes(s) && !prereqs.includes(s));
    const parts: string[] = [];
    if (prereqs.length) parts.push(`${cert.acronym} requires ${acronyms(catalog, prereqs)}, so you hold ${prereqs.length === 1 ? 'it' : 'them'} too`);
    if (below.length)
      parts.push(
        `${acronyms(catalog, below)} ${below.length === 1 ? 'sits' : 'sit'} below ${cert.acronym} and ${below.length === 1 ? 'is' : 'are'} not recommended`,
      );
    if (parts.length) notes.push({ code: 'IMPLIED_BY_HELD', message: `${parts.join('; ')}.` });
  }
  return notes;
}

/** Months per role as stated, raised to what held certifications prove; a note where the two disagree. */
function provenExperience(
  catalog: CatalogIndex,
  stated: ReadonlyMap<string, number>,
  heldWithPrerequisites: ReadonlySet<string>,
  notes: ProfileNote[],
): Map<string, number> {
  // Experience a held certification proves (Scrum Alliance validates it before awarding A-CSM, CSP-PO...).
  const experience = new Map(stated);
  for (const slug of heldWithPrerequisites) {
    const cert = catalog.certificationBySlug.get(slug)!;
    const req = cert.experience;
    if (req?.roles.length !== 1) continue;
    const role = req.roles[0]!;
    const have = experience.get(role) ?? 0;
    if (have >= req.months) continue;
    if (stated.has(role)) {
      notes.push({
        code: 'EXPERIENCE_IMPLIED_BY_HELD',
        message:
          `You hold ${cert.acronym}, which is awarded only after validating ${numbered(req.months, 'month')} as ${aRole(roleName(catalog, role))}, ` +
          `but state ${stated.get(role)}. Requirements are checked against the ${numbered(req.months, 'month')} your certification proves; correct your experience if that is wrong.`,
      });
    }
    experience.set(role, req.months);
  }

  return experience;
}

/** A note for each advanced or expert certification held with less experience stated than its level usually takes. */
function levelWithoutExperience(
  catalog: CatalogIndex,
  held: readonly string[],
  stated: ReadonlyMap<string, number>,
  experience: ReadonlyMap<string, number>,
  unassignedMonths: number | null,
): ProfileNote[] {
  const notes: ProfileNote[] = [];
  // An advanced or expert certification held with less experience stated than its level usually takes.
  for (const slug of held) {
    const cert = catalog.certificationBySlug.get(slug)!;
    if (cert.level === 'FOUNDATION' || cert.experience) continue;
    const needed = LEVEL_MONTHS[cert.level];
    const roleStated = stated.has(cert.primaryRole);
    const months = roleStated ? experience.get(cert.primaryRole)! : unassignedMonths;
    if (months === null || months >= needed) continue;
    notes.push({
      code: 'LEVEL_WITHOUT_EXPERIENCE',
      message:
        `You hold ${cert.acronym} (${cert.level === 'EXPERT' ? 'expert' : 'advanced'} level) but state ${numbered(months, 'month')}${roleStated ? ` as ${aRole(roleName(catalog, cert.primaryRole))}` : ''}, ` +
        `less than the ${numbered(needed, 'month')} that level usually takes. Recommendations take your certifications as what you know, ` +
        'and check experience requirements against the months you state.',
    });
  }

  return notes;
}

/** A checked profile: every problem refused (validateProfile), defaults filled in, what the held certifications imply worked out. */
export function checkProfile(catalog: CatalogIndex, input: ProfileInput): Profile {
  validateProfile(catalog, input);
  const interests = [...new Set(input.interests ?? [])];
  const held = [...new Set(input.held ?? [])];
  const providers = [...new Set(input.providers ?? [])];
  const notes: ProfileNote[] = [];
  const { stated, unassignedMonths } = statedExperience(input, notes);
  const heldWithPrerequisites = withPrerequisites(catalog, held);
  const covered = coveredBy(catalog, held);
  notes.push(...impliedByHeld(catalog, held));
  const experience = provenExperience(catalog, stated, heldWithPrerequisites, notes);
  notes.push(...levelWithoutExperience(catalog, held, stated, experience, unassignedMonths));
  return {
    currentRole: input.currentRole ?? null,
    targetRole: input.targetRole ?? null,
    experience,
    experienceStated: new Set(stated.keys()),
    unassignedMonths,
    interests,
    held,
    heldWithPrerequisites,
    covered,
    budgetUsd: input.budgetUsd ?? null,
    providers,
    avoidRenewal: input.avoidRenewal ?? false,
    selfStudy: input.selfStudy ?? false,
    notes,
  };
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
