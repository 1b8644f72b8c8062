// How certgraph speaks to people, in one place: the vocabulary every message, summary, reason and
// page is written with (lists, articles, money, dates, counts, the caller's values quoted back),
// and the sentences for problems with what a caller sent, written from the problem's details so
// that the API (`profile.targetRole`, slugs or global IDs) and the widget (`targetRole`, slugs)
// say the same thing each in its own terms. Pure: no catalog, no GraphQL.
import type { PartialDate, TopicData } from '../data/types.js';
import { counted, grouped, joinList, midSentence, numbered, withArticle } from './text.js';

/** Lists values for a message: `a`, `a and b`, `a, b and c`. */
export function listForPeople(values: readonly string[]): string {
  return joinList(values);
}

/** A topic's name as it reads mid-sentence (src/resolvers/text.ts: names kept verbatim where they must be). */
export function inSentence(topic: TopicData): string {
  return midSentence(topic.name);
}

/**
 * Topic names as a list a person can read. Many names contain "and" ("coaching and mentoring"),
 * so two items take a comma before "and", and longer lists are separated by semicolons.
 */
export function topicNames(topics: readonly TopicData[], max = 5): string {
  const names = topics.map(inSentence);
  if (names.length <= 1) return names.join('');
  if (names.length === 2) return `${names[0]}, and ${names[1]}`;
  const shown = names.length <= max ? names : [...names.slice(0, max), `${names.length - max} more`];
  return `${shown.slice(0, -1).join('; ')}; and ${shown[shown.length - 1]}`;
}

/**
 * "a PSM I", "an ICP", "an SPS", "an A-CSM": the article for a certification's acronym as people
 * say it, letter by letter (F, H, L, M, N, R, S and X start with a vowel sound: "an SSM"), or as a
 * word when it starts with a capitalised word ("an AgilePM Foundation").
 */
export function anAcronym(acronym: string): string {
  return withArticle(acronym);
}

/** "a Scrum Master", "an Agile Coach". */
export function aRole(name: string): string {
  return withArticle(name);
}

/** The most values of the caller's that a message quotes, and the longest each may be. */
export const ECHO_MAX_VALUES = 5;
export const ECHO_MAX_LENGTH = 60;

/** One value the caller sent, cut when long (messages echo input: they must stay small). */
export function echoOne(value: string): string {
  return cut(value, ECHO_MAX_LENGTH);
}

const cut = (value: string, max: number) => (value.length > max ? `${value.slice(0, max)}…` : value);

/** One value the caller sent, quoted and cut: `"psm-x"`. */
export function quoted(value: string, max = ECHO_MAX_LENGTH): string {
  return JSON.stringify(cut(value, max));
}

/** The first few values the caller sent, each cut: what an error's details may carry. */
export function echoSome(values: readonly string[]): string[] {
  return values.slice(0, ECHO_MAX_VALUES).map(echoOne);
}

/** Values the caller sent, quoted for a message: at most a few, each cut, then how many more. */
export function quoteForPeople(values: readonly string[]): string {
  return quoteSome(echoSome(values), values.length);
}

/** Values already cut (`echoSome`), quoted, and how many more of `total` there were. */
function quoteSome(shown: readonly string[], total: number): string {
  const quotedValues = shown.map((v) => JSON.stringify(v));
  return listForPeople(total > shown.length ? [...quotedValues, `${grouped(total - shown.length)} more`] : quotedValues);
}

/** "no topics", "1 topic", "3 topics". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return counted(n, singular, plural);
}

/** 0.8 -> "80%". */
export function percent(x: number): string {
  return `${Math.round(x * 100)}%`;
}

// Made on first use: creating it at the top level was the largest single cost of the isolate's
// start after the schema (ICU's number data, `npm run bench:startup`), for amounts the catalog never has.
let usd: Intl.NumberFormat | undefined;

