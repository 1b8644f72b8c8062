// Rate limits with the Workers Rate Limiting binding (limits in wrangler.toml), each counted per
// client (src/admission/caller.ts clientIp: an IPv4 address, or an IPv6 /64) unless said otherwise:
// - anonymous callers, per client;
// - a partner's pages (a key sent with an Origin, and every view of the widget), in the client's
//   own anonymous bucket: the key is public (it is in the page), so it identifies the partner's
//   pages and never adds capacity: a client holding any number of public keys gets what it gets
//   without one. No one can drain the allowance of the partner's other visitors (each client has
//   its own);
// - a partner's servers (a secret key with server access, no Origin), per partner, at its tier's
//   limit: that quota is the partner's own.
import type { Env } from '../edge/env.js';
import type { Caller } from './caller.js';

/** The window of every limiter (wrangler.toml `period`), for Retry-After. */
export const RATE_LIMIT_PERIOD_SECONDS = 60;

/** The limiter and key a caller is counted with. */
export function limiterFor(env: Env, caller: Caller): { limiter: RateLimit; key: string } {
  if (caller.kind === 'anonymous' || caller.fromBrowser) return { limiter: env.RATE_LIMIT_ANONYMOUS, key: `ip:${caller.ip}` };
  return { limiter: caller.partner.tier === 'high' ? env.RATE_LIMIT_PARTNER_HIGH : env.RATE_LIMIT_PARTNER, key: `partner:${caller.partner.id}` };
}

/** True when the caller is within its limit (and counts this request). */
export async function withinRateLimit(env: Env, caller: Caller): Promise<boolean> {
  const { limiter, key } = limiterFor(env, caller);
  const { success } = await limiter.limit({ key });
  return success;
}
