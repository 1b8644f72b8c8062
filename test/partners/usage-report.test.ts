// A partner's usage report, as GET /partner/usage answers it and `npm run partner -- usage` prints
// it: the figures from the Durable Object's counters, the quota left against the limit wrangler.toml
// enforces, and the CLI's text.
import { describe, expect, it } from 'vitest';
import { dailyTable, queriesTable, totalsLine, usageCsv, usageText } from '../../src/usage/format.js';
import { type CountRow, DAY_MS, MINUTE_MS, type QueryCounts, TOP_QUERIES } from '../../src/usage/outcomes.js';
import { queryNameOf } from '../../src/usage/queries.js';
import { ENFORCED_LIMITS, usageReport } from '../../src/usage/report.js';
import wranglerToml from '../../wrangler.toml?raw';

const NOW = Date.UTC(2026, 11, 2, 8, 41, 30);
const MINUTE = Date.UTC(2026, 11, 2, 8, 41);
const TODAY = Date.UTC(2026, 11, 2);
const ACME = { id: 'ptn_acme', name: 'ACME', tier: 'standard' as const };

const row = (period: CountRow['period'], start: number, channel: CountRow['channel'], outcome: CountRow['outcome'], n: number): CountRow => ({
  period,
  start,
  channel,
  outcome,
  n,
});

/** Query counts as the Durable Object keeps them: counted since yesterday 09:00 (the day before has none). */
const QUERIES: QueryCounts = {
  since: TODAY - DAY_MS + 9 * 3_600_000,
  kept: [
    { day: TODAY, operation: 'CompareCsmCspo', document: '3f9a1c0b2e4d', n: 1000 },
    { day: TODAY, operation: 'Recommendations', document: 'aa11bb22cc33', n: 100 },
    { day: TODAY, operation: '', document: '0123456789ab', n: 6 },
    { day: TODAY, operation: '', document: '', n: 1 },
  ],
  other: [{ day: TODAY, n: 3 }],
};

const ROWS: CountRow[] = [
  row('minute', MINUTE, 'server', 'answered', 7),
  row('minute', MINUTE, 'server', 'rateLimited', 2),
  row('minute', MINUTE, 'server', 'queryRefused', 1),
  row('minute', MINUTE, 'server', 'originRefused', 4),
  row('minute', MINUTE, 'pages', 'answered', 50),
  row('minute', MINUTE - MINUTE_MS, 'server', 'answered', 100),
  row('minute', MINUTE - 60 * MINUTE_MS, 'server', 'answered', 1000),
  row('day', TODAY, 'server', 'answered', 1107),
  row('day', TODAY, 'server', 'rateLimited', 2),
  row('day', TODAY, 'server', 'queryRefused', 1),
  row('day', TODAY, 'server', 'originRefused', 4),
  row('day', TODAY, 'pages', 'answered', 50),
  row('day', TODAY, 'pages', 'failed', 1),
  row('day', TODAY - 2 * DAY_MS, 'pages', 'keyRevoked', 3),
];

