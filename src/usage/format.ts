// A usage report as `npm run partner -- usage` prints it: plain text, one figure a line, the
// refusals by kind, the quota left with what it means. Pure, so a test reads what the CLI prints.

import { grouped } from '../resolvers/text.js';
import { type CountRow, NO_QUERY_COUNTS, type QueryCounts, REFUSALS, type RefusalOutcome } from './outcomes.js';
import type { QueryName } from './queries.js';
import { type DayQueries, type TopQuery, type UsageDay, type UsagePartner, type UsageReport, type UsageTotals, usageReport } from './report.js';

// (Here, not in queries.ts beside the naming: that module keeps a cache for the counting, which the
// usage reports' module, built apart from the Worker's, must not copy.)
/** How a query is shown: "CompareCsmCspo 3f9a1c0b2e4d", "(unnamed) 3f9a1c0b2e4d", or "(no document)". */
export function queryLabel({ operation, document }: QueryName): string {
  if (!document) return operation ? `${operation} (no document)` : '(no document)';
  return `${operation || '(unnamed)'} ${document}`;
}

const REFUSAL_LABEL: Record<RefusalOutcome, string> = {
  rateLimited: 'rate limited',
  originRefused: 'origin refused',
  keyRevoked: 'revoked key',
  queryRefused: 'query refused by limits',
  invalidRequest: 'invalid request',
};

const count = (n: number) => grouped(n);

/** "12 requests: 9 answered, 3 refused (2 rate limited, 1 origin refused), 0 failed; 10 from servers, 2 from pages", or "no requests" */
export function totalsLine(totals: UsageTotals): string {
  if (totals.requests === 0) return 'no requests';
  const kinds = REFUSALS.filter((kind) => totals.refused[kind] > 0).map((kind) => `${count(totals.refused[kind])} ${REFUSAL_LABEL[kind]}`);
  const refused = `${count(totals.refused.total)} refused${kinds.length ? ` (${kinds.join(', ')})` : ''}`;
  const channels = `${count(totals.byChannel.server)} from servers, ${count(totals.byChannel.pages)} from pages, ${count(totals.byChannel.widget)} widget views`;
  const misses = totals.persistedQueryMisses ? `, ${count(totals.persistedQueryMisses)} persisted-query hashes not yet known` : '';
  return `${count(totals.requests)} requests: ${count(totals.answered)} answered, ${refused}, ${count(totals.failed)} failed${misses}; ${channels}`;
}

/** The columns of a day, as the table and the CSV show them (the refusals by reason). */
const DAY_COLUMNS: [label: string, csv: string, of: (d: UsageTotals) => number][] = [
  ['requests', 'requests', (d) => d.requests],
  ['answered', 'answered', (d) => d.answered],
  ['429', 'rate_limited', (d) => d.refused.rateLimited],
  ['origin', 'origin_refused', (d) => d.refused.originRefused],
  ['revoked', 'key_revoked', (d) => d.refused.keyRevoked],
  ['limits', 'query_refused', (d) => d.refused.queryRefused],
  ['invalid', 'invalid_request', (d) => d.refused.invalidRequest],
  ['failed', 'failed', (d) => d.failed],
  ['server', 'server', (d) => d.byChannel.server],
  ['pages', 'pages', (d) => d.byChannel.pages],
  ['widget', 'widget', (d) => d.byChannel.widget],
];

/** The widest chart bar, in characters. */
const BAR = 24;

/** A day's bar: answered as █, refused and failed as ░, scaled to the busiest day. */
function bar(day: UsageTotals, busiest: number): string {
  if (!busiest || !day.requests) return '';
  const width = Math.max(1, Math.round((day.requests / busiest) * BAR));
  const answered = Math.round((day.answered / day.requests) * width);
  return '█'.repeat(answered) + '░'.repeat(width - answered);
}

/** A top query as the table and the CSV show it: "CompareCsmCspo 3f9a1c0b2e4d". */
const labelOf = (q: TopQuery) => queryLabel({ operation: q.operation ?? '', document: q.document ?? '' });

/** How many of a day's top queries the CLI's table shows by default. */
export const TABLE_TOP_QUERIES = 3;

/** A day's top queries on one line: "CompareCsmCspo 3f9a1c0b2e4d 300 · (unnamed) aa11bb22cc33 12 · other 9". */
function queriesLine(queries: DayQueries, top: number): string {
  const shown = queries.top.slice(0, top);
  const rest = queries.requests - shown.reduce((sum, q) => sum + q.requests, 0);
  const parts = shown.map((q) => `${labelOf(q)} ${count(q.requests)}`);
  if (rest > 0) parts.push(`other ${count(rest)}`);
  return parts.join(' · ');
}

/**
 * The days' top queries, oldest first, one line a day that counted any: what the CLI prints under
 * the table. Days before queries were counted are said once.
 */
