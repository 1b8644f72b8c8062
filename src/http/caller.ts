// Who is calling, and may they: an API key identifies a partner (401 when unknown or revoked,
// never a silent fall back to anonymous; 403 from an origin the partner did not register);
// no key means the anonymous tier, counted per client IP.
//
// What a partner key is: a key used in web pages is public (anyone can read it in the page), so it
// identifies a partner's pages, it does not authenticate anyone. Browsers send a true Origin, so
// the origin check stops other websites from using the key; outside a browser (curl) anyone can
// send the key with a forged Origin. Such a caller gets what any visitor of the partner's pages
// gets, counted per client IP (src/http/rate-limit.ts), and never more: the API is public,
// read-only data, and no quota of the partner's can be drained from one place.

import { quoted } from '../resolvers/wording.js';
import type { Caller, Env } from './env.js';
import { cachedPartner, findPartner, isWellFormedKey, keyHash, type Partner } from './partners.js';
import { Refusal } from './refusals.js';

export type CallerResult = { ok: true; caller: Caller } | { ok: false; refusal: Refusal };

/** 401s ask for a bearer token (RFC 9110). */
const unauthenticated = (message: string) => ({
  ok: false as const,
  refusal: new Refusal(401, 'UNAUTHENTICATED', message, { 'www-authenticate': 'Bearer realm="certgraph"' }),
});

/** The client's IP as Cloudflare reports it; a stable placeholder where there is none (local calls). */
export function clientIp(request: Request): string {
  return request.headers.get('cf-connecting-ip') ?? 'unknown';
}

function originAllowed(partner: Partner, origin: string | null): boolean {
  if (origin === null) return partner.allowServer === true;
  return partner.origins.includes(origin);
}

/**
 * Whether identifying this key may read KV: false when this isolate already knows the key's
 * record (or knows it is unknown). Callers count such requests against the client IP first, so
 * bogus keys cannot buy unlimited KV reads.
 */
export async function needsLookup(apiKey: string): Promise<boolean> {
  if (!isWellFormedKey(apiKey)) return false;
  return (await cachedPartner(await keyHash(apiKey))) === undefined;
}

/**
 * `checkOrigin: false` is for the widget: a frame's navigation carries no Origin header, and the
 * page's CSP frame-ancestors (the partner's origins) is what binds it to the partner's pages.
 */
export async function identify(env: Env, request: Request, apiKey: string | null, { checkOrigin = true } = {}): Promise<CallerResult> {
  const ip = clientIp(request);
  if (apiKey === null) return { ok: true, caller: { kind: 'anonymous', ip } };
  // A value that is not shaped like a key is refused without a lookup.
  const partner = isWellFormedKey(apiKey) ? await findPartner(env.PARTNERS, apiKey) : null;
  if (!partner) {
    return unauthenticated('Unknown API key. Check the key, or send no key to use the anonymous tier.');
  }
  if (partner.revokedAt) {
    return unauthenticated(`This API key was revoked on ${partner.revokedAt.slice(0, 10)}. Ask for a new one, or send no key to use the anonymous tier.`);
  }
  const origin = request.headers.get('origin');
  if (checkOrigin && !originAllowed(partner, origin)) {
    // The partner's other origins are not listed: they are the partner's business, not the caller's.
    const message =
      origin === null
        ? 'This API key is for web pages on the origins registered for it; calls without an Origin header need a key with server access.'
        : `This API key is not valid from ${quoted(origin, 100)}: it works only on the origins registered for it. Send no key to use the anonymous tier.`;
    return { ok: false, refusal: new Refusal(403, 'FORBIDDEN', message) };
  }
  return { ok: true, caller: { kind: 'partner', partner, ip, fromBrowser: origin !== null } };
}
