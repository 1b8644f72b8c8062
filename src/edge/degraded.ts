// Saying what is degraded: when a platform part fails (KV, the Durable Object, the Cache API, a
// Rate Limiting binding, the catalog asset) the API answers what it can and names the part that
// failed in the X-Certgraph-Degraded response header (set by the first middleware,
// src/edge/request-context.ts), so a caller, and an operator reading a trace, sees why an answer
// was slower, refused or not counted. Each part's failure is logged once per request, at error
// level, with the request id; a failure after the response is sent (a background write) is
// logged the same way, with no header to carry it.
// (It imports nothing of the project: the first middleware imports it, and hands the request's
// state to whoever may report a failure.)

/** The response header naming the platform parts that failed while answering (comma-separated). */
export const DEGRADED_HEADER = 'x-certgraph-degraded';

/** The platform parts, as the header names them. */
export type PlatformPart = 'catalog' | 'colo-cache' | 'persisted-queries' | 'partners' | 'rate-limit' | 'usage';

/** What this module needs of the request's state (src/edge/request-context.ts's RequestState). */
interface DegradedState {
  readonly id: string;
  readonly ray: string | undefined;
  readonly degraded: Set<PlatformPart>;
}

/** Records that `part` failed for the request (logged once per request and part, with the request id). */
export function degraded(state: DegradedState | undefined, part: PlatformPart, error: unknown): void {
  if (state?.degraded.has(part)) return;
  state?.degraded.add(part);
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const label = state?.id ? `request ${state.id}${state.ray ? ` (ray ${state.ray})` : ''}` : 'request -';
  console.error(`[certgraph] ${label}: degraded: ${part} failed (${detail}); answering what it can without it`);
}

/**
 * Records that `part` is degraded for the request because of a failure already logged with an
 * earlier request's id (usage counts a background send could not deliver): named in the header,
 * not logged again.
 */
export function stillDegraded(state: DegradedState | undefined, part: PlatformPart): void {
  state?.degraded.add(part);
}

/** The header's value for the current request, or null when nothing failed. */
export const degradedValue = (parts: ReadonlySet<PlatformPart> | undefined): string | null => (parts?.size ? [...parts].sort().join(', ') : null);
