// Content negotiation for /graphql, as RFC 9110 (section 12.5.1) has it, decided once, before any
// cache or yoga: the Accept header becomes the one media type the answer will have, or a 406.
// - Each media range may carry a weight (`q`, 0 to 1); `q=0` means "not this". For each type the
//   server answers, the most specific range that matches it gives its weight (an exact type over
//   `type/*` over `*/*`). The type with the highest weight wins; between equal weights, the one
//   named earlier in the header, then the server's order (application/json first for wildcards,
//   as yoga had it). No Accept, or an empty one, is `*/*`.
// - A range whose charset is not UTF-8 matches nothing (the API writes UTF-8 only).
// The request yoga then sees carries exactly the chosen type, so yoga's own choice (which ignores
// weights) is this one; and the caches key on the chosen type, never on the header's free text:
// `application/json`, `Application/JSON;q=1` and `*/*` are one entry.

/** The types the API answers in, in the server's order of preference between equal weights. */
export const ANSWER_TYPES = ['application/json', 'application/graphql-response+json', 'text/event-stream', 'multipart/mixed'] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** The most an Accept header is read: a longer one is read up to here (a list cut at a range). */
const MAX_ACCEPT_LENGTH = 1024;
/** The most ranges read from one header. */
const MAX_RANGES = 32;

interface Range {
  type: string;
  subtype: string;
  q: number;
  index: number;
}

/** A media range's weight: `q=` as RFC 9110 writes it (0 to 1, three decimals at most); anything else is 1. */
function weightOf(params: string[]): number {
  for (const param of params) {
    const [name, value] = param.split('=').map((s) => s.trim().toLowerCase());
    if (name === 'q' && value !== undefined && /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value)) return Number(value);
  }
  return 1;
}

/** Whether a range's charset (if any) is UTF-8. */
function utf8Charset(params: string[]): boolean {
  for (const param of params) {
    const [name, value] = param.split('=').map((s) => s.trim().toLowerCase());
    if (name === 'charset') return value === 'utf-8' || value === '"utf-8"';
  }
  return true;
}

function rangesOf(header: string): Range[] {
  const ranges: Range[] = [];
  for (const [index, part] of header.slice(0, MAX_ACCEPT_LENGTH).split(',').slice(0, MAX_RANGES).entries()) {
    const [mediaRange = '', ...params] = part.split(';');
    const [type, subtype] = mediaRange.trim().toLowerCase().split('/');
    if (!type || !subtype || !utf8Charset(params)) continue;
    ranges.push({ type, subtype, q: weightOf(params), index });
  }
  return ranges;
}

/** How specific a range is for a type: 3 exact, 2 `type/*`, 1 `*` + `/*`, 0 no match. */
function specificity(range: Range, answer: string): number {
  const [type, subtype] = answer.split('/') as [string, string];
  if (range.type === type && range.subtype === subtype) return 3;
  if (range.type === type && range.subtype === '*') return 2;
  if (range.type === '*' && range.subtype === '*') return 1;
  return 0;
}

/** The range that decides a type's weight: the most specific that matches (the first of equals). */
function decidingRange(ranges: Range[], answer: string): Range | undefined {
  let best: Range | undefined;
  let bestSpecificity = 0;
  for (const range of ranges) {
    const s = specificity(range, answer);
    if (s > bestSpecificity) [best, bestSpecificity] = [range, s];
  }
  return best;
}

/**
 * The media type the answer will have, or null when the header accepts none the API answers in
 * (then 406). `types` narrows the candidates (a cache asks about the JSON types only).
 */
export function negotiate(header: string | null, types: readonly AnswerType[] = ANSWER_TYPES): AnswerType | null {
  const ranges = rangesOf(header?.trim() ? header : '*/*');
  let chosen: { type: AnswerType; q: number; index: number } | null = null;
  for (const type of types) {
    const range = decidingRange(ranges, type);
    if (!range || range.q <= 0) continue;
    if (!chosen || range.q > chosen.q || (range.q === chosen.q && range.index < chosen.index)) chosen = { type, q: range.q, index: range.index };
  }
  return chosen?.type ?? null;
}
