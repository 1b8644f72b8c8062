// The small text layer every generated sentence is built with: counts with the right singular or
// plural, the right article (a/an) before names and acronyms as people say them, lists joined for
// reading, and names kept verbatim mid-sentence ("AI in agile work", "Large-Scale Scrum (LeSS)",
// "UX Designer"). Sentences are put together from these, never by hand-made "s" or "a". Pure.

/** `word` for one, `plural` (default word + "s") for any other number. */
export function plural(n: number, word: string, pluralForm = `${word}s`): string {
  return n === 1 ? word : pluralForm;
}

/**
 * 1295 -> "1,295", as `toLocaleString('en-US')` writes it. Whole numbers (every count and byte
 * size this API writes) are grouped here: the first call of Intl loads ICU's number data, the
 * largest cold cost of a fresh isolate's first answer (`npm run bench:startup`); anything else
 * goes to Intl.
 */
export function grouped(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
  return n < 0 ? `-${digits}` : digits;
}

/** "1 certification", "3 certifications", "no certifications" (with `none`). */
export function counted(n: number, word: string, pluralForm = `${word}s`, none = 'no'): string {
  return `${n === 0 ? none : grouped(n)} ${plural(n, word, pluralForm)}`;
}

/** The verb after a subject of `n` things: is/are, has/have, needs/need. */
export function verb(n: number, singular: string, pluralForm: string): string {
  return n === 1 ? singular : pluralForm;
}

/** Joins values for reading: "a", "a and b", "a, b and c" (`or` for alternatives). */
export function joinList(values: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${conjunction} ${values[values.length - 1]}`;
}

/** Letters whose spoken name starts with a vowel sound: "an F", "an M", "an SSM". */
const VOWEL_LETTERS = /^[AEFHILMNORSX]/;
/** Words that start with a vowel letter but a consonant sound ("a user", "a one-day"), and the reverse ("an hour"). */
const CONSONANT_SOUND = /^(u[bcdfgklmnprstvz][aeiou]|use|usu|uti|uni|one|once|eu)/i;
const VOWEL_SOUND = /^(hour|honest|honou?r|heir)/i;

/** Whether a word is said letter by letter: an acronym ("UX", "SSM", "PSM I", "A-CSM"). */
function spelled(word: string): boolean {
  return /^[A-Z]{2,}(\b|-)|^[A-Z]-/.test(word) && !/^[A-Z][a-z]/.test(word);
}

/** "a" or "an" for a phrase as people say it: "an Agile Coach", "a UX Designer", "an SSM", "a PSM I", "an hour", "a user". */
export function articleFor(phrase: string): 'a' | 'an' {
  if (spelled(phrase)) return VOWEL_LETTERS.test(phrase) ? 'an' : 'a';
  if (VOWEL_SOUND.test(phrase)) return 'an';
  if (CONSONANT_SOUND.test(phrase)) return 'a';
  return /^[aeiou]/i.test(phrase) ? 'an' : 'a';
}

/** The phrase with its article: "an Agile Coach", "a UX Designer". */
export function withArticle(phrase: string): string {
  return `${articleFor(phrase)} ${phrase}`;
}

/** Names that stay capitalised mid-sentence although their first word is an ordinary word. */
const PROPER_START = /^(Scrum|Product Backlog|Definition of Done|Evidence-Based|Kanban|Lean|Agile Release Train|SAFe|Large-Scale)\b/;

/**
 * A name as it reads mid-sentence: kept verbatim when it starts with an acronym ("AI in agile
 * work"), a word with a capital inside it ("Large-Scale Scrum", "LeSS") or a proper name
 * ("Scrum events"); otherwise its first letter lowered ("facilitation").
 */
export function midSentence(name: string): string {
  const first = name.split(/\s/)[0] ?? '';
  if (PROPER_START.test(name) || /^[A-Z]{2,}/.test(first) || /.[A-Z]/.test(first)) return name;
  return name.charAt(0).toLowerCase() + name.slice(1);
}

/** A sentence's first letter capitalised, the rest verbatim ("PSM I includes…", "An SSM holder…"). */
export function sentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "0 months", "1 month", "12 months": a number (never "no") with the right form of the word. */
export function numbered(n: number, word: string, pluralForm = `${word}s`): string {
  return `${grouped(n)} ${plural(n, word, pluralForm)}`;
}

/**
 * The characters whose order `localeCompare` (ICU's root collation, as `en` uses it) gives without
 * ICU: space and ASCII punctuation in ICU's order (the en dash of the catalog's names after the
 * hyphen), then digits, then letters (a letter's cases share a place). Anything else (an accent, a
 * combining mark) goes to `localeCompare`.
 */
const ORDERED = ` _-\u2013,;:!?.'"()[]{}@*/\\&#%\`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz`;
const PLACE = new Uint8Array(128);
for (let i = 0; i < ORDERED.length; i++) {
  const code = ORDERED.charCodeAt(i);
  if (code < 128) {
    PLACE[code] = i + 1;
    PLACE[ORDERED.toUpperCase().charCodeAt(i)] = i + 1;
  }
}
const EN_DASH = ORDERED.indexOf('\u2013') + 1;
const placeOf = (code: number): number => (code < 128 ? PLACE[code]! : code === 0x2013 ? EN_DASH : 0);

/**
 * `a.localeCompare(b)`'s sign, the same order, without ICU's collator for slugs, codes, dates and
 * names: the first `localeCompare` of an isolate builds the collator (~6 ms of a fresh isolate's
 * first recommendation, `npm run bench:startup`). Each character of the table has one place, as
 * in ICU's first level: the first difference of places decides, when every character up to it is
 * in the table (what follows cannot undo a difference at ICU's first level). Strings equal but for
 * case, or a character outside the table before a difference, go to `localeCompare`.
 * test/advice/text-order.test.ts holds it to `localeCompare`.
 */
export function compareText(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    const px = placeOf(x);
    const py = placeOf(y);
    if (!px || !py) return a.localeCompare(b, 'en');
    if (px !== py) return px < py ? -1 : 1;
  }
  // One is the other's prefix (in places): the longer is greater if what it adds counts at the first level.
  for (let i = n; i < a.length || i < b.length; i++) {
    const x = i < a.length ? a.charCodeAt(i) : b.charCodeAt(i);
    if (!placeOf(x)) return a.localeCompare(b, 'en');
  }
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a === b ? 0 : a.localeCompare(b, 'en');
}
