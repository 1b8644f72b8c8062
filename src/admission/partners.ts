// Partner keys: records in the PARTNERS KV namespace, stored under the SHA-256 of the key (hex),
// never under the key itself. The CLI (scripts/partner.mjs) writes them; the Worker only reads.
// A partner is an account (its `id`, `name`, `tier`) with any number of keys: each key's record
// repeats the account's fields, so admitting a request costs one read, and usage is counted per
// account (`id`) whatever key was used. Records written before keys had a kind (no
// `kind`) read as they always did: `keyKind` derives the kind from `allowServer`.
import { ByteCache, stringBytes } from '../data/byte-cache.js';
import { CACHE_BUDGETS } from '../edge/caches.js';
import { degraded } from '../edge/degraded.js';
import { sha256Hex } from '../edge/digest.js';
import type { RequestState } from '../edge/request-context.js';

/** Rate-limit tiers; each maps to a Rate Limiting binding in wrangler.toml. */
export type PartnerTier = 'standard' | 'high';

/**
 * What a key is for: a `page` key is used in web pages (public, valid from its origins only); a
 * `server` key stays secret on the partner's servers (calls without an Origin header).
 */
export type KeyKind = 'page' | 'server';

export interface Partner {
  id: string;
  name: string;
  /** Origins (scheme://host[:port]) whose pages may use the key. */
  origins: string[];
  tier: PartnerTier;
  /** ISO date-time. */
  createdAt: string;
  /** Set when the key is revoked; a revoked key is refused, never treated as anonymous. */
  revokedAt?: string | null;
  /** Allows calls that carry no Origin header (a partner's own servers). Off by default. */
  allowServer?: boolean;
  /**
   * Trusted documents only: calls with this key run only the documents the partner published
   * (`npm run partner -- publish`), by hash; any other document is refused. Off by default.
   */
  trustedDocumentsOnly?: boolean;
  /** The key's kind; absent on older records (see keyKind). */
  kind?: KeyKind;
  /** A note of the partner's for the key (`--label`), shown by `npm run partner -- list`. */
  label?: string;
  /** Ids of partners merged into this one (`npm run partner -- merge`): their usage is this partner's. */
  formerIds?: string[];
}

/** A key's kind: its `kind`, or for a record written before kinds, `server` when it had server access. */
export function keyKind(record: Pick<Partner, 'kind' | 'allowServer'>): KeyKind {
  return record.kind ?? (record.allowServer ? 'server' : 'page');
}

/** The KV key a partner record is stored under: the SHA-256 of the API key, in hex. */
export const keyHash = sha256Hex;

/** A key's public id, as `npm run partner -- list` shows it: `key_` and the first 10 hex digits of its SHA-256. */
export const keyIdOf = (hash: string): string => `key_${hash.slice(0, 10)}`;

/** How long a record read from KV is trusted. KV itself propagates changes within ~60 s. */
export const PARTNER_CACHE_MS = 30_000;
/** Partner records (and unknown keys) read recently, per isolate, bounded in bytes. */
export const partnerCache = new ByteCache<string, { partner: Partner | null; until: number }>({
  ...CACHE_BUDGETS.partners,
  sizeOf: (hash, { partner }) => stringBytes(hash) + (partner ? stringBytes(JSON.stringify(partner)) : 0) + 128,
});

/** Keys as `npm run partner -- add` makes them: `cg_` and URL-safe base64 (32 characters in all). */
const KEY_SHAPE = /^cg_[A-Za-z0-9_-]{16,100}$/;
export function isWellFormedKey(apiKey: string): boolean {
  return KEY_SHAPE.test(apiKey);
}

/** The record this isolate holds for a key's hash: a partner, null (known unknown), or undefined (not held). */
export function cachedPartner(hash: string, now = Date.now()): Partner | null | undefined {
  const hit = partnerCache.get(hash);
  return hit && hit.until > now ? hit.partner : undefined;
}

/**
 * How long past its expiry a record this isolate read is still used when PARTNERS cannot be read:
 * the partner keeps its own limit and counts through a KV outage, and a revocation made during
 * one takes effect at most this much later than it would have.
 */
export const PARTNER_STALE_MS = 10 * 60_000;

/** PARTNERS could not be read, and this isolate holds no record of the key recent enough to use. */
export class PartnerLookupFailed extends Error {}

/**
 * The partner of a key, or null for an unknown key. When KV fails, the record this isolate read
 * last (within PARTNER_STALE_MS of its expiry) stands in, and the answer says `partners` is
 * degraded; without one, PartnerLookupFailed: the caller cannot be judged, so it is not admitted.
 */
export async function findPartner(
  kv: KVNamespace,
  apiKey: string,
  now = Date.now(),
  /** The request looking the key up: a KV failure is named in its answer and logged with its id. */
  state?: RequestState,
): Promise<Partner | null> {
  const hash = await keyHash(apiKey);
  const hit = cachedPartner(hash, now);
  if (hit !== undefined) return hit;
  let partner: Partner | null;
  try {
    partner = await kv.get<Partner>(hash, 'json');
  } catch (error) {
    degraded(state, 'partners', error);
    const stale = partnerCache.get(hash);
    if (stale && now - stale.until < PARTNER_STALE_MS) return stale.partner;
    throw new PartnerLookupFailed('the key could not be looked up', { cause: error });
  }
  partnerCache.set(hash, { partner, until: now + PARTNER_CACHE_MS });
  return partner;
}

/** The API key a request carries: `Authorization: Bearer KEY` or `x-api-key: KEY`; null when none. */
export function apiKeyOf(request: Request): string | null {
  const auth = request.headers.get('authorization');
  if (auth) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(auth);
    return match ? match[1]! : auth.trim();
  }
  const header = request.headers.get('x-api-key');
  return header ? header.trim() : null;
}
