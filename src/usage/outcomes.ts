// What partner usage counts: every request that carried a partner's key (a call to /graphql, a view
// of the widget, a read of /partner/usage), by channel and by outcome. Anonymous requests are not
// counted per partner. Shared by the Worker, its Durable Object and the CLI (scripts/partner.mjs).

/**
 * Where a request came from, as the server knows it (the key's kind and the route, never a header
 * the caller chose): the partner's servers (a server key), its pages (a page key, or a server key
 * sent from a page), or its widget (a view of /embed/recommendations with its key). Widget views
 * counted before the widget had a channel of its own are in `pages`.
 */
export const CHANNELS = ['server', 'pages', 'widget'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * How a request ended: answered, refused (and why), failed on the server's side, or a persisted
 * query's hash not known yet (a step of the protocol: the client sends the query next).
 */
export const OUTCOMES = ['answered', 'rateLimited', 'originRefused', 'keyRevoked', 'queryRefused', 'invalidRequest', 'failed', 'persistedQueryMiss'] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** The refusals, in the order reports list them. */
export const REFUSALS = ['rateLimited', 'originRefused', 'keyRevoked', 'queryRefused', 'invalidRequest'] as const satisfies readonly Outcome[];
export type RefusalOutcome = (typeof REFUSALS)[number];

/** One counter: `n` requests of a channel and outcome in the minute that starts at `minute` (epoch ms, UTC). */
export interface CountEntry {
  minute: number;
  channel: Channel;
  outcome: Outcome;
  n: number;
}

/** One query's count: `n` GraphQL requests that ran it in the minute that starts at `minute` (src/usage/queries.ts names it). */
export interface QueryEntry {
  minute: number;
  operation: string;
  document: string;
  n: number;
}

/** A stored count of a query on a UTC day (`day`, epoch ms). */
export interface QueryRow {
  day: number;
  operation: string;
  document: string;
  n: number;
}

/**
 * A partner's query counts as its Durable Object keeps them: at most KEPT_QUERIES_PER_DAY queries a
 * day, every other request of the day in `other`; `since`, when it began counting queries (null
 * when nothing has counted them yet: a store written before queries were counted).
 */
export interface QueryCounts {
  since: number | null;
  kept: QueryRow[];
  other: { day: number; n: number }[];
}

export const NO_QUERY_COUNTS: QueryCounts = { since: null, kept: [], other: [] };

/** Queries kept per day by the Durable Object, and shown by reports. */
export const KEPT_QUERIES_PER_DAY = 50;
export const TOP_QUERIES = 10;

/** A stored counter: a UTC day's or a UTC minute's (`start`, epoch ms). */
export interface CountRow {
  period: 'day' | 'minute';
  start: number;
  channel: Channel;
  outcome: Outcome;
  n: number;
}

/** Each isolate sends a partner's counts at most this long after the first, or once it holds FLUSH_AT (src/usage/counter.ts). */
export const FLUSH_AFTER_MS = 2_000;
export const FLUSH_AT = 32;

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
/** How long the Durable Object keeps day counters, and minute counters. */
export const KEEP_DAYS = 90;
export const KEEP_MINUTES = 60;

export const minuteOf = (time: number): number => time - (time % MINUTE_MS);
export const dayOf = (time: number): number => time - (time % DAY_MS);

/**
 * A request's outcome from its HTTP status and, when GraphQL ran, what its result said. Only a
 * partner's requests are counted, so a 401 is a revoked key (an unknown key identifies no partner)
 * and a 403 an origin the key is not valid from.
 */
export function outcomeOf(status: number, graphql: Outcome | undefined): Outcome {
  if (status === 429) return 'rateLimited';
  if (status === 403) return 'originRefused';
  if (status === 401) return 'keyRevoked';
  if (graphql) return graphql;
  if (status >= 500) return 'failed';
  return status >= 400 ? 'invalidRequest' : 'answered';
}
