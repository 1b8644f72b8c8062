// What makes a generated sentence read wrong, checked the same way by the text test and the
// persona suites: broken casing of a name, a wrong a/an, a wrong singular or plural after a
// number, an empty sentence.
import { catalog } from '../../src/data/catalog.js';
import { articleFor, sentenceStart } from '../../src/resolvers/text.js';

/** Every name people read, as the catalog spells it. */
export const NAMES = [
  ...catalog.certifications.map((c) => c.acronym),
  ...catalog.certifications.map((c) => c.name),
  ...catalog.roles.map((r) => r.name),
  ...catalog.topics.map((t) => t.name),
  ...catalog.providers.map((p) => p.name),
];

/** Names whose casing must survive mid-sentence, in the form a broken lower-casing would give. */
const BROKEN_FORMS = NAMES.filter((n) => /^[A-Z][A-Z]|^[A-Z][a-z]*-[A-Z]|^\S*[a-z][A-Z]/.test(n)).map((n) => n.charAt(0).toLowerCase() + n.slice(1));

/** Everything wrong with one generated sentence (or paragraph), in words; empty when it reads right. */
export function wordingProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.trim()) return ['empty'];
  if (text !== text.trim()) problems.push('leading or trailing space');
  if (/^[a-z]/.test(text)) problems.push('starts in lower case');
  if (/ {2,}/.test(text)) problems.push('double space');
  if (/\s[.,;:]/.test(text)) problems.push('space before punctuation');
  if (/\.\s*\./.test(text.replace(/\.\.\./g, ''))) problems.push('empty sentence');
  if (/\(\s*\)/.test(text)) problems.push('empty brackets');
  if (/\b(undefined|null|NaN)\b/.test(text)) problems.push('a missing value printed');
  // Casing: "aI in agile work", "large-Scale Scrum", a capital inside a lower-cased word.
  for (const broken of BROKEN_FORMS) if (text.includes(broken) && !text.includes(sentenceStart(broken))) problems.push(`broken name "${broken}"`);
  if (/(^|[\s(])[a-z][A-Z]/.test(text)) problems.push(`broken casing near "${/(^|[\s(])([a-z][A-Z]\S*)/.exec(text)![2]}"`);
  // a/an: the article must match how the next word is said.
  for (const m of text.matchAll(/(?:^|[\s(])(a|an|A|An) ([A-Za-z][\w-]*)/g)) {
    const want = articleFor(m[2]!);
    if (m[1]!.toLowerCase() !== want) problems.push(`"${m[1]} ${m[2]}" should be "${want} ${m[2]}"`);
  }
  // Singular and plural after a number.
  const NOUNS = 'certification|topic|year|month|interest|level|role|step|provider|holder|question|fundamental';
  for (const m of text.matchAll(new RegExp(`(?:^|[\\s(])(\\d[\\d,]*) (${NOUNS})(s?)\\b(?!-)`, 'g'))) {
    const n = Number(m[1]!.replace(/,/g, ''));
    if ((n === 1) !== (m[3] === '')) problems.push(`"${m[1]} ${m[2]}${m[3]}"`);
  }
  if (/\bNone of the 1\b|\b1 (certifications|topics|years|months)\b/.test(text)) problems.push('"1" with a plural');
  return problems;
}
