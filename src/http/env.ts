// The Worker's bindings (wrangler.toml) and the per-request variables middleware sets.
import type { Partner } from './partners.js';

export interface Env {
  /** Static assets (GraphiQL's files). */
  ASSETS: Fetcher;
  /** Partner records, under the SHA-256 of each key. */
  PARTNERS: KVNamespace;
  RATE_LIMIT_ANONYMOUS: RateLimit;
  RATE_LIMIT_PARTNER: RateLimit;
  RATE_LIMIT_PARTNER_HIGH: RateLimit;
}

/**
 * Who is calling: anonymous (counted per client) or a partner: from its pages (`fromBrowser`: a
 * request with an Origin, or a view of the widget) counted per partner and client, from its
 * servers (no Origin, a key with server access) per partner (src/http/rate-limit.ts).
 */
export type Caller = { kind: 'anonymous'; ip: string } | { kind: 'partner'; partner: Partner; ip: string; fromBrowser: boolean };

export interface AppEnv {
  Bindings: Env;
  Variables: { requestId: string };
}
