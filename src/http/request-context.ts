// The current request's id, wherever the code runs (resolvers' error masking, the logger),
// without threading it through every call: AsyncLocalStorage (nodejs_als).
import { AsyncLocalStorage } from 'node:async_hooks';

interface RequestContext {
  /** Ours, always: a client never chooses the id that lands in error messages and logs. */
  requestId: string;
  /** Cloudflare's ray id, for the log line only (a client can send any cf-ray header elsewhere). */
  ray?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequest<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** Kept for callers that only have an id (tests). */
export function runWithRequestId<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

/** `request ID (ray RAY)` for a log line. */
export function requestLabel(): string {
  const store = storage.getStore();
  if (!store) return 'request -';
  return store.ray ? `request ${store.requestId} (ray ${store.ray})` : `request ${store.requestId}`;
}

/** A new request id: a random UUID, whatever the request carries. */
export function newRequestId(): string {
  return crypto.randomUUID();
}

/** Cloudflare's ray id, when the header has its shape (16 hex digits, a dash, a location code). */
export function rayOf(request: Request): string | undefined {
  const ray = request.headers.get('cf-ray');
  return ray && /^[0-9a-f]{16}-[A-Z]{3}$/i.test(ray) ? ray : undefined;
}
