// Admission, as Hono middleware: who is calling (an API key identifies a partner; none means the
// anonymous tier) and whether they are within their rate limit. Refuses by throwing a Refusal
// (401, 403, 429), which the app's onError renders.
//
// A key is looked up before any limit is applied, so a partner's caller is judged by the
// partner's limit whether or not this isolate held the key's record (a cold isolate is no
// reason to judge a partner's visitor by the anonymous limit). A request that is not admitted as
// a partner (an unknown, revoked or misplaced key) counts against its client's anonymous limit.
// Bogus keys still cannot buy unlimited KV reads: a client refused for its anonymous limit after
// a lookup found its key unknown gets at most one lookup a second from this isolate for a
// rate-limit period (each unknown key is also remembered per isolate, src/admission/partners.ts). One,
// not none: a partner's server may share the client's address (a NAT), and its key, once looked
// up, is held by the isolate and judged by the partner's limit.
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../edge/env.js';
import { type Caller, clientIp, identify, needsLookup } from './caller.js';
import type { Partner } from './partners.js';
import { RATE_LIMIT_PERIOD_SECONDS, withinRateLimit } from './rate-limit.js';
import { tooManyRequests } from './refusals.js';

export interface AdmissionOptions {
  /** The API key the request carries, or null. */
  apiKey: (c: Context<AppEnv>) => string | null;
  /**
   * Whether a partner key must come from one of its origins. Off for the widget: a frame's
   * navigation carries no Origin; the widget checks the framing page's origin itself (src/widget).
   */
  checkOrigin?: boolean;
}

declare module '../edge/request-context.js' {
  interface RequestState {
    /** Who is calling, once admitted. */
    caller?: Caller;
    /** The partner a key identified, set even when admission then refuses (usage counting, src/usage). */
    partner?: Partner;
  }
}

const IP_LIMIT = 'the anonymous limit for your IP address';

function limitName(caller: Caller): string {
  if (caller.kind === 'anonymous') return IP_LIMIT;
  return caller.fromBrowser
    ? "the limit for your IP address (a partner's pages and widget share it with anonymous calls)"
    : `the ${caller.partner.tier} partner limit`;
}

/** Clients refused for their anonymous limit after sending an unknown key: until when, and when they may have their next lookup. */
const barred = new Map<string, { until: number; nextLookup: number }>();
/** Clients remembered at once, at most (the oldest is forgotten first). */
const MAX_BARRED = 10_000;
/** A barred client's lookups: one per this many milliseconds. */
const BARRED_LOOKUP_MS = 1_000;

/** Whether the client is barred and has had its lookup of the current second (else it takes it). */
function isBarred(ip: string, now: number): boolean {
  const held = barred.get(ip);
  if (held === undefined) return false;
  if (held.until <= now) {
    barred.delete(ip);
    return false;
  }
  if (held.nextLookup > now) return true;
  held.nextLookup = now + BARRED_LOOKUP_MS;
  return false;
}

function bar(ip: string, now: number): void {
  if (!barred.has(ip) && barred.size >= MAX_BARRED) barred.delete(barred.keys().next().value!);
  const held = barred.get(ip);
  barred.set(ip, { until: now + RATE_LIMIT_PERIOD_SECONDS * 1000, nextLookup: held?.nextLookup ?? now + BARRED_LOOKUP_MS });
}

/** The caller admission admitted; a handler placed after `admission()` only (else it throws: fail closed). */
export function admittedCaller(c: Context): Caller {
  const caller = c.var.state.caller;
  if (!caller) throw new Error('No caller: this handler runs without admission in front of it.');
  return caller;
}

/** Sets the request state's `caller`, or throws the refusal. */
export function admission({ apiKey: keyOf, checkOrigin = true }: AdmissionOptions): MiddlewareHandler<AppEnv> {
  return async function admission(c, next) {
    const apiKey = keyOf(c);
    const anonymous: Caller = { kind: 'anonymous', ip: clientIp(c.req.raw) };
    const lookup = apiKey !== null && (await needsLookup(apiKey));
    if (lookup && isBarred(anonymous.ip, Date.now())) throw tooManyRequests(IP_LIMIT);
    const who = await identify(c.env, c.req.raw, apiKey, { checkOrigin, state: c.var.state });
    const partner = who.ok ? (who.caller.kind === 'partner' ? who.caller.partner : undefined) : who.partner;
    if (partner) c.var.state.partner = partner;
    if (!who.ok) {
      if (!(await withinRateLimit(c.env, anonymous, c.var.state))) {
        if (lookup && !partner) bar(anonymous.ip, Date.now());
        throw tooManyRequests(IP_LIMIT);
      }
      throw who.refusal;
    }
    if (!(await withinRateLimit(c.env, who.caller, c.var.state))) throw tooManyRequests(limitName(who.caller));
    c.var.state.caller = who.caller;
    await next();
  };
}
