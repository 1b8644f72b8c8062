// GET /partner/usage: a partner's own usage, for its servers. The key is the partner's server key
// (sent without an Origin, as `Authorization: Bearer KEY` or `x-api-key`), admitted and rate
// limited like any call (src/http/admission.ts), and the answer is that key's partner's figures
// only: nothing in the request can name another partner. A key used in web pages is public, so it
// reads nothing here. The answer is JSON (src/usage/report.ts), never cached, without the key or
// its hash. Before reading, this isolate sends the partner's unsent counts, so the figures include
// the request's own isolate up to the moment.
import { Hono } from 'hono/tiny';
import { admission } from '../http/admission.js';
import type { AppEnv } from '../http/env.js';
import { NO_STORE } from '../http/http-cache.js';
import { apiKeyOf } from '../http/partners.js';
import { Refusal } from '../http/refusals.js';
import { flushUsage } from './counter.js';
import { KEEP_DAYS } from './outcomes.js';
import { usageReport } from './report.js';

export const USAGE_PATH = '/partner/usage';
const DEFAULT_DAYS = 7;

const noKey = () =>
  new Refusal(
    401,
    'UNAUTHENTICATED',
    `${USAGE_PATH} answers a partner's own usage: send your server key as \`Authorization: Bearer KEY\` (or \`x-api-key\`).`,
    {
      'www-authenticate': 'Bearer realm="certgraph"',
    },
  );

const fromPages = () =>
  new Refusal(
    403,
    'FORBIDDEN',
    `${USAGE_PATH} answers only your servers: call it without an Origin header, with a key that has server access. A key used in web pages is public, so it reads no usage.`,
  );

/** The `days` parameter: a whole number of days from 1 to KEEP_DAYS; the default when absent. */
function daysOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_DAYS;
  const days = /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
  if (days >= 1 && days <= KEEP_DAYS) return days;
  throw new Refusal(
    400,
    'BAD_USER_INPUT',
    `\`days\` must be a whole number from 1 to ${KEEP_DAYS} (the days kept); got ${JSON.stringify(value.slice(0, 20))}.`,
  );
}

export function usageApp(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/usage', admission({ apiKey: (c) => apiKeyOf(c.req.raw) }), async (c) => {
    const caller = c.var.caller;
    if (caller.kind !== 'partner') throw noKey();
    if (caller.fromBrowser) throw fromPages();
    const days = daysOf(c.req.query('days'));
    const { partner } = caller;
    await flushUsage(c.env, partner.id);
    const rows = await c.env.USAGE.get(c.env.USAGE.idFromName(partner.id)).rows();
    const report = usageReport({ id: partner.id, name: partner.name, tier: partner.tier }, rows, Date.now(), days);
    return c.json(report, 200, { 'cache-control': NO_STORE });
  });
  return app;
}
