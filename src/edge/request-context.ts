// One typed state per request, made by the app's first middleware (`requestContext()`) and handed
// on explicitly: to Hono's handlers as `c.var.state`, to yoga as part of its server context
// (src/graphql/context.ts), whence its plugins and resolvers read it. It starts with what the edge
// knows (the request id, the ray id, the platform parts that failed); each room that decides
// something about the request adds its field beside itself, by augmenting `RequestState`
// (admission: the caller; the GraphQL surface: the body read, the cache decisions; usage: the
// outcome). The request id is ours, always (a client never chooses what lands in messages and
// logs), answered in X-Request-Id; Cloudflare's ray id goes beside it in log lines only. The
// platform parts that failed are named in X-Certgraph-Degraded (src/edge/degraded.ts).
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Context, MiddlewareHandler } from 'hono';
import { DEGRADED_HEADER, degradedValue, type PlatformPart } from './degraded.js';
import { setResponseHeader } from './http-cache.js';

/** What is known and decided about one request, in one object (augmented by the rooms that decide more). */
export interface RequestState {
  /** This request's id (a random UUID). */
  readonly id: string;
  /** Cloudflare's ray id, for log lines. */
  readonly ray: string | undefined;
  /** The platform parts that failed while answering (src/edge/degraded.ts): sent as X-Certgraph-Degraded. */
  readonly degraded: Set<PlatformPart>;
}

declare module 'hono' {
  interface ContextVariableMap {
    /** This request's state (src/edge/request-context.ts). */
    state: RequestState;
  }
}

/** Cloudflare's ray id, when the header has its shape (16 hex digits, a dash, a location code). */
export function rayOf(request: Request): string | undefined {
  const ray = request.headers.get('cf-ray');
  return ray && /^[0-9a-f]{16}-[A-Z]{3}$/i.test(ray) ? ray : undefined;
}

/** A new request's state. */
export const newRequestState = (id: string = crypto.randomUUID(), ray?: string): RequestState => ({ id, ray, degraded: new Set() });

/**
 * The state, for the two callers yoga gives no request: its `maskError(error, message)` and its
 * logger are called with the error alone, yet the masked message and the log line must carry the
 * request id (src/graphql/masking.ts, src/graphql/yoga.ts). Everything else receives the state
 * itself; nothing else reads this.
 */
const forYogaCallbacks = new AsyncLocalStorage<RequestState>();

/** Runs `fn` with `state` as the state yoga's callbacks see (the first middleware; tests). */
export const withRequestState = <T>(state: RequestState, fn: () => T): T => forYogaCallbacks.run(state, fn);

/** The state of the request being answered, for yoga's masking and logger only (see above). */
export const stateForYogaCallbacks = (): RequestState | undefined => forYogaCallbacks.getStore();

/** Middleware: a new request state (its id a random UUID, whatever the request carries), kept for the request's life. */
export function requestContext(): MiddlewareHandler {
  return async function requestContext(c, next) {
    const state = newRequestState(crypto.randomUUID(), rayOf(c.req.raw));
    c.set('state', state);
    await withRequestState(state, next);
    // Set on the response as made (a header prepared before it would be lost on a Response a
    // handler returns as is, unless Hono copied that Response to merge it).
    setResponseHeader(c, 'x-request-id', state.id);
    const degraded = degradedValue(state.degraded);
    if (degraded) setResponseHeader(c, DEGRADED_HEADER, degraded);
  };
}

/** `request ID (ray RAY)` for a log line. */
export function requestLabel(state: Pick<RequestState, 'id' | 'ray'> | undefined): string {
  if (!state?.id) return 'request -';
  return state.ray ? `request ${state.id} (ray ${state.ray})` : `request ${state.id}`;
}

/** Background work handed to the request's waitUntil, so it finishes after the response is sent. */
export type Background = (work: Promise<unknown>) => void;

/** The request's waitUntil; undefined when the app is called without an ExecutionContext (in-process). */
export function afterResponse(c: Context): Background | undefined {
  try {
    const ctx = c.executionCtx;
    return (work) => ctx.waitUntil(work);
  } catch {
    return undefined;
  }
}
