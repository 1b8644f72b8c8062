// Who is calling, and may they: an API key identifies a partner (401 when unknown or revoked,
// never a silent fall back to anonymous; 403 from an origin the partner did not register);
// no key means the anonymous tier, counted per client IP.
//
// What a partner key is: a key used in web pages is public (anyone can read it in the page), so it
// identifies a partner's pages, it does not authenticate anyone. Browsers send a true Origin, so
// the origin check stops other websites from using the key in their visitors' browsers; outside a
// browser (curl) anyone can send the key with a forged Origin, or load the widget with it. Such a
// caller gets what one visitor of the partner's pages gets: the client's own anonymous allowance
// (src/admission/rate-limit.ts), and nothing more: a public key buys no quota, adds no capacity to a
// client, and no quota of the partner's can be drained from one place. Only a server key (secret,
// no Origin) is counted per partner, at its tier's limit.
//
// When the key store (PARTNERS KV) fails, admission fails closed: a key this isolate read
// recently keeps its record (src/admission/partners.ts), and any other key is refused with 503,
// Retry-After and `reason: PARTNER_LOOKUP_UNAVAILABLE`. Never judged as anonymous (its partner's
// visitors would get the anonymous 429, and its counts would be lost), never admitted unverified
// (anyone could claim a partner's quota with a made-up key): a client retries a 503, and the
// partner's usage shows no request it did not serve.

import type { Env } from '../edge/env.js';
import { internalMessage } from '../edge/log.js';
import type { RequestState } from '../edge/request-context.js';
import { quoted } from '../resolvers/wording.js';
import { cachedPartner, findPartner, isWellFormedKey, keyHash, keyKind, type Partner, PartnerLookupFailed } from './partners.js';
import { Refusal } from './refusals.js';

/**
 * Who is calling: anonymous (counted per client) or a partner: from its pages (`fromBrowser`: a
 * request with an Origin, or a view of the widget) counted per partner and client, from its
 * servers (no Origin, a key with server access) per partner (src/admission/rate-limit.ts).
 */
export type Caller = { kind: 'anonymous'; ip: string } | { kind: 'partner'; partner: Partner; ip: string; fromBrowser: boolean };

/** A refusal carries the partner when the key identified one (a revoked key, an origin it is not valid from). */
export type CallerResult = { ok: true; caller: Caller } | { ok: false; refusal: Refusal; partner?: Partner };

/** 401s ask for a bearer token (RFC 9110). */
const unauthenticated = (message: string) => ({
  ok: false as const,
  refusal: new Refusal(401, 'UNAUTHENTICATED', message, { 'www-authenticate': 'Bearer realm="certgraph"' }),
});

/** When a key could not be looked up: how soon to retry. */
export const LOOKUP_RETRY_SECONDS = 5;

/** The refusal of a key that could not be looked up (503: the server's failure, not the caller's). */
function lookupUnavailable(state: RequestState | undefined): Refusal {
  const { message, requestId } = internalMessage(
    `Your API key could not be checked just now (the key store did not answer), so the request was not run. Retry in ${LOOKUP_RETRY_SECONDS} seconds.`,
    state,
  );
  return new Refusal(
    503,
    'INTERNAL_SERVER_ERROR',
    message,
    { 'retry-after': String(LOOKUP_RETRY_SECONDS) },
    { reason: 'PARTNER_LOOKUP_UNAVAILABLE', ...(requestId ? { requestId } : {}) },
  );
}

/** The partner of a well-formed key (null: unknown); throws the 503 refusal when it cannot be looked up. */
async function partnerOf(env: Env, apiKey: string, state: RequestState | undefined): Promise<Partner | null> {
  try {
    return await findPartner(env.PARTNERS, apiKey, Date.now(), state);
  } catch (error) {
    if (error instanceof PartnerLookupFailed) throw lookupUnavailable(state);
    throw error;
  }
}

/**
 * The client as rate limits count it, from the address Cloudflare reports (`cf-connecting-ip`): an
 * IPv4 address as is; an IPv6 address by its /64 prefix, the block one subscriber or host is given
 * (counting each of its 2^64 addresses apart would give one host unlimited quota); an IPv4-mapped
 * IPv6 address as its IPv4. Anything that is not an address shares one bucket, `invalid` (never a
 * bucket per value); no header (a local call) is `unknown`.
 */
