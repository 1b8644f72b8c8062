// A usage report as `npm run partner -- usage` prints it: plain text, one figure a line, the
// refusals by kind, the quota left with what it means. Pure, so a test reads what the CLI prints.
import { type CountRow, REFUSALS, type Refusal } from './outcomes.js';
import { type UsagePartner, type UsageReport, type UsageTotals, usageReport } from './report.js';

const REFUSAL_LABEL: Record<Refusal, string> = {
  rateLimited: 'rate limited',
  originRefused: 'origin refused',
  keyRevoked: 'revoked key',
  queryRefused: 'query refused by limits',
  invalidRequest: 'invalid request',
};

const count = (n: number) => n.toLocaleString('en-US');

/** "12 requests: 9 answered, 3 refused (2 rate limited, 1 origin refused), 0 failed; 10 from servers, 2 from pages", or "no requests" */
export function totalsLine(totals: UsageTotals): string {
  if (totals.requests === 0) return 'no requests';
  const kinds = REFUSALS.filter((kind) => totals.refused[kind] > 0).map((kind) => `${count(totals.refused[kind])} ${REFUSAL_LABEL[kind]}`);
  const refused = `${count(totals.refused.total)} refused${kinds.length ? ` (${kinds.join(', ')})` : ''}`;
  const channels = `${count(totals.byChannel.server)} from servers, ${count(totals.byChannel.pages)} from pages, ${count(totals.byChannel.widget)} widget views`;
  const misses = totals.persistedQueryMisses ? `, ${count(totals.persistedQueryMisses)} persisted-query hashes not yet known` : '';
  return `${count(totals.requests)} requests: ${count(totals.answered)} answered, ${refused}, ${count(totals.failed)} failed${misses}; ${channels}`;
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
    'By day (UTC):',
    ...report.days.map((day) => `  ${day.date}  ${totalsLine(day)}`),
    '',
    report.counting,
  ];
  return `${lines.join('\n')}\n`;
}

/** What the CLI prints for a partner from its Durable Object's rows (read from wrangler's local state, or through the Worker). */
export function usageText(partner: UsagePartner, rows: readonly CountRow[], now: number, days = 7): string {
  return formatUsage(usageReport(partner, rows, now, days));
}
