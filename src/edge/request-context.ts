// The current request, wherever the code runs (error masking, the logger, the cost check), without
// threading it through every call: Hono's contextStorage() keeps each request's Context in
// AsyncLocalStorage (nodejs_als). `requestContext()` is the app's first middleware: it gives the
// request its id (ours, always: a client never chooses what lands in messages and logs) and
// answers it in X-Request-Id; Cloudflare's ray id goes beside it in log lines only. It also names,
// in X-Certgraph-Degraded, the platform parts that failed while answering (src/edge/degraded.ts).
import type { Context, MiddlewareHandler } from 'hono';
import { contextStorage, tryGetContext } from 'hono/context-storage';
import { DEGRADED_HEADER, degradedValue } from './degraded.js';
import type { AppEnv } from './env.js';
import { setResponseHeader } from './http-cache.js';

declare module 'hono' {
  interface ContextVariableMap {
    /** This request's id: ours, a random UUID, whatever the request carries. */
    requestId: string;
    /** Cloudflare's ray id, for log lines. */
    ray: string | undefined;
  }
}

/** Cloudflare's ray id, when the header has its shape (16 hex digits, a dash, a location code). */
export function rayOf(request: Request): string | undefined {
  const ray = request.headers.get('cf-ray');
  return ray && /^[0-9a-f]{16}-[A-Z]{3}$/i.test(ray) ? ray : undefined;
}

/** Middleware: a new request id (a random UUID, whatever the request carries), kept for the request's life. */
export function requestContext(): MiddlewareHandler<AppEnv> {
  const storage = contextStorage();
  return async function requestContext(c, next) {
    const id = crypto.randomUUID();
    c.set('requestId', id);
    c.set('ray', rayOf(c.req.raw));
    await storage(c, next);
    // Set on the response as made (a header prepared before it would be lost on a Response a
    // handler returns as is, unless Hono copied that Response to merge it).
    setResponseHeader(c, 'x-request-id', id);
    const degraded = degradedValue(c.var.degraded);
    if (degraded) setResponseHeader(c, DEGRADED_HEADER, degraded);
  };
}

export function currentRequestId(): string | undefined {
  return tryGetContext<AppEnv>()?.var.requestId;
}

/** `request ID (ray RAY)` for a log line. */
export function requestLabel(): string {
  const vars = tryGetContext<AppEnv>()?.var;
  if (!vars?.requestId) return 'request -';
  return vars.ray ? `request ${vars.requestId} (ray ${vars.ray})` : `request ${vars.requestId}`;
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
