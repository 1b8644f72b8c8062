// The Worker's bindings (generated from wrangler.toml), and the app's Hono environment. What a middleware sets
// on a request is declared beside that middleware, by augmenting Hono's `ContextVariableMap` (as
// hono/request-id does), never here: this module imports nothing, so any room may import it.

/** The bindings that may be missing (tests, the benchmark, an account without them): the code works without each. */
type Optional = 'PERSISTED_QUERIES' | 'RATE_LIMIT_APQ_WRITES' | 'CF_VERSION_METADATA';

/**
 * The bindings, as `wrangler types` generates them from wrangler.toml (worker-configuration.d.ts,
 * kept current by `npm run types:check`; each binding's why is said in wrangler.toml), with the
 * secret it cannot see. Optional, and handled when absent: PERSISTED_QUERIES (APQ falls back to
 * the isolate's cache, trusted-only keys are refused: src/graphql/persisted-queries.ts), its write
 * budget RATE_LIMIT_APQ_WRITES (nothing is written), CF_VERSION_METADATA (no colo cache).
 */
export interface Env extends Omit<Cloudflare.Env, Optional>, Partial<Pick<Cloudflare.Env, Optional>> {
  /** A secret (`wrangler secret put`): the token of GET /operator/usage; unset, operator reads are off. */
  USAGE_OPERATOR_TOKEN?: string;
}

/** The app's Hono environment: the bindings (the request's variables are `ContextVariableMap`'s). */
export interface AppEnv {
  Bindings: Env;
}
