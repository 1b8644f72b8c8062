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
// When a binding fails (throws, or is missing), admission stays closed: the request is judged by
// the same limit and key, counted in this isolate for the current 60-second window, and the answer
// says `rate-limit` is degraded. Never unlimited; looser only in that each isolate counts apart
// (the binding counts per location).

import { degraded } from '../edge/degraded.js';
import type { Env } from '../edge/env.js';
import type { RequestState } from '../edge/request-context.js';
import type { Caller } from './caller.js';
import { ENFORCED_LIMITS } from './enforced-limits.js';

/** The window of every limiter (wrangler.toml `period`), for Retry-After. */
export const RATE_LIMIT_PERIOD_SECONDS = 60;

/** The limiter and key a caller is counted with, and the limit that limiter enforces (wrangler.toml). */
export function limiterFor(env: Env, caller: Caller): { limiter: RateLimit; key: string; limit: number } {
  if (caller.kind === 'anonymous' || caller.fromBrowser)
    return { limiter: env.RATE_LIMIT_ANONYMOUS, key: `ip:${caller.ip}`, limit: ENFORCED_LIMITS.pagesPerClient };
  const high = caller.partner.tier === 'high';
  return {
    limiter: high ? env.RATE_LIMIT_PARTNER_HIGH : env.RATE_LIMIT_PARTNER,
    key: `partner:${caller.partner.id}`,
    limit: ENFORCED_LIMITS[caller.partner.tier],
  };
}

/** Clients counted in this isolate while a binding fails, at most (the oldest is forgotten first). */
const MAX_FALLBACK_KEYS = 10_000;
/** This isolate's counts while a binding fails: per key, the window's start and the requests in it. */
const fallback = new Map<string, { window: number; n: number }>();

/** The stand-in for a failed binding: `limit` requests per key in each fixed window, counted here. */
function withinFallback(key: string, limit: number, now = Date.now()): boolean {
  const window = now - (now % (RATE_LIMIT_PERIOD_SECONDS * 1000));
  let held = fallback.get(key);
  if (held?.window !== window) {
    fallback.delete(key);
    if (fallback.size >= MAX_FALLBACK_KEYS) fallback.delete(fallback.keys().next().value!);
    held = { window, n: 0 };
    fallback.set(key, held);
  }
  held.n++;
  return held.n <= limit;
}

/** True when the caller is within its limit (and counts this request). */
export async function withinRateLimit(env: Env, caller: Caller, state: RequestState | undefined): Promise<boolean> {
  const { limiter, key, limit } = limiterFor(env, caller);
  try {
    const { success } = await limiter.limit({ key });
    return success;
  } catch (error) {
    degraded(state, 'rate-limit', error);
    return withinFallback(key, limit);
  }
}
