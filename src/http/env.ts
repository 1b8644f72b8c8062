// The Worker's bindings (wrangler.toml) and the per-request variables its middleware sets.
import type { Partner } from './partners.js';
import type { Refusal } from './refusals.js';

export interface Env {
  /** Static assets (GraphiQL's files, the explorer's, the downloads). */
  ASSETS: Fetcher;
  /** Partner records, under the SHA-256 of each key. */
  PARTNERS: KVNamespace;
  RATE_LIMIT_ANONYMOUS: RateLimit;
  RATE_LIMIT_PARTNER: RateLimit;
  RATE_LIMIT_PARTNER_HIGH: RateLimit;
  /** "on" in the `load` environment only: enables the load test's floor route (src/http/load-floor.ts). */
  LOAD_FLOOR?: string;
}

/**
 * Who is calling: anonymous (counted per client) or a partner: from its pages (`fromBrowser`: a
 * request with an Origin, or a view of the widget) counted per partner and client, from its
 * servers (no Origin, a key with server access) per partner (src/http/rate-limit.ts).
 */
export type Caller = { kind: 'anonymous'; ip: string } | { kind: 'partner'; partner: Partner; ip: string; fromBrowser: boolean };

/** How a surface answers a refusal (the API: a GraphQL error in JSON; the widget: an HTML page). */
export type RefusalRenderer = (refusal: Refusal, request: Request) => Response;

export interface AppEnv {
  Bindings: Env;
  Variables: {
    /** This request's id (src/http/request-context.ts). */
    requestId: string;
    /** Cloudflare's ray id, for log lines. */
    ray: string | undefined;
    /** Who is calling, once admitted (src/http/admission.ts). */
    caller: Caller;
    /** Set by a surface that answers refusals in its own format; the API's JSON otherwise. */
    renderRefusal: RefusalRenderer;
  };
}
