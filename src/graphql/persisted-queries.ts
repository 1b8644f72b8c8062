// Automatic Persisted Queries (Apollo's and urql's protocol: a query's SHA-256 in
// `extensions.persistedQuery`), kept at two levels:
// - the isolate's ByteCache (src/edge/caches.ts), the fast path: yoga's APQ plugin reads it first
//   and writes every registration into it, as before;
// - behind it, the PERSISTED_QUERIES KV namespace (`apq:<sha256>`), shared by every isolate and
//   location, so a hash registered once is known to a new isolate after a deploy or elsewhere.
//
// Anyone can register a hash with any query, so what reaches KV is bounded (docs/partner.md's *Caching*):
// only a query that was executed (it passed parsing, validation, the shape limits and the cost
// limit), at most SHARED_APQ.maxQueryBytes of UTF-8, written once per hash (an isolate remembers
// the hashes it knows to be stored, and reads before it writes), expiring after
// SHARED_APQ.ttlSeconds, and at most SHARED_APQ.writesPerMinute writes a minute per Cloudflare
// location (the RATE_LIMIT_APQ_WRITES binding; without it, nothing is written). Whatever
// fails on the way (no binding, KV throwing, a value that does not hash to its key) is a miss or a
// write not made, never an error: the client then sends its query, which works.
import { tryGetContext } from 'hono/context-storage';
import type { ByteCache } from '../data/byte-cache.js';
import { degraded } from '../edge/degraded.js';
import { sha256Hex } from '../edge/digest.js';
import type { AppEnv, Env } from '../edge/env.js';

export const SHARED_APQ = {
  /** A registered query lives this long in KV (7 days), then is registered again by the next client that sends it. */
  ttlSeconds: 7 * 24 * 3600,
  /** The longest query kept in KV, in UTF-8 bytes; a longer one stays in the isolate's cache only. */
  maxQueryBytes: 16 * 1024,
  /** Writes a minute per location (wrangler.toml RATE_LIMIT_APQ_WRITES, the same figure). */
  writesPerMinute: 10,
  /** The one key the write limiter counts under: writes are budgeted per location, whoever asks. */
  limiterKey: 'apq-writes',
} as const;

/** A SHA-256 in lowercase hex: the only keys looked up (anything else is a miss, without a read). */
export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The KV key of a registered query. */
export const apqKey = (hash: string) => `apq:${hash}`;

const utf8Bytes = (text: string) => new TextEncoder().encode(text).byteLength;

/** A value read from KV, kept only if it hashes to its key (a corrupted or foreign value is a miss). */
export async function verified(hash: string, query: string | null): Promise<string | null> {
  if (query === null) return null;
  return (await sha256Hex(query)) === hash ? query : null;
}

function warn(what: string, error: unknown): void {
  console.warn(`[certgraph] persisted queries: ${what}: ${error instanceof Error ? error.message : String(error)}`);
}

/** The shared namespace of the current request, from its Hono context (none outside a request). */
const currentStore = (): KVNamespace | undefined => tryGetContext<AppEnv>()?.env?.PERSISTED_QUERIES;

/** yoga's APQ store (`{ get, set }`, async), with the shared level behind the isolate's cache. */
export class PersistedQueryStore {
  constructor(
    /** hash -> query, this isolate's: the fast path. */
    private readonly isolate: ByteCache<string, string>,
    /** The hashes this isolate knows to be in KV (read there, or written): never written again. */
    private readonly stored: ByteCache<string, true>,
  ) {}

  async get(hash: string): Promise<string | null> {
    const hit = this.isolate.get(hash);
    if (hit !== undefined) return hit;
    const kv = currentStore();
    if (!kv || !SHA256_HEX.test(hash)) return null;
    let query: string | null;
    try {
      query = await verified(hash, await kv.get(apqKey(hash), 'text'));
    } catch (error) {
      // A miss: the client sends its query, which works; the answer names the part (src/edge/degraded.ts).
      degraded('persisted-queries', error);
      return null;
    }
    if (query !== null) {
      this.isolate.set(hash, query);
      this.stored.set(hash, true);
    }
    return query;
  }

  /** A registration, as yoga's plugin makes it (before validation): this isolate's only. */
  set(hash: string, query: string): void {
    this.isolate.set(hash, query);
  }

  /**
   * Shares a registration that was executed (so it passed validation and the limits): written to
   * KV unless it is too large, known to be there already, or over the write budget.
   */
  async share(env: Env, hash: string, query: string): Promise<void> {
    const kv = env.PERSISTED_QUERIES;
    const limiter = env.RATE_LIMIT_APQ_WRITES;
    if (!kv || !limiter || !SHA256_HEX.test(hash) || this.stored.has(hash)) return;
    if (utf8Bytes(query) > SHARED_APQ.maxQueryBytes) return;
    // Marked before the first await: concurrent registrations of one hash write once.
    this.stored.set(hash, true);
    try {
      if ((await kv.get(apqKey(hash), 'text')) !== null) return;
      if (!(await limiter.limit({ key: SHARED_APQ.limiterKey })).success) {
        this.stored.delete(hash);
        return;
      }
      await kv.put(apqKey(hash), query, { expirationTtl: SHARED_APQ.ttlSeconds });
    } catch (error) {
      this.stored.delete(hash);
      warn('write failed', error);
    }
  }
}
