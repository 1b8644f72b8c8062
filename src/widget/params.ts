// The widget's query parameters, read into the API's ProfileInput. This module checks only what is
// the widget's own (the syntax of a number, a list, a role:months pair, the theme); what the values
// mean is checked by the domain's profile checks, the same ones the API runs through Pothos
// (PROFILE_FIELD_CHECKS in src/resolvers/profile.ts), and every problem is written from its
// details in the widget's terms (its parameter names; slugs only). Every problem is reported at once.
import type { CatalogIndex } from '../data/catalog.js';
import type { DomainError } from '../resolvers/errors.js';
import type { ProfileInput } from '../resolvers/profile.js';
import { describeProblem, echoOne, type InputTerms } from '../resolvers/wording.js';
import type { WidgetDomain } from './kit.js';

export type WidgetTheme = 'light' | 'dark';
const WIDGET_THEMES: readonly WidgetTheme[] = ['light', 'dark'];

/** As many values per list parameter (`held`, `interests`, `providers`, `experience`) as the API's profile takes (`ProfileInput` lists: at most 50). */
export const WIDGET_MAX_LIST = 50;

/** Every parameter the widget takes (`key` identifies a partner, handled before the page). */
export const WIDGET_PARAMS = [
  'theme',
  'targetRole',
  'currentRole',
  'experienceMonths',
  'experience',
  'held',
  'interests',
  'providers',
  'budgetUsd',
  'avoidRenewal',
  'selfStudy',
  'key',
];

/**
 * Parameters the page does not use, said on the page (never a silent wrong answer: a misspelt
 * `provider=` would otherwise give an answer that looks right and is not). Campaign tags
 * (`utm_…`) are the partner's analytics, not part of the profile, and pass without a word.
 */
export function ignoredParams(query: Record<string, string | undefined>): string[] {
  return Object.keys(query).filter((k) => !WIDGET_PARAMS.includes(k) && !/^utm_/.test(k));
}

export type Query = Record<string, string | undefined>;
export type Parsed = { ok: true; theme: WidgetTheme; profile: ProfileInput } | { ok: false; theme: WidgetTheme; problems: string[] };

/** The widget's terms: a query parameter is named without the API's `profile.`; entities by slug only. */
const WIDGET_TERMS: InputTerms = { name: (argument) => argument.replace(/^profile\./, ''), globalIds: false };

/** A domain error about the profile, written from its details in the widget's terms. */
export function inWidgetTerms({ problemOf }: Pick<WidgetDomain, 'problemOf'>, error: DomainError): string {
  const problem = problemOf(error);
  return problem ? describeProblem(problem, WIDGET_TERMS) : error.message;
}

export function themeOf(value: string | undefined): WidgetTheme {
  return value === 'dark' ? 'dark' : 'light';
}

/** `held=csm, psm-i,` → ['csm', 'psm-i']: trimmed, empty entries dropped. */
function listOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const quote = (value: string) => JSON.stringify(echoOne(value));

type Reader = (query: Query, profile: ProfileInput, problems: string[]) => void;

function readRoles(query: Query, profile: ProfileInput): void {
  const targetRole = query.targetRole?.trim();
  if (targetRole) profile.targetRole = targetRole;
  const currentRole = query.currentRole?.trim();
  if (currentRole) profile.currentRole = currentRole;
}

function readMonths(query: Query, profile: ProfileInput, problems: string[]): void {
  const months = query.experienceMonths?.trim() ?? '';
  if (months === '') return;
  if (/^\d{1,4}$/.test(months)) profile.experienceMonths = Number(months);
  else problems.push(`\`experienceMonths\` must be a whole number of months in \`currentRole\` (for example 24); got ${quote(months)}.`);
}

function readExperience(query: Query, profile: ProfileInput, problems: string[]): void {
  const experience = listOf(query.experience);
  if (experience.length > WIDGET_MAX_LIST) {
    problems.push(`\`experience\` takes at most ${WIDGET_MAX_LIST} comma-separated values; got ${experience.length}.`);
    return;
  }
  const entries: { role: string; months: number }[] = [];
  for (const item of experience) {
    const m = /^([a-z0-9-]+):(\d{1,4})$/.exec(item);
    if (m) entries.push({ role: m[1]!, months: Number(m[2]) });
    else problems.push(`\`experience\` takes role:months pairs, comma-separated (for example scrum-master:24,product-owner:6); got ${quote(item)}.`);
  }
  if (entries.length && entries.length === experience.length) profile.experience = entries;
}

function readLists(query: Query, profile: ProfileInput, problems: string[]): void {
  for (const field of ['held', 'interests', 'providers'] as const) {
    const values = listOf(query[field]);
    if (values.length > WIDGET_MAX_LIST) problems.push(`\`${field}\` takes at most ${WIDGET_MAX_LIST} comma-separated values; got ${values.length}.`);
    else if (values.length) profile[field] = values;
  }
}

function readFlags(query: Query, profile: ProfileInput, problems: string[]): void {
  for (const field of ['avoidRenewal', 'selfStudy'] as const) {
    const raw = query[field]?.trim() ?? '';
    if (raw === 'true' || raw === 'false') profile[field] = raw === 'true';
    else if (raw !== '') problems.push(`\`${field}\` must be true or false; got ${quote(raw)}.`);
  }
}

function readBudget(query: Query, profile: ProfileInput, problems: string[]): void {
  const budget = query.budgetUsd?.trim() ?? '';
  if (budget === '') return;
  if (NUMBER.test(budget)) profile.budgetUsd = Number(budget);
  else problems.push(`\`budgetUsd\` must be a number of US dollars, zero or more (for example 300); got ${quote(budget)}.`);
}

const READERS: Reader[] = [readRoles, readMonths, readExperience, readLists, readFlags, readBudget];

/** The parameters as a profile and a theme, or every problem with them (checked against the request's catalog, by the domain's checks). */
export function parseParams(domain: Pick<WidgetDomain, 'profileProblems' | 'problemOf'>, catalog: CatalogIndex, query: Query): Parsed {
  const problems: string[] = [];
  const rawTheme = query.theme?.trim() ?? '';
  if (rawTheme !== '' && !WIDGET_THEMES.includes(rawTheme as WidgetTheme)) {
    problems.push(`\`theme\` must be ${WIDGET_THEMES.join(' or ')} (the default is light); got ${quote(rawTheme)}.`);
  }
  const theme = themeOf(rawTheme);
  const profile: ProfileInput = {};
  for (const read of READERS) read(query, profile, problems);
  for (const error of domain.profileProblems(catalog, profile)) problems.push(inWidgetTerms(domain, error));
  return problems.length ? { ok: false, theme, problems } : { ok: true, theme, profile };
}
