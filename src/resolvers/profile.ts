// A person's situation, checked: every slug must exist, numbers must make sense, and values that
// contradict each other are refused. Shared by recommend and learningPath. Errors name the field,
// the bad value and what is allowed. What can be answered but looks contradictory (an expert
// certification with no experience) is answered, with a note saying how it was read.

import type { CatalogIndex } from '../data/catalog.js';
import { assertKnown } from './catalog.js';
import { DomainError, inputProblem } from './errors.js';

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

export function roleName(catalog: CatalogIndex, slug: string): string {
  return catalog.roleBySlug.get(slug)!.name;
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
