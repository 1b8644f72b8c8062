// A partner's usage as it is reported (GET /partner/usage, `npm run partner -- usage`): requests,
// refusals by kind and quota left, computed from the Durable Object's counters. Pure: the Worker
// and the CLI compute the same report from the same rows.

import { ENFORCED_LIMITS } from '../admission/enforced-limits.js';
import {
  type Channel,
  type CountRow,
  DAY_MS,
  dayOf,
  FLUSH_AFTER_MS,
  FLUSH_AT,
  MINUTE_MS,
  minuteOf,
  NO_QUERY_COUNTS,
  OUTCOMES,
  type Outcome,
  type QueryCounts,
  REFUSALS,
  type RefusalOutcome,
  TOP_QUERIES,
} from './outcomes.js';

export { ENFORCED_LIMITS };

export interface UsagePartner {
  id: string;
  name: string;
  tier: 'standard' | 'high';
}

/** Requests in a window, by outcome and channel. */
export interface UsageTotals {
  requests: number;
  answered: number;
  refused: { total: number } & Record<RefusalOutcome, number>;
  failed: number;
  /** Persisted queries' hashes not known yet: not refusals, the client sends the query next. */
  persistedQueryMisses: number;
  byChannel: Record<Channel, number>;
}

/** One of a day's top queries: its operation name (null when the client sent none), its document's fingerprint, its requests. */
export interface TopQuery {
  operation: string | null;
  /** The first 12 hex digits of the document's SHA-256 (the start of its persisted-document id), or null when the request named no document. */
  document: string | null;
  requests: number;
}

/** A day's GraphQL requests by query: the most counted first, the rest in `other`; null for a day before queries were counted. */
export interface DayQueries {
  /** The GraphQL requests whose query was read (not those refused before: 401, 403, 429). */
  requests: number;
  top: TopQuery[];
  other: number;
}

export type UsageDay = UsageTotals & { date: string; queries: DayQueries | null };

export interface UsageReport {
  partner: UsagePartner;
  asOf: string;
  /** Where the figures come from, and how far they may lag. */
  counting: string;
  quota: {
    appliesTo: string;
    window: { start: string; end: string };
    limit: number;
    used: number;
    left: number;
    note: string;
    pages: string;
  };
  thisMinute: UsageTotals;
  lastHour: UsageTotals;
  today: UsageDay;
  days: UsageDay[];
}

const COUNTING_NOTE =
  `Counted in a Durable Object per partner, all Cloudflare locations together. Each Worker instance sends its counts within ${FLUSH_AFTER_MS / 1000} s or ${FLUSH_AT} requests: ` +
  'the figures may lag that much, and an instance that stops abruptly loses at most that batch.';

function emptyTotals(): UsageTotals {
  const refused = { total: 0 } as UsageTotals['refused'];
  for (const kind of REFUSALS) refused[kind] = 0;
  return { requests: 0, answered: 0, refused, failed: 0, persistedQueryMisses: 0, byChannel: { server: 0, pages: 0, widget: 0 } };
}

function addTo(totals: UsageTotals, outcome: Outcome, channel: Channel, n: number): void {
  totals.requests += n;
  totals.byChannel[channel] += n;
  if (outcome === 'answered') totals.answered += n;
  else if (outcome === 'failed') totals.failed += n;
  else if (outcome === 'persistedQueryMiss') totals.persistedQueryMisses += n;
  else {
    totals.refused[outcome] += n;
    totals.refused.total += n;
  }
}

/** The totals of the rows of one period whose window starts in [from, to). */
function totalsOf(rows: readonly CountRow[], period: CountRow['period'], from: number, to: number): UsageTotals {
  const totals = emptyTotals();
  for (const row of rows) {
    if (row.period === period && row.start >= from && row.start < to && OUTCOMES.includes(row.outcome)) addTo(totals, row.outcome, row.channel, row.n);
  }
  return totals;
}

const isoDate = (time: number) => new Date(time).toISOString().slice(0, 10);
const iso = (time: number) => `${new Date(time).toISOString().slice(0, 19)}Z`;

