// Saying what is degraded: when a platform part fails (KV, the Durable Object, the Cache API, a
// Rate Limiting binding, the catalog asset) the API answers what it can and names the part that
// failed in the X-Certgraph-Degraded response header (set by the first middleware,
// src/edge/request-context.ts), so a caller, and an operator reading a trace, sees why an answer
// was slower, refused or not counted. Each part's failure is logged once per request, at error
// level, with the request id; a failure after the response is sent (a background write) is
// logged the same way, with no header to carry it.
// (It imports nothing of the project: the first middleware imports it.)
import { tryGetContext } from 'hono/context-storage';

/** The response header naming the platform parts that failed while answering (comma-separated). */
export const DEGRADED_HEADER = 'x-certgraph-degraded';

/** The platform parts, as the header names them. */
export type PlatformPart = 'catalog' | 'colo-cache' | 'persisted-queries' | 'partners' | 'rate-limit' | 'usage';

declare module 'hono' {
  interface ContextVariableMap {
    /** The platform parts that failed while answering: sent as X-Certgraph-Degraded. */
    degraded: Set<PlatformPart>;
  }
}

/** Records that `part` failed for the current request (logged once per request and part, with the request id). */
export function degraded(part: PlatformPart, error: unknown): void {
  const c = tryGetContext();
  const parts = c?.var.degraded ?? new Set<PlatformPart>();
  if (parts.has(part)) return;
  parts.add(part);
  c?.set('degraded', parts);
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const label = c?.var.requestId ? `request ${c.var.requestId}${c.var.ray ? ` (ray ${c.var.ray})` : ''}` : 'request -';
  console.error(`[certgraph] ${label}: degraded: ${part} failed (${detail}); answering what it can without it`);
}

/**
 * Records that `part` is degraded for the current request because of a failure already logged with
 * an earlier request's id (usage counts a background send could not deliver): named in the header,
 * not logged again.
 */
export function stillDegraded(part: PlatformPart): void {
  const c = tryGetContext();
  if (c) c.set('degraded', new Set(c.var.degraded).add(part));
}

/** The header's value for the current request, or null when nothing failed. */
export const degradedValue = (parts: ReadonlySet<PlatformPart> | undefined): string | null => (parts?.size ? [...parts].sort().join(', ') : null);
