// What the Worker's Hono app hands yoga with each request (`yoga.fetch(request, serverContext)`,
// src/graphql/index.ts and src/mcp/engine.ts): the one typed channel between them. yoga gives it
// to its plugins (`serverContext`, `context`) and, extended, to every resolver as the schema's
// Context (src/schema/builder.ts: the catalog and the request state).

import type { Env } from '../edge/env.js';
import type { Background, RequestState } from '../edge/request-context.js';
import type { Context } from '../schema/builder.js';

export interface ServerContext extends Context {
  /** The Worker's bindings (KV for persisted queries and trusted documents, the write budget). */
  env: Env;
  /** The request's state: its id, its caller, what its caches decided, what failed. */
  state: RequestState;
  /** The request's ExecutionContext.waitUntil, when the runtime gives one: writes then finish after the answer. */
  afterResponse?: Background;
}