export function clientIp(request: Request): string {
  const address = request.headers.get('cf-connecting-ip');
  return address === null ? 'unknown' : clientOf(address.trim());
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const HEXTET = /^[0-9a-fA-F]{1,4}$/;

/** The rate-limit client of an address (see clientIp). */
export function clientOf(address: string): string {
  if (IPV4.test(address)) return address;
  const hextets = ipv6Hextets(address);
  if (!hextets) return 'invalid';
  // ::ffff:a.b.c.d is an IPv4 client.
  if (hextets.slice(0, 5).every((h) => h === 0) && hextets[5] === 0xffff) {
    return [hextets[6]! >> 8, hextets[6]! & 255, hextets[7]! >> 8, hextets[7]! & 255].join('.');
  }
  return `${hextets
    .slice(0, 4)
    .map((h) => h.toString(16))
    .join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address (`::` expanded, an IPv4 tail read), or null. */
function ipv6Hextets(address: string): number[] | null {
  if (address.length > 45 || !address.includes(':')) return null;
  let text = address;
  const tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  const last = text.slice(lastColon + 1);
  if (last.includes('.')) {
    if (!IPV4.test(last)) return null;
    const [a, b, c, d] = last.split('.').map(Number) as [number, number, number, number];
    tail.push((a << 8) | b, (c << 8) | d);
    // What precedes the IPv4 part, without its separating colon (`::` stays `::`).
    text = text.slice(0, lastColon + 1);
    if (!text.endsWith('::')) text = text.slice(0, -1);
  }
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const parse = (part: string) => (part === '' ? [] : part.split(':'));
  const head = parse(halves[0]!);
  const rest = halves.length === 2 ? parse(halves[1]!) : [];
  if (![...head, ...rest].every((h) => HEXTET.test(h))) return null;
  const groups = head.length + rest.length + tail.length;
  if (halves.length === 1 ? groups !== 8 : groups > 7) return null;
  const zeros = Array<number>(8 - groups).fill(0);
  return [...head.map((h) => parseInt(h, 16)), ...(halves.length === 2 ? zeros : []), ...rest.map((h) => parseInt(h, 16)), ...tail];
}

function originAllowed(partner: Partner, origin: string | null): boolean {
  if (origin === null) return keyKind(partner) === 'server';
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
 * Throws the 503 refusal when the key cannot be looked up (see above).
 * `checkOrigin: false` is for the widget: a frame's navigation carries no Origin header, and the
 * page's CSP frame-ancestors (the partner's origins) is what binds it to the partner's pages.
 */
export async function identify(
  env: Env,
  request: Request,
  apiKey: string | null,
  { checkOrigin = true, state }: { checkOrigin?: boolean; state?: RequestState } = {},
): Promise<CallerResult> {
  const ip = clientIp(request);
  if (apiKey === null) return { ok: true, caller: { kind: 'anonymous', ip } };
  // A value that is not shaped like a key is refused without a lookup.
  const partner = isWellFormedKey(apiKey) ? await partnerOf(env, apiKey, state) : null;
  if (!partner) {
    return unauthenticated('Unknown API key. Check the key, or send no key to use the anonymous tier.');
  }
  if (partner.revokedAt) {
    return {
      partner,
      ...unauthenticated(`This API key was revoked on ${partner.revokedAt.slice(0, 10)}. Ask for a new one, or send no key to use the anonymous tier.`),
    };
  }
  const origin = request.headers.get('origin');
  if (checkOrigin && !originAllowed(partner, origin)) {
    // The partner's other origins are not listed: they are the partner's business, not the caller's.
    const message =
      origin === null
        ? 'This API key is for web pages on the origins registered for it; calls without an Origin header need a key with server access.'
        : `This API key is not valid from ${quoted(origin, 100)}: it works only on the origins registered for it. Send no key to use the anonymous tier.`;
    return { ok: false, refusal: new Refusal(403, 'FORBIDDEN', message), partner };
  }
  // The widget (checkOrigin false) is a page of the partner's too, whatever its request carries.
  return { ok: true, caller: { kind: 'partner', partner, ip, fromBrowser: origin !== null || !checkOrigin } };
}
