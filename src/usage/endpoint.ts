// GET /partner/usage: a partner's own usage, for its servers. The key is the partner's server key
// (sent without an Origin, as `Authorization: Bearer KEY` or `x-api-key`), admitted and rate
// limited like any call (src/admission/index.ts), and the answer is that key's partner's figures
// only (all its keys, and partners merged into it): nothing in the request can name another
// partner. Any of the partner's server keys reads them; a key used in web pages is public, so it
// reads nothing here. The answer is JSON (src/usage/report.ts), or CSV, one row a day, for
// `Accept: text/csv` or `?format=csv` (src/usage/format.ts); never cached, without a key or hash. Before reading, this isolate sends the partner's unsent counts, so the figures include
// the request's own isolate up to the moment.
//
// GET /operator/usage?partner=ID: the counters of any partner, for certgraph's operators (`npm run
// partner -- usage NAME --remote`), with the token in the Worker's secret USAGE_OPERATOR_TOKEN (off
// when the secret is unset or shorter than 32 characters). Counted against the client's anonymous
// limit before the token is checked, so guessing costs as much as any anonymous call.
//
// Built into a module of its own with the report and its CSV (module.ts -> generated/usage.mjs);
// what it shares with the Worker (Hono, admission, `Refusal`, this isolate's unsent counts, the
// Durable Object's stub) it is handed (kit.ts).
import type { Hono } from 'hono/tiny';
import { degraded } from '../edge/degraded.js';
import type { AppEnv, Env } from '../edge/env.js';
import { NO_STORE } from '../edge/http-cache.js';
import type { RequestState } from '../edge/request-context.js';
import { usageCsv } from './format.js';
import type { UsageKit } from './kit.js';
import { KEEP_DAYS } from './outcomes.js';
import { usageReport } from './report.js';

const USAGE_PATH = '/partner/usage';
const OPERATOR_USAGE_PATH = '/operator/usage';
/** The shortest operator token accepted: a shorter secret turns operator reads off. */
const MIN_OPERATOR_TOKEN = 32;
const PARTNER_ID = /^[A-Za-z0-9_-]{1,100}$/;
const DEFAULT_DAYS = 7;

const noKey = ({ Refusal }: UsageKit) =>
  new Refusal(
    401,
    'UNAUTHENTICATED',
    `${USAGE_PATH} answers a partner's own usage: send your server key as \`Authorization: Bearer KEY\` (or \`x-api-key\`).`,
    {
      'www-authenticate': 'Bearer realm="certgraph"',
    },
  );

const fromPages = ({ Refusal }: UsageKit) =>
  new Refusal(
    403,
    'FORBIDDEN',
    `${USAGE_PATH} answers only your servers: call it without an Origin header, with a key that has server access. A key used in web pages is public, so it reads no usage.`,
  );

/** The `days` parameter: a whole number of days from 1 to KEEP_DAYS; the default when absent. */
function daysOf({ Refusal }: UsageKit, value: string | undefined): number {
  if (value === undefined) return DEFAULT_DAYS;
  const days = /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
  if (days >= 1 && days <= KEEP_DAYS) return days;
  throw new Refusal(
    400,
    'BAD_USER_INPUT',
    `\`days\` must be a whole number from 1 to ${KEEP_DAYS} (the days kept); got ${JSON.stringify(value.slice(0, 20))}.`,
  );
}

/**
 * JSON or CSV: `?format=json|csv` when given, else the first of them the Accept header prefers
 * (`text/csv` for CSV; JSON when the header names neither, or is absent).
 */