/**
 * 300 -> "$300". Whole non-negative dollars (every price in the catalog) are written here, as
 * Intl would write them ("$1,295"), at a fraction of its cost; anything else goes to Intl.
 */
export function money(amount: number): string {
  if (Number.isSafeInteger(amount) && amount >= 0) return `$${String(amount).replace(/\B(?=(\d{3})+$)/g, ',')}`;
  usd ??= new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  return usd.format(amount);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** '2026-09-02' -> '2 September 2026'; '2026-09' -> 'September 2026'; '2026' -> '2026'. */
export function dateWords(date: PartialDate): string {
  const [y, m, d] = date.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (d && month) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y!;
}

/** '2026-09-02' -> 'on 2 September 2026'; '2026-09' -> 'in September 2026'; '2026' -> 'in 2026'. */
export function whenWords(date: PartialDate): string {
  return `${date.split('-').length === 3 ? 'on' : 'in'} ${dateWords(date)}`;
}

// ---- Problems with what a caller sent --------------------------------------------------------

/**
 * A problem with one input, as DomainError details (the error's extensions): the machine-readable
 * facts the sentence is written from. `argument` is the input's path in the API
 * (`profile.targetRole`, `profile.experience (scrum-master)`).
 */
export type InputProblem =
  | { problem: 'UNKNOWN'; argument: string; what: string; unknown: string[]; unknownCount?: number; allowed: string[] }
  | { problem: 'TOO_MANY'; argument: string; max: number; requested: number; items: string }
  | { problem: 'BELOW_ZERO'; argument: string; value: number; unit: string }
  | { problem: 'ABOVE_MAX'; argument: string; value: number; max: number; meaning: string }
  | { problem: 'BUDGET_ABOVE_MAX'; argument: string; value: number; max: number }
  | { problem: 'LISTED_TWICE'; argument: string; duplicate: string; values: [number, number] }
  | { problem: 'DISAGREE'; argument: string; other: string; role: string; roleName: string; values: [number, number] };

/** How a surface names inputs: the API by their paths, with global IDs; the widget by its parameters. */
export interface InputTerms {
  name: (argument: string) => string;
  /** Whether entities may be named by global ID as well as by slug. */
  globalIds: boolean;
}

export const API_TERMS: InputTerms = { name: (argument) => argument, globalIds: true };

/** The sentence for a problem with an input: what is wrong, the value sent, what is allowed. */
export function describeProblem(p: InputProblem, terms: InputTerms = API_TERMS): string {
  const field = `\`${terms.name(p.argument)}\``;
  switch (p.problem) {
    case 'UNKNOWN':
      return (
        `Unknown ${p.what}${(p.unknownCount ?? p.unknown.length) > 1 ? 's' : ''} ${quoteSome(p.unknown, p.unknownCount ?? p.unknown.length)} in ${field}. ` +
        `Use ${terms.globalIds ? 'a slug or global ID of ' : ''}one of: ${p.allowed.join(', ')}.`
      );
    case 'TOO_MANY':
      return `${field} takes at most ${p.max} ${p.items}; got ${p.requested}.`;
    case 'BELOW_ZERO':
      return `${field} must be zero or more (${p.unit}); got ${p.value}.`;
    case 'ABOVE_MAX':
      return `${field} must be at most ${p.max} (${p.meaning}); got ${p.value}.`;
    case 'BUDGET_ABOVE_MAX':
      return `${field} must be at most ${grouped(p.max)} US dollars; got ${grouped(p.value)}. Leave it out if money is no constraint.`;
    case 'LISTED_TWICE':
      return `${field} lists the role "${p.duplicate}" twice (${p.values[0]} and ${numbered(p.values[1], 'month')}); list each role once.`;
    case 'DISAGREE':
      return (
        `${field} (${p.values[0]}) and \`${terms.name(p.other)}\` (${p.role}: ${p.values[1]}) disagree on your months as ${aRole(p.roleName)}; ` +
        'give one of them, or the same number in both.'
      );
  }
}
