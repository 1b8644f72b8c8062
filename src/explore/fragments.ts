// The overlap explorer's wording that the Worker and the browser script (or the downloads) share:
// the messages for a bad query string, and the names of the choices. The Worker reads it as a
// static asset (public/explore/fragments.json, written by `npm run assets`). (The catalog's cluster
// order, computed once per catalog, ships with the catalog: src/resolvers/cluster-order.ts.)

export const FRAGMENTS = {
  // Problems with the query string
  oneValue: '`{{name}}` takes one value; got {{count}}.',
  tooLong: '`{{name}}` is too long ({{length}} characters; at most {{max}}).',
  oneOf: '`{{name}}` must be one of {{allowed}}; got "{{got}}".',
  pairHalf: 'A pair needs both `a` and `b` (two certification slugs).',
  pairSame: '`a` and `b` must be two different certifications; both are "{{a}}".',
  // The choices, in the order of ORDERS and METRICS (params.ts) and of the levels
  levels: 'Foundation|Advanced|Expert',
  orders: 'Clusters|By provider|By level|By role',
  orderWords: 'clustered by overlap, so families show as blocks|by provider|by level|by role',
  metrics: 'Similarity|What a holder already knows',
};

export type Fragments = typeof FRAGMENTS;

/** A fragment with its markers replaced, in one pass (inserted values are never scanned again). */
export function fill(fragment: string, values: Record<string, string | number>): string {
  return fragment.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

/**
 * Text for HTML, in ASCII: the five markup characters and every character beyond ASCII as numeric
 * references. A page made of ASCII pieces is a one-byte string in V8: joining it and encoding it to
 * UTF-8 for the Response cost a third of a two-byte one's (a single "–" in a name would make the
 * whole matrix two-byte; bench/explore.mjs).
 */
export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']|[\u0080-\u{10ffff}]/gu, (ch) => `&#${ch.codePointAt(0)};`);
}

/** Text that is already HTML (no markup to escape), with every character beyond ASCII as a numeric reference. */
export function ascii(html: string): string {
  return html.replace(/[\u0080-\u{10ffff}]/gu, (ch) => `&#${ch.codePointAt(0)};`);
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