function formatOf({ Refusal }: UsageKit, format: string | undefined, accept: string | undefined): 'json' | 'csv' {
  if (format !== undefined) {
    if (format === 'json' || format === 'csv') return format;
    throw new Refusal(400, 'BAD_USER_INPUT', `\`format\` must be json or csv; got ${JSON.stringify(format.slice(0, 20))}.`);
  }
  let best: { type: 'json' | 'csv'; q: number } | null = null;
  for (const part of (accept ?? '').split(',')) {
    const [range = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = Number(params.find((p) => p.startsWith('q='))?.slice(2) ?? 1);
    const type = range === 'text/csv' ? 'csv' : range === 'application/json' || range === 'application/*' || range === '*/*' ? 'json' : null;
    if (type && q > 0 && (!best || q > best.q)) best = { type, q };
  }
  return best?.type ?? 'json';
}

/** Whether the request carries the operator token (compared as SHA-256 digests, in constant time). */
async function isOperator({ apiKeyOf }: UsageKit, env: Env, request: Request): Promise<boolean> {
  const token = env.USAGE_OPERATOR_TOKEN;
  const sent = apiKeyOf(request);
  if (!token || token.length < MIN_OPERATOR_TOKEN || !sent) return false;
  const digest = (text: string) => crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const [a, b] = (await Promise.all([digest(sent), digest(token)])).map((d) => new Uint8Array(d)) as [Uint8Array, Uint8Array];
  // Digests of equal length, compared without stopping at the first difference.
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

const notOperator = ({ Refusal }: UsageKit) =>
  new Refusal(
    401,
    'UNAUTHENTICATED',
    `${OPERATOR_USAGE_PATH} is for certgraph's operators: send the USAGE_OPERATOR_TOKEN secret as \`Authorization: Bearer TOKEN\`.`,
    {
      'www-authenticate': 'Bearer realm="certgraph-operator"',
    },
  );

/** When the usage object cannot be read: how soon to retry. */
const USAGE_RETRY_SECONDS = 5;

/**
 * The partner's counters and query counts, after this isolate's unsent counts for it are sent (a
 * send that fails keeps them, and the answer says `usage` is degraded: src/usage/middleware.ts).
 * When the usage object cannot be read (either of them): 503, Retry-After and `reason:
 * USAGE_UNAVAILABLE` (logged once, with the request id), never figures that would read as zero.
 */
async function countersOf(kit: UsageKit, env: Env, partnerId: string, state: RequestState) {
  const { flushUsage, usageStore, internalMessage, Refusal } = kit;
  await flushUsage(env, partnerId, state);
  try {
    const store = usageStore(env, partnerId);
    const [rows, queries] = await Promise.all([store.rows(), store.queries()]);
    return { rows, queries };
  } catch (error) {
    degraded(state, 'usage', error);
    const { message, requestId } = internalMessage(`Usage figures could not be read just now. Retry in ${USAGE_RETRY_SECONDS} seconds.`, state);
    const details = { reason: 'USAGE_UNAVAILABLE', ...(requestId ? { requestId } : {}) };
    throw new Refusal(503, 'INTERNAL_SERVER_ERROR', message, { 'retry-after': String(USAGE_RETRY_SECONDS) }, details);
  }
}

/** The usage reports' sub-app, with the Worker's shared modules it is handed (./kit.ts). */
export function usageApp(kit: UsageKit): Hono<AppEnv> {
  const { admission, admittedCaller, apiKeyOf, Refusal } = kit;
  const app = new kit.Hono<AppEnv>();
  app.get(USAGE_PATH, admission({ apiKey: (c) => apiKeyOf(c.req.raw) }), async (c) => {
    const caller = admittedCaller(c);
    if (caller.kind !== 'partner') throw noKey(kit);
    if (caller.fromBrowser) throw fromPages(kit);
    const days = daysOf(kit, c.req.query('days'));
    const format = formatOf(kit, c.req.query('format'), c.req.header('accept'));
    const ids = [caller.partner.id, ...(caller.partner.formerIds ?? [])];
    const counters = await Promise.all(ids.map((id) => countersOf(kit, c.env, id, c.var.state)));
    const report = usageReport(
      caller.partner,
      counters.flatMap((x) => x.rows),
      Date.now(),
      days,
      counters.map((x) => x.queries),
    );
    if (format === 'csv') {
      return c.body(usageCsv(report), 200, {
        'content-type': 'text/csv; charset=utf-8; header=present',
        'content-disposition': `attachment; filename="certgraph-usage-${report.partner.id}-${report.today.date}.csv"`,
        'cache-control': NO_STORE,
        vary: 'Accept',
      });
    }
    return c.json(report, 200, { 'cache-control': NO_STORE, vary: 'Accept' });
  });
  // Admitted as anonymous (the token is not a partner key): counted against the client's limit first.
  app.get(OPERATOR_USAGE_PATH, admission({ apiKey: () => null }), async (c) => {
    if (!(await isOperator(kit, c.env, c.req.raw))) throw notOperator(kit);
    const partnerId = c.req.query('partner') ?? '';
    if (!PARTNER_ID.test(partnerId))
      throw new Refusal(400, 'BAD_USER_INPUT', '`partner` must be a partner id, like ptn_1a2b3c4d5e (see `npm run partner -- list`).');
    return c.json({ partner: partnerId, ...(await countersOf(kit, c.env, partnerId, c.var.state)) }, 200, { 'cache-control': NO_STORE });
  });
  return app;
}