/**
 * The server quota of the current minute: the tier's limit minus the requests from the partner's
 * servers the Durable Object counted in this UTC minute (those that reached the limiter: not the
 * 401s and 403s, which are refused before it).
 */
function quotaOf(partner: UsagePartner, rows: readonly CountRow[], now: number): UsageReport['quota'] {
  const start = minuteOf(now);
  let used = 0;
  for (const row of rows) {
    if (row.period === 'minute' && row.start === start && row.channel === 'server' && row.outcome !== 'originRefused' && row.outcome !== 'keyRevoked')
      used += row.n;
  }
  const limit = ENFORCED_LIMITS[partner.tier];
  return {
    appliesTo: 'calls from your servers (a key with server access, no Origin header), counted per partner',
    window: { start: iso(start), end: iso(start + MINUTE_MS) },
    limit,
    used,
    left: Math.max(0, limit - used),
    note:
      `The ${partner.tier} tier's enforced limit. "used" is the Durable Object's count for this UTC minute, not the rate limiter's own ` +
      '(Cloudflare does not expose it, and it counts per location, so it may refuse later than "left" says). There is no daily quota.',
    pages: `Your pages and widget views are limited per visitor (each client's own ${ENFORCED_LIMITS.pagesPerClient} a minute, shared with its anonymous calls), not per partner: they use none of this quota.`,
  };
}

/**
 * A day's queries from the kept counts (of one object, or several merged into one partner: the same
 * query in two is one), the most counted first (ties by name, then fingerprint), TOP_QUERIES shown;
 * null when no object counted queries on that day yet.
 */
function queriesOf(queries: readonly QueryCounts[], day: number): DayQueries | null {
  if (!queries.some((q) => q.since !== null && dayOf(q.since) <= day)) return null;
  const byQuery = new Map<string, TopQuery>();
  let requests = 0;
  let other = 0;
  for (const counts of queries) {
    for (const row of counts.kept) {
      if (row.day !== day) continue;
      const key = `${row.operation}|${row.document}`;
      const held = byQuery.get(key) ?? { operation: row.operation || null, document: row.document || null, requests: 0 };
      held.requests += row.n;
      byQuery.set(key, held);
      requests += row.n;
    }
    for (const row of counts.other) {
      if (row.day !== day) continue;
      other += row.n;
      requests += row.n;
    }
  }
  const ordered = [...byQuery.values()].sort(
    (a, b) => b.requests - a.requests || (a.operation ?? '').localeCompare(b.operation ?? '') || (a.document ?? '').localeCompare(b.document ?? ''),
  );
  const top = ordered.slice(0, TOP_QUERIES);
  return { requests, top, other: other + ordered.slice(TOP_QUERIES).reduce((sum, q) => sum + q.requests, 0) };
}

/**
 * The report of `partner` at `now` from the Durable Object's rows (and its query counts, one per
 * object read), with `days` days listed (today first).
 */
export function usageReport(
  partner: UsagePartner,
  rows: readonly CountRow[],
  now: number,
  days = 7,
  queries: QueryCounts | readonly QueryCounts[] = NO_QUERY_COUNTS,
): UsageReport {
  const today = dayOf(now);
  const minute = minuteOf(now);
  const counted = Array.isArray(queries) ? (queries as readonly QueryCounts[]) : [queries as QueryCounts];
  return {
    partner: { id: partner.id, name: partner.name, tier: partner.tier },
    asOf: iso(now),
    counting: COUNTING_NOTE,
    quota: quotaOf(partner, rows, now),
    thisMinute: totalsOf(rows, 'minute', minute, minute + MINUTE_MS),
    lastHour: totalsOf(rows, 'minute', minute - 59 * MINUTE_MS, minute + MINUTE_MS),
    today: { date: isoDate(today), ...totalsOf(rows, 'day', today, today + DAY_MS), queries: queriesOf(counted, today) },
    days: Array.from({ length: days }, (_, i) => {
      const day = today - i * DAY_MS;
      return { date: isoDate(day), ...totalsOf(rows, 'day', day, day + DAY_MS), queries: queriesOf(counted, day) };
    }),
  };
}