describe('the usage report', () => {
  it("quota left: the tier's enforced limit minus this minute's server calls that reached the limiter", () => {
    const { quota } = usageReport(ACME, ROWS, NOW);
    // 7 answered + 2 rate limited + 1 query refused; not the 403s (refused before the limiter),
    // not the pages (limited per visitor), not the minute before.
    expect(quota).toMatchObject({ limit: 3000, used: 10, left: 2990, window: { start: '2026-12-02T08:41:00Z', end: '2026-12-02T08:42:00Z' } });
    expect(quota.note).toMatch(/Durable Object's count/);
    expect(quota.note).toMatch(/There is no daily quota/);
    expect(usageReport({ ...ACME, tier: 'high' }, ROWS, NOW).quota).toMatchObject({ limit: 30000, left: 29990 });
    const flooded = [row('minute', MINUTE, 'server', 'rateLimited', 5000)];
    expect(usageReport(ACME, flooded, NOW).quota).toMatchObject({ used: 5000, left: 0 });
    // A new minute starts with the whole quota.
    expect(usageReport(ACME, ROWS, NOW + MINUTE_MS).quota).toMatchObject({ used: 0, left: 3000 });
  });

  it('totals by window: this minute, the last 60 minutes, today and each day, refusals by kind', () => {
    const report = usageReport(ACME, ROWS, NOW, 3);
    expect(report.thisMinute).toEqual({
      requests: 64,
      answered: 57,
      refused: { total: 7, rateLimited: 2, originRefused: 4, keyRevoked: 0, queryRefused: 1, invalidRequest: 0 },
      failed: 0,
      persistedQueryMisses: 0,
      byChannel: { server: 14, pages: 50, widget: 0 },
    });
    // The minute an hour ago is out of the last 60 minutes.
    expect(report.lastHour.requests).toBe(164);
    expect(report.today).toMatchObject({ date: '2026-12-02', requests: 1165, failed: 1, byChannel: { server: 1114, pages: 51 } });
    expect(report.days.map((d) => [d.date, d.requests, d.refused.keyRevoked])).toEqual([
      ['2026-12-02', 1165, 0],
      ['2026-12-01', 0, 0],
      ['2026-11-30', 3, 3],
    ]);
    expect(report.partner).toEqual(ACME);
    expect(report.asOf).toBe('2026-12-02T08:41:30Z');
  });

  it('reports the limits wrangler.toml enforces (the Rate Limiting bindings do not say their own)', () => {
    const deployed = wranglerToml.split('[env.')[0]!;
    const limitOf = (binding: string) => {
      const match = new RegExp(`name = "${binding}"[^\\[]*?simple = \\{ limit = (\\d+), period = (\\d+) \\}`).exec(deployed);
      if (!match) throw new Error(`no ${binding} in wrangler.toml`);
      return { limit: Number(match[1]), period: Number(match[2]) };
    };
    expect(limitOf('RATE_LIMIT_PARTNER')).toEqual({ limit: ENFORCED_LIMITS.standard, period: ENFORCED_LIMITS.periodSeconds });
    expect(limitOf('RATE_LIMIT_PARTNER_HIGH')).toEqual({ limit: ENFORCED_LIMITS.high, period: ENFORCED_LIMITS.periodSeconds });
    expect(limitOf('RATE_LIMIT_ANONYMOUS')).toEqual({ limit: ENFORCED_LIMITS.pagesPerClient, period: ENFORCED_LIMITS.periodSeconds });
  });
});

describe("the CLI's text (npm run partner -- usage)", () => {
  it('says the quota left with its window and meaning, and each window with its refusals by kind', () => {
    const text = usageText(ACME, ROWS, NOW, 3);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Usage of ACME (ptn_acme), tier standard, as of 2026-12-02T08:41:30Z');
    expect(text).toContain('Quota left this minute (08:41-08:42 UTC): 2,990 of 3,000 (10 used by your servers)');
    expect(text).toContain(
      'This minute:   64 requests: 57 answered, 7 refused (2 rate limited, 4 origin refused, 1 query refused by limits), 0 failed; 14 from servers, 50 from pages, 0 widget views',
    );
    expect(text).toContain(
      'Today (2026-12-02): 1,165 requests: 1,157 answered, 7 refused (2 rate limited, 4 origin refused, 1 query refused by limits), 1 failed',
    );
    // One line a day, oldest first: figures by column, a bar, and the days a rate limit refused calls marked.
    const header = lines.findIndex((l) => l.startsWith('date (UTC)'));
    expect(lines[header]!.split(/\s+/)).toEqual([
      'date',
      '(UTC)',
      'requests',
      'answered',
      '429',
      'origin',
      'revoked',
      'limits',
      'invalid',
      'failed',
      'server',
      'pages',
      'widget',
    ]);
    expect(lines.slice(header + 1, header + 4).map((l) => l.split(/\s+/))).toEqual([
      ['2026-11-30', '3', '0', '0', '0', '3', '0', '0', '0', '0', '3', '0', '░'],
      ['2026-12-01', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '0'],
      ['2026-12-02', '1,165', '1,157', '2', '4', '0', '1', '0', '1', '1,114', '51', '0', `${'█'.repeat(24)}`, '◀', 'rate', 'limited', '2'],
    ]);
    expect(text).toMatch(/per visitor \(each client's own 300 a minute, shared with its anonymous calls\)/);
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^Counted in a Durable Object per partner/);
  });

  it('bars are scaled to the busiest day: answered █ and refused ░ in proportion', () => {
    const day = (start: number, outcome: CountRow['outcome'], count: number) => row('day', start, 'server', outcome, count);
    const rows = [
      day(TODAY, 'answered', 100),
      day(TODAY - DAY_MS, 'answered', 25),
      day(TODAY - DAY_MS, 'rateLimited', 25),
      day(TODAY - 2 * DAY_MS, 'invalidRequest', 1),
    ];
    const table = dailyTable(usageReport(ACME, rows, NOW, 3).days);
    const bars = table
      .split('\n')
      .slice(1, 4)
      .map((l) => /([█░]+)/.exec(l)?.[1]);
    expect(bars).toEqual(['░', `${'█'.repeat(6)}${'░'.repeat(6)}`, '█'.repeat(24)]);
    expect(table).toContain('◀ rate limited 25');
  });

  it('CSV: a header and one row a day, oldest first, the same figures as the table, the top queries beside them', () => {
    const csv = usageCsv(usageReport(ACME, ROWS, NOW, 3, QUERIES));
    expect(csv.split('\r\n')).toEqual([
      'date,requests,answered,rate_limited,origin_refused,key_revoked,query_refused,invalid_request,failed,server,pages,widget,persisted_query_misses,query_requests,top_queries,other_queries',
      // Before queries were counted: empty, not zero.
      '2026-11-30,3,0,0,0,3,0,0,0,0,3,0,0,,,',
      '2026-12-01,0,0,0,0,0,0,0,0,0,0,0,0,0,,0',
      '2026-12-02,1165,1157,2,4,0,1,0,1,1114,51,0,0,1110,CompareCsmCspo 3f9a1c0b2e4d=1000; Recommendations aa11bb22cc33=100; (unnamed) 0123456789ab=6; (no document)=1,3',
      '',
    ]);
  });

  it('a partner with no traffic yet reads as such, with its whole quota', () => {
    const text = usageText({ id: 'ptn_new', name: 'New', tier: 'high' }, [], NOW, 1);
    expect(text).toContain('Quota left this minute (08:41-08:42 UTC): 30,000 of 30,000 (0 used by your servers)');
    expect(text).toContain('This minute:   no requests');
    expect(totalsLine(usageReport(ACME, [], NOW).today)).toBe('no requests');
  });
});

describe('top queries: named by operation and fingerprint, never by text or variables', () => {
  it("a request is named by its operationName and the first 12 hex digits of its document's SHA-256 (its persisted id's start)", async () => {
    const query = 'query CompareCsmCspo { compare(certifications: ["csm", "cspo"]) { similarity } }';
    const hash = [...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(query)))]
      .map((b) => b.toString(16).padStart(2, '0'))
      .join('');
    const named = { operation: 'CompareCsmCspo', document: hash.slice(0, 12) };
    // The text, the APQ hash (bare, or sha256:, or as a GET's JSON), documentId, or the cache's canonical JSON: one name.
    expect(await queryNameOf({ query, operationName: 'CompareCsmCspo', variables: { secret: 'x' } } as never)).toEqual(named);
    expect(await queryNameOf({ operationName: 'CompareCsmCspo', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } })).toEqual(named);
    expect(
      await queryNameOf({
        operationName: 'CompareCsmCspo',
        extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: `sha256:${hash.toUpperCase()}` } }),
      }),
    ).toEqual(named);
    expect(await queryNameOf({ operationName: 'CompareCsmCspo', documentId: `sha256:${hash}` })).toEqual(named);
    expect(await queryNameOf(JSON.stringify({ query, operationName: 'CompareCsmCspo', variables: null }))).toEqual(named);
    // No operationName sent: unnamed (the text is never read for one). A name that is not a GraphQL name, or too long: not kept.
    expect(await queryNameOf({ query })).toEqual({ operation: '', document: named.document });
    for (const bad of ['a b', 'x'.repeat(65), '1abc', 'ab"c', 42]) expect((await queryNameOf({ query, operationName: bad })).operation).toBe('');
    expect(await queryNameOf({})).toEqual({ operation: '', document: '' });
    expect(await queryNameOf('not json')).toEqual({ operation: '', document: '' });
  });

  it('each day: the GraphQL requests counted, the most run first, the rest as other; null before queries were counted', () => {
    const report = usageReport(ACME, ROWS, NOW, 3, QUERIES);
    expect(report.today.queries).toEqual({
      requests: 1110,
      top: [
        { operation: 'CompareCsmCspo', document: '3f9a1c0b2e4d', requests: 1000 },
        { operation: 'Recommendations', document: 'aa11bb22cc33', requests: 100 },
        { operation: null, document: '0123456789ab', requests: 6 },
        { operation: null, document: null, requests: 1 },
      ],
      other: 3,
    });
    expect(report.days.map((d) => d.queries?.requests ?? null)).toEqual([1110, 0, null]);
  });

  it(`shows the ${TOP_QUERIES} most run; the rest of the kept ones join other, and objects merged into one partner add up`, () => {
    const kept = Array.from({ length: 14 }, (_, i) => ({ day: TODAY, operation: `Q${String(i).padStart(2, '0')}`, document: 'abcdefabcdef', n: 100 - i }));
    const first: QueryCounts = { since: TODAY, kept, other: [{ day: TODAY, n: 5 }] };
    const merged: QueryCounts = { since: TODAY, kept: [{ day: TODAY, operation: 'Q13', document: 'abcdefabcdef', n: 50 }], other: [{ day: TODAY, n: 2 }] };
    const { queries } = usageReport(ACME, [], NOW, 1, [first, merged]).today;
    const total = kept.reduce((sum, q) => sum + q.n, 0) + 5 + 50 + 2;
    expect(queries!.top.map((q) => q.operation)).toEqual(['Q13', 'Q00', 'Q01', 'Q02', 'Q03', 'Q04', 'Q05', 'Q06', 'Q07', 'Q08']);
    expect(queries!.top[0]!.requests).toBe(137);
    expect(queries!.requests).toBe(total);
    // No count lost or doubled: the top and other add up to the requests.
    expect(queries!.top.reduce((sum, q) => sum + q.requests, 0) + queries!.other).toBe(total);
  });

  it("the CLI prints each day's top queries under the table, and says which days had none counted", () => {
    const text = usageText(ACME, ROWS, NOW, 3, QUERIES);
    const lines = text.split('\n');
    const head = lines.findIndex((l) => l.startsWith('Top queries by day'));
    expect(head).toBeGreaterThan(lines.findIndex((l) => l.startsWith('date (UTC)')));
    expect(lines.slice(head + 1, head + 3)).toEqual([
      '2026-12-02   1,110  CompareCsmCspo 3f9a1c0b2e4d 1,000 · Recommendations aa11bb22cc33 100 · (unnamed) 0123456789ab 6 · other 4',
      '(queries were not counted before 2026-12-01: 1 day(s) with requests have none)',
    ]);
    expect(queriesTable(usageReport(ACME, ROWS, NOW, 3, QUERIES).days, 1)).toContain('2026-12-02   1,110  CompareCsmCspo 3f9a1c0b2e4d 1,000 · other 110');
    expect(text).not.toMatch(/compare\(|certifications:/);
  });
});
