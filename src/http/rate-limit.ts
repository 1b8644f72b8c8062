// Rate limits with the Workers Rate Limiting binding (limits in wrangler.toml): anonymous callers
// per client IP; a partner's web pages per partner and client IP, at its tier's limit (its key is
// public: one holder of it must not drain the quota of every visitor); a partner's servers (a
// secret key with server access, no Origin) per partner.
import type { Caller, Env } from './env.js';

/** The window of every limiter (wrangler.toml `period`), for Retry-After. */
export const RATE_LIMIT_PERIOD_SECONDS = 60;

function limiterFor(env: Env, caller: Caller): { limiter: RateLimit; key: string } {
  if (caller.kind === 'anonymous') return { limiter: env.RATE_LIMIT_ANONYMOUS, key: `ip:${caller.ip}` };
  const limiter = caller.partner.tier === 'high' ? env.RATE_LIMIT_PARTNER_HIGH : env.RATE_LIMIT_PARTNER;
  return { limiter, key: caller.fromBrowser ? `partner:${caller.partner.id}:ip:${caller.ip}` : `partner:${caller.partner.id}` };
}

/** True when the caller is within its limit (and counts this request). */
export async function withinRateLimit(env: Env, caller: Caller): Promise<boolean> {
  const { limiter, key } = limiterFor(env, caller);
  const { success } = await limiter.limit({ key });
  return success;
}
