// Rate limits with the Workers Rate Limiting binding: anonymous callers per client IP,
// partners per partner id at their tier's limit (both set in wrangler.toml).
import type { Caller, Env } from './env.js';

/** The window of every limiter (wrangler.toml `period`), for Retry-After. */
export const RATE_LIMIT_PERIOD_SECONDS = 60;

function limiterFor(env: Env, caller: Caller): { limiter: RateLimit; key: string } {
  if (caller.kind === 'anonymous') return { limiter: env.RATE_LIMIT_ANONYMOUS, key: `ip:${caller.ip}` };
  const limiter = caller.partner.tier === 'high' ? env.RATE_LIMIT_PARTNER_HIGH : env.RATE_LIMIT_PARTNER;
  return { limiter, key: `partner:${caller.partner.id}` };
}

/** True when the caller is within its limit (and counts this request). */
export async function withinRateLimit(env: Env, caller: Caller): Promise<boolean> {
  const { limiter, key } = limiterFor(env, caller);
  const { success } = await limiter.limit({ key });
  return success;
}
