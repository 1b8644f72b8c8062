// Partner keys: records in the PARTNERS KV namespace, stored under the SHA-256 of the key (hex),
// never under the key itself. The CLI (scripts/partner.mjs) writes them; the Worker only reads.
import { sha256Hex } from './digest.js';

/** Rate-limit tiers; each maps to a Rate Limiting binding in wrangler.toml. */
export type PartnerTier = 'standard' | 'high';

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
}

/** The KV key a partner record is stored under: the SHA-256 of the API key, in hex. */
export const keyHash = sha256Hex;

/** Partner records read recently, per isolate: a KV read per request would add latency. */
const recent = new Map<string, { partner: Partner | null; until: number }>();
/** How long a record read from KV is trusted. KV itself propagates changes within ~60 s. */
export const PARTNER_CACHE_MS = 30_000;
const MAX_CACHED = 1000;

export async function findPartner(kv: KVNamespace, apiKey: string, now = Date.now()): Promise<Partner | null> {
  const hash = await keyHash(apiKey);
  const hit = recent.get(hash);
  if (hit && hit.until > now) return hit.partner;
  const partner = await kv.get<Partner>(hash, 'json');
  if (recent.size >= MAX_CACHED) recent.delete(recent.keys().next().value!);
  recent.set(hash, { partner, until: now + PARTNER_CACHE_MS });
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
