// Admission, as Hono middleware: who is calling (an API key identifies a partner; none means the
// anonymous tier) and whether they are within their rate limit. Refuses by throwing a Refusal
// (401, 403, 429), which the app's onError renders. A request that is not admitted as a partner
// counts against its client IP's anonymous limit, refusals included, and before any KV read for a
// key this isolate does not know: bogus keys buy neither unlimited answers nor unlimited KV reads.
import type { Context, MiddlewareHandler } from 'hono';
import { clientIp, identify, needsLookup } from './caller.js';
import type { AppEnv, Caller } from './env.js';
import { withinRateLimit } from './rate-limit.js';
import { tooManyRequests } from './refusals.js';

export interface AdmissionOptions {
  /** The API key the request carries, or null. */
  apiKey: (c: Context<AppEnv>) => string | null;
  /**
   * Whether a partner key must come from one of its origins. Off for the widget: a frame's
   * navigation carries no Origin, and the page's CSP frame-ancestors binds it to the partner.
   */
  checkOrigin?: boolean;
}

const IP_LIMIT = 'the anonymous limit for your IP address';

function limitName(caller: Caller): string {
  if (caller.kind === 'anonymous') return IP_LIMIT;
  return caller.fromBrowser ? "the limit for your IP address on this partner's pages" : `the ${caller.partner.tier} partner limit`;
}

/** Sets `caller`, or throws the refusal. */
export function admission({ apiKey: keyOf, checkOrigin = true }: AdmissionOptions): MiddlewareHandler<AppEnv> {
  return async function admission(c, next) {
    const apiKey = keyOf(c);
    const anonymous: Caller = { kind: 'anonymous', ip: clientIp(c.req.raw) };
    // A key this isolate does not know costs a KV read: counted against the IP first.
    const counted = apiKey !== null && (await needsLookup(apiKey));
    if (counted && !(await withinRateLimit(c.env, anonymous))) throw tooManyRequests(IP_LIMIT);
    const who = await identify(c.env, c.req.raw, apiKey, { checkOrigin });
    const partner = who.ok ? (who.caller.kind === 'partner' ? who.caller.partner : undefined) : who.partner;
    if (partner) c.set('partner', partner);
    if (!who.ok) {
      if (!counted && !(await withinRateLimit(c.env, anonymous))) throw tooManyRequests(IP_LIMIT);
      throw who.refusal;
    }
    if (!(await withinRateLimit(c.env, who.caller))) throw tooManyRequests(limitName(who.caller));
    c.set('caller', who.caller);
    await next();
  };
}
