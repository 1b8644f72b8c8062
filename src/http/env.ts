// The Worker's bindings (wrangler.toml) and the per-request variables its middleware sets.
import type { Outcome } from '../usage/outcomes.js';
import type { QueryParams } from '../usage/queries.js';
import type { PlatformPart } from './degraded.js';
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
  /** Partner usage counters: one Durable Object per partner (src/usage). */
  USAGE: DurableObjectNamespace;
  /** A secret (`wrangler secret put`): the token of GET /operator/usage; unset, operator reads are off. */
  USAGE_OPERATOR_TOKEN?: string;
  /**
   * Persisted queries shared by every isolate (`apq:<sha256>`, written by the Worker, expiring)
   * and partners' trusted documents (`trusted:<partner id>:<sha256>`, written by
   * `npm run partner -- publish`). Optional in the type: without it, APQ falls back to the
   * isolate's cache and trusted-only keys are refused (src/http/persisted-queries.ts).
   */
  PERSISTED_QUERIES?: KVNamespace;
  /** The budget of writes to PERSISTED_QUERIES, per location; without it nothing is written. */
  RATE_LIMIT_APQ_WRITES?: RateLimit;
  /** The deployed version (its id keys the colo's response cache, src/http/shared-cache.ts); absent outside workerd. */
  CF_VERSION_METADATA?: WorkerVersionMetadata;
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
    /** The partner a key identified, set by admission even when it then refuses (usage counting, src/usage). */
    partner: Partner;
    /**
     * Set when the answer depends on who is calling (a document found among the caller's own
     * published documents): the response caches then keep nothing (src/http/response-cache.ts).
     */
    callersOwn: boolean;
    /** How a partner's GraphQL request ended, when GraphQL ran (src/usage/middleware.ts). */
    graphqlOutcome: Outcome;
    /** The GraphQL parameters the request carried, once read (by the response cache or yoga): its usage names the query by them (src/usage/queries.ts). */
    graphqlParams: QueryParams;
    /** The platform parts that failed while answering (src/http/degraded.ts): sent as X-Certgraph-Degraded. */
    degraded: Set<PlatformPart>;
    /** Set by a surface that answers refusals in its own format; the API's JSON otherwise. */
    renderRefusal: RefusalRenderer;
  };
}
