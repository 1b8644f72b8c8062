// The Worker's bindings (wrangler.toml), and the app's Hono environment. What a middleware sets
// on a request is declared beside that middleware, by augmenting Hono's `ContextVariableMap` (as
// hono/request-id does), never here: this module imports nothing, so any room may import it.

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
   * isolate's cache and trusted-only keys are refused (src/graphql/persisted-queries.ts).
   */
  PERSISTED_QUERIES?: KVNamespace;
  /** The budget of writes to PERSISTED_QUERIES, per location; without it nothing is written. */
  RATE_LIMIT_APQ_WRITES?: RateLimit;
  /** The deployed version (its id keys the colo's response cache, src/edge/colo-cache.ts); absent outside workerd. */
  CF_VERSION_METADATA?: WorkerVersionMetadata;
  /** "on" in the `load` environment only: enables the load test's floor route (src/load-floor.ts). */
  LOAD_FLOOR?: string;
}

/** The app's Hono environment: the bindings (the request's variables are `ContextVariableMap`'s). */
export interface AppEnv {
  Bindings: Env;
}
