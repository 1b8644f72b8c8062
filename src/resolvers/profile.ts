// A person's situation, checked: every slug must exist, numbers must make sense. Shared by
// recommend and learningPath. Errors name the field, the bad value and what is allowed.
import type { CatalogIndex } from '../data/catalog.js';
import { assertKnown } from './catalog.js';
import { badInput } from './errors.js';

export interface ProfileInput {
  currentRole?: string | null;
  targetRole?: string | null;
  experienceMonths?: number | null;
  interests?: readonly string[] | null;
  held?: readonly string[] | null;
  budgetUsd?: number | null;
  providers?: readonly string[] | null;
  avoidRenewal?: boolean | null;
  selfStudy?: boolean | null;
}

/** A checked profile, with defaults filled in. */
export interface Profile {
  currentRole: string | null;
  targetRole: string | null;
  /** Months of experience in the current (or target) role; 0 when not stated. */
  experienceMonths: number;
  experienceStated: boolean;
  interests: string[];
  held: string[];
  budgetUsd: number | null;
  providers: string[];
  avoidRenewal: boolean;
  selfStudy: boolean;
}

const MAX_LIST = 50;

function checkList(field: string, values: readonly string[] | null | undefined): string[] {
  const list = [...new Set(values ?? [])];
  if (list.length > MAX_LIST) {
    throw badInput(`\`profile.${field}\` takes at most ${MAX_LIST} values; got ${list.length}.`, { argument: `profile.${field}` });
  }
  return list;
}

function checkAmount(field: string, value: number | null | undefined, unit: string): void {
  if (value != null && !(value >= 0 && Number.isFinite(value))) {
    throw badInput(`\`profile.${field}\` must be zero or more (${unit}); got ${value}.`, {
      argument: `profile.${field}`,
      value,
    });
  }
}

export function checkProfile(catalog: CatalogIndex, input: ProfileInput): Profile {
  if (input.currentRole != null) assertKnown('role', 'profile.currentRole', [input.currentRole], catalog.roleBySlug);
  if (input.targetRole != null) assertKnown('role', 'profile.targetRole', [input.targetRole], catalog.roleBySlug);
  const interests = checkList('interests', input.interests);
  const held = checkList('held', input.held);
  const providers = checkList('providers', input.providers);
  assertKnown('topic', 'profile.interests', interests, catalog.topicBySlug);
  assertKnown('certification', 'profile.held', held, catalog.certificationBySlug);
  assertKnown('provider', 'profile.providers', providers, catalog.providerBySlug);
  checkAmount('budgetUsd', input.budgetUsd, 'US dollars');
  checkAmount('experienceMonths', input.experienceMonths, 'months');
  if (input.experienceMonths != null && input.experienceMonths > 600) {
    throw badInput(`\`profile.experienceMonths\` must be at most 600 (50 years); got ${input.experienceMonths}.`, {
      argument: 'profile.experienceMonths',
      value: input.experienceMonths,
    });
  }
  return {
    currentRole: input.currentRole ?? null,
    targetRole: input.targetRole ?? null,
    experienceMonths: input.experienceMonths ?? 0,
    experienceStated: input.experienceMonths != null,
    interests,
    held,
    budgetUsd: input.budgetUsd ?? null,
    providers,
    avoidRenewal: input.avoidRenewal ?? false,
    selfStudy: input.selfStudy ?? false,
  };
}