export function queriesTable(days: readonly UsageDay[], top = TABLE_TOP_QUERIES): string {
  const ordered = [...days].reverse();
  const lines = ordered
    .filter((d) => d.queries && d.queries.requests > 0)
    .map((d) => `${d.date}  ${count(d.queries!.requests).padStart(6)}  ${queriesLine(d.queries!, top)}`);
  const uncounted = ordered.filter((d) => d.queries === null && d.requests > 0);
  const head = `Top queries by day (GraphQL requests, then the ${top} most run: operation name and the first 12 hex digits of the document's SHA-256, as in your persisted-documents manifest; never a query's text or variables):`;
  const body = lines.length ? lines : ['(none counted)'];
  const before = uncounted.length
    ? [
        `(queries were not counted before ${ordered.find((d) => d.queries !== null)?.date ?? 'this version'}: ${uncounted.length} day(s) with requests have none)`,
      ]
    : [];
  return `${[head, ...body, ...before].join('\n')}\n`;
}

/**
 * One line a day, oldest first: the figures by column, a bar (█ answered, ░ refused or failed),
 * and `◀ rate limited` on the days a limit refused calls, so the day a quota ran out shows.
 */
export function dailyTable(days: readonly (UsageTotals & { date: string })[]): string {
  const ordered = [...days].reverse();
  const busiest = Math.max(0, ...ordered.map((d) => d.requests));
  const widths = DAY_COLUMNS.map(([label, , of]) => Math.max(label.length, ...ordered.map((d) => count(of(d)).length)));
  const row = (date: string, cells: string[], tail: string) => `${date}  ${cells.map((c, i) => c.padStart(widths[i]!)).join('  ')}  ${tail}`.trimEnd();
  const lines = [
    row(
      'date (UTC)',
      DAY_COLUMNS.map(([label]) => label),
      '',
    ),
    ...ordered.map((d) =>
      row(
        d.date.padEnd(10),
        DAY_COLUMNS.map(([, , of]) => count(of(d))),
        `${bar(d, busiest)}${d.refused.rateLimited ? `  ◀ rate limited ${count(d.refused.rateLimited)}` : ''}`,
      ),
    ),
  ];
  const total = ordered.reduce((sum, d) => sum + d.requests, 0);
  lines.push(
    '',
    `${count(total)} requests in ${ordered.length} days. Refused: 429 over a rate limit, origin (403: an origin not registered, or a page key without one), revoked (401), limits (a query over the limits), invalid (any other mistake).`,
    `█ answered  ░ refused or failed; bars scaled to the busiest day (${count(busiest)}).`,
  );
  return `${lines.join('\n')}\n`;
}

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break. */
const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/**
 * The days as CSV (RFC 4180, a header row, oldest first): what GET /partner/usage answers to
 * `Accept: text/csv` or `?format=csv`. The queries' columns: the GraphQL requests whose query was
 * read, the top queries (`label=requests`, `; `-separated, the most run first) and the rest; empty
 * on a day before queries were counted.
 */
export function usageCsv(report: UsageReport): string {
  const header = ['date', ...DAY_COLUMNS.map(([, csv]) => csv), 'persisted_query_misses', 'query_requests', 'top_queries', 'other_queries'];
  const rows = [...report.days].reverse().map((d) => {
    const q = d.queries;
    const queries = q ? [String(q.requests), q.top.map((t) => `${labelOf(t)}=${t.requests}`).join('; '), String(q.other)] : ['', '', ''];
    return [d.date, ...DAY_COLUMNS.map(([, , of]) => String(of(d))), String(d.persistedQueryMisses), ...queries];
  });
  return `${[header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The whole report as text (`top`: the queries shown a day). */
export function formatUsage(report: UsageReport, top = TABLE_TOP_QUERIES): string {
  const { partner, quota } = report;
  const window = `${quota.window.start.slice(11, 16)}-${quota.window.end.slice(11, 16)} UTC`;
  const lines = [
    `Usage of ${partner.name} (${partner.id}), tier ${partner.tier}, as of ${report.asOf}`,
    '',
    `Quota left this minute (${window}): ${count(quota.left)} of ${count(quota.limit)} (${count(quota.used)} used by your servers)`,
    `  ${quota.note}`,
    `  ${quota.pages}`,
    '',
    `This minute:   ${totalsLine(report.thisMinute)}`,
    `Last 60 min:   ${totalsLine(report.lastHour)}`,
    `Today (${report.today.date}): ${totalsLine(report.today)}`,
    '',
    `By day, the last ${report.days.length} (UTC):`,
    dailyTable(report.days),
    queriesTable(report.days, top),
    report.counting,
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * What the CLI prints for a partner from its Durable Objects' rows and query counts (read from
 * wrangler's local state, or through the Worker).
 */
export function usageText(
  partner: UsagePartner,
  rows: readonly CountRow[],
  now: number,
  days = 30,
  queries: QueryCounts | readonly QueryCounts[] = NO_QUERY_COUNTS,
  top = TABLE_TOP_QUERIES,
): string {
  return formatUsage(usageReport(partner, rows, now, days, queries), top);
}

/** What the CLI prints for `usage --csv`. */
export function usageCsvText(
  partner: UsagePartner,
  rows: readonly CountRow[],
  now: number,
  days = 30,
  queries: QueryCounts | readonly QueryCounts[] = NO_QUERY_COUNTS,
): string {
  return usageCsv(usageReport(partner, rows, now, days, queries));
}
