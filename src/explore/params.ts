// The explorer's query-string parameters: filters (provider, role, level), the order and the
// metric of the matrix, and the chosen pair (a, b). Every view is a URL, so it works without
// script, can be bookmarked and shared. The downloads (/data) take the same parameters, parsed
// here. `searchOf` is a view's normal form: only what differs from the defaults, in a fixed order,
// unknown parameters dropped (the explorer's caches key on it).
import { type Fragments, fill } from './fragments.js';
import type { Level } from './queries.js';

export const ORDERS = ['cluster', 'provider', 'level', 'role'] as const;
export const METRICS = ['similarity', 'coverage'] as const;
export const LEVELS: readonly Level[] = ['FOUNDATION', 'ADVANCED', 'EXPERT'];
export type Order = (typeof ORDERS)[number];
export type Metric = (typeof METRICS)[number];

export interface ExploreParams {
  provider: string | null;
  role: string | null;
  level: Level | null;
  order: Order;
  metric: Metric;
  a: string | null;
  b: string | null;
}

export const DEFAULTS: ExploreParams = { provider: null, role: null, level: null, order: 'cluster', metric: 'similarity', a: null, b: null };

/** Longer values are refused before they reach the API (slugs are short). */
const MAX_VALUE = 100;

/** The catalog's slugs a parameter may name: with them, an unknown provider, role or certification is a problem too. */
export interface KnownSlugs {
  providers: readonly string[];
  roles: readonly string[];
  certifications: readonly string[];
}

/** Parses the query string; a bad value is reported (and left at its default), never guessed at. */
export function parseParams(f: Fragments, query: URLSearchParams, known?: KnownSlugs): { params: ExploreParams; problems: string[] } {
  const problems: string[] = [];
  const params: ExploreParams = { ...DEFAULTS };
  const text = (name: string): string | null => {
    const values = query
      .getAll(name)
      .map((v) => v.trim())
      .filter((v) => v !== '');
    if (values.length > 1) {
      problems.push(fill(f.oneValue, { name, count: values.length }));
      return null;
    }
    const value = values[0] ?? null;
    if (value !== null && value.length > MAX_VALUE) {
      problems.push(fill(f.tooLong, { name, length: value.length, max: MAX_VALUE }));
      return null;
    }
    return value;
  };
  /** One of `allowed` (as written in URLs), or a problem that lists them. */
  const choice = <T extends string>(name: string, allowed: readonly string[], as: (v: string) => T = (v) => v as T): T | null => {
    const got = text(name);
    if (got === null) return null;
    const key = got.toLowerCase();
    if (allowed.includes(key)) return as(key);
    problems.push(fill(f.oneOf, { name, allowed: allowed.join(', '), got }));
    return null;
  };
  params.provider = known ? choice('provider', known.providers) : text('provider');
  params.role = known ? choice('role', known.roles) : text('role');
  params.level = choice(
    'level',
    LEVELS.map((l) => l.toLowerCase()),
    (v) => v.toUpperCase() as Level,
  );
  params.order = choice<Order>('order', ORDERS) ?? DEFAULTS.order;
  params.metric = choice<Metric>('metric', METRICS) ?? DEFAULTS.metric;
  const slug = (name: string) => (known ? choice(name, known.certifications) : text(name));
  const before = problems.length;
  const a = slug('a');
  const b = slug('b');
  if (problems.length > before) return { params, problems };
  if ((a === null) !== (b === null)) problems.push(f.pairHalf);
  else if (a !== null && a === b) problems.push(fill(f.pairSame, { a }));
  else {
    params.a = a;
    params.b = b;
  }
  return { params, problems };
}

/** The query string of a view: only what differs from the defaults, in a fixed order. */
export function searchOf(params: ExploreParams): string {
  const q = new URLSearchParams();
  if (params.provider) q.set('provider', params.provider);
  if (params.role) q.set('role', params.role);
  if (params.level) q.set('level', params.level.toLowerCase());
  if (params.order !== DEFAULTS.order) q.set('order', params.order);
  if (params.metric !== DEFAULTS.metric) q.set('metric', params.metric);
  if (params.a && params.b) {
    q.set('a', params.a);
    q.set('b', params.b);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The API filter for these parameters (undefined when nothing is filtered). */
export function filterOf(params: ExploreParams): Record<string, unknown> | undefined {
  const filter: Record<string, unknown> = {};
  if (params.provider) filter.providers = [params.provider];
  if (params.role) filter.roles = [params.role];
  if (params.level) filter.levels = [params.level];
  return Object.keys(filter).length ? filter : undefined;
}
