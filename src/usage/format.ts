// A usage report as `npm run partner -- usage` prints it: plain text, one figure a line, the
// refusals by kind, the quota left with what it means. Pure, so a test reads what the CLI prints.

import { grouped } from '../resolvers/text.js';
import { type CountRow, REFUSALS, type Refusal } from './outcomes.js';
import { type UsagePartner, type UsageReport, type UsageTotals, usageReport } from './report.js';

const REFUSAL_LABEL: Record<Refusal, string> = {
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

/** The days as CSV (RFC 4180, a header row, oldest first): what GET /partner/usage answers to `Accept: text/csv` or `?format=csv`. */
export function usageCsv(report: UsageReport): string {
  const header = ['date', ...DAY_COLUMNS.map(([, csv]) => csv), 'persisted_query_misses'];
  const rows = [...report.days].reverse().map((d) => [d.date, ...DAY_COLUMNS.map(([, , of]) => String(of(d))), String(d.persistedQueryMisses)]);
  return `${[header, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`;
}

/** The whole report as text. */
export function formatUsage(report: UsageReport): string {
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
    report.counting,
  ];
  return `${lines.join('\n')}\n`;
}

/** What the CLI prints for a partner from its Durable Object's rows (read from wrangler's local state, or through the Worker). */
export function usageText(partner: UsagePartner, rows: readonly CountRow[], now: number, days = 30): string {
  return formatUsage(usageReport(partner, rows, now, days));
}

/** What the CLI prints for `usage --csv`. */
export function usageCsvText(partner: UsagePartner, rows: readonly CountRow[], now: number, days = 30): string {
  return usageCsv(usageReport(partner, rows, now, days));
}
