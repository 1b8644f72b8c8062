// Every figure the query limits hold a request to, in one table: the shape limits (graphql-armor),
// the cost, the response's bytes and errors, the variables' and the body's bytes. What each
// figure bounds, and why it is that figure, is said beside it.

export const LIMITS = {
  tokens: 2000,
  aliases: 30,
  directives: 20,
  depth: 12,
  /**
   * At most about 9-10 ms of CPU at the measured unit (one value of the response, ~0.6 us:
   * `npm run bench:prices`), within the free plan's 10 ms: a price is an upper bound. The heaviest
   * useful queries cost ~10,100 (the whole matrix with every pair's numbers, ~5 ms) and ~5,500
   * (GraphiQL's introspection, ~2.5 ms).
   */
  cost: 15_000,
  /**
   * A response, in bytes: a last line of defense behind the cost (which bounds the response: a
   * value per unit, and the catalog's longest value is ~400 bytes). Counted while the response is
   * built, and measured before it is sent; over it, the request is stopped and refused. The
   * largest useful answers are ~100 to 300 KB (the whole matrix's numbers, the introspection).
   */
  responseBytes: 2 * 1024 * 1024,
  /** Errors reported in one response; past it, one more error says how many were not reported. */
  errors: 20,
  /** Serialized `variables`, in bytes. */
  variablesBytes: 64 * 1024,
  /** A request body: real queries are a few KiB; this leaves room, not abuse. */
  bodyBytes: 256 * 1024,
} as const;
