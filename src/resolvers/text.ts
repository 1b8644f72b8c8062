// Wording shared by the messages and summaries written for people.
import type { TopicData } from '../data/types.js';

/** Lists values for a message: `a`, `a and b`, `a, b and c`. */
export function listForPeople(values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} and ${values[values.length - 1]}`;
}

/** Names that stay capitalised mid-sentence. */
const PROPER_NAME = /^(Scrum|Product Backlog|Definition of Done|Evidence-Based|Kanban)\b/;

/** A topic's name as it reads mid-sentence. */
export function inSentence(topic: TopicData): string {
  return PROPER_NAME.test(topic.name) ? topic.name : topic.name.charAt(0).toLowerCase() + topic.name.slice(1);
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
  const spelled = /^[A-Z]{2,}\b|^[A-Z](-|\b)/.test(acronym) && !/^[A-Z][a-z]/.test(acronym);
  const vowel = spelled ? /^[AEFHILMNORSX]/.test(acronym) : /^[AEIOU]/i.test(acronym);
  return `${vowel ? 'an' : 'a'} ${acronym}`;
}

/** "a Scrum Master", "an Agile Coach". */
export function aRole(name: string): string {
  return `${/^[AEIOU]/i.test(name) ? 'an' : 'a'} ${name}`;
}

/** The most values of the caller's that a message quotes, and the longest each may be. */
export const ECHO_MAX_VALUES = 5;
export const ECHO_MAX_LENGTH = 60;

/** One value the caller sent, cut when long (messages echo input: they must stay small). */
export function echoOne(value: string): string {
  return value.length > ECHO_MAX_LENGTH ? `${value.slice(0, ECHO_MAX_LENGTH)}…` : value;
}

/** The first few values the caller sent, each cut: what an error's details may carry. */
export function echoSome(values: readonly string[]): string[] {
  return values.slice(0, ECHO_MAX_VALUES).map(echoOne);
}

/** Values the caller sent, quoted for a message: at most a few, each cut, then how many more. */
export function quoteForPeople(values: readonly string[]): string {
  const shown = echoSome(values).map((v) => JSON.stringify(v));
  return listForPeople(values.length > ECHO_MAX_VALUES ? [...shown, `${(values.length - ECHO_MAX_VALUES).toLocaleString('en-US')} more`] : shown);
}
